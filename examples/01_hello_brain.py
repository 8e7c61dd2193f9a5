# Example 1: Hello, brain!
#
# What to wire: nothing. Just press the green Run button.
#
# Starmind is a tiny robot brain that lives on your computer.
# It does not need the internet. Let's say hello to it!

from starmind_edge import Starmind

brain = Starmind()  # wake up the brain (this takes a few seconds on a Pi)

answer = brain.ask("What is your name?")  # ask it something
print(answer)  # show its answer

answer = brain.ask("What sound does a cow make?")
print(answer)
print("That took", round(answer.seconds, 1), "seconds to think about.")

# Now try it yourself: change a question above, then press Run again!
