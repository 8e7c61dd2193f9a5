"""Text hygiene at every entrance: whatever a child pastes or a file holds becomes text the model can read."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

# Far more than a question's 96 tokens: longer text is cut before it is tokenised, so it can never be slow.
MAX_CHARS = 1000
_LATIN1_BYTES = {0xDC00 + byte: byte for byte in range(0x80, 0x100)}


def clean(text, limit: int = MAX_CHARS) -> str:
    """NFKC-normalised text with no lone surrogates or control characters, one space between words, at most
    `limit` characters. A byte that was not UTF-8 (Python keeps it as a surrogate, U+DC80-U+DCFF) is read as
    Latin-1, so "caf\\xe9" typed in an old terminal becomes "café"."""
    text = str(text)[: limit * 2].translate(_LATIN1_BYTES)
    kept = (" " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cs"))
    text = unicodedata.normalize("NFKC", "".join(kept))  # after the removals, so cleaning twice changes nothing
    return " ".join(text.split())[:limit].rstrip()


def read_text(path: str | Path) -> str:
    """A teacher's file as text, whatever saved it: UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text"),
    or Windows' cp1252 (older Excel "CSV")."""
    data = Path(path).read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
