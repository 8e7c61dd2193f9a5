# Example 5: Drive the robot with typed commands
#
# What to wire: two motors on a motor driver board (see hardware/builds/05-drive.md).
# Nothing wired? It still runs, and prints what the robot would do.
#
# Type commands the way you would say them, like:
#   go forward for 2 seconds then turn left
# or the robot's own words, like: move(forward, 2)

from starmind_edge import RobotBody, Starmind

brain = Starmind()
robot = RobotBody(lights=None, buzzer=None)  # just the motors this time
print("Drive me! Type bye to stop.")

while True:
    command = input("Command: ")
    if command.lower() == "bye":
        break
    if "(" in command:  # the robot's own words, like move(forward, 2)
        robot.do(command)
        continue
    answer = brain.ask(command)  # let the brain work out what you mean
    print(answer)
    robot.do(answer)  # every move is safe: 10 seconds at most, then stop

print("Parking the robot. Bye!")
