"""The robot body: carries out the brain's `Action`s on motors, lights and a buzzer, safely.

    from starmind_edge import Starmind, RobotBody
    brain, robot = Starmind(), RobotBody()
    robot.do(brain.ask("go forward for 2 seconds then beep twice"))

Safety rules, always on:

* every action is bounded: nothing lasts longer than ``max_seconds`` (`DEFAULT_MAX_SECONDS`, 10 s, unless you
  choose); a longer one is shortened to it, with a message;
* so is every answer: all its moves, turns, waits and beeps together last at most ``max_total_seconds``
  (`DEFAULT_MAX_TOTAL_SECONDS`, 30 s, unless you choose); what would go past it is skipped, with a message;
* `RobotBody.stop` always wins: it stops the motors at once and cancels whatever was still to do,
  from any thread (a stop button, another callback);
* the motors stop after each `do`, on any error, on Ctrl+C, and when the program ends; an uncaught error in any
  thread also cancels every action still waiting to be done.

Without a Raspberry Pi it uses gpiozero's pretend pins and prints what it would do
("🤖 moving forward for 2 s"), so the same program runs on a laptop.

The action language (the vocabulary, how calls are found in text, the bounds) is starmind_edge/actions.py's.
"""

from __future__ import annotations

import atexit
import math
import os
import signal
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterable

from . import pins
from ._console import show
from .actions import (
    COLORS,
    DEFAULT_MAX_SECONDS,
    DEFAULT_MAX_TOTAL_SECONDS,
    MOST_BEEPS,
    VOCABULARY,
    Action,
    find_calls,
    positive_number,
)
from .errors import InputError
from .pins import WiringError
from .safeguarding import tell_grown_ups

BEEP_SECONDS = 0.15  # a beep is this long on, then this long off
_DEFAULT = object()


def _seconds_text(value: float) -> str:
    return f"{value:g} s"


def _time_scale() -> float:
    """``STARMIND_TIME_SCALE=0.01`` makes every pause 100 times shorter (for tests and quick demos)."""
    try:
        scale = float(os.environ.get("STARMIND_TIME_SCALE", "1"))
    except ValueError:
        return 1.0
    return scale if 0 < scale <= 1 else 1.0


