"""Robot actions: the vocabulary, the `Action` type, and the parser for the model's action text.

The model writes each action after an ``<act>`` control token as ``name(arg, arg)``, e.g.
``move(forward, 2)``. Anything outside the vocabulary below is dropped, never executed.
"""

from __future__ import annotations

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

MAX_SECONDS = 60
MAX_TIMES = 20

_CALL = re.compile(r"^\s*([a-z]+)\s*\(([^()]*)\)\s*$")


class Action(NamedTuple):
    """One robot action, such as ``Action("move", ("forward", 2))``: ``name`` is one of light, move, turn, stop,
    beep and wait, and ``args`` its arguments in order (``()``, the default, for stop; the README's table lists
    them). ``str(action)`` writes it the way the model does: ``move(forward, 2)``."""

    name: str
    args: tuple = ()

    def __str__(self) -> str:
        return f"{self.name}({', '.join(str(a) for a in self.args)})"


def _number(text: str, limit: int) -> int | float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    if not 0 < value <= limit:
        return None
    return int(value) if value.is_integer() else value


def parse_action(text: str) -> Action | None:
    """Parse one ``name(args)`` string; return None unless it is a valid action."""
    match = _CALL.match(text.strip().lower())
    if not match or match.group(1) not in VOCABULARY:
        return None
    name, raw = match.groups()
    kinds = VOCABULARY[name]
    parts = [p.strip() for p in raw.split(",")] if raw.strip() else []
    if len(parts) != len(kinds):
        return None
    args = []
    for part, kind in zip(parts, kinds, strict=True):
        if kind == "seconds":
            value = _number(part, MAX_SECONDS)
        elif kind == "times":
            value = _number(part, MAX_TIMES)
            value = value if isinstance(value, int) else None
        else:
            value = part if part in kind else None
        if value is None:
            return None
        args.append(value)
    return Action(name, tuple(args))


def parse_actions(texts: list[str]) -> list[Action]:
    """Parse several action strings, keeping the valid ones in order."""
    return [a for a in map(parse_action, texts) if a is not None]
