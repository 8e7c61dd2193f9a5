"""Facts written by hand for the project, one CSV per topic in `trainer/knowledge/handwritten/` (MIT).

Each row: ``fact`` (a true sentence in a child's words), ``question`` (a child's question it answers) and
``subject`` (what it is about). The file's name is the topic (``animals.csv``, ``animals-2.csv``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..fact import Fact

FOLDER = Path(__file__).resolve().parents[1] / "handwritten"


def facts() -> Iterator[Fact]:
    for path in sorted(FOLDER.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as src:
            for row in csv.DictReader(src):
                yield Fact(row["fact"], path.stem.split("-")[0], "handwritten", row.get("subject", ""), row.get("question", ""))
