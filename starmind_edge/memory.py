"""Remembered facts, optionally kept in a JSON file across runs (always written atomically)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ._console import show
from .errors import MemoryFileError
from .text import clean

MAX_FACTS = 100
MAX_FACT_CHARS = 200


class Memory:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else None
        self.facts: list[str] = self._load() if self.path and self.path.exists() else []

    def _load(self) -> list[str]:
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
        fact = clean(fact, MAX_FACT_CHARS)
        if not fact:
            raise ValueError("There is nothing to remember: give a sentence like 'My dog is called Rex.'")
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

    def _save(self):
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".memory-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"facts": self.facts}, f, indent=2, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
