"""The robot body on gpiozero's mock pins: right pins, right values, right times, and the safety rules."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

gpiozero = pytest.importorskip("gpiozero")
from gpiozero import Device  # noqa: E402
from gpiozero.pins.mock import MockFactory, MockPin, MockPWMPin  # noqa: E402

from starmind_edge import actions, pins  # noqa: E402
from starmind_edge import robot as robot_module  # noqa: E402
from starmind_edge.actions import Action  # noqa: E402
from starmind_edge.answer import Answer  # noqa: E402
from starmind_edge.pins import WiringError  # noqa: E402
from starmind_edge.robot import RobotBody, stop_all  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MOTOR_PINS = (17, 18, 27, 22)  # left forward, left backward, right forward, right backward
LIGHT_PINS = {"red": 5, "yellow": 6, "green": 13, "blue": 19, "white": 26}
ALL_PINS = (*MOTOR_PINS, *LIGHT_PINS.values(), 16)


@pytest.fixture
def factory(monkeypatch):
    monkeypatch.delenv("STARMIND_TIME_SCALE", raising=False)  # real durations in these tests
    old = Device.pin_factory
    Device.pin_factory = MockFactory(pin_class=MockPWMPin)
    yield Device.pin_factory
    Device.pin_factory.reset()
    Device.pin_factory = old


class Clock:
    """A pretend sleep: records how long each pause was, and every pin's value during it."""

    def __init__(self, factory, raise_on: int | None = None, error: type[BaseException] = RuntimeError):
        self.factory, self.pauses, self.raise_on, self.error = factory, [], raise_on, error

    def __call__(self, seconds: float) -> None:
        self.pauses.append((seconds, {n: float(self.factory.pin(n).state) for n in ALL_PINS}))
        if self.raise_on is not None and len(self.pauses) >= self.raise_on:
            raise self.error("boom")


@pytest.fixture
def clock(factory):
    return Clock(factory)


@pytest.fixture
def body(factory, clock):
    robot = RobotBody(sleep=clock, verbose=False)
    yield robot
    robot.close()


def motors(factory) -> tuple[float, ...]:
    return tuple(float(factory.pin(n).state) for n in MOTOR_PINS)


@pytest.mark.parametrize(
    "action, during",
    [
        (Action("move", ("forward", 2)), (1, 0, 1, 0)),
        (Action("move", ("backward", 2)), (0, 1, 0, 1)),
        (Action("turn", ("left", 2)), (0, 1, 1, 0)),  # left wheel back, right wheel forward
        (Action("turn", ("right", 2)), (1, 0, 0, 1)),
    ],
)
def test_motions_drive_the_motor_pins_for_the_right_time(factory, clock, body, action, during):
    assert body.do([action]) == [action]
    [(seconds, states)] = clock.pauses
    assert seconds == 2
    assert tuple(states[n] for n in MOTOR_PINS) == during
    assert motors(factory) == (0, 0, 0, 0)  # and stopped afterwards


def test_speed_sets_the_pwm_value(factory, clock):
    with RobotBody(sleep=clock, speed=0.5, verbose=False) as body:
        body.do("move(forward, 1)")
    assert tuple(clock.pauses[0][1][n] for n in MOTOR_PINS) == (0.5, 0, 0.5, 0)


def test_motion_really_lasts_its_time_on_the_pins(factory):
    with RobotBody(verbose=False) as body:
        started = time.monotonic()
        body.do("move(forward, 0.2)")
        took = time.monotonic() - started
    states = factory.pin(17).states
    assert [s.state for s in states] == [0, 1, 0]
    assert 0.18 <= states[2].timestamp - states[1].timestamp <= 0.6  # generous: CI machines can be busy
    assert took < 1.0


@pytest.mark.parametrize("color", list(LIGHT_PINS))
def test_lights_turn_on_and_off(factory, body, color):
    pin = factory.pin(LIGHT_PINS[color])
    body.do([Action("light", (color, "on"))])
    assert pin.state == 1 and sum(factory.pin(p).state for p in LIGHT_PINS.values()) == 1
    body.do([Action("light", (color, "off"))])
    assert pin.state == 0


