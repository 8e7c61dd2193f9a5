# Example 9: Talk to the robot: hold the button, say a command or ask a question, let go
#
# What to wire (see hardware/builds/09-talk.md): a USB microphone through a micro-USB OTG adapter, the button
#   (GPIO 21) and light (GPIO 20) of example 3, the robot and speaker of example 4. Once: pip install "starmind-edge[voice]"
# No Pi or no microphone? Press Enter to start and stop talking; STARMIND_MIC=sounds/go_forward.wav hears a recording.

from starmind_edge import Ears, RobotBody, Starmind, StarmindError, TalkButton

try:
    ears = Ears()  # the first USB microphone it finds
except StarmindError as problem:  # no PocketSphinx yet: the message says what to install
    raise SystemExit(problem) from None

robot = RobotBody()  # motors, lights and buzzer on their usual pins
button = TalkButton(Starmind(), ears, robot)  # the light is on while it listens


def heard(words):  # this runs each time it has heard something
    if words.command:
        print("That's a robot command!")


button.when_heard = heard
print("Hold the button and say: go forward two seconds then turn left")
button.wait()  # keep listening each time the button is held (press Stop to finish)
