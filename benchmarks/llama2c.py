"""Decode speed side by side with karpathy's llama2.c `run.c`, on the same dimensions, one thread, in one run.

python benchmarks/llama2c.py --llama2c PATH/TO/llama2.c [BUNDLE] [--rounds 5] [--tokens 200]

PATH is a checkout of https://github.com/karpathy/llama2.c that you cloned yourself (the project never vendors or
downloads it). This builds its `run.c` with `gcc -Ofast -march=native` (no OpenMP: one thread), writes random fp32
weights with the bundle's dimensions in llama2.c's checkpoint format, then alternates runs of both engines, greedy,
and prints each one's tokens/s per round, the medians and the ratio. Starmind runs with one interpreter thread.
"""

from __future__ import annotations

import argparse
import re
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from starmind_edge import Starmind  # noqa: E402
from starmind_edge.sampler import Sampler  # noqa: E402


def write_checkpoint(path: Path, arch: dict, seed: int = 0) -> None:
    """A llama2.c (version 0) checkpoint: 7 int32 header fields, then every weight as fp32, embeddings shared."""
    d, f, layers, heads, vocab, ctx = (arch[k] for k in ("d_model", "d_ff", "n_layers", "n_heads", "vocab_size", "context"))
    head = d // heads
    rng = np.random.default_rng(seed)
    shapes = [(vocab, d), (layers, d)] + [(layers, d, d)] * 4 + [(layers, d), (layers, f, d), (layers, d, f), (layers, f, d)]
    shapes += [(d,), (ctx, head // 2), (ctx, head // 2)]
    with open(path, "wb") as out:
        out.write(struct.pack("7i", d, f, layers, heads, heads, vocab, ctx))
        for shape in shapes:
            out.write((rng.standard_normal(shape) * 0.02).astype(np.float32).tobytes())


def llama2c_tokens_per_second(binary: Path, checkpoint: Path, tokenizer: Path, tokens: int) -> float:
    run = subprocess.run(
        [str(binary), str(checkpoint), "-t", "0", "-n", str(tokens), "-z", str(tokenizer)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(re.search(r"achieved tok/s: ([\d.]+)", run.stderr).group(1))


def starmind_tokens_per_second(brain: Starmind, tokens: int) -> float:
    engine, sampler = brain.engine, Sampler()
    prompt = [brain.tokenizer.bos]  # like llama2.c here: no prompt, only the start token
    cache = engine.new_cache()
    logits = engine.prefill(prompt, cache)
    steps = min(tokens, engine.context - len(prompt))
    started = time.perf_counter()
    for _ in range(steps):
        logits = engine.decode(sampler(logits), cache)
    return steps / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--llama2c", required=True, help="a llama2.c checkout (git clone https://github.com/karpathy/llama2.c)")
    parser.add_argument("bundle", nargs="?", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=200)
    args = parser.parse_args()
    source = Path(args.llama2c)
    if not (source / "run.c").is_file() or not (source / "tokenizer.bin").is_file():
        raise SystemExit(f"{source} is not a llama2.c checkout (it needs run.c and tokenizer.bin)")
    brain = Starmind(args.bundle, learned=None, threads=1)
    arch = brain.card["architecture"]
    with tempfile.TemporaryDirectory() as scratch:
        binary, checkpoint = Path(scratch) / "run", Path(scratch) / "random.bin"
        subprocess.run(["gcc", "-Ofast", "-march=native", str(source / "run.c"), "-lm", "-o", str(binary)], check=True)
        write_checkpoint(checkpoint, arch)
        theirs, ours = [], []
        for _ in range(args.rounds):
            theirs.append(llama2c_tokens_per_second(binary, checkpoint, source / "tokenizer.bin", args.tokens))
            ours.append(starmind_tokens_per_second(brain, args.tokens))
            print(f"round: llama2.c {theirs[-1]:7.0f} tokens/s   starmind {ours[-1]:7.0f} tokens/s", flush=True)
    dims = ", ".join(f"{k} {arch[k]}" for k in ("d_model", "n_layers", "n_heads", "d_ff", "vocab_size", "context"))
    print(f"dims: {dims}; {args.tokens} tokens per run, one thread, greedy")
    print(f"llama2.c -Ofast (fp32)          median {statistics.median(theirs):7.0f} tokens/s")
    print(f"starmind ({brain.card.get('quantization', '?'):>7})             median {statistics.median(ours):7.0f} tokens/s")
    print(f"ratio starmind / llama2.c       {statistics.median(ours) / statistics.median(theirs):.2f}x")


if __name__ == "__main__":
    main()
