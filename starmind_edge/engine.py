"""The inference loop: a TFLite model with a key/value cache, run through its `prefill` and `decode` signatures.

    prompt ids --prefill (chunks of P tokens)--> logits --sample--> token --decode--> logits --sample--> ... </s>

Everything has a fixed shape. A `Cache` holds, for each layer, the keys and values of every earlier position of the
context ([heads, context, head_dim]). Each call reads the cache, and returns logits and the keys and values of the
tokens it was given, which we store at their positions: the graph itself never copies a cache. Every generation owns
its own `Cache`, so answers streamed side by side (in one thread or several) never mix; only the interpreter is
shared, one call at a time.

Memory (issue 12, a Raspberry Pi Zero 2 W has 512 MB): a signature's cache inputs are the interpreter's own input
tensors, written in place (`_Signature`). A call copies in only the rows of the cache that changed since that
signature last saw it, not the whole cache (12 inputs of 192 KB) as the signature runner does, so decoding copies a
row a token and only the pages of the context in use are ever touched. A `Cache`'s arrays are anonymous memory
mapped for it, so they too take memory only where keys and values were written.
"""

from __future__ import annotations

import mmap
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .errors import ModelError
from .interpreter import load_interpreter, release_file_pages
from .sampler import Sampler


def cache_names(layers: int) -> tuple[list[str], list[str]]:
    """The signatures' cache inputs (k_cache_0, v_cache_0, k_cache_1, ...) and their outputs, each call's new keys
    and values (k_0, v_0, ...): one name list for the trainer that exports the graph and the engine that runs it."""
    return [f"{kv}_cache_{i}" for i in range(layers) for kv in "kv"], [f"{kv}_{i}" for i in range(layers) for kv in "kv"]


class Cache:
    """One conversation's keys and values per layer, and its position in the context."""

    def __init__(self, names: list[str], shape: tuple[int, ...]):
        size = int(np.prod(shape)) * 4
        # Untouched pages of an anonymous mapping take no memory, and it goes back to the system whole when the
        # cache goes (np.zeros may take heap memory it must clear, and the heap keeps it).
        block = np.frombuffer(mmap.mmap(-1, size * len(names)), np.float32).reshape(len(names), *shape)
        self.arrays = {name: block[i] for i, name in enumerate(names)}
        self.pos = 0
        self.filled = 0  # rows written so far: a padded prefill chunk writes rows past `pos`


class _Signature:
    """A signature whose inputs and outputs are views of the interpreter's own tensors. Calling it with a cache
    copies in the rows that changed since this signature last ran with that cache (all of its written rows, and
    zeros over the rows another cache left, when the cache is another), sets the tokens and position, and runs. Its
    inputs then hold exactly what the signature runner would have copied in, so the outputs are the same; they are
    views, valid until the next call."""

    def __init__(self, interpreter, key: str, cache_names: list[str]):
        runner = interpreter.get_signature_runner(key)
        self.details = runner.get_input_details()
        self.output_details = runner.get_output_details()
        self._wrapper, self._subgraph = interpreter._interpreter, runner._subgraph_index  # LiteRT's own handles
        self._wrapper.AllocateTensors(self._subgraph)
        tensor = self._wrapper.tensor
        self._inputs = {name: tensor(self._wrapper, d["index"], self._subgraph) for name, d in self.details.items()}
        self._outputs = {name: tensor(self._wrapper, d["index"], self._subgraph) for name, d in self.output_details.items()}
        self._cache_names = cache_names
        self._cache: Cache | None = None  # the cache whose rows the inputs hold
        self._synced = 0  # that cache's position when its rows were last copied in: rows before it are unchanged
        # Rows of the inputs that may not be zero. The interpreter's memory for them may be the heap's, holding what
        # was there before (which the graph must not see: a stray NaN or huge number is not masked away), so the
        # first call clears up to the last row that is not zero now. Reading untouched pages takes no memory.
        self._used = max(_rows_in_use(self._inputs[name]) for name in cache_names)

    def __call__(self, tokens: list[int], cache: Cache) -> dict[str, np.ndarray]:
        start = self._synced if cache is self._cache and cache.pos >= self._synced else 0
        end = cache.filled
        for name in self._cache_names:
            view = self._inputs[name]
            view[:, start:end] = cache.arrays[name][:, start:end]
            if start == 0 and self._used > end:
                view[:, end : self._used] = 0  # what another cache left
        self._used = end if start == 0 else max(self._used, end)
        self._cache, self._synced = cache, cache.pos
        self._inputs["tokens"][:] = tokens
        self._inputs["pos"][:] = cache.pos
        self._wrapper.Invoke(self._subgraph)
        return self._outputs


