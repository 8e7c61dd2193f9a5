"""The kid-vocabulary filter: every word of an answer must be one a young child knows, or one the curriculum teaches.

Allowed: the 2,941 Dale-Chall familiar words (from the `textstat` package, MIT), every word in the curriculum's
own tables (animals, planets, names, story words: what it sets out to teach), a short list of everyday words the
Dale-Chall list (American, 1948) lacks, words echoed from the question or the remembered facts, numbers, and the
made-up words of the honesty skill. Common endings (-s, -ed, -ing, -er, -est, -ly) are taken off before looking up.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from functools import cache
from pathlib import Path

from .honesty import is_made_up

# Everyday words a 5-12-year-old knows that the Dale-Chall list lacks (British spellings, robot and maths words).
EVERYDAY = """okay plus minus beep robot usually worried opposite grandad grandma granny weekend favourite colour
    centimetre metre litre mum mummy pizza pasta snack sweets teddy dinosaur hamster hedgehog tortoise unicorn
    calm reply private argue""".split()  # the last line: words of the vetted safeguarding replies
_MODULES = ("facts_tables", "facts", "arithmetic", "commands", "chat", "honesty", "safety", "memory", "phrasing")
_ENDINGS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("est", ""),
    ("ly", ""),
    ("'s", ""),
    ("n't", ""),
)
_WORD = re.compile(r"[a-z']+")


def dale_chall_words() -> set[str]:
    spec = importlib.util.find_spec("textstat")
    if spec is None:
        raise SystemExit("The kid-vocabulary filter needs textstat's word list: pip install textstat")
    path = Path(spec.submodule_search_locations[0]) / "resources" / "en" / "easy_words.txt"
    return {w.strip().lower() for w in path.read_text(encoding="utf-8").split()}


def _words_in(value, into: set[str]) -> None:
    if isinstance(value, str):
        into.update(_WORD.findall(value.lower()))
    elif isinstance(value, dict):
        for key, item in value.items():
            _words_in(key, into)
            _words_in(item, into)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _words_in(item, into)


@cache
def allowed_words() -> frozenset[str]:
    words = dale_chall_words() | set(EVERYDAY)
    for name in _MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        for constant, value in vars(module).items():
            if constant.isupper():
                _words_in(value, words)
    return frozenset(words)


def _forms(word: str):
    yield word
    for ending, replacement in _ENDINGS:
        if word.endswith(ending):
            yield word[: -len(ending)] + replacement
    if re.fullmatch(r".*(.)\1(ed|ing)", word):  # stopped -> stop, running -> run
        yield word[:-4] if word.endswith("ing") else word[:-3]


def unknown_words(example: dict) -> list[str]:
    """The answer's words that are not kid vocabulary (an empty list means the example passes)."""
    allowed = allowed_words()
    said = [example["question"], *example["facts"], *(text for turn in example.get("history", ()) for text in turn)]
    echoed = set(_WORD.findall(" ".join(said).lower()))
    return [
        word
        for word in _WORD.findall(example["answer"].lower())
        if not any(form.strip("'") in allowed or form in echoed for form in _forms(word)) and not is_made_up(word)
    ]
