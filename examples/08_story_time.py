# Example 8: Story time
#
# What to wire: nothing. (A speaker if you want the story read aloud:
# run once: sudo apt install espeak-ng)

from starmind_edge import Starmind, say

brain = Starmind()
hero = input("Who should the story be about? (for example: a brave mouse) ")
print()

story = ""
for piece in brain.stream("Tell me a story about " + hero):
    print(piece, end="", flush=True)  # show each word as soon as the brain writes it
    story = story + piece  # and keep the whole story
print()
print()

if input("Shall I read it out loud? (yes/no) ").lower().startswith("y"):
    say(story)

print("The end!")
