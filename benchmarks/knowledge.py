"""Looking facts up: retrieval time per question, and ask() latency with the encyclopedia beside a peer bundle.

python benchmarks/knowledge.py [--peer OLD_BUNDLE] [--rounds 3]

Retrieval is timed on the dev and blind sets' questions (cold: the first pass after opening; warm: later passes).
ask() is timed on the same questions for the default bundle and, with --peer, an older bundle (v3 has no
encyclopedia), taking turns question by question so machine noise hits both alike; medians and their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the trainer runs from the checkout, not an install

from starmind_edge import Starmind
from starmind_edge.bundle import default_bundle
from trainer.evaluate import BLIND_SET, DEV_SET, load_dev_set


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"median {statistics.median(values) * 1000:6.2f} ms   p95 {p95 * 1000:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", default=None, help="the bundle with an encyclopedia (default: the bundled model)")
    parser.add_argument("--peer", default=None, help="a bundle to compare ask() latency with (e.g. a copy of v3)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    questions = [item["prompt"] for item in load_dev_set(DEV_SET) + load_dev_set(BLIND_SET)]
    bundle = Path(args.bundle) if args.bundle else default_bundle()

    brain = Starmind(bundle, learned=None)
    times = {"cold": [], "warm": []}
    for rounds in range(args.rounds + 1):
        for question in questions:
            started = time.perf_counter()
            brain.look_up(question)
            times["warm" if rounds else "cold"].append(time.perf_counter() - started)
    found = sum(bool(brain.look_up(q)) for q in questions)
    print(f"retrieval over {len(questions)} questions ({found} found facts):")
    for name, values in times.items():
        print(f"  {name:<5} {_ms(values)}")

    brains = {"with encyclopedia": brain}
    if args.peer:
        brains["peer " + Path(args.peer).name] = Starmind(args.peer, learned=None)
    latency = {name: [] for name in brains}
    for _ in range(args.rounds):
        for question in questions:
            for name, each in brains.items():
                latency[name].append(each.ask(question).seconds)
    print(f"ask() over {len(questions)} questions x {args.rounds} rounds, taking turns:")
    for name, values in latency.items():
        print(f"  {name:<22} {_ms(values)}")
    if args.peer:
        new, old = (statistics.median(values) for values in latency.values())
        print(f"  ratio (encyclopedia / peer): {new / old:.2f}x")


if __name__ == "__main__":
    main()
