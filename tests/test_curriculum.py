"""The curriculum: labels are right, filters hold, and the same seed rebuilds the same data."""

import re
from collections import Counter

import pytest

from starmind_edge.actions import parse_action
from starmind_edge.blocklist import contains_blocked
from trainer.curriculum.build import MIX, build, dev_holdout, generate_examples
from trainer.curriculum.vocabulary import unknown_words
from trainer.evaluate import BLIND_SET, load_dev_set
from trainer.overlap import ngrams, words


@pytest.fixture(scope="module")
def examples():
    return list(generate_examples(4000, seed=3, holdout=dev_holdout()))


def test_every_skill_is_there_in_its_share(examples):
    counts = Counter(ex["skill"] for ex in examples)
    for skill, share in MIX.items():
        assert abs(counts[skill] / len(examples) - share) < 0.03, skill


def test_actions_are_valid_and_in_the_vocabulary(examples):
    commands = [ex for ex in examples if ex["skill"] == "commands"]
    assert len(commands) > 400
    for ex in commands:
        assert ex["actions"] and all(parse_action(a) is not None for a in ex["actions"]), ex


SUMS = {
    "plus": lambda a, b: a + b,
    "take away": lambda a, b: a - b,
    "times": lambda a, b: a * b,
}


def test_arithmetic_answers_are_computed_right(examples):
    checked = 0
    for ex in examples:
        if ex["skill"] != "arithmetic":
            continue
        for a, op, b, c in re.findall(r"(\d+) (plus|take away|times) (\d+) (?:is|makes|equals) (\d+)", ex["answer"]):
            assert SUMS[op](int(a), int(b)) == int(c), ex
            checked += 1
    assert checked > 300


def test_filters_hold(examples):
    keys = [(ex["question"].lower(), ex["answer"], tuple(ex["facts"]), str(ex["history"])) for ex in examples]
    assert len(set(keys)) == len(keys)
    assert not any(contains_blocked(ex["answer"]) for ex in examples)
    assert not any(unknown_words(ex) for ex in examples)
    dev = [words(item["prompt"]) for item in load_dev_set() + load_dev_set(BLIND_SET)]
    dev_texts, dev_grams = {tuple(d) for d in dev}, set().union(*(ngrams(d) for d in dev))
    for ex in examples:
        q = words(ex["question"])
        assert tuple(q) not in dev_texts and not (ngrams(q) & dev_grams), ex["question"]


def test_the_vocabulary_filter_knows_kid_words_from_hard_ones():
    hard = {"question": "why is the sky blue", "facts": [], "answer": "Rayleigh scattering of photons makes it blue."}
    assert unknown_words(hard) == ["rayleigh", "scattering", "photons"]
    echoed = {"question": "what is a zanbla", "facts": ["My cat is called Mittens."], "answer": "Mittens is your cat."}
    assert unknown_words(echoed) == []
    assert unknown_words({"question": "hi", "facts": [], "answer": "Okay! Beeping 2 times, then stopping."}) == []


def test_one_seed_rebuilds_the_same_data(tmp_path):
    first = build(tmp_path / "a", 300, seed=5, valid_count=20)
    second = build(tmp_path / "b", 300, seed=5, valid_count=20)
    assert first == second
    assert (tmp_path / "a" / "train.jsonl").read_bytes() == (tmp_path / "b" / "train.jsonl").read_bytes()
    assert first["dropped_as_not_kid_vocabulary"] == 0


def test_other_skills_learn_to_answer_with_unrelated_facts_remembered(examples):
    from trainer.curriculum.build import COMMON, FIRST_PERSON, _bare_words

    with_facts = [ex for ex in examples if ex["facts"] and ex["skill"] != "memory"]
    others = [ex for ex in examples if ex["skill"] != "memory"]
    assert 0.08 < len(with_facts) / len(others) < 0.2
    assert {ex["skill"] for ex in with_facts} == set(MIX) - {"memory"}
    for ex in with_facts:
        asked = _bare_words(ex["question"])
        if ex["skill"] == "honesty" and asked & FIRST_PERSON:  # asked about the child: told only other things
            assert "told me" in ex["answer"], ex
            continue
        assert not any((_bare_words(fact) - COMMON) & asked for fact in ex["facts"]), ex
