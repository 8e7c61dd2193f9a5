"""How much a message reads like a child telling of a worry: a second opinion on the safeguarding rules.

The rules (`safeguarding.py`) read words, so each new way of writing "I killed it at football" can trip them. This is
a linear model over the message's words and word pairs, trained by `python -m trainer worry-score` on the hand-labelled
safeguarding sets (children's disclosures and requests against their ordinary look-alikes). It only speaks where it
is sure: sad or worried news it reads as surely ordinary is left to the model, and a message about the child that the
rules missed but it reads as surely worrying gets the second look (`safeguarding.VETO`, `WORRIED`). It never sets
aside a serious disclosure or an unsafe request, and never answers a child itself. Deterministic and small: each word
or pair is hashed (CRC-32) to one of the file's int8 weights, and the score is their sum.

>>> logit("i killed it at football today") < logit("my dad hits me")
True
"""

from __future__ import annotations

import functools
import math
import struct
import warnings
import zlib
from pathlib import Path

FILE = Path(__file__).resolve().parent / "worry_weights.bin"
MAGIC = b"SMWS1"
HEADER = struct.Struct("<5sIff")  # magic, buckets, scale, bias


# Laughter and fillers say nothing about whether a child is safe ("my dad hits me lol"): the score never reads them.
FILLERS = frozenset("lol lols haha hahaha hahahaha hehe lmao lmfao rofl xd um umm erm er ok okay so like idk".split())


def features(text: str) -> list[int]:
    """The buckets of a normalised message's words and neighbouring word pairs (with its start and end), fillers left
    out."""
    words = [word for word in text.split() if word not in FILLERS]
    pairs = zip(["<s>", *words], [*words, "</s>"], strict=True)
    grams = [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in pairs]
    return sorted({zlib.crc32(g.encode("utf-8")) for g in grams})


def pack(weights: list[int], scale: float, bias: float) -> bytes:
    """The weights file: a header, then one int8 weight per bucket."""
    return HEADER.pack(MAGIC, len(weights), scale, bias) + struct.pack(f"<{len(weights)}b", *weights)


@functools.lru_cache(maxsize=1)
def _weights(path: Path = FILE) -> tuple[bytes, int, float, float]:
    """The weights; a missing or damaged file warns once and reads every message as neutral (0: the rules alone)."""
    try:
        data = path.read_bytes()
        magic, buckets, scale, bias = HEADER.unpack_from(data)
        if magic != MAGIC or buckets < 1 or len(data) != HEADER.size + buckets or not math.isfinite(scale + bias):
            raise ValueError("not a worry-score weights file")
    except (OSError, ValueError, struct.error) as err:
        warnings.warn(f"{path}: {err}; the safeguarding rules work alone without it", stacklevel=3)
        return b"\0", 1, 0.0, 0.0
    return data[HEADER.size :], buckets, scale, bias


def logit(text: str) -> float:
    """The log-odds that normalised `text` tells of a worry or asks for something unsafe (above 0: more likely)."""
    table, buckets, scale, bias = _weights()
    total = 0
    for feature in features(text):
        weight = table[feature % buckets]
        total += weight - 256 if weight > 127 else weight
    return total * scale + bias
