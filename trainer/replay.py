"""Curriculum examples for rehearsal and checking: replay while fine-tuning, held-out prompts for conversion parity.

Both come from the curriculum generators with their own seeds and never contain the dev set's questions.
"""

from __future__ import annotations

from .curriculum.build import MIX, dev_holdout, generate_examples


def replay_examples(count: int, seed: int, mix: dict[str, float] = MIX) -> list[dict]:
    """`count` curriculum examples in the default skill mix (or another `mix`)."""
    return list(generate_examples(count, seed=seed, mix=mix, holdout=dev_holdout()))


def held_out_examples(count: int = 200) -> list[dict]:
    """A fixed set of examples for conversion checks (its own seed, far from the training seeds)."""
    return replay_examples(count, seed=90_210)