class RobotBody:
    """Motors, lights and a buzzer that do what the brain says.

    Every pin is a GPIO number; the defaults match hardware/README.md. Give ``None`` for a part you
    have not connected and its actions are skipped (with one message saying so).

    * ``motors``: ``((left_forward, left_backward), (right_forward, right_backward))`` for a motor
      driver board, driven as a gpiozero `Robot` (default ``((17, 18), (27, 22))``).
    * ``lights``: a dict of colour to pin for separate LEDs, e.g. ``{"red": 5, "green": 13}`` (default: red 5,
      yellow 6, green 13, blue 19 and white 26; none when ``rgb_led`` is given).
    * ``rgb_led``: ``(red, green, blue)`` pins of one RGB LED, used for colours without their own LED
      (yellow is red + green, white is all three; default: none). ``common_anode=True`` for the other kind of
      RGB LED (default ``False``: common cathode).
    * ``buzzer``: the pin of an active buzzer (default 16).
    * ``stop_button``: the pin of a button that stops the robot whenever it is pressed (default: none).
    * ``speed``: motor speed from 0 to 1 (default 1, full speed); ``max_seconds``: the longest any one action may
      last, in seconds (default 10; a longer one is shortened to it); ``max_total_seconds``: the longest all the
      actions of one ``do()`` may last together (default 30).
    * ``when_worried``: a function called with the `Concern` when ``do()`` is given an answer to something
      serious a child said (being hurt or unsafe; see SAFETY.md), e.g. to light a lamp a grown-up will see.
    * ``verbose``: print what the robot does (default ``True``); ``sleep``: a function that replaces waiting,
      for tests (default: really wait).
    """

    def __init__(
        self,
        motors=pins.MOTORS,
        lights=_DEFAULT,
        rgb_led=None,
        buzzer=pins.BUZZER,
        *,
        stop_button=None,
        speed: float = 1.0,
        max_seconds: float = DEFAULT_MAX_SECONDS,
        max_total_seconds: float = DEFAULT_MAX_TOTAL_SECONDS,
        common_anode: bool = False,
        when_worried: Callable | None = None,
        verbose: bool = True,
        sleep: Callable[[float], object] | None = None,
    ):
        if not (isinstance(speed, (int, float)) and 0 < speed <= 1):
            raise InputError(f"speed must be a number above 0 and at most 1 (1 is full speed), not {speed!r}")
        if not (isinstance(max_seconds, (int, float)) and 0 < max_seconds < math.inf):
            raise InputError(f"max_seconds must be a number of seconds above 0, not {max_seconds!r}")
        if not (isinstance(max_total_seconds, (int, float)) and 0 < max_total_seconds < math.inf):
            raise InputError(f"max_total_seconds must be a number of seconds above 0, not {max_total_seconds!r}")
        if lights is _DEFAULT:
            lights = None if rgb_led is not None else pins.LIGHTS
        self.speed, self.max_seconds, self.verbose = float(speed), max_seconds, verbose
        self.max_total_seconds = max_total_seconds
        self.when_worried = when_worried
        self._sleep, self._scale = sleep, _time_scale()
        self._do_lock = threading.RLock()  # one list of actions at a time
        self._motor_lock = threading.RLock()  # starting and stopping the motors never interleave
        self._wake = threading.Condition()
        self._generation = 0  # stop() adds one: everything started before it is cancelled
        self._skipped: set[str] = set()
        self._rgb_on: set[str] = set()
        self.robot = self.rgb_led = self.buzzer = self.stop_button = None
        self.lights: dict = {}
        self._closed = False
        pins.setup_pins()
        try:
            self._build(motors, lights, rgb_led, buzzer, stop_button, common_anode)
        except BaseException:
            self.close()
            raise
        _BODIES.add(self)
        _install_safety_hooks()

    # ---- building the parts ---------------------------------------------------------------------

    def _build(self, motors, lights, rgb_led, buzzer, stop_button, common_anode) -> None:
        from gpiozero import LED, RGBLED, Button, Buzzer, Motor, Robot
        from gpiozero.exc import PinPWMError

        def with_pwm(build):
            try:
                return build(True)
            except PinPWMError:  # pins without PWM (dimming): full speed only
                return build(False)

        if motors is not None:
            left, right = _motor_pins(motors)

            def build_robot(pwm):
                left_motor = Motor(*left, pwm=pwm)
                try:
                    return Robot(left=left_motor, right=Motor(*right, pwm=pwm))
                except BaseException:
                    left_motor.close()
                    raise

            self.robot = pins.make("the motors", [*left, *right], lambda: with_pwm(build_robot))
        if lights is not None:
            if not isinstance(lights, dict):
                raise WiringError('lights must be a dict of colour to pin, like {"red": 5, "green": 13}')
            for color, pin in lights.items():
                if color not in COLORS:
                    raise WiringError(f"{color!r} is not a light colour I know; use one of {', '.join(COLORS)}.")
                self.lights[color] = pins.make(f"the {color} light", [pin], lambda p=pin: LED(p))
        if rgb_led is not None:
            rgb = _pin_tuple(rgb_led, 3, "rgb_led", "(red, green, blue)")
            self.rgb_led = pins.make(
                "the RGB LED", rgb, lambda: with_pwm(lambda pwm: RGBLED(*rgb, active_high=not common_anode, pwm=pwm))
            )
        if buzzer is not None:
            self.buzzer = pins.make("the buzzer", [buzzer], lambda: Buzzer(buzzer))
        if stop_button is not None:
            self.stop_button = pins.make("the stop button", [stop_button], lambda: Button(stop_button))
            body = weakref.ref(self)  # gpiozero keeps its callbacks for ever: don't keep the body alive with it

            def pressed():
                if (alive := body()) is not None:
                    alive.stop()

            self.stop_button.when_pressed = pressed

    # ---- doing actions ----------------------------------------------------------------------------

    def do(self, what) -> list[Action]:
        """Carry out actions, one after another, and return the ones that were done.

        ``what`` can be an `Answer` from ``brain.ask()`` (its ``.actions``), one `Action`, a list of them,
        or text such as ``"move(forward, 2) beep(1)"`` (its calls found by `actions.find_calls`). Unknown or broken
        actions are skipped, with a message; a move, turn or wait longer than ``max_seconds`` is shortened to it.
        """
        tell_grown_ups(self.when_worried, getattr(what, "concern", None))
        actions = self._within_total(self._actions_from(what))
        if actions and actions[0].name == "stop":
            self._cancel()  # an answer that starts with stop ("Stop!") stops whatever is moving now, not after it
        generation = self._generation  # a stop() from now on cancels this call
        done: list[Action] = []
        with self._do_lock:
            if self._closed:
                raise RuntimeError("This RobotBody has been closed; make a new one.")
            try:
                for action in actions:
                    if self._generation != generation:
                        break
                    if self._carry_out(action, generation):
                        done.append(action)
            finally:  # whatever happened (an error, Ctrl+C), nothing keeps moving or beeping
                self._halt()
        return done

    def stop(self) -> None:
        """Stop now: the motors and buzzer stop, and any actions still to do are cancelled."""
        self._cancel()
        if self.verbose:
            show("🛑 stop!")

    def _cancel(self) -> None:
        """Cancel everything started or waiting (every `do` call so far), and stop the motors and buzzer."""
        with self._wake:
            self._generation += 1
            self._wake.notify_all()
        self._halt()

    def _carry_out(self, action: Action, generation: int) -> bool:
        name, args = action.name, action.args
        if name in ("move", "turn"):
            if self.robot is None:
                return self._skip("motors", "🤖 No motors are connected, so I'll skip moving and turning.")
            direction, seconds = args
            self._say(f"🤖 {'moving' if name == 'move' else 'turning'} {direction} for {_seconds_text(seconds)}")
            with self._motor_lock:
                if self._generation != generation:
                    return False
                getattr(self.robot, direction)(self.speed)  # forward / backward / left / right
            try:
                self._pause(seconds, generation)
            finally:
                self._halt()
        elif name == "stop":
            self._say("🛑 stopping")
            self._halt()
        elif name == "light":
            color, state = args
            if color in self.lights:
                self.lights[color].value = state == "on"
            elif self.rgb_led is not None:
                (self._rgb_on.add if state == "on" else self._rgb_on.discard)(color)
                self.rgb_led.value = _mix(self._rgb_on)
            else:
                return self._skip(f"light:{color}", f"💡 No {color} light is connected, so I'll skip it.")
            self._say(f"💡 {color} light {state}")
        elif name == "beep":
            if self.buzzer is None:
                return self._skip("buzzer", "🔊 No buzzer is connected, so I'll skip beeping.")
            (times,) = args
            times = self._beeps(times)
            self._say(f"🔊 beeping {times} time{'s' if times != 1 else ''}")
            for _ in range(times):
                self.buzzer.on()
                if not self._pause(BEEP_SECONDS, generation):
                    break
                self.buzzer.off()
                if not self._pause(BEEP_SECONDS, generation):
                    break
            self.buzzer.off()
        elif name == "wait":
            (seconds,) = args
            self._say(f"⏳ waiting {_seconds_text(seconds)}")
            self._pause(seconds, generation)
        return self._generation == generation

    def _within_total(self, actions: list[Action]) -> list[Action]:
        """The actions that fit in ``max_total_seconds`` together; the one that reaches it is shortened."""
        kept, total = [], 0.0
        for action in actions:
            left = self.max_total_seconds - total
            length = self._length(action)
            if length > left + 1e-9:
                if action.name in ("move", "turn", "wait") and left >= 0.1:
                    kept.append(Action(action.name, (*action.args[:-1], round(left, 2))))
                skipped = len(actions) - len(kept)
                show(
                    f"⏱️ That is more than {_seconds_text(self.max_total_seconds)} of moving and beeping in one go, "
                    f"so I'll skip the rest ({skipped} action{'s' if skipped != 1 else ''})."
                )
                break
            kept.append(action)
            total += length
        return kept

    def _length(self, action: Action) -> float:
        """How long an action lasts, in seconds (a beep is on, then off)."""
        if action.name in ("move", "turn", "wait"):
            return min(action.args[-1], self.max_seconds)
        if action.name == "beep":
            return self._beeps(action.args[0]) * 2 * BEEP_SECONDS
        return 0.0

    def _beeps(self, times: int) -> int:
        """Beeping is bounded too: as many beeps as fit in ``max_seconds``."""
        return min(times, max(1, int(self.max_seconds / (2 * BEEP_SECONDS))))

    def _pause(self, seconds: float, generation: int) -> bool:
        """Wait, but wake up at once if stop() is called. True if not stopped."""
        seconds = min(seconds, self.max_seconds) * self._scale
        if self._sleep is not None:
            self._sleep(seconds)
            return self._generation == generation
        deadline = time.monotonic() + seconds
        with self._wake:
            while self._generation == generation:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._wake.wait(min(left, 0.1))  # short waits so Ctrl+C works everywhere
        return self._generation == generation

    def _halt(self) -> None:
        """Motors off and buzzer off, even half-closed, even during an error."""
        with self._motor_lock:
            for part, method in ((self.robot, "stop"), (self.buzzer, "off")):
                if part is not None:
                    try:
                        getattr(part, method)()
                    except Exception:
                        pass

    def _say(self, message: str) -> None:
        if self.verbose:
            show(message)

    def _skip(self, part: str, message: str) -> bool:
        if part not in self._skipped:
            self._skipped.add(part)
            show(message)
        return False

    # ---- understanding what to do -------------------------------------------------------------------

    def _actions_from(self, what) -> list[Action]:
        if what is None:
            return []
        if hasattr(what, "actions") and not isinstance(what, Action):
            items = list(what.actions)
        elif isinstance(what, Action):
            items = [what]
        elif isinstance(what, str):
            items = [Action(name, args) for name, args in find_calls(what)]  # each checked below, with a message
            if not items and what.strip():
                show(f"🤔 I can't find any actions in {what!r}. Try something like move(forward, 2).")
        elif isinstance(what, Iterable):
            items = []
            for item in what:
                if isinstance(item, str):
                    items.extend(self._actions_from(item))
                else:
                    items.append(item)
        else:
            raise TypeError(f"do() needs an answer, an Action or a list of Actions, not {type(what).__name__}")
        checked = [self._check(item) for item in items]
        return [a for a in checked if a is not None]

    def _check(self, item) -> Action | None:
        """A valid Action with its numbers bounded, or None (with a message) if it isn't one."""
        try:
            name, args = item
            name, args = str(name).strip().lower(), tuple(args)
        except (TypeError, ValueError):
            show(f"🤔 {item!r} is not an action; I'll skip it.")
            return None
        kinds = VOCABULARY.get(name)
        if kinds is None or len(args) != len(kinds):
            show(f"🤔 I don't know how to do {name}({', '.join(map(str, args))}); I'll skip it.")
            return None
        fixed = []
        for arg, kind in zip(args, kinds, strict=True):
            if kind in ("seconds", "times"):
                value = positive_number(arg)
                if value is None:
                    show(f"🤔 {arg!r} is not a number I can use in {name}(); I'll skip it.")
                    return None
                if kind == "times":
                    value = min(max(1, round(value)), MOST_BEEPS)
                elif value > self.max_seconds:
                    show(
                        f"⏱️ {name} for {_seconds_text(value)} is too long: I'll do {_seconds_text(self.max_seconds)}, "
                        "the most allowed at once."
                    )
                    value = self.max_seconds
                fixed.append(value)
            else:
                word = str(arg).strip().lower()
                if word not in kind:
                    show(f"🤔 {name}() can't use {arg!r}; it needs one of {', '.join(kind)}. I'll skip it.")
                    return None
                fixed.append(word)
        return Action(name, tuple(fixed))

    # ---- closing ------------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop, then let go of every pin (the body can't be used after this)."""
        if self._closed:
            return
        self._cancel()
        with self._do_lock:
            self._closed = True
            for part in (self.robot, *self.lights.values(), self.rgb_led, self.buzzer, self.stop_button):
                try:
                    pins.release(part)
                except Exception:
                    pass
        _BODIES.discard(self)

    def __enter__(self) -> RobotBody:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        parts = []
        if self.robot is not None:
            parts.append("motors")
        parts += [f"{c} light" for c in self.lights]
        parts += ["RGB LED"] * (self.rgb_led is not None) + ["buzzer"] * (self.buzzer is not None)
        parts += ["stop button"] * (self.stop_button is not None)
        return f"<RobotBody {', '.join(parts) or 'with nothing connected'}{' (closed)' if self._closed else ''}>"