def _rows_in_use(array: np.ndarray) -> int:
    """1 + the last row (axis 1: positions) of a [heads, context, head_dim] array that is not all zeros; 0 if none."""
    rows = np.flatnonzero(np.any(array != 0, axis=(0, 2)))
    return int(rows[-1]) + 1 if len(rows) else 0


class _CopyingSignature:
    """The plain signature runner, for an interpreter without LiteRT's handles (TensorFlow's own): it copies every
    input in on every call."""

    def __init__(self, interpreter, key: str, cache_names: list[str]):
        self._runner = interpreter.get_signature_runner(key)
        self.details = self._runner.get_input_details()
        self.output_details = self._runner.get_output_details()

    def __call__(self, tokens: list[int], cache: Cache) -> dict[str, np.ndarray]:
        return self._runner(tokens=np.array(tokens, np.int32), pos=np.array([cache.pos], np.int32), **cache.arrays)


def _signature(interpreter, key: str, cache_names: list[str]):
    try:
        return _Signature(interpreter, key, cache_names)
    except (AttributeError, TypeError, ValueError):  # not LiteRT's interpreter, or one whose insides changed
        return _CopyingSignature(interpreter, key, cache_names)


class Engine:
    def __init__(self, model_path: str | Path, threads: int | None = None):
        self.path = Path(model_path)
        self.interpreter = load_interpreter(str(model_path), threads)
        inputs = self.interpreter.get_signature_runner("prefill").get_input_details()
        if "k_cache_0" not in inputs:
            raise ModelError(
                f"{self.path} was made by an older version of Starmind. Write it again with this version: "
                f"python -m trainer reconvert {self.path.parent}"
            )
        self.chunk = int(inputs["tokens"]["shape"][0])
        self.cache_names, self.new_names = cache_names(sum(name.startswith("k_cache_") for name in inputs))
        self.cache_shape = tuple(int(n) for n in inputs["k_cache_0"]["shape"])
        self.context = self.cache_shape[1]
        self._prefill = _signature(self.interpreter, "prefill", self.cache_names)
        self._decode = _signature(self.interpreter, "decode", self.cache_names)
        self.vocab_size = int(self._decode.output_details["logits"]["shape"][-1])
        self._calls = threading.Lock()  # the interpreter runs one call at a time
        self.reset()
        release_file_pages(str(model_path))  # and the pages reading the signatures touched (0.3 MB)

    def new_cache(self) -> Cache:
        return Cache(self.cache_names, self.cache_shape)

    def reset(self):
        """Forget the conversation so far: empty caches, position 0."""
        self.cache = self.new_cache()

    @property
    def pos(self) -> int:
        return self.cache.pos

    def _run(self, runner, tokens: list[int], cache: Cache, row: int) -> np.ndarray:
        """Run a signature on `tokens` at the cache's position; store their keys and values; return a copy of the
        logits after the token at `row`."""
        try:
            with self._calls:
                out = runner(tokens=tokens, cache=cache)
                end = min(cache.pos + len(tokens), self.context)
                for name, new in zip(self.cache_names, self.new_names, strict=True):
                    cache.arrays[name][:, cache.pos : end] = out[new][:, : end - cache.pos]
                cache.filled = max(cache.filled, end)
                return np.array(out["logits"][row])
        except (RuntimeError, ValueError, KeyError) as err:  # a damaged model can load and still fail to run
            raise ModelError(f"{self.path} is damaged or not a Starmind model ({err}). Copy the bundle again.") from None

    def prefill(self, ids: list[int], cache: Cache | None = None) -> np.ndarray:
        """Feed the prompt in fixed-size chunks (the last one padded); return the logits after its last token."""
        cache = cache or self.cache
        if cache.pos + len(ids) > self.context:
            raise ValueError(f"{len(ids)} tokens do not fit in the {self.context}-token context")
        logits = None
        for start in range(0, len(ids), self.chunk):
            chunk = ids[start : start + self.chunk]
            padded = chunk + [0] * (self.chunk - len(chunk))  # padding comes after: no real token ever attends to it
            logits = self._run(self._prefill, padded, cache, len(chunk) - 1)
            cache.pos += len(chunk)
        return logits

    def decode(self, token: int, cache: Cache | None = None) -> np.ndarray:
        """Feed one token; return the logits for the next."""
        cache = cache or self.cache
        logits = self._run(self._decode, [token], cache, 0)
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
