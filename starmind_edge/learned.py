"""World facts a class teaches with `Starmind.learn()`, kept in their own encyclopedia file.

The bundled encyclopedia may sit in a read-only install, so learned facts go to a file of their own (by default
``~/.starmind/learned.sqlite``; ``STARMIND_HOME`` moves the folder). The file is made at the first `learn()`. Each
change is one SQLite transaction: a power cut leaves the facts as they were before or after it, never half-written.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import knowledge
from .blocklist import contains_blocked
from .errors import InputError, MemoryFileError
from .text import clean, read_text

if TYPE_CHECKING:
    import sqlite3

MAX_LEARNED = 10_000
MAX_CHARS = 200  # as a remembered fact


def default_path() -> Path:
    return Path(os.environ.get("STARMIND_HOME") or Path.home() / ".starmind") / "learned.sqlite"


def tidy(fact: str) -> str:
    """A learned fact as it is kept: clean text ending with a full stop, with a message when it can't be kept."""
    text = clean(fact, MAX_CHARS - 1)
    if not text:
        raise InputError("There is nothing to learn: give a sentence like 'A bike has two wheels.'")
    if contains_blocked(text):
        raise InputError("I can't learn that: it has a word I don't use. Try saying it another way.")
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def read_facts(path: str | Path) -> list[str]:
    """A class's list of facts: a CSV file with a ``fact`` column (or just one column), or a text file with one
    fact on each line. Excel's UTF-8, UTF-16 and cp1252 files all read."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"There is no file at {path}. Give a .csv file with a 'fact' column, or a .txt file.")
    text = read_text(path)
    if path.suffix.lower() != ".csv":
        return [line for line in map(str.strip, text.splitlines()) if line and not line.startswith("#")]
    rows = [row for row in csv.reader(io.StringIO(text, newline="")) if any(cell.strip() for cell in row)]
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    names = [name for name in ("fact", "facts") if name in header]
    if names:
        column = header.index(names[0])
        return [row[column].strip() for row in rows[1:] if len(row) > column and row[column].strip()]
    if len(header) == 1:
        return [row[0].strip() for row in rows if row[0].strip()]
    raise InputError(f"{path}: I need a column called 'fact' (one fact on each row). Found: {', '.join(header) or 'nothing'}.")


class LearnedFacts:
    """The learned facts of one file (or, with ``path=None``, only while the program runs). Nothing is opened, and
    SQLite is not loaded, until there is a file or a first fact."""

    def __init__(self, path: str | Path | None):
        self.path = Path(path) if path is not None else None
        self.con: sqlite3.Connection | None = self._open() if self.path is not None and self.path.exists() else None

    def _open(self) -> sqlite3.Connection:
        import sqlite3

        try:
            con = sqlite3.connect(self.path if self.path is not None else ":memory:", check_same_thread=False)
            if (
                con.execute("PRAGMA user_version").fetchone()[0] == 0
                and not con.execute("SELECT * FROM sqlite_master").fetchone()
            ):
                knowledge.create(con)  # an empty file: make it a learned-facts file
                con.commit()
            elif con.execute("PRAGMA user_version").fetchone()[0] != knowledge.VERSION:
                raise sqlite3.DatabaseError("it is not a Starmind knowledge file")
            con.execute("SELECT count(*) FROM facts").fetchone()
        except sqlite3.Error as err:
            raise MemoryFileError(
                f"Starmind can't read its file of learned facts {self.path} ({err}). It has not been changed: "
                "move it away, or give another file."
            ) from None
        return con

    @property
    def facts(self) -> list[str]:
        if self.con is None:
            return []
        return [text for (text,) in self.con.execute("SELECT text FROM facts ORDER BY id")]

    def add(self, fact: str) -> tuple[str, bool]:
        """Learn a fact; return it as kept, and whether it is new (the same fact twice is kept once)."""
        text = tidy(fact)
        if self.con is None:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = self._open()
        if self.con.execute("SELECT 1 FROM facts WHERE lower(text) = lower(?)", (text,)).fetchone():
            return text, False
        if self.con.execute("SELECT count(*) FROM facts").fetchone()[0] >= MAX_LEARNED:
            raise InputError(f"I already know {MAX_LEARNED:,} learned facts: unlearn some before teaching more.")
        with self.con:
            knowledge.add_facts(self.con, [{"text": text, "source": "learned", "subject": ""}])
        return text, True

    def remove(self, fact: str) -> bool:
        """Unlearn a fact (matched without minding capitals or the full stop); False when it was never learned."""
        if self.con is None:
            return False
        text = clean(fact, MAX_CHARS).rstrip(".!? ").lower()
        rows = [rowid for rowid, t in self.con.execute("SELECT id, text FROM facts") if t.rstrip(".!? ").lower() == text]
        with self.con:
            for rowid in rows:
                knowledge.remove_fact(self.con, rowid)
        return bool(rows)

    def clear(self) -> None:
        if self.con is None:
            return
        with self.con:
            for (rowid,) in self.con.execute("SELECT id FROM facts").fetchall():
                knowledge.remove_fact(self.con, rowid)
