# Example 7: Teach the brain some facts
#
# What to wire: nothing.
#
# remember() tells the brain a fact. It uses the facts to answer your questions.

from starmind_edge import Starmind

brain = Starmind()
brain.remember("My name is Sam.")  # change these to facts about you!
brain.remember("My dog is called Rex.")
print(brain.ask("What is my dog called?"))

print("Teach me more! Type a fact, like: My favourite colour is green.")
print("Press Enter on an empty line when you have finished.")
while True:
    fact = input("Fact: ")
    if fact == "":
        break
    brain.remember(fact)

print("Now ask me about your facts! Type bye to stop.")
while True:
    question = input("You: ")
    if question.lower() == "bye":
        break
    print("Starmind:", brain.ask(question))

brain.forget()  # forget all the facts again
