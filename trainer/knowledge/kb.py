"""Build the bundle's `knowledge.sqlite` from the committed `facts.csv` and `english.txt` (standard library only)."""

from __future__ import annotations

from pathlib import Path

from starmind_edge import knowledge

from .collect import FACTS_CSV, read_csv

ENGLISH = Path(__file__).resolve().parent / "english.txt"


def english_words() -> list[str]:
    return ENGLISH.read_text(encoding="utf-8").split()


def build(out: Path, csv_path: Path = FACTS_CSV) -> dict:
    """Write the encyclopedia file `out` (the same file on every run); return what the model card records."""
    knowledge.build(out, (vars(f) for f in read_csv(csv_path)), english_words())
    return knowledge.describe(out)
