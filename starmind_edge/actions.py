"""The robot action language, in one place: its vocabulary, its bounds, the `Action` type, and how action text is
found, read and written.

The model writes each action after an ``<act>`` control token as ``name(arg, arg)``, e.g. ``move(forward, 2)``.
Everything that reads or writes that text uses this module: the brain (`parse_actions`, on what the model wrote),
`RobotBody.do` (`find_calls`, on text such as ``"move(forward, 2) beep(1)"``) and the trainer (`format_action`, so the
model is taught exactly what the runtime reads). Anything outside the vocabulary is dropped, never executed.

The bounds, each with one meaning:

* `LONGEST_ACTION_SECONDS` (60): the longest ``move``, ``turn`` or ``wait`` the language has; `parse_action` refuses
  a longer one, so the brain never passes it on.
* `MOST_BEEPS` (20): the most beeps one ``beep`` may ask for; `parse_action` refuses more, and `RobotBody` does 20.
* `DEFAULT_MAX_SECONDS` (10): `RobotBody`'s default ``max_seconds``, the longest any one action lasts on the robot;
  a longer one (from the brain, typed text or a hand-made `Action`) is shortened to it, with a message.
* `DEFAULT_MAX_TOTAL_SECONDS` (30): `RobotBody`'s default ``max_total_seconds``, the longest all the actions of one
  ``do()`` last together; what would go past it is skipped, with a message.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

COLORS = ("red", "green", "blue", "yellow", "white")

# name -> argument kinds, in order. A kind is a tuple of allowed words, or "seconds"/"times" for numbers.
VOCABULARY: dict[str, tuple] = {
    "light": (COLORS, ("on", "off")),
    "move": (("forward", "backward"), "seconds"),
    "turn": (("left", "right"), "seconds"),
    "stop": (),
    "beep": ("times",),
    "wait": ("seconds",),
}

LONGEST_ACTION_SECONDS = 60  # the language: parse_action refuses a move, turn or wait longer than this
MOST_BEEPS = 20  # the language: parse_action refuses beep(21); RobotBody beeps at most this many times
DEFAULT_MAX_SECONDS = 10  # RobotBody(max_seconds=...): no one action lasts longer on the robot
DEFAULT_MAX_TOTAL_SECONDS = 30  # RobotBody(max_total_seconds=...): no one do() lasts longer on the robot

# One call: a name, then its arguments between brackets, e.g. "move(forward, 2)".
_CALL = re.compile(r"([a-zA-Z]+)\s*\(([^()]*)\)")


class Action(NamedTuple):
    """One robot action, such as ``Action("move", ("forward", 2))``: ``name`` is one of light, move, turn, stop,
    beep and wait, and ``args`` its arguments in order (``()``, the default, for stop; the README's table lists
    them). ``str(action)`` writes it the way the model does: ``move(forward, 2)``."""

    name: str
    args: tuple = ()

    def __str__(self) -> str:
        return format_action(self.name, *self.args)


def format_action(name: str, *args) -> str:
    """An action as the model writes it and `parse_action` reads it: ``format_action("move", "forward", 2)`` is
    ``"move(forward, 2)"``."""
    return f"{name}({', '.join(str(a) for a in args)})"


def _split(match: re.Match) -> tuple[str, tuple[str, ...]]:
    raw = match.group(2)
    return match.group(1), tuple(p.strip() for p in raw.split(",")) if raw.strip() else ()


def find_calls(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every ``name(args)`` in ``text``, in order, as ``(name, args)`` with each argument as its text, not yet checked
    against the vocabulary: ``"move(forward, 2) then beep(1)"`` gives ``[("move", ("forward", "2")), ("beep", ("1",))]``.
    """
    return [_split(m) for m in _CALL.finditer(text)]


def positive_number(value) -> int | float | None:
    """``value`` as a finite number above 0 (an int when it is whole), or None: for text that is not a number, a bool,
    inf, nan, a number too big for a float, 0 or less."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if not (math.isfinite(number) and number > 0):
        return None
    return int(number) if number.is_integer() else number


def parse_action(text: str) -> Action | None:
    """Parse one ``name(args)`` string; return None unless it is a valid action of the language (in the vocabulary,
    at most `LONGEST_ACTION_SECONDS` long, at most `MOST_BEEPS` beeps)."""
    match = _CALL.fullmatch(text.strip().lower())
    return _valid(*_split(match)) if match else None


def parse_actions(texts: list[str]) -> list[Action]:
    """Parse several action strings, keeping the valid ones in order."""
    return [a for a in map(parse_action, texts) if a is not None]


def find_actions(text: str) -> list[Action]:
    """The valid actions in ``text``, in order, each read as `parse_action` reads it:
    ``"move(forward, 2) then dance() beep(1)"`` gives ``move(forward, 2)`` and ``beep(1)``."""
    found = (_valid(name, args) for name, args in find_calls(text.lower()))
    return [a for a in found if a is not None]


def _valid(name: str, parts: tuple[str, ...]) -> Action | None:
    """The action ``name(parts)`` (lower-case), or None unless the language has it."""
    kinds = VOCABULARY.get(name)
    if kinds is None or len(parts) != len(kinds):
        return None
    args = []
    for part, kind in zip(parts, kinds, strict=True):
        if kind in ("seconds", "times"):
            value = positive_number(part)
            if value is None or value > (LONGEST_ACTION_SECONDS if kind == "seconds" else MOST_BEEPS):
                return None
            if kind == "times" and not isinstance(value, int):
                return None
        elif part in kind:
            value = part
        else:
            return None
        args.append(value)
    return Action(name, tuple(args))
