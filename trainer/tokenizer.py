"""Train the sentencepiece tokenizer on the curriculum text."""

from __future__ import annotations

import io
from pathlib import Path

import sentencepiece as spm

from starmind_edge.tokenizer import CONTROL_TOKENS

from .jsonl import read_jsonl


def corpus_lines(train_jsonl: Path):
    for ex in read_jsonl(train_jsonl):
        yield from ex["facts"]
        for turn in ex.get("history", ()):
            yield from turn
        yield ex["question"]
        yield ex["answer"]
        yield from ex["actions"]


def train_tokenizer(train_jsonl: Path, out_path: Path, vocab_size: int = 2048, max_lines: int = 400_000) -> Path:
    """Train a unigram sentencepiece model with Starmind's control tokens; digits are split one by one."""
    model = io.BytesIO()
    lines = (line for i, line in enumerate(corpus_lines(train_jsonl)) if i < max_lines)
    spm.SentencePieceTrainer.train(
        sentence_iterator=lines,
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        split_digits=True,
        control_symbols=list(CONTROL_TOKENS),
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=3,
        input_sentence_size=max_lines,
        shuffle_input_sentence=True,
        minloglevel=2,
    )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(model.getvalue())
    return out_path
