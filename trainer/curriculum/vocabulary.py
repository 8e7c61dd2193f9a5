"""The kid-vocabulary filter: every word of an answer must be one a young child knows, or one the curriculum teaches.

Allowed: `words.answer_words` (the Dale-Chall familiar words, everyday words the Dale-Chall list lacks, the letters
and the curriculum's explicit list of taught words, without the harmful UNSAID words), words echoed from the
question, the remembered facts or the conversation, and the made-up words of the honesty skill. Common endings
(-s, -ed, -ing, -er, -est, -ly) are taken off before looking up. `allowed_words` (the kid vocabulary, UNSAID words
included) is what the encyclopedia's facts are checked against (trainer/knowledge/collect.py).
"""

from __future__ import annotations

import re

from .honesty import is_made_up
from .words import EVERYDAY, UNSAID, allowed_words, answer_words, dale_chall_words
from .words import forms as _forms

__all__ = ["EVERYDAY", "UNSAID", "allowed_words", "answer_words", "dale_chall_words", "unknown_words", "_forms"]

_WORD = re.compile(r"[a-z']+")


def unknown_words(example: dict) -> list[str]:
    """The answer's words that are not kid vocabulary (an empty list means the example passes)."""
    allowed = answer_words()
    said = [example["question"], *example["facts"], *(text for turn in example.get("history", ()) for text in turn)]
    echoed = set(_WORD.findall(" ".join(said).lower()))
    return [
        word
        for word in _WORD.findall(example["answer"].lower())
        if not any(form.strip("'") in allowed or form in echoed for form in _forms(word)) and not is_made_up(word)
    ]
