"""Text hygiene at every entrance: whatever a child pastes or a file holds becomes text the model can read."""

from __future__ import annotations

import unicodedata

# Far more than a question's 96 tokens: longer text is cut before it is tokenised, so it can never be slow.
MAX_CHARS = 1000


def clean(text, limit: int = MAX_CHARS) -> str:
    """NFKC-normalised text with no lone surrogates or control characters, one space between words, at most
    `limit` characters."""
    text = unicodedata.normalize("NFKC", str(text)[: limit * 2])
    kept = (" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    return " ".join("".join(kept).split())[:limit]
