"""Speed and memory of a bundle on this machine: size, load time, prefill, decode tokens/s, ask() latency, peak RSS,
and what the safeguarding rules add to each question.

python benchmarks/speed.py [BUNDLE] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

SAFEGUARDING_SET = Path(__file__).resolve().parents[1] / "trainer" / "safeguarding_set.jsonl"
QUESTIONS = [
    "What colour is the sky?",
    "what is 7 times 8",
    "go forward 2 seconds then turn left",
    "hello",
    "Tell me a story about a frog",
]


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", nargs="?", default=None)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    baseline = rss_mb()

    from starmind_edge import Starmind
    from starmind_edge.bundle import default_bundle
    from starmind_edge.sampler import Sampler

    bundle = Path(args.bundle) if args.bundle else default_bundle()
    started = time.perf_counter()
    brain = Starmind(bundle, learned=None, threads=args.threads)
    load_s = time.perf_counter() - started
    after_load = rss_mb()

    first = brain.ask(QUESTIONS[0])
    peak_one_ask = peak_mb()
    latencies = {}
    for q in QUESTIONS:
        runs = [brain.ask(q) for _ in range(3)]
        latencies[q] = (statistics.median(a.seconds for a in runs), runs[0].tokens)

    first_ms = []
    for q in QUESTIONS:
        for _ in range(3):
            t0 = time.perf_counter()
            pieces = brain.stream(q)
            next(pieces)
            first_ms.append((time.perf_counter() - t0) * 1000)
            pieces.close()
    asked = [brain.ask(q) for q in QUESTIONS for _ in range(3)]
    ask_tps = sum(a.tokens for a in asked) / sum(a.seconds for a in asked)

    engine, sampler = brain.engine, Sampler()
    prompt = [brain.tokenizer.bos] + brain.tokenizer.encode("Tell me a story about a frog")
    timings = []
    for _ in range(3):
        engine.reset()
        t0 = time.perf_counter()
        logits = engine.prefill(prompt)
        t1 = time.perf_counter()
        for _ in range(100):
            logits = engine.decode(sampler(logits))
        timings.append((t1 - t0, 100 / (time.perf_counter() - t1)))
    prefill_s = min(t for t, _ in timings)
    decode_tps = max(s for _, s in timings)

    from starmind_edge.safeguarding import check, troubled, worrying_words

    # Children's own messages, every one different (the rules keep their last few readings, so repeating a handful of
    # messages would time the cache), read as ask() reads them: the rules, the second look, whether to sample.
    messages = [json.loads(line)["text"] for line in SAFEGUARDING_SET.read_text(encoding="utf-8").splitlines()]
    rules_ms = []
    for _ in range(5):
        t0 = time.perf_counter()
        for m in messages:
            if check(m) is None:
                troubled(m)
            worrying_words(m)
        rules_ms.append((time.perf_counter() - t0) * 1000 / len(messages))

    size = sum(p.stat().st_size for p in bundle.iterdir() if p.is_file())
    print(f"machine           {platform.machine()}, Python {platform.python_version()}, threads {args.threads or 'default'}")
    print(f"bundle            {bundle}")
    print(f"model.tflite      {(bundle / 'model.tflite').stat().st_size / 1e6:.2f} MB (bundle {size / 1e6:.2f} MB)")
    print(f"parameters        {brain.card.get('architecture', {}).get('parameters', '?'):,}")
    print(f"load              {load_s * 1000:.0f} ms")
    print(f"prefill           {prefill_s * 1000:.1f} ms for {len(prompt)} prompt tokens")
    print(f"decode            {decode_tps:.0f} tokens/s")
    print(f"first piece       {statistics.median(first_ms):.1f} ms after stream() (median over {len(first_ms)})")
    print(f"ask() end to end  {ask_tps:.0f} tokens/s (prefill, safeguarding and decoding text included)")
    print(
        f"RSS               {baseline:.1f} MB at start, {after_load:.1f} MB loaded, peak {peak_one_ask:.1f} MB after one "
        "ask() (with this script's own modules: benchmarks/memory.py measures without them)"
    )
    print(f"first answer      {first!r}")
    for q, (seconds, tokens) in latencies.items():
        print(f"ask()  {seconds * 1000:6.0f} ms  {tokens:3d} tokens  {q}")
    print(
        f"safeguarding      {statistics.median(rules_ms):.2f} ms per question (median of 5 runs over {len(messages)} "
        "different messages of trainer/safeguarding_set.jsonl)"
    )
    print(f"tensorflow imported: {'tensorflow' in sys.modules}")


if __name__ == "__main__":
    main()
