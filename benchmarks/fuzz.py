"""Fuzz the runtime for real: 10,000 fuzzed prompts to ask()/stream()/remember() and 1,200 damaged copies of a
bundle, counting anything that is not an answer or a `StarmindError`.

python benchmarks/fuzz.py [--prompts 10000] [--bundles 1200] [--bundle FOLDER] [--seed 0]

Prompts mix every kind of code point (lone surrogates, control characters, emoji, other scripts), the model's own
control tokens, words it knows and huge pastes. Bundles get 1, 10 or 1,000 changed bytes, or are cut short, in
each of their files; a damaged copy must raise a `ModelError` naming the file, or, where the damage changed nothing
that is read (spacing in card.json), load and answer exactly as the original does.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from starmind_edge import ModelError, Starmind, StarmindError  # noqa: E402
from starmind_edge.bundle import FILES, default_bundle  # noqa: E402

WORDS = "what is a the cat dog move forward turn left 2 seconds stop my name is called why sky blue <a> <q> <act> </s>"
PROBE = ["what colour is the sky", "go forward 2 seconds", "what is 3 plus 4"]


def fuzzed_text(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:  # any code point, surrogates included
        return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(1, 60)))
    if kind == 1:  # mostly ASCII with control characters
        return "".join(chr(rng.randrange(0, 128)) for _ in range(rng.randrange(1, 120)))
    if kind == 2:  # words the model knows, jumbled, with stray punctuation
        return " ".join(rng.choice(WORDS.split() + ["?", "!!", "\ud83d", "\x00", "é"]) for _ in range(rng.randrange(1, 40)))
    if kind == 3:  # a huge paste
        return rng.choice(WORDS.split()) * rng.randrange(1_000, 20_000)
    return rng.choice(["", " ", "\n", "\ufeff", "\u200b", "\u2028", "\udce9", "🦖" * 50])


def fuzz_prompts(bundle, count: int, seed: int) -> dict:
    rng = random.Random(seed)
    brain = Starmind(bundle, learned=None)
    failures: collections.Counter = collections.Counter()
    friendly = 0
    slowest = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        memory_brain = Starmind(bundle, learned=None, memory=Path(scratch) / "facts.json", max_tokens=24)
        for i in range(count):
            text = fuzzed_text(rng)
            try:
                started = time.perf_counter()
                if i % 10 == 9:  # a fuzzed fact, then a question that must still work, then a reload from disk
                    try:
                        memory_brain.remember(text)
                    except StarmindError:
                        friendly += 1
                    memory_brain.ask("what is my name")
                    Starmind(bundle, learned=None, memory=Path(scratch) / "facts.json", max_tokens=1).ask("hi")
                elif i % 2:
                    "".join(brain.stream(text))
                else:
                    brain.ask(text)
                slowest = max(slowest, time.perf_counter() - started)
            except StarmindError:
                friendly += 1
            except Exception as err:  # noqa: BLE001 - this is what the benchmark counts
                failures[f"{type(err).__name__}: {str(err)[:80]}"] += 1
    return {"prompts": count, "other_exceptions": sum(failures.values()), "friendly_errors": friendly,
            "slowest_s": round(slowest, 3), "kinds": dict(failures.most_common(5))}  # fmt: skip


def damage(data: bytes, rng: random.Random, how: str) -> bytes:
    if how == "truncate":
        return data[: rng.randrange(len(data))]
    out = bytearray(data)
    for _ in range(int(how)):
        i = rng.randrange(len(out))
        out[i] = (out[i] + rng.randrange(1, 256)) % 256
    return bytes(out)


def fuzz_bundles(bundle, count: int, seed: int) -> dict:
    rng = random.Random(seed)
    source = Path(bundle) if bundle else default_bundle()
    reference = Starmind(source, learned=None)
    expected = [str(reference.ask(q)) for q in PROBE]
    outcome: collections.Counter = collections.Counter()
    examples: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "bundle"
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("weights.npz", "*.png"))
        originals = {name: (source / name).read_bytes() for name in FILES}
        for i in range(count):
            name, how = FILES[i % 3], ("1", "10", "1000", "truncate")[(i // 3) % 4]
            (copy / name).write_bytes(damage(originals[name], rng, how))
            try:
                brain = Starmind(copy, learned=None)
                answers = [str(brain.ask(q)) for q in PROBE]
                same_card = name == "card.json" and _same_json(copy / name, originals[name])
                outcome["loaded, same answers (harmless damage)" if answers == expected and same_card else "SILENT"] += 1
                if answers != expected or not same_card:
                    examples.append(f"{name} {how}: {answers[0]!r}")
            except ModelError as err:
                outcome["ModelError naming the file" if name in str(err) else "ModelError not naming the file"] += 1
            except Exception as err:  # noqa: BLE001 - this is what the benchmark counts
                outcome[f"other: {type(err).__name__}"] += 1
                examples.append(f"{name} {how}: {type(err).__name__}: {str(err)[:80]}")
            (copy / name).write_bytes(originals[name])
    return {"bundles": count, "outcomes": dict(outcome), "examples": examples[:5]}


def _same_json(path: Path, original: bytes) -> bool:
    try:
        return json.loads(path.read_bytes()) == json.loads(original)
    except ValueError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prompts", type=int, default=10_000)
    parser.add_argument("--bundles", type=int, default=1_200)
    parser.add_argument("--bundle", default=None, help="a bundle folder (default: the bundled model)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    bundles = fuzz_bundles(args.bundle, args.bundles, args.seed)
    print(f"damaged bundles: {bundles['bundles']}: {bundles['outcomes']}")
    for line in bundles["examples"]:
        print(f"  {line}")
    prompts = fuzz_prompts(args.bundle, args.prompts, args.seed)
    print(
        f"fuzzed prompts: {prompts['prompts']}: {prompts['other_exceptions']} exceptions other than StarmindError, "
        f"{prompts['friendly_errors']} friendly StarmindErrors; slowest {prompts['slowest_s']} s"
    )
    for kind, n in prompts["kinds"].items():
        print(f"  {n} x {kind}")
    print(f"({time.perf_counter() - started:.0f} s in all)")


if __name__ == "__main__":
    main()
