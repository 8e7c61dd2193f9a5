"""The inference loop: a TFLite model with a key/value cache, run through its `prefill` and `decode` signatures.

    prompt ids --prefill (chunks of P tokens)--> logits --sample--> token --decode--> logits --sample--> ... </s>

Everything has a fixed shape. A `Cache` holds, for each layer, the keys and values of every earlier position of the
context ([heads, context, head_dim]). Each call reads the cache, and returns logits and the keys and values of the
tokens it was given, which we store at their positions: the graph itself never copies a cache. Every generation owns
its own `Cache`, so answers streamed side by side (in one thread or several) never mix; only the interpreter is
shared, one call at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .errors import ModelError
from .interpreter import load_interpreter
from .sampler import Sampler


def cache_names(layers: int) -> tuple[list[str], list[str]]:
    """The signatures' cache inputs (k_cache_0, v_cache_0, k_cache_1, ...) and their outputs, each call's new keys
    and values (k_0, v_0, ...): one name list for the trainer that exports the graph and the engine that runs it."""
    return [f"{kv}_cache_{i}" for i in range(layers) for kv in "kv"], [f"{kv}_{i}" for i in range(layers) for kv in "kv"]


class Cache:
    """One conversation's keys and values per layer, and its position in the context."""

    def __init__(self, names: list[str], shape: tuple[int, ...]):
        self.arrays = {name: np.zeros(shape, np.float32) for name in names}
        self.pos = 0


class Engine:
    def __init__(self, model_path: str | Path, threads: int | None = None):
        self.path = Path(model_path)
        self.interpreter = load_interpreter(str(model_path), threads)
        self._prefill = self.interpreter.get_signature_runner("prefill")
        self._decode = self.interpreter.get_signature_runner("decode")
        inputs = self._prefill.get_input_details()
        if "k_cache_0" not in inputs:
            raise ModelError(
                f"{self.path} was made by an older version of Starmind. Write it again with this version: "
                f"python -m trainer reconvert {self.path.parent}"
            )
        self.chunk = int(inputs["tokens"]["shape"][0])
        self.cache_names, self.new_names = cache_names(sum(name.startswith("k_cache_") for name in inputs))
        self.cache_shape = tuple(int(n) for n in inputs["k_cache_0"]["shape"])
        self.context = self.cache_shape[1]
        self.vocab_size = int(self._decode.get_output_details()["logits"]["shape"][-1])
        self._calls = threading.Lock()  # the interpreter runs one call at a time
        self.reset()

    def new_cache(self) -> Cache:
        return Cache(self.cache_names, self.cache_shape)

    def reset(self):
        """Forget the conversation so far: empty caches, position 0."""
        self.cache = self.new_cache()

    @property
    def pos(self) -> int:
        return self.cache.pos

    def _run(self, runner, tokens: list[int], cache: Cache) -> np.ndarray:
        try:
            with self._calls:
                out = runner(tokens=np.array(tokens, np.int32), pos=np.array([cache.pos], np.int32), **cache.arrays)
        except (RuntimeError, ValueError, KeyError) as err:  # a damaged model can load and still fail to run
            raise ModelError(f"{self.path} is damaged or not a Starmind model ({err}). Copy the bundle again.") from None
        end = min(cache.pos + len(tokens), self.context)
        for name, new in zip(self.cache_names, self.new_names, strict=True):
            cache.arrays[name][:, cache.pos : end] = out[new][:, : end - cache.pos]
        return out["logits"]

    def prefill(self, ids: list[int], cache: Cache | None = None) -> np.ndarray:
        """Feed the prompt in fixed-size chunks (the last one padded); return the logits after its last token."""
        cache = cache or self.cache
        if cache.pos + len(ids) > self.context:
            raise ValueError(f"{len(ids)} tokens do not fit in the {self.context}-token context")
        logits = None
        for start in range(0, len(ids), self.chunk):
            chunk = ids[start : start + self.chunk]
            padded = chunk + [0] * (self.chunk - len(chunk))  # padding comes after: no real token ever attends to it
            logits = self._run(self._prefill, padded, cache)[len(chunk) - 1]
            cache.pos += len(chunk)
        return logits

    def decode(self, token: int, cache: Cache | None = None) -> np.ndarray:
        """Feed one token; return the logits for the next."""
        cache = cache or self.cache
        logits = self._run(self._decode, [token], cache)[0]
        cache.pos += 1
        return logits

    def generate(
        self, prompt: list[int], sampler: Sampler, stop: int, max_new: int, banned: tuple[int, ...] = ()
    ) -> Iterator[int]:
        """Yield new token ids after `prompt` until `stop` (not yielded), `max_new` tokens or the context's end."""
        cache = self.new_cache()
        logits = self.prefill(prompt, cache)
        for _ in range(min(max_new, self.context - len(prompt))):
            token = sampler(logits, banned)
            if token == stop:
                return
            yield token
            if cache.pos >= self.context:
                return
            logits = self.decode(token, cache)
