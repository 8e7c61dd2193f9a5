"""Check that no dev prompt appears in the training data: shared word 8-grams, and exact matches of short prompts."""

from __future__ import annotations

import re
from pathlib import Path

from .jsonl import read_jsonl

N = 8


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def ngrams(tokens: list[str], n: int = N) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def overlap_report(train_jsonl: Path, dev_items: list[dict]) -> dict:
    train_grams: set[tuple[str, ...]] = set()
    train_texts: set[tuple[str, ...]] = set()
    for ex in read_jsonl(train_jsonl):
        for text in [ex["question"], *ex["facts"]]:
            tokens = words(text)
            train_grams |= ngrams(tokens)
            train_texts.add(tuple(tokens))
    shared, exact = [], []
    for item in dev_items:
        tokens = words(item["prompt"])
        if ngrams(tokens) & train_grams:
            shared.append(item["prompt"])
        if tuple(tokens) in train_texts:
            exact.append(item["prompt"])
    return {
        "n": N,
        "dev_prompts": len(dev_items),
        "with_shared_8gram": len(shared),
        "exact_in_training": len(exact),
        "examples": (shared + exact)[:10],
    }
