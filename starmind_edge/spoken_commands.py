"""A heard command written the way the brain reads it: a comma where one action follows another with no "then".

Speech has no punctuation, but the brain was taught commands as children type them: "drive forward two seconds
turn right" is one action to it, "drive forward two seconds, turn right" two. `CommandGrammar` reads the grammar of
robot commands that trainer/hearing.py writes (its rules ``<opener>``, ``<prefix>``, ``<action>``, ``<joiner>``,
``<suffix>`` and ``<polite>``), finds where each action starts and ends, and puts the commas back.
"""

from __future__ import annotations

import re
from functools import cache

_RULE = re.compile(r"^(?:public\s+)?<(\w+)>\s*=\s*(.*?);\s*$", re.M)
_TOKEN = re.compile(r"<\w+>|[a-z']+|[()\[\]|*]")
_SYNTAX = {"(": "(?:", "[": "(?:", ")": ")", "]": ")?", "|": "|", "*": "*"}


class CommandGrammar:
    """The rules of a JSGF command grammar, as regular expressions over words (each followed by one space)."""

    def __init__(self, jsgf: str):
        self._rules = dict(_RULE.findall(jsgf))
        self._action = re.compile(self._regex("<action>"))
        self._joiner = re.compile(self._regex("<joiner>"))
        self._start = re.compile(self._regex("[<opener>] [<prefix>]"))
        self._end = re.compile(self._regex("[<suffix>] [<polite>]"))

    def _regex(self, body: str) -> str:
        parts = []
        for token in _TOKEN.findall(body):
            if token.startswith("<"):
                parts.append(f"(?:{self._regex(self._rules[token[1:-1]])})")
            else:
                parts.append(_SYNTAX.get(token) or re.escape(token) + " ")
        return "".join(parts)

    def with_commas(self, command: str) -> str:
        """``command`` with ", " between two actions that have no joining word ("then", "and") between them."""
        words = command.split()

        def matches(pattern: re.Pattern, start: int, end: int) -> bool:
            return pattern.fullmatch("".join(w + " " for w in words[start:end])) is not None

        @cache
        def actions(start: int, first: bool) -> tuple | None:
            """The (start, joined) of each action from ``start`` to the end, or None if the words don't parse."""
            if not first and matches(self._end, start, len(words)):
                return ()
            for joined in [0] if first else range(4):  # a joiner is at most three words ("and after that")
                if joined and not matches(self._joiner, start, start + joined):
                    continue
                begin = start + joined
                for end in range(len(words), begin, -1):  # the longest action that leaves words that parse
                    if matches(self._action, begin, end):
                        rest = actions(end, False)
                        if rest is not None:
                            return ((begin, joined > 0), *rest)
            return None

        for start in range(len(words)):  # after the opening words ("hey robot can you")
            found = actions(start, True) if matches(self._start, 0, start) else None
            if found:
                for begin, joined in found[1:]:
                    if not joined:
                        words[begin - 1] += ","
                return " ".join(words)
        return command
