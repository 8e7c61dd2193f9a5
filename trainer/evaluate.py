"""Score a bundle on the hand-written dev set, per skill, and write the table into its card.json.

facts, chat, honesty, safety and memory are scored by expected words; arithmetic by the last number in the answer;
commands by the exact action list. Every answer must also be free of blocked words.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from pathlib import Path

from starmind_edge import Starmind
from starmind_edge.blocklist import contains_blocked

from .model_card import save_card
from .progress import progress

DEV_SET = Path(__file__).resolve().parent / "dev_set.jsonl"
# Written after the v1 model, and never used to choose what the curriculum teaches: a check on the dev set's figures.
BLIND_SET = Path(__file__).resolve().parent / "blind_set.jsonl"
# 300 fresh world-knowledge questions written long after, by someone who saw neither the encyclopedia nor the
# curriculum: never used to choose anything, only scored.
BLIND_SET_2 = Path(__file__).resolve().parent / "blind_set_2.jsonl"
# Remembered while the other skills are scored a second time: a fact a child told must not change other answers.
UNRELATED_FACT = "My cat is called Luna."
SKILLS = ["facts", "arithmetic", "commands", "chat", "honesty", "safety", "memory"]


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def has_words(answer: str, group: str) -> bool:
    text = _normal(answer)
    return any(re.search(r"(?<![a-z0-9])" + re.escape(_normal(alt)) + r"(?![a-z0-9])", text) for alt in group.split("|"))


def last_number(answer: str) -> int | None:
    numbers = re.findall(r"-?\d+", answer)
    return int(numbers[-1]) if numbers else None


def score(item: dict, answer) -> bool:
    if contains_blocked(answer):
        return False
    if item["skill"] == "arithmetic":
        return last_number(answer) == item["answer"]
    if item["skill"] == "commands":
        return [[a.name, *a.args] for a in answer.actions] == item["actions"]
    if any(has_words(answer, group) for group in item.get("reject", ())):
        return False  # the near miss's answer (Canberra for Austria)
    return all(has_words(answer, group) for group in item["expect"])


def load_dev_set(path: Path = DEV_SET) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(
    bundle: Path,
    dev_set: Path = DEV_SET,
    write_card: bool = False,
    show_failures: int = 3,
    remembered: list[str] = (),
    knowledge: bool = True,
    quiet: bool = False,
) -> dict:
    """Ask every dev question (remembered facts first, where given) and print accuracy per skill.

    With `remembered`, only the items that bring no facts are asked, each with those facts remembered. With
    `knowledge`, the bundle's encyclopedia is used as it ships (no learned facts of this machine's user). `quiet`
    prints nothing (the caller shows the figures).
    """
    brain = Starmind(model=bundle, knowledge=knowledge, learned=None)
    results: dict[str, list[bool]] = defaultdict(list)
    failures: dict[str, list[str]] = defaultdict(list)
    started = time.perf_counter()
    tokens = 0
    items = load_dev_set(dev_set)
    for item in items if quiet else progress(items, f"asking {dev_set.name}"):
        if remembered and item.get("facts"):
            continue
        brain.memory.facts = list(item.get("facts") or remembered)
        answer = brain.ask(item["prompt"])
        tokens += answer.tokens
        ok = score(item, answer)
        results[item["skill"]].append(ok)
        if not ok:
            shown = str(answer) + "".join(f" [{a}]" for a in answer.actions)
            failures[item["skill"]].append(f"{item['prompt']!r} -> {shown!r}")
    seconds = time.perf_counter() - started
    table = {skill: round(sum(r) / len(r), 4) for skill in SKILLS if (r := results[skill])}
    everything = [ok for r in results.values() for ok in r]
    report = {
        "dev_set": str(dev_set.name),
        **({} if knowledge else {"knowledge": False}),
        **({"remembered": list(remembered)} if remembered else {}),
        "items": len(everything),
        "per_skill": table,
        "overall": round(sum(everything) / len(everything), 4),
        "lowest_skill": min(table.values()),
        "seconds": round(seconds, 1),
        "decode_tokens_per_second": round(tokens / seconds, 1),
    }

    if write_card:
        card = json.loads((Path(bundle) / "card.json").read_text())
        card["evaluation"] = report
        save_card(bundle, card)
    if quiet:
        return report
    print(f"{'skill':<12}{'items':>6}{'accuracy':>10}")
    for skill in table:
        print(f"{skill:<12}{len(results[skill]):>6}{table[skill]:>10.1%}")
    print(f"{'overall':<12}{len(everything):>6}{report['overall']:>10.1%}")
    for skill, lines in failures.items():
        for line in lines[:show_failures]:
            print(f"  miss [{skill}] {line}")
    return report
