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
def reader(tmp_path_factory):
    """A reader of the encyclopedia built from the committed facts.csv, as `python -m trainer all` makes it."""
    from trainer.curriculum.reading import Reader
    from trainer.knowledge.kb import build as build_kb

    path = tmp_path_factory.mktemp("kb") / "knowledge.sqlite"
    build_kb(path)
    return Reader.over(path)


@pytest.fixture(scope="module")
def examples(reader):
    return list(generate_examples(4000, seed=3, holdout=dev_holdout(), reader=reader))


@pytest.fixture(scope="module")
def plain_examples():
    """Without an encyclopedia: no reading examples and no looked-up facts."""
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


def test_other_skills_learn_to_answer_with_unrelated_facts_remembered(plain_examples):
    from trainer.curriculum.build import COMMON, FIRST_PERSON, _bare_words

    examples = plain_examples
    with_facts = [ex for ex in examples if ex["facts"] and ex["skill"] != "memory"]
    others = [ex for ex in examples if ex["skill"] != "memory"]
    assert 0.08 < len(with_facts) / len(others) < 0.2
    assert {ex["skill"] for ex in with_facts} == set(MIX) - {"memory", "reading"}
    for ex in with_facts:
        asked = _bare_words(ex["question"])
        if ex["skill"] == "honesty" and asked & FIRST_PERSON:  # asked about the child: told only other things
            assert "told me" in ex["answer"], ex
            continue
        assert not any((_bare_words(fact) - COMMON) & asked for fact in ex["facts"]), ex


def test_reading_examples_answer_from_a_fact_in_the_prompt_or_say_they_do_not_know(examples):
    from trainer.curriculum.reading import DONT_KNOW, held_out
    from trainer.knowledge.collect import read_csv

    reading = [ex for ex in examples if ex["skill"] == "reading"]
    assert len(reading) > 400
    answered = [ex for ex in reading if ex["answer"] not in DONT_KNOW]
    assert all(ex["answer"] in ex["facts"] for ex in answered)
    assert 0.1 < 1 - len(answered) / len(reading) < 0.3  # "missing": the answering fact taken out
    asked = {ex["answer"] for ex in answered}
    assert not asked & {fact.text for fact in read_csv() if held_out(fact)}  # held-out facts are never the answer


def test_a_reading_example_that_says_i_dont_know_holds_no_fact_that_may_answer_it(examples, reader):
    """Its near misses never include the answering fact, nor any fact that holds every topic word of the question."""
    from trainer.curriculum.reading import DONT_KNOW, WHOLE

    declined = [ex for ex in examples if ex["skill"] == "reading" and ex["answer"] in DONT_KNOW]
    assert declined
    for ex in declined:
        coverage = {hit.text: hit.coverage for hit in reader.retriever.search(ex["question"], k=8)}
        assert all(coverage.get(fact, 0) < WHOLE for fact in ex["facts"]), ex


def test_other_skills_see_the_facts_the_runtime_would_look_up(examples, reader):
    commands = [ex for ex in examples if ex["skill"] == "commands" and not ex["history"]]
    looked_up = [ex for ex in commands if ex["facts"]]
    assert looked_up, "some commands bring facts up, and the model must still just act"
    for ex in looked_up[:50]:
        assert ex["facts"][: len(reader.look_up(ex["question"]))] == reader.look_up(ex["question"])
