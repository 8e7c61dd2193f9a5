# Example 3: Ask with a button, and watch the thinking light
#
# What to wire (picture: hardware/builds/03-button.png):
#   - a push button: one leg to GPIO 21 (pin 40), the other leg to GND (pin 39)
#   - an LED: long leg to GPIO 20 (pin 38) through a 220 ohm resistor, short leg to GND (pin 34)
# No Pi? It still works: press Enter on the keyboard instead of the button.

from starmind_edge import PushToAsk, Starmind

brain = Starmind()
question = input("Type a question, then press the button to ask it: ")

button = PushToAsk(brain, question)  # the button and the light, on their usual pins


def show_answer(answer):  # this runs every time the brain has an answer
    print("The brain says:", answer)


button.when_answered = show_answer  # connect the answer to our function
print("Press the button! The light blinks while the brain is thinking.")
button.wait()  # keep answering presses (press Stop to finish)