def test_lights_stay_on_between_calls(factory, body):
    body.do("light(red, on) light(green, on)")
    assert factory.pin(5).state == 1 and factory.pin(13).state == 1


@pytest.mark.parametrize("common_anode", [False, True])
def test_rgb_led_mixes_colours(factory, clock, common_anode):
    with RobotBody(rgb_led=(5, 13, 19), common_anode=common_anode, sleep=clock, verbose=False) as body:
        assert body.lights == {}

        def rgb():
            values = tuple(float(factory.pin(n).state) for n in (5, 13, 19))
            return tuple(1 - v for v in values) if common_anode else values

        body.do("light(yellow, on)")
        assert rgb() == (1, 1, 0)
        body.do("light(blue, on)")
        assert rgb() == (1, 1, 1)
        body.do("light(yellow, off)")
        assert rgb() == (0, 0, 1)
        body.do("light(white, on) light(white, off) light(blue, off)")
        assert rgb() == (0, 0, 0)


def test_beep_toggles_the_buzzer(factory, clock, body):
    body.do("beep(3)")
    buzzer = [states[16] for _, states in clock.pauses]
    assert buzzer == [1, 0] * 3
    assert all(seconds == pytest.approx(0.15) for seconds, _ in clock.pauses)
    assert factory.pin(16).state == 0


def test_wait_pauses_without_moving(factory, clock, body):
    body.do("wait(2)")
    assert clock.pauses == [(2, dict.fromkeys(ALL_PINS, 0.0))]


@pytest.mark.parametrize("text, limit, expected", [("move(forward, 30)", 10, 10), ("turn(left, 60)", 3, 3), ("wait(45)", 10, 10)])
def test_no_action_lasts_longer_than_the_bound(factory, clock, text, limit, expected, capsys):
    with RobotBody(sleep=clock, max_seconds=limit, verbose=False) as body:
        [done] = body.do(text)
    assert done.args[-1] == expected
    assert [seconds for seconds, _ in clock.pauses] == [expected]
    assert "too long" in capsys.readouterr().out


def test_bound_holds_for_hand_made_actions_and_beeps(factory, clock):
    with RobotBody(sleep=clock, max_seconds=0.6, verbose=False) as body:
        body.do([Action("move", ("forward", 1000)), Action("beep", (20,))])
    assert clock.pauses[0][0] == 0.6
    assert sum(seconds for seconds, _ in clock.pauses[1:]) <= 0.6 + 1e-9


def test_stop_action_stops_the_motors(factory, clock, body):
    body.robot.forward()  # someone drove it directly
    assert motors(factory) == (1, 0, 1, 0)
    body.do("stop()")
    assert motors(factory) == (0, 0, 0, 0)


def test_stop_wins_over_a_running_motion_and_cancels_the_rest(factory):
    with RobotBody(verbose=False) as body:
        done = []
        worker = threading.Thread(target=lambda: done.extend(body.do("move(forward, 5) beep(2) light(red, on)")))
        started = time.monotonic()
        worker.start()
        _wait_for(lambda: motors(factory) == (1, 0, 1, 0))
        body.stop()
        assert motors(factory) == (0, 0, 0, 0)  # at once, from this thread
        worker.join(2)
        assert not worker.is_alive() and time.monotonic() - started < 2.5  # not the 5 s it asked for
        assert done == []  # the motion was cut short, the beep and the light never happened
        assert [s.state for s in factory.pin(16).states] == [0] and factory.pin(5).state == 0
        assert body.do("light(red, on)") == [Action("light", ("red", "on"))]  # a new do() works again


def test_stop_cancels_actions_waiting_their_turn(factory):
    with RobotBody(verbose=False) as body:
        first = threading.Thread(target=body.do, args=("move(forward, 5)",))
        first.start()
        _wait_for(lambda: motors(factory) == (1, 0, 1, 0))
        queued = threading.Event()
        parse = body._actions_from
        body._actions_from = lambda what: (parse(what), queued.set())[0]  # the second call is in line now
        waiting: list = []
        second = threading.Thread(target=lambda: waiting.extend(body.do("light(green, on)")))
        second.start()
        assert queued.wait(2)
        body.stop()
        first.join(2), second.join(2)
        assert waiting == [] and factory.pin(13).state == 0


