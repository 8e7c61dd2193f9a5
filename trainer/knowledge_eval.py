"""Measure reading, not recall: retrieval recall, held-out facts, near misses and made-up or unknowable questions.

    python -m trainer.knowledge_eval [BUNDLE] [--show-failures N]

* recall@1 / @3: on the dev and blind sets' facts questions, a found fact counts when it holds every expected word;
* held-out facts: questions about encyclopedia facts the curriculum never asks about, in wordings written apart;
* near misses: Austria, not Australia (an answer with the near miss's words fails);
* made-up and unknowable questions, as shipped and with the 3 nearest facts forced into the prompt;
* memory: the dev set's remembered-fact questions, with the encyclopedia's facts looked up beside them.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from starmind_edge import Starmind
from starmind_edge.errors import StarmindError

from .evaluate import BLIND_SET, BLIND_SET_2, DEV_SET, has_words, load_dev_set, score
from .progress import progress

HERE = Path(__file__).resolve().parent
HELD_OUT_SET = HERE / "held_out_facts_set.jsonl"
NEAR_MISS_SET = HERE / "near_miss_set.jsonl"
UNKNOWABLE_SET = HERE / "unknowable_set.jsonl"


def recall(brain: Starmind, items: list[dict]) -> dict:
    """Share of facts questions whose first (or first three) found facts hold the expected answer."""
    at1 = at3 = 0
    questions = [item for item in items if item["skill"] == "facts"]
    seconds = []
    for item in questions:
        started = time.perf_counter()
        hits = brain.look_up(item["prompt"])
        seconds.append(time.perf_counter() - started)
        holds = [all(has_words(hit.text, group) for group in item["expect"]) for hit in hits]
        at1 += any(holds[:1])
        at3 += any(holds[:3])
    return {
        "questions": len(questions),
        "recall_at_1": round(at1 / len(questions), 4),
        "recall_at_3": round(at3 / len(questions), 4),
        "median_ms": round(statistics.median(seconds) * 1000, 2),
    }


def accuracy(brain: Starmind, items: list[dict], forced: bool = False, show: int = 5) -> dict:
    """Share of items answered right; with `forced`, the 3 nearest facts are in the prompt whatever their relevance."""
    right, misses = 0, []
    for item in progress(items, "asking"):
        brain.memory.facts = list(item.get("facts") or [])
        if forced and brain.retriever is not None:
            brain.memory.facts = [hit.text for hit in brain.retriever.search(item["prompt"], 3)] + brain.memory.facts
        answer = brain.ask(item["prompt"])
        ok = score(item, answer)
        right += ok
        if not ok:
            misses.append(f"{item['prompt']!r} -> {str(answer)!r}")
    for line in misses[:show]:
        print(f"  miss {line}")
    return {"items": len(items), "accuracy": round(right / len(items), 4)}


def knowledge_report(bundle: Path, show: int = 5) -> dict:
    brain = Starmind(bundle, learned=None)
    report = {
        "recall_dev": recall(brain, load_dev_set(DEV_SET)),
        "recall_blind": recall(brain, load_dev_set(BLIND_SET)),
        "recall_blind_2": recall(brain, load_dev_set(BLIND_SET_2)),
    }
    for name, path, forced in (
        ("held_out_facts", HELD_OUT_SET, False),
        ("near_miss", NEAR_MISS_SET, False),
        ("unknowable", UNKNOWABLE_SET, False),
        ("unknowable_with_facts_forced", UNKNOWABLE_SET, True),
    ):
        if path.exists():
            print(f"{name}:")
            report[name] = accuracy(brain, load_dev_set(path), forced, show)
    memory = [item for item in load_dev_set(DEV_SET) if item["skill"] == "memory"]
    print("memory with facts looked up:")
    report["memory_with_knowledge"] = accuracy(brain, memory, False, show)
    print("memory with the 3 nearest facts forced in:")
    report["memory_with_facts_forced"] = accuracy(brain, memory, True, show)
    for name, row in report.items():
        print(f"{name:<30} {row}")
    return report


def main(argv=None) -> None:
    import argparse

    from .cli import DEFAULT_BUNDLE

    parser = argparse.ArgumentParser(prog="python -m trainer.knowledge_eval", description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(DEFAULT_BUNDLE), help="a bundle folder (default: the bundled)")
    parser.add_argument("--show-failures", type=int, default=5, help="misses to print per set (default 5)")
    args = parser.parse_args(argv)
    try:
        knowledge_report(Path(args.bundle), args.show_failures)
    except StarmindError as err:
        raise SystemExit(str(err)) from None


if __name__ == "__main__":
    main()
