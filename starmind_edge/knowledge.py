"""The kid encyclopedia on disk: short facts in an SQLite file with a full-text (FTS5) index.

One schema serves the bundled encyclopedia (``knowledge.sqlite``, built from the trainer's committed CSV and opened
read-only) and a class's own file of learned facts (written by `Starmind.learn()`):

* ``facts``: one row per fact (text, topic, source, subject, keys: extra words to find it by);
* ``search``: the FTS5 index over text and keys, with Porter stemming (``legs`` finds ``leg``);
* ``words``: every word of the facts with how many facts hold it, plus English words (held by 0 facts), to tell a
  typo ("captial") or a made-up word ("flurbonk") from a real one.

Standard library only: Python's ``sqlite3`` has FTS5 on every system we run (Raspberry Pi OS, Debian, Ubuntu). It is
imported by the functions that open a file, not at the top: a brain with no facts to look up never loads SQLite
(0.9 MB of the Pi's 60 MB budget).
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    import sqlite3

FILE = "knowledge.sqlite"
VERSION = 1  # PRAGMA user_version: the schema's version
_WORD = re.compile(r"[a-z0-9]+")
SCHEMA = """
CREATE TABLE facts (id INTEGER PRIMARY KEY, text TEXT NOT NULL, topic TEXT, source TEXT, subject TEXT, keys TEXT);
CREATE VIRTUAL TABLE search USING fts5(text, keys, content='facts', content_rowid='id', tokenize='porter unicode61');
CREATE TABLE words (word TEXT PRIMARY KEY, facts INTEGER NOT NULL) WITHOUT ROWID;
"""
COLUMNS = ("text", "topic", "source", "subject", "keys")


NO_FTS5 = (
    "This Python's SQLite has no full-text search (FTS5), so I can't look facts up: I'll answer from what I learned "
    "in training. Python from python.org, Raspberry Pi OS, Debian or Ubuntu has it."
)


NO_FTS5_AFTER_TENSORFLOW = (
    "TensorFlow was loaded before Starmind opened SQLite, and TensorFlow's own SQLite has no full-text search (FTS5), "
    "so I can't look facts up. Put 'import sqlite3' above 'import tensorflow' in your program."
)


def why_no_fts5() -> str:
    """What to tell someone whose SQLite can't search."""
    return NO_FTS5_AFTER_TENSORFLOW if "tensorflow" in sys.modules else NO_FTS5


def has_fts5() -> bool:
    import sqlite3

    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


def words_of(text: str) -> list[str]:
    """The lower-case words of `text`, apostrophes dropped ("dog's" -> "dogs")."""
    return _WORD.findall(text.lower().replace("'", "").replace("\u2019", ""))


def create(con: sqlite3.Connection, schema: str = "main") -> None:
    """Make the tables in an empty database (`schema`: the name it is attached under)."""
    for statement in filter(str.strip, SCHEMA.split(";")):
        con.execute(re.sub(r"^(\s*CREATE (?:VIRTUAL )?TABLE )", rf"\1{schema}.", statement))
    con.execute(f"PRAGMA {schema}.user_version = {VERSION}")


def add_facts(con: sqlite3.Connection, facts: Iterable[dict], schema: str = "main") -> int:
    """Add facts (dicts with a "text" and any of the other columns) to the tables and the index; return how many."""
    counts: Counter = Counter()
    added = 0
    for fact in facts:
        row = [fact.get(c, "") or "" for c in COLUMNS]
        rowid = con.execute(f"INSERT INTO {schema}.facts (text, topic, source, subject, keys) VALUES (?,?,?,?,?)", row)
        con.execute(f"INSERT INTO {schema}.search (rowid, text, keys) VALUES (?,?,?)", (rowid.lastrowid, row[0], row[4]))
        counts.update(set(words_of(f"{row[0]} {row[3]}")))
        added += 1
    con.executemany(
        f"INSERT INTO {schema}.words VALUES (?, ?) ON CONFLICT(word) DO UPDATE SET facts = facts + excluded.facts",
        sorted(counts.items()),
    )
    return added


def remove_fact(con: sqlite3.Connection, rowid: int, schema: str = "main") -> None:
    text, keys, subject = con.execute(f"SELECT text, keys, subject FROM {schema}.facts WHERE id = ?", (rowid,)).fetchone()
    con.execute(f"INSERT INTO {schema}.search (search, rowid, text, keys) VALUES ('delete', ?, ?, ?)", (rowid, text, keys))
    con.execute(f"DELETE FROM {schema}.facts WHERE id = ?", (rowid,))
    for word in set(words_of(f"{text} {subject}")):  # a word no fact holds any more is unknown again
        con.execute(f"UPDATE {schema}.words SET facts = facts - 1 WHERE word = ?", (word,))
        con.execute(f"DELETE FROM {schema}.words WHERE word = ? AND facts <= 0", (word,))


def build(path: str | Path, facts: Iterable[dict], english: Iterable[str] = ()) -> int:
    """Write a new encyclopedia file at `path` from `facts` (in the order given) and a list of English words.
    The same input gives the same file, byte for byte, with the same SQLite version. Returns the number of facts."""
    import sqlite3

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        create(con)
        count = add_facts(con, facts)
        con.executemany("INSERT OR IGNORE INTO words VALUES (?, 0)", ((w,) for w in sorted(set(english))))
        con.execute("INSERT INTO search (search) VALUES ('optimize')")
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)
    return count


def open_read_only(path: str | Path) -> sqlite3.Connection:
    """Open an encyclopedia file for searching, with a `ModelError` naming it when it is not one."""
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, check_same_thread=False)
        if con.execute("PRAGMA user_version").fetchone()[0] != VERSION:
            raise sqlite3.DatabaseError(f"schema version is not {VERSION}")
        con.execute("SELECT count(*) FROM facts").fetchone()
    except sqlite3.Error as err:
        raise ModelError(f"{path} is damaged or not a Starmind knowledge file ({err}). Copy the bundle again.") from None
    return con


def describe(path: str | Path) -> dict:
    """What a model card records about an encyclopedia file: its size, a version (a digest of its facts), and its
    facts by topic and by source."""
    import hashlib  # here, not at the top: it loads OpenSSL (3.4 MB), which asking questions never needs
    import sqlite3

    con = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT text, topic, source FROM facts ORDER BY id").fetchall()
    finally:
        con.close()
    return {
        "file": FILE,
        "bytes": Path(path).stat().st_size,
        "facts": len(rows),
        "version": hashlib.sha256("\n".join(text for text, _, _ in rows).encode("utf-8")).hexdigest()[:12],
        "by_topic": dict(sorted(Counter(topic for _, topic, _ in rows).items())),
        "by_source": dict(sorted(Counter(source for _, _, source in rows).items())),
    }
