# Example 4: A talking robot
#
# What to wire (see hardware/builds/04-talking-robot.md):
#   - the robot: two motors on a motor driver board, the lights and the buzzer
#   - a speaker (USB or HDMI), and run once: sudo apt install espeak-ng
# Nothing wired? It still runs, and prints what the robot would do.

from starmind_edge import RobotBody, Starmind, say

brain = Starmind()
robot = RobotBody()  # motors, lights and buzzer on their usual pins

say("Hello! I am your robot. Tell me what to do!")

while True:
    words = input("You: ")
    if words.lower() == "bye":
        break
    answer = brain.ask(words)  # try: go forward for 2 seconds then beep twice
    say(answer)  # speak the answer out loud
    robot.do(answer)  # and do any actions in it, like moving or beeping

say("Goodbye!")
