"""Turn curriculum examples into packed, fixed-length training rows with per-token loss weights."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np

from starmind_edge.prompt import encode_answer, encode_prompt
from starmind_edge.tokenizer import Tokenizer

from .jsonl import read_jsonl


def example_ids(tok: Tokenizer, ex: dict, loss_on: str) -> tuple[list[int], list[float]]:
    """Token ids of one example and the weight of predicting each *next* token (0 = no loss)."""
    prompt = encode_prompt(tok, ex["question"], ex["facts"], history=ex.get("history", ()))
    answer = encode_answer(tok, ex["answer"], ex["actions"])
    ids = prompt + answer
    weights = [1.0 if loss_on == "all" else 0.0] * (len(prompt) - 1) + [1.0] * len(answer)
    return ids, weights + [0.0]


def pack(tok: Tokenizer, path: Path, seq_len: int, loss_on: str = "answer") -> tuple[np.ndarray, np.ndarray]:
    """Pack the examples of a JSONL file (see `pack_examples`)."""
    return pack_examples(tok, read_jsonl(path), seq_len, loss_on)


def pack_examples(tok: Tokenizer, examples: Iterable[dict], seq_len: int, loss_on: str = "answer"):
    """Pack whole examples greedily into rows of seq_len + 1 tokens (padding the rest).

    Returns tokens [rows, seq_len + 1] int32 and weights [rows, seq_len] float32 for the targets tokens[:, 1:].
    """
    pad = tok.sp.pad_id()
    rows, row_weights, ids, weights = [], [], [], []
    for ex in examples:
        e_ids, e_w = example_ids(tok, ex, loss_on)
        e_ids, e_w = e_ids[: seq_len + 1], e_w[: seq_len + 1]
        if len(ids) + len(e_ids) > seq_len + 1:
            rows.append(ids + [pad] * (seq_len + 1 - len(ids)))
            row_weights.append(weights + [0.0] * (seq_len + 1 - len(weights)))
            ids, weights = [], []
        ids, weights = ids + e_ids, weights + e_w
    if ids:
        rows.append(ids + [pad] * (seq_len + 1 - len(ids)))
        row_weights.append(weights + [0.0] * (seq_len + 1 - len(weights)))
    # weights[i] belongs to predicting token i + 1 from token i
    return np.array(rows, dtype=np.int32), np.array(row_weights, dtype=np.float32)[:, :-1]


def count_tokens(tok: Tokenizer, path: Path) -> dict[str, dict[str, int]]:
    """Examples, tokens and answer tokens (the ones fine-tuning learns from) per skill, for the data card."""
    counts: dict[str, dict[str, int]] = {}
    for ex in read_jsonl(path):
        ids, weights = example_ids(tok, ex, "answer")
        row = counts.setdefault(ex["skill"], {"examples": 0, "tokens": 0, "answer_tokens": 0})
        row["examples"] += 1
        row["tokens"] += len(ids)
        row["answer_tokens"] += int(sum(weights))
    counts["total"] = {key: sum(row[key] for row in counts.values()) for key in ("examples", "tokens", "answer_tokens")}
    return counts