def _wait_for(condition, seconds: float = 2.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_stop_button_stops_the_robot(factory):
    with RobotBody(stop_button=12, verbose=False) as body:
        worker = threading.Thread(target=body.do, args=("turn(left, 5)",))
        worker.start()
        _wait_for(lambda: motors(factory) == (0, 1, 1, 0))
        factory.pin(12).drive_low()  # press
        factory.pin(12).drive_high()
        worker.join(2)
        assert not worker.is_alive() and motors(factory) == (0, 0, 0, 0)


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_errors_and_ctrl_c_stop_the_motors(factory, error):
    clock = Clock(factory, raise_on=1, error=error)
    with RobotBody(sleep=clock, verbose=False) as body:
        with pytest.raises(error):
            body.do("move(forward, 3) move(backward, 3)")
        assert clock.pauses[0][1][17] == 1  # it was moving when the error came
        assert motors(factory) == (0, 0, 0, 0)
        beeping = Clock(factory, raise_on=1, error=error)
        body._sleep = beeping
        with pytest.raises(error):
            body.do("beep(3)")
        assert factory.pin(16).state == 0


def test_stop_all_stops_every_robot(factory):
    with RobotBody(verbose=False) as body:
        body.robot.backward()
        stop_all()
        assert motors(factory) == (0, 0, 0, 0)


def test_concurrent_do_calls_do_not_interleave(factory):
    log = []

    def slow(seconds):
        log.append(threading.current_thread().name)
        time.sleep(0.005)

    with RobotBody(sleep=slow, verbose=False) as body:
        threads = [threading.Thread(target=body.do, args=("wait(1) wait(1) wait(1) wait(1)",), name=name) for name in "ab"]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(5)
    assert sorted(log) == ["a"] * 4 + ["b"] * 4
    assert log in (["a"] * 4 + ["b"] * 4, ["b"] * 4 + ["a"] * 4)


def test_do_accepts_answers_actions_text_and_skips_nonsense(factory, clock, body, capsys):
    answer = Answer("Okay! Moving forward.", [Action("move", ("forward", 1))])
    assert body.do(answer) == [Action("move", ("forward", 1))]
    assert body.do(Action("stop")) == [Action("stop")]
    assert body.do("Move(Forward, 2)") == [Action("move", ("forward", 2))]
    assert body.do([("beep", ("2",)), "wait(0.5)"]) == [Action("beep", (2,)), Action("wait", (0.5,))]
    assert body.do("dance(now) move(up, 2) move(forward, -1) move(forward) beep(lots)") == []
    assert body.do("hello") == [] and body.do(Answer("Hi!")) == [] and body.do(None) == []
    out = capsys.readouterr().out
    assert "dance" in out and "'up'" in out and "hello" in out
    with pytest.raises(TypeError):
        body.do(42)


def test_it_prints_what_it_would_do(factory, clock, capsys):
    with RobotBody(sleep=clock) as body:
        body.do("move(forward, 2) turn(left, 1) light(red, on) beep(2) wait(1.5) stop()")
    out = capsys.readouterr().out
    for line in (
        "🤖 moving forward for 2 s",
        "🤖 turning left for 1 s",
        "💡 red light on",
        "🔊 beeping 2 times",
        "⏳ waiting 1.5 s",
        "🛑 stopping",
    ):
        assert line in out


def test_parts_not_connected_are_skipped_with_one_message(factory, clock, capsys):
    with RobotBody(motors=None, lights={"red": 5}, buzzer=None, sleep=clock) as body:
        done = body.do("move(forward, 1) turn(left, 1) light(blue, on) light(blue, off) light(red, on) beep(1) beep(2)")
        assert done == [Action("light", ("red", "on"))]
        body.do("move(backward, 1) beep(1)")
    out = capsys.readouterr().out
    assert out.count("No motors") == 1 and out.count("No blue light") == 1 and out.count("No buzzer") == 1
    assert clock.pauses == []


def test_a_pin_used_twice_gets_a_clear_message(factory):
    with pytest.raises(WiringError, match=r"GPIO 5 is already used by the red light"):
        RobotBody(buzzer=5, verbose=False)
    with pytest.raises(WiringError, match="twice"):
        RobotBody(motors=((17, 17), (27, 22)), verbose=False)
    with pytest.raises(WiringError, match="no pin 99"):
        RobotBody(buzzer=99, verbose=False)
    with pytest.raises(WiringError, match="colour"):
        RobotBody(lights={"purple": 5}, verbose=False)
    with RobotBody(verbose=False):
        with pytest.raises(WiringError, match="made earlier"):
            RobotBody(verbose=False)
        led = gpiozero.LED(12)  # a part made with gpiozero directly
        with pytest.raises(WiringError, match="GPIO 12 is already used by another part"):
            RobotBody(motors=None, lights=None, buzzer=12, verbose=False)
        led.close()
    with RobotBody(verbose=False):  # a failed or closed body gives its pins back
        pass


def test_closed_body_refuses_work(factory):
    body = RobotBody(verbose=False)
    body.close()
    body.close()
    with pytest.raises(RuntimeError, match="closed"):
        body.do("stop()")


# ---- pretend pins when there is no Raspberry Pi ---------------------------------------------------------


@pytest.fixture
def no_factory(monkeypatch):
    old = Device.pin_factory
    Device.pin_factory = None
    monkeypatch.setattr(pins, "_announced", False)
    monkeypatch.delenv("GPIOZERO_PIN_FACTORY", raising=False)
    yield
    if Device.pin_factory is not None:
        Device.pin_factory.close()
    Device.pin_factory = old


def test_no_pi_means_mock_pins_with_one_friendly_line(no_factory, monkeypatch, capsys):
    monkeypatch.setattr(pins, "on_raspberry_pi", lambda: False)
    factory = pins.setup_pins()
    assert isinstance(factory, MockFactory) and factory.pin_class is MockPWMPin
    assert pins.setup_pins() is factory and pins.using_mock_pins()
    out = capsys.readouterr().out
    assert out.count("pretend pins") == 1 and "No Raspberry Pi" in out


def test_env_var_forces_mock_pins(no_factory, monkeypatch, capsys):
    monkeypatch.setenv("GPIOZERO_PIN_FACTORY", "mock")
    monkeypatch.setattr(pins, "on_raspberry_pi", lambda: True)
    assert isinstance(pins.setup_pins(), MockFactory)
    assert "GPIOZERO_PIN_FACTORY" in capsys.readouterr().out


def test_pi_without_gpio_library_falls_back_to_mock(no_factory, monkeypatch, capsys):
    def broken():
        raise gpiozero.BadPinFactory("Unable to load any default pin factory!")

    monkeypatch.setattr(pins, "on_raspberry_pi", lambda: True)
    monkeypatch.setattr(Device, "_default_pin_factory", staticmethod(broken))
    assert isinstance(pins.setup_pins(), MockFactory)
    assert "python3-lgpio" in capsys.readouterr().out


def test_plain_mock_pins_get_pwm(no_factory):
    Device.pin_factory = MockFactory(pin_class=MockPin)
    with RobotBody(verbose=False) as body:
        body.robot.forward(0.5)
        assert body.robot.value == (0.5, 0.5)


# ---- the safety nets of a real program ------------------------------------------------------------------

SCRIPT = textwrap.dedent(
    """
    import atexit, os, sys
    registered = []
    original = atexit.register
    atexit.register = lambda f, *a, **k: (registered.append(f), original(f, *a, **k))[1]
    from starmind_edge.robot import RobotBody, stop_all
    atexit.register = original
    print("atexit", stop_all in registered, flush=True)
    body = RobotBody(verbose=False)
    pin = body.robot.left_motor.forward_device.pin
    try:
        print("moving", flush=True)
        body.do("move(forward, 8)")
    finally:
        print("motor", float(pin.state), flush=True)
    """
)


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_ctrl_c_and_being_killed_stop_the_motors(signal_name, tmp_path):
    import signal

    env = {**os.environ, "GPIOZERO_PIN_FACTORY": "mock", "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    script = tmp_path / "drive.py"
    script.write_text(SCRIPT)

    def as_from_a_terminal():  # a shell's background job ignores Ctrl+C, and its children would too
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    process = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
        preexec_fn=as_from_a_terminal,
    )
    lines = []
    for line in process.stdout:
        lines.append(line.strip())
        if line.startswith("moving"):
            time.sleep(0.2)
            process.send_signal(getattr(signal, signal_name))
            break
    out, err = process.communicate(timeout=10)
    lines += out.splitlines()
    assert "atexit True" in lines  # motors are stopped at program end, before gpiozero closes the pins
    assert "motor 0.0" in lines, (lines, err)
    assert process.returncode != 0


CRASH = textwrap.dedent(
    """
    import sys, threading
    def report(*args):
        print("motor", float(pin.state), flush=True)
    sys.excepthook = threading.excepthook = report  # runs after the robot's own safety hook, which wraps it
    from starmind_edge.robot import RobotBody
    body = RobotBody(verbose=False)
    pin = body.robot.left_motor.forward_device.pin
    body.robot.forward()  # driven directly, outside do()
    def callback():
        raise ValueError("a callback went wrong")
    thread = threading.Thread(target=callback)
    thread.start()
    thread.join()
    body.robot.forward()
    raise ValueError("the main program went wrong")
    """
)


def test_uncaught_errors_in_any_thread_stop_the_motors(tmp_path):
    env = {**os.environ, "GPIOZERO_PIN_FACTORY": "mock", "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    script = tmp_path / "crash.py"
    script.write_text(CRASH)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, encoding="utf-8", env=env, timeout=30)
    assert result.stdout.splitlines()[-2:] == ["motor 0.0", "motor 0.0"], result


def test_pins_without_pwm_still_drive_motors_and_rgb_led(no_factory, monkeypatch):
    Device.pin_factory = MockFactory(pin_class=MockPin)  # like a Pi without lgpio: on/off only, no dimming
    monkeypatch.setattr(pins, "setup_pins", lambda: Device.pin_factory)
    with RobotBody(rgb_led=(5, 13, 19), verbose=False, sleep=lambda s: None) as body:
        body.robot.forward()
        assert body.robot.value == (1, 1)
        body.do("light(yellow, on)")
        assert body.rgb_led.value == (1, 1, 0)


def test_a_body_thrown_away_gives_its_pins_back(factory):
    import gc

    body = RobotBody(stop_button=12, verbose=False)
    del body  # never closed, just forgotten
    gc.collect()
    with RobotBody(stop_button=12, verbose=False) as again:
        assert again.robot is not None


def test_one_answer_moves_for_at_most_the_total_bound(factory, clock, capsys):
    """100 queued moves would drive for 1,000 s: one answer stops at max_total_seconds, the rest skipped."""
    with RobotBody(sleep=clock, verbose=False) as body:
        done = body.do("move(forward, 10) " * 100)
    assert len(done) == 3 and sum(seconds for seconds, _ in clock.pauses) == pytest.approx(30)
    assert "skip the rest (97 actions)" in capsys.readouterr().out


def test_the_action_that_reaches_the_total_bound_is_shortened(factory, clock):
    with RobotBody(sleep=clock, max_total_seconds=5, verbose=False) as body:
        done = body.do("beep(2) move(forward, 4) turn(left, 3) light(red, on)")
    assert [a.name for a in done] == ["beep", "move", "turn"] and done[-1].args[-1] == pytest.approx(0.4)
    assert sum(seconds for seconds, _ in clock.pauses) == pytest.approx(5)
    assert factory.pin(5).state == 0  # the light after the bound was skipped too


@pytest.mark.parametrize("seconds", [10**400, float("inf"), float("nan"), -3, 0, "1e999", "lots"])
def test_impossible_durations_are_skipped_with_a_message(factory, clock, capsys, seconds):
    with RobotBody(sleep=clock, verbose=False) as body:
        assert body.do([Action("move", ("forward", seconds)), Action("light", ("red", "on"))]) == [Action("light", ("red", "on"))]
    assert clock.pauses == [] and "not a number I can use" in capsys.readouterr().out


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_uncaught_error_in_another_thread_cancels_the_queue(factory):
    """The motors halt on the error, and what was still waiting never starts them again."""
    with RobotBody(verbose=False) as body:
        done: list = []
        worker = threading.Thread(target=lambda: done.extend(body.do("move(forward, 5) move(backward, 5) beep(3)")))
        worker.start()
        _wait_for(lambda: motors(factory) == (1, 0, 1, 0))
        crash = threading.Thread(target=lambda: 1 / 0)
        crash.start(), crash.join()
        assert motors(factory) == (0, 0, 0, 0)
        worker.join(2)
        assert not worker.is_alive() and done == [] and motors(factory) == (0, 0, 0, 0)
        assert [s.state for s in factory.pin(16).states] == [0]  # the beeps never came


def test_an_answer_that_starts_with_stop_stops_a_motion_in_another_thread(factory):
    with RobotBody(verbose=False) as body:
        worker = threading.Thread(target=body.do, args=("move(forward, 5) turn(left, 5)",))
        started = time.monotonic()
        worker.start()
        _wait_for(lambda: motors(factory) == (1, 0, 1, 0))
        body.do(Answer("Stopping!", [Action("stop")]))
        worker.join(2)
        assert not worker.is_alive() and time.monotonic() - started < 2 and motors(factory) == (0, 0, 0, 0)


# ---- the robot reads the one action language of starmind_edge/actions.py -------------------------------------------


def test_the_robot_finds_calls_in_text_with_the_language_s_own_function():
    assert robot_module.find_calls is actions.find_calls
    assert not hasattr(robot_module, "_CALL") and not hasattr(robot_module, "MAX_SECONDS")


def test_the_robot_does_what_the_language_reads_in_a_text_of_several_calls(factory, clock, capsys):
    text = "Okay! move(forward, 2) then dance(wildly) Beep(3), light(red,on) move(forward,,2) turn(left) wait(1.5) stop()"
    with RobotBody(sleep=clock, verbose=False) as body:
        done = body.do(text)
    assert done == actions.find_actions(text)
    assert done == [
        Action("move", ("forward", 2)),
        Action("beep", (3,)),
        Action("light", ("red", "on")),
        Action("wait", (1.5,)),
        Action("stop"),
    ]
    assert "dance" in capsys.readouterr().out


def test_the_robot_does_every_curriculum_command_as_the_language_reads_it(factory, clock):
    import random

    from trainer.curriculum import commands

    rng = random.Random(0)
    with RobotBody(sleep=clock, max_seconds=actions.LONGEST_ACTION_SECONDS, max_total_seconds=10**6, verbose=False) as body:
        for _ in range(300):
            text = " then ".join(commands.generate(rng).actions)
            assert body.do(text) == actions.find_actions(text), text


def test_the_robot_defaults_are_10_seconds_an_action_and_30_an_answer(factory, clock):
    with RobotBody(sleep=clock, verbose=False) as body:
        assert (body.max_seconds, body.max_total_seconds) == (10, 30)
        assert (body.max_seconds, body.max_total_seconds) == (actions.DEFAULT_MAX_SECONDS, actions.DEFAULT_MAX_TOTAL_SECONDS)


def test_an_action_longer_than_the_language_is_refused_by_the_parser_and_shortened_by_the_robot(factory, clock, capsys):
    """The brain drops move(forward, 61) (the model can't ask for it); typed at the robot, it drives max_seconds."""
    assert actions.parse_action("move(forward, 61)") is None and actions.find_actions("move(forward, 61)") == []
    with RobotBody(sleep=clock, verbose=False) as body:
        assert body.do("move(forward, 61)") == [Action("move", ("forward", 10))]
        assert body.do("beep(25)") == [Action("beep", (actions.MOST_BEEPS,))]
    assert [seconds for seconds, _ in clock.pauses][0] == 10
    assert "too long: I'll do 10 s" in capsys.readouterr().out
