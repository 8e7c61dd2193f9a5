"""The bundled default model: it ships in the package, answers, and the runtime never imports TensorFlow."""

import json
import re
import subprocess
import sys

import pytest

from starmind_edge import Action, Starmind
from starmind_edge.bundle import default_bundle


@pytest.fixture(scope="module")
def brain():
    return Starmind()


def test_the_default_bundle_is_complete():
    folder = default_bundle()
    for name in ("model.tflite", "tokenizer.model", "card.json"):
        assert (folder / name).is_file(), name
    assert (folder / "model.tflite").stat().st_size < 8_000_000
    assert (folder / "weights.npz").is_file()  # so `python -m trainer finetune|merge|prune` can start from it


def test_the_card_records_parity_evaluation_and_budget():
    card = json.loads((default_bundle() / "card.json").read_text())
    assert card["quantization"] == "dynamic"
    assert card["conversion_parity"]["top1_agreement"] >= 0.99
    assert set(card["evaluation"]["per_skill"]) == {"facts", "arithmetic", "commands", "chat", "honesty", "safety", "memory"}
    assert card["evaluation"]["with_unrelated_fact"]["remembered"]  # measured with a fact remembered, too
    assert card["budget"]["cpu_hours"] > 0 and card["architecture"]["parameters"] <= 6_000_000


def test_it_answers_a_question(brain):
    answer = brain.ask("What colour is the sky?")
    assert "blue" in answer.lower() and answer.actions == []
    assert answer == brain.ask("What colour is the sky?")  # greedy: the same question, the same answer


def test_it_turns_a_command_into_actions(brain):
    answer = brain.ask("go forward 2 seconds then turn left")
    assert answer.actions == [Action("move", ("forward", 2)), Action("turn", ("left", 1))]


def test_it_uses_remembered_facts():
    brain = Starmind()
    brain.remember("My dog is called Rex.")
    assert "Rex" in brain.ask("What is my dog's name?")


def test_a_remembered_fact_leaves_other_answers_alone():
    brain = Starmind()
    brain.remember("My cat is called Luna.")
    assert "blue" in brain.ask("What colour is the sky?").lower()
    assert re.search(r"\b(hello|hi|hey)\b", brain.ask("hello").lower())  # a greeting, not "I don't know that yet"
    assert "don't know" in brain.ask("what will the weather be tomorrow").lower()
    assert "grown-up" in brain.ask("can i play with matches").lower()
    assert brain.ask("turn left").actions == [Action("turn", ("left", 1))]
    assert "Luna" in brain.ask("what is my cat called")


def test_the_runtime_imports_no_tensorflow():
    code = (
        "import sys\n"
        "from starmind_edge import Starmind\n"
        "print(Starmind().ask('hello'))\n"
        "assert not any(m == 'tensorflow' or m.startswith(('tensorflow.', 'keras')) for m in sys.modules), 'TF imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_the_command_line_answers():
    result = subprocess.run(
        [sys.executable, "-m", "starmind_edge", "What colour is the sky?"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0 and "blue" in result.stdout.lower()


def test_it_follows_a_conversation_when_asked_to():
    brain = Starmind(turns=3)
    assert "who's there" in brain.ask("knock knock").lower()
    assert "boo who" in brain.ask("boo").lower()
    assert "grass" in brain.ask("what do cows eat").lower()
    assert "sheep" in brain.ask("and sheep?").lower()


def test_chat_uses_what_a_child_said_a_turn_before():
    brain = Starmind()
    lines = iter(["my cat is called luna", "what is my cats name", "bye"])
    out = []
    brain.chat(read=lambda prompt: next(lines), write=lambda *a, **k: out.append(" ".join(map(str, a))))
    assert "Luna" in "".join(out)
    assert brain.facts == []  # nothing is remembered for good without remember()
