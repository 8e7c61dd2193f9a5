"""Text hygiene at every entrance: whatever a child pastes or a file holds becomes text the model can read."""

from __future__ import annotations

import unicodedata

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
