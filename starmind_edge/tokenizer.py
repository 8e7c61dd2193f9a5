"""The sentencepiece tokenizer with Starmind's control tokens.

Control tokens (``<q>``, ``<a>``, ``<fact>``, ``<act>``) are sentencepiece *control symbols*: encoding text never
produces them, so a question that types "<a>" cannot pretend to be the model's turn.
"""

from __future__ import annotations

from pathlib import Path

import sentencepiece as spm

CONTROL_TOKENS = ("<q>", "<a>", "<fact>", "<act>")


class Tokenizer:
    def __init__(self, path: str | Path):
        self.sp = spm.SentencePieceProcessor(model_file=str(path))
        self.vocab_size = self.sp.get_piece_size()
        self.bos, self.eos = self.sp.bos_id(), self.sp.eos_id()
        ids = {token: self.sp.piece_to_id(token) for token in CONTROL_TOKENS}
        if any(i == self.sp.unk_id() for i in ids.values()):
            raise ValueError(f"{path} is not a Starmind tokenizer: it lacks the tokens {', '.join(CONTROL_TOKENS)}")
        self.question, self.answer, self.fact, self.act = (ids[t] for t in CONTROL_TOKENS)
        self.never_written = (self.sp.unk_id(), self.sp.pad_id())  # tokens the model must not write
        # Pieces that begin a new word ("▁sky"): only after one of these is there a finished word to show.
        self.word_starts = frozenset(i for i in range(self.vocab_size) if self.sp.id_to_piece(i).startswith("▁"))

    def encode(self, text: str) -> list[int]:
        return self.sp.encode(text)

    def decode(self, ids: list[int]) -> str:
        return self.sp.decode(ids)
