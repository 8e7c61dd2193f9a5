"""`say(text)`: speak out loud with espeak-ng when it is installed, and print the words always.

On Raspberry Pi OS, one command installs the voice: ``sudo apt install espeak-ng``.
Set ``STARMIND_QUIET=1`` to print only (handy for a classroom of 20 Pis, and for tests).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading

from ._console import show

_lock = threading.Lock()  # one voice at a time, even from two button callbacks
_told: set[str] = set()  # hints already given once


def _hint(key: str, message: str) -> None:
    if key not in _told:
        _told.add(key)
        show(message)


def _quiet() -> bool:
    return os.environ.get("STARMIND_QUIET", "").strip().lower() not in ("", "0", "no", "false", "off")


def _speak(command: list[str], text: str) -> bool:
    with _lock:
        try:
            result = subprocess.run(
                command,
                input=text,
                encoding="utf-8",
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=30 + len(text) / 5,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as err:
            _hint("failed", f"🔇 I couldn't talk out loud ({err}), so I'm only printing.")
            return False
    if result.returncode != 0:
        detail = (result.stderr or "").strip().splitlines()
        why = detail[0] if detail else f"exit code {result.returncode}"
        _hint("failed", f"🔇 I couldn't talk out loud ({why}). Is a speaker connected? I'm only printing.")
        return False
    return True


def say(text, *, voice: str = "en", speed: int = 150, wait: bool = True) -> bool:
    """Print ``text`` and speak it through espeak-ng if it is installed.

    ``voice`` is an espeak-ng voice ("en", the default, "en-us", "fr", ...); ``speed`` is words per minute
    (default 150). With ``wait=False`` the program carries on while the words are spoken (``True``, the default:
    it waits until they are said).
    Returns True if the words were (or are being) spoken out loud.
    """
    words = " ".join(str(text).split())
    if not words:
        return False
    show(f"🗣️ {words}")
    if _quiet():
        return False
    program = shutil.which("espeak-ng") or shutil.which("espeak")
    if program is None:
        _hint("missing", "🔇 (To hear me talk out loud, install espeak-ng: sudo apt install espeak-ng)")
        return False
    command = [program, "-v", str(voice), "-s", str(int(speed))]  # the words go in on stdin, never as options
    if wait:
        return _speak(command, words)
    threading.Thread(target=_speak, args=(command, words), name="starmind-say", daemon=True).start()
    return True
