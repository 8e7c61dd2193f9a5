"""The blocklist: words Starmind must never say (kept in `blocklist.txt`)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def blocked_words() -> frozenset[str]:
    text = resources.files(__package__).joinpath("blocklist.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def contains_blocked(text: str) -> bool:
    """True when `text` contains a blocked word (whole words, any case)."""
    return any(word in blocked_words() for word in re.findall(r"[a-z]+", text.lower()))
