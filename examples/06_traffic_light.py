# Example 6: A traffic light you talk to
#
# What to wire (see hardware/builds/06-traffic-light.md), each LED with a 220 ohm resistor to GND:
#   red LED on GPIO 5 (pin 29), yellow LED on GPIO 6 (pin 31), green LED on GPIO 13 (pin 33)
# Nothing wired? It still runs, and prints what the lights would do.

from starmind_edge import RobotBody, Starmind

brain = Starmind()
lights = RobotBody(motors=None, lights={"red": 5, "yellow": 6, "green": 13}, buzzer=None)

# The commands are written the way you would say them out loud.
commands = [
    "turn the red light on then wait 3 seconds",
    "turn the yellow light on then wait 1 second",
    "red light off and yellow light off and green light on",
    "wait 3 seconds",
    "green light off then yellow light on then wait 1 second",
    "yellow light off then red light on",
]

for command in commands:  # one command at a time
    print("You say:", command)
    answer = brain.ask(command)  # the brain turns words into light actions
    lights.do(answer)  # and the lights do them

# Try adding your own commands to the list!
