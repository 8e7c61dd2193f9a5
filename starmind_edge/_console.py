"""Friendly one-line messages for the hardware helpers (safe on any terminal, Thonny included)."""

from __future__ import annotations

import sys
import threading

_lock = threading.Lock()


def show(message: str) -> None:
    """Print one line; if the terminal can't show emoji, print it without them instead of crashing."""
    with _lock:
        stream = sys.stdout
        if stream is None:  # pythonw / no console at all
            return
        try:
            print(message, file=stream, flush=True)
        except UnicodeEncodeError:
            encoding = getattr(stream, "encoding", None) or "ascii"
            plain = message.encode(encoding, errors="ignore").decode(encoding, errors="ignore").strip()
            print(plain, file=stream, flush=True)
