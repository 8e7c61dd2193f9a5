"""Remembered facts, optionally kept in a JSON file across runs.

Writes are atomic: a temporary file in the same folder is written, flushed to disk, renamed over the old file, and
the folder is flushed too, so a power cut or a killed program leaves either the old facts or the new ones. A
symlinked memory file stays a symlink (its target is replaced) and keeps its permissions.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

from ._console import show
from .blocklist import contains_blocked
from .errors import InputError, MemoryFileError
from .text import clean

MAX_FACTS = 100
MAX_FACT_CHARS = 200
TEMP_PREFIX, TEMP_SUFFIX = ".memory-", ".tmp"
STALE_SECONDS = 60  # a temporary file this old was left by a write that never finished


class Memory:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else None
        self.facts: list[str] = self._load() if self.path and self.path.exists() else []

    def _load(self) -> list[str]:
        self._remove_stale_temp_files()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError, OSError) as err:
            raise MemoryFileError(
                f"Starmind can't read its memory file {self.path} ({err}). It has not been changed: "
                "fix it, move it away, or give another file."
            ) from None
        facts = data.get("facts") if isinstance(data, dict) else None
        if not isinstance(facts, list) or not all(isinstance(f, str) for f in facts):
            raise MemoryFileError(
                f'{self.path} is not a Starmind memory file (it needs {{"facts": ["..."]}}). It has not been changed.'
            )
        repaired = [fact for fact in (clean(f, MAX_FACT_CHARS) for f in facts) if fact]
        if repaired != facts:
            show(f"🧹 Some remembered facts in {self.path} had broken characters; I tidied them up.")
            self.facts = repaired
            self._save()
        return repaired

    def add(self, fact: str) -> str:
        fact = clean(fact, MAX_FACT_CHARS - 1)  # room for the full stop
        if not fact:
            raise InputError("There is nothing to remember: give a sentence like 'My dog is called Rex.'")
        if contains_blocked(fact):
            raise InputError("I can't remember that: it has a word I don't use. Try saying it another way.")
        if fact[-1] not in ".!?":
            fact += "."
        if fact in self.facts:
            self.facts.remove(fact)
        self.facts = (self.facts + [fact])[-MAX_FACTS:]
        self._save()
        return fact

    def clear(self):
        self.facts = []
        self._save()

    def _remove_stale_temp_files(self) -> None:
        """Remove temporary files that writes killed half-way left behind (not one another running program is
        writing now)."""
        folder = Path(os.path.realpath(self.path)).parent
        for old in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            try:
                if _writer_gone(old) or time.time() - old.stat().st_mtime > STALE_SECONDS:
                    old.unlink()
            except OSError:
                pass

    def _save(self):
        if self.path is None:
            return
        target = Path(os.path.realpath(self.path))  # through a symlink: replace its target, keep the link
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.parent / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # a new file's usual mode (the umask applies)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"facts": self.facts}, f, indent=2, ensure_ascii=False)
                f.flush()
                if target.exists():
                    os.fchmod(f.fileno(), stat.S_IMODE(target.stat().st_mode))  # keep the file's permissions
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _sync_folder(target.parent)


def _writer_gone(temp: Path) -> bool:
    """True when the process named in a temporary file's name (``.memory-PID-xxxx.tmp``) no longer runs."""
    pid = temp.name[len(TEMP_PREFIX) :].split("-")[0]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for the renamed file to disk (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
