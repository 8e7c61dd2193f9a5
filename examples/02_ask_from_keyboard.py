# Example 2: Ask from the keyboard
#
# What to wire: nothing.
#
# Type a question, press Enter, and the brain answers.
# Type bye to stop.

from starmind_edge import Starmind

brain = Starmind()
print("Ask me anything! Type bye to stop.")

while True:  # keep going round and round...
    question = input("You: ")  # wait for you to type something
    if question.lower() == "bye":
        break  # ...until you type bye
    answer = brain.ask(question)
    print("Starmind:", answer)

print("Bye! Come back soon.")