def _mix(colors: set[str]) -> tuple[int, int, int]:
    """The RGB value that shows every colour that is on (yellow = red + green, white = all)."""
    table = {"red": (1, 0, 0), "green": (0, 1, 0), "blue": (0, 0, 1), "yellow": (1, 1, 0), "white": (1, 1, 1)}
    return tuple(max((table[c][i] for c in colors), default=0) for i in range(3))


def _pin_tuple(value, size: int, what: str, shape: str) -> tuple:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable) or len(tuple(value)) != size:
        raise WiringError(f"{what} needs {size} pins, {shape}, not {value!r}")
    return tuple(value)


def _motor_pins(motors) -> tuple[tuple, tuple]:
    shape = "((left_forward, left_backward), (right_forward, right_backward))"
    left, right = _pin_tuple(motors, 2, "motors", shape)
    return _pin_tuple(left, 2, "the left motor", "(forward, backward)"), _pin_tuple(
        right, 2, "the right motor", "(forward, backward)"
    )


# ---- safety nets for the whole program ----------------------------------------------------------------

_BODIES: weakref.WeakSet[RobotBody] = weakref.WeakSet()
_hooks_installed = False


def stop_all() -> None:
    """Stop the motors and buzzers of every robot body in this program and cancel what each still had to do (used on
    uncaught errors and at exit)."""
    for body in list(_BODIES):
        body._cancel()


def _install_safety_hooks() -> None:
    """Stop every motor on an uncaught error (in any thread) and on SIGTERM/SIGHUP, not just at exit."""
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

    def excepthook(*args):
        stop_all()
        previous_hook(*args)

    def thread_excepthook(args):
        stop_all()
        previous_thread_hook(args)

    sys.excepthook, threading.excepthook = excepthook, thread_excepthook
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None and signal.getsignal(number) == signal.SIG_DFL:
                signal.signal(number, _exit_on_signal)


def _exit_on_signal(number, frame):
    stop_all()
    raise SystemExit(128 + number)


# gpiozero closes its devices at exit; this runs first (atexit runs last-registered first) and stops the motors.
atexit.register(stop_all)
