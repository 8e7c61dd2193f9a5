"""Choosing the next token from the model's scores: greedy, or sampled with temperature and top-k."""

from __future__ import annotations

import numpy as np

from .errors import InputError


class Sampler:
    """Greedy when temperature is 0 (the same question always gives the same answer)."""

    def __init__(self, temperature: float = 0.0, top_k: int = 0, seed: int | None = None):
        if temperature < 0:
            raise InputError("temperature must be 0 (always the same answer) or more (more surprising answers)")
        if top_k < 0:
            raise InputError("top_k must be 0 (no limit) or a positive number of choices")
        self.temperature, self.top_k = temperature, top_k
        self.seed, self._rng = seed, None

    @property
    def rng(self) -> np.random.Generator:
        """The random numbers sampling draws from, made at the first draw: greedy answers never load numpy.random
        (and OpenSSL with it, about 6 MB on a Pi). The same seed gives the same draws either way."""
        if self._rng is None:
            self._rng = np.random.default_rng(self.seed)
        return self._rng

    def __call__(self, logits: np.ndarray, banned: tuple[int, ...] = ()) -> int:
        logits = np.asarray(logits, dtype=np.float64).copy()
        if banned:
            logits[list(banned)] = -np.inf
        if self.temperature == 0:
            return int(np.argmax(logits))
        if 0 < self.top_k < len(logits):
            cutoff = np.partition(logits, -self.top_k)[-self.top_k]
            logits[logits < cutoff] = -np.inf
        logits = logits / self.temperature
        probs = np.exp(logits - np.max(logits))
        probs /= probs.sum()
        return int(self.rng.choice(len(probs), p=probs))


GREEDY = Sampler()  # the likeliest token every time: what a worrying message is answered with
