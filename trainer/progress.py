"""Progress for the trainer's slow loops: nothing for a job done in a couple of seconds, then "label: 120/407"."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator


def progress(items: Iterable, label: str, total: int | None = None, after: float = 2.0) -> Iterator:
    """Yield `items` (`total` of them: their len() unless given), saying how far through once `after` seconds pass.

    In a terminal the count is rewritten in place (at most five times a second); in a log, one line at each quarter.
    """
    total = len(items) if total is None else total
    started, shown, last = time.monotonic(), False, 0.0
    terminal = sys.stdout.isatty()
    for done, item in enumerate(items):
        now = time.monotonic()
        if total and now - started >= after:
            if terminal and now - last >= 0.2:
                print(f"\r{label}: {done}/{total}", end="", flush=True)
                shown, last = True, now
            elif not terminal and done * 4 // total > last:
                print(f"{label}: {done}/{total}", flush=True)
                last = done * 4 // total
        yield item
    if shown:
        print(f"\r{label}: {total}/{total}", flush=True)
