"""Build the curriculum: mix the skill generators, filter, de-duplicate, write JSONL and counts."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from starmind_edge.blocklist import contains_blocked
from starmind_edge.knowledge import describe

from ..overlap import ngrams, words
from ..progress import progress
from . import arithmetic, chat, commands, facts, honesty, memory, safeguarding, safety
from .example import Example
from .reading import Reader
from .vocabulary import unknown_words

# Share of examples per skill (the mix that trains the default model).
MIX = {
    "facts": 0.10,
    "reading": 0.13,
    "arithmetic": 0.15,
    "commands": 0.11,
    "chat": 0.13,
    "honesty": 0.10,
    "safety": 0.08,
    "safeguarding": 0.04,
    "memory": 0.16,
}
GENERATORS = {
    "facts": facts.generate,
    "arithmetic": arithmetic.generate,
    "commands": commands.generate,
    "chat": chat.generate,
    "honesty": honesty.generate,
    "safety": safety.generate,
    "safeguarding": safeguarding.generate,
    "memory": memory.generate,
}


# Share of the facts templates' examples given no looked-up facts, so that what the model learned by heart still
# answers when the encyclopedia has nothing (or is switched off).
NO_LOOKUP = 0.2
# Share of examples that follow an unrelated earlier turn, so a conversation's last turn never confuses the answer.
UNRELATED_TURN = 0.08
# Share of the other skills' examples given 1-3 remembered facts that have nothing to do with the question, so that
# what a child told Starmind never changes its other answers.
UNRELATED_FACTS = 0.15
# Words of a fact too common to tie it to a question; any other shared word keeps that fact away from the question.
COMMON = {"a", "an", "the", "my", "is", "i", "am", "i'm", "in", "of", "to", "called", "and", "has", "have", "got", "years"}
FIRST_PERSON = {"i", "i'm", "im", "me", "my", "mine", "myself", "we", "our", "us"}

DROPPED: Counter = Counter()  # examples the filters dropped, by filter, in this process


class DevHoldout:
    """Keeps the dev set out of training: drops questions equal to a dev prompt or sharing a word 8-gram with one."""

    def __init__(self, dev_prompts: list[str]):
        self.texts = {tuple(words(p)) for p in dev_prompts}
        self.grams = set().union(*(ngrams(words(p)) for p in dev_prompts)) if dev_prompts else set()
        self.dropped = 0

    def __contains__(self, question: str) -> bool:
        tokens = words(question)
        hit = tuple(tokens) in self.texts or bool(ngrams(tokens) & self.grams)
        self.dropped += hit
        return hit


def dev_holdout() -> DevHoldout:
    """Hold out the dev and blind sets, the knowledge sets (held-out facts, near misses, unknowable questions) and
    the safeguarding sets (the measured one and every fresh one)."""
    from ..evaluate import BLIND_SET, BLIND_SET_2, load_dev_set
    from ..knowledge_eval import HELD_OUT_SET, NEAR_MISS_SET, UNKNOWABLE_SET
    from ..safeguarding_eval import FRESH_SETS
    from ..safeguarding_eval import load as load_safeguarding_set

    sets = [path for path in (BLIND_SET, BLIND_SET_2, HELD_OUT_SET, NEAR_MISS_SET, UNKNOWABLE_SET) if path.exists()]
    prompts = [item["prompt"] for path in (None, *sets) for item in load_dev_set(*(path,) if path else ())]
    messages = load_safeguarding_set("all") + [m for path in FRESH_SETS for m in load_safeguarding_set("all", path)]
    return DevHoldout(prompts + [item["text"] for item in messages])


def _bare_words(text: str) -> set[str]:
    return {w.strip("?.,!'\"").lower() for w in text.split()} - {""}


def unrelated_facts(ex: Example, rng: random.Random) -> list[str]:
    """1-3 remembered facts that cannot answer `ex`'s question: they share no telling word with it, and questions
    about the child that Starmind must not know get none (a fact of another kind might be what they ask about)."""
    asked = _bare_words(ex.question)
    if ex.skill == "honesty" and asked & FIRST_PERSON:
        return []
    statements = [memory.a_fact(rng, kind)[0] for kind in rng.sample(memory.KINDS, rng.randint(1, 3))]
    return [s for s in statements if not (_bare_words(s) - COMMON) & asked]


def generate_examples(
    count: int, seed: int = 0, mix: dict[str, float] = MIX, holdout: DevHoldout | None = None, reader: Reader | None = None
):
    """Yield up to `count` unique, blocklist-clean examples (as dicts) in a seeded random skill order.

    With a `reader`, each question gets the encyclopedia facts the runtime would look up for it, before any
    remembered facts (as `Starmind.prompt` puts them), and reading examples are mixed in; without one there are none.
    """
    holdout = holdout if holdout is not None else DevHoldout([])
    rng = random.Random(seed)
    mix = mix if reader is not None else {skill: share for skill, share in mix.items() if skill != "reading"}
    generators = {**GENERATORS, "reading": reader.generate} if reader is not None else GENERATORS
    skills, weights = zip(*mix.items(), strict=True)
    seen: set[tuple] = set()
    made = 0
    while made < count:
        skill = rng.choices(skills, weights)[0]
        ex = generators[skill](rng)
        if not ex.history and rng.random() < UNRELATED_TURN:
            earlier = generators[rng.choices(skills, weights)[0]](rng)
            ex.history = [*earlier.history, (earlier.question, earlier.answer)]
        if ex.skill != "memory" and not ex.facts and rng.random() < UNRELATED_FACTS:
            ex.facts = unrelated_facts(ex, rng)
        if reader is not None and skill != "reading" and not (skill == "facts" and rng.random() < NO_LOOKUP):
            ex.facts = reader.look_up(ex.question) + ex.facts
        key = (ex.question.lower(), ex.answer, tuple(ex.facts), tuple(map(tuple, ex.history)))
        if key in seen or contains_blocked(ex.answer) or ex.question in holdout:
            continue
        if any(contains_blocked(a) or q in holdout for q, a in ex.history):
            continue
        if unknown_words(ex.as_dict()):  # not kid vocabulary
            DROPPED["vocabulary"] += 1
            continue
        seen.add(key)
        made += 1
        yield ex.as_dict()


def build(out_dir: Path, count: int, seed: int = 0, valid_count: int = 2000, knowledge: Path | None = None) -> dict:
    """Write `train.jsonl` and `valid.jsonl` into `out_dir`; return the counts per skill. With `knowledge` (an
    encyclopedia file built from trainer/knowledge/facts.csv), the model learns to read it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: Counter = Counter()
    holdout = dev_holdout()
    DROPPED.clear()
    reader = Reader.over(knowledge) if knowledge is not None else None
    examples = generate_examples(count + valid_count, seed, holdout=holdout, reader=reader)
    with (
        open(out_dir / "valid.jsonl", "w", encoding="utf-8") as valid,
        open(out_dir / "train.jsonl", "w", encoding="utf-8") as train,
    ):
        for i, ex in enumerate(progress(examples, "examples", count + valid_count)):
            target = valid if i < valid_count else train
            target.write(json.dumps(ex, ensure_ascii=False) + "\n")
            if target is train:
                counts[ex["skill"]] += 1
    stats = {
        "seed": seed,
        "train_examples": count,
        "valid_examples": valid_count,
        "per_skill": dict(sorted(counts.items())),
        "dropped_as_dev_overlap": holdout.dropped,
        "dropped_as_not_kid_vocabulary": DROPPED["vocabulary"],
    }
    if knowledge is not None:  # the encyclopedia the reading examples were built from (a bundle may ship a newer one)
        stats["knowledge"] = {key: describe(knowledge)[key] for key in ("facts", "version")}
    (out_dir / "stats.json").write_text(json.dumps(stats, indent=2))
    return stats
