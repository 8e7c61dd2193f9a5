"""Soak: many asks on one brain, printing memory (RSS) as it goes and latency percentiles at the end, so a leak or a
slow path shows up as a number.

python benchmarks/soak.py [--asks 10000] [--bundle FOLDER] [--temperature 0.8]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speed import QUESTIONS, rss_mb  # noqa: E402
from starmind_edge import Starmind  # noqa: E402

MORE = ["what is my cat called", "i fell over and hurt my knee", "Stop!", "why do birds sing", "what is 12 minus 5"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--asks", type=int, default=10_000)
    parser.add_argument("--bundle", default=None)
    parser.add_argument("--temperature", type=float, default=0.8)
    args = parser.parse_args()
    brain = Starmind(args.bundle, learned=None, temperature=args.temperature, seed=0)
    brain.remember("My cat is called Luna.")
    questions = QUESTIONS + MORE
    seconds, tokens = [], 0
    print(f"RSS after loading: {rss_mb():.0f} MB")
    for i in range(args.asks):
        started = time.perf_counter()
        answer = brain.ask(questions[i % len(questions)])
        seconds.append(time.perf_counter() - started)
        tokens += answer.tokens
        if (i + 1) % max(1, args.asks // 10) == 0:
            print(f"{i + 1:>6} asks: RSS {rss_mb():.0f} MB, median {statistics.median(seconds[-1000:]) * 1000:.0f} ms")
    ms = [s * 1000 for s in seconds]
    print(
        f"latency over {len(ms)} asks (ms): p50 {percentile(ms, 0.5):.0f}, p90 {percentile(ms, 0.9):.0f}, "
        f"p99 {percentile(ms, 0.99):.0f}, max {max(ms):.0f}; {tokens / sum(seconds):.0f} tokens/s overall"
    )


if __name__ == "__main__":
    main()
