"""Property-based fuzzing (hypothesis): whatever text arrives and whatever happens to a bundle's bytes, Starmind
answers or raises a `StarmindError` that says what to do, never anything else.

A bounded number of examples runs here; `python benchmarks/fuzz.py` runs 10,000 prompts and 1,200 damaged bundles.
"""

import json
import shutil
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from starmind_edge import Answer, InputError, ModelError, Starmind
from starmind_edge.memory import Memory

WORDS = ["what", "is", "a", "cat", "move", "forward", "2", "seconds", "stop", "my", "dog", "<a>", "<act>", "</s>", "🦖"]
# Any code point at all, lone surrogates and control characters included, or a jumble of the words the model knows.
TEXT = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def brain(micro_bundle):
    return Starmind(micro_bundle, max_tokens=12)


@FUZZ
@given(TEXT)
def test_any_text_gets_an_answer(brain, text):
    answer = brain.ask(text)
    assert isinstance(answer, Answer) and (str(answer) or answer.actions)  # the micro model may only act
    assert "".join(brain.stream(text)).strip() == answer.strip()


@FUZZ
@given(TEXT)
def test_a_fuzzed_fact_never_breaks_later_answers_in_memory_or_on_disk(micro_bundle, tmp_path_factory, text):
    path = tmp_path_factory.mktemp("memory") / "facts.json"
    brain = Starmind(micro_bundle, memory=path, max_tokens=8)
    try:
        brain.remember(text)
    except InputError:
        assert not brain.facts  # refused with a message: nothing was stored
    answer = brain.ask("what is my dog called")
    assert isinstance(answer, Answer) and (str(answer) or answer.actions)
    again = Starmind(micro_bundle, memory=path, max_tokens=8)
    assert again.facts == Memory(path).facts == brain.facts
    assert isinstance(again.ask("what is my dog called"), Answer)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["model.tflite", "tokenizer.model", "card.json"]),
    where=st.floats(0, 1, exclude_max=True),
    flips=st.sampled_from([1, 10, 1000]),
    truncate=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_a_damaged_bundle_is_always_a_model_error_naming_the_file(
    micro_bundle, tmp_path_factory, name, where, flips, truncate, seed
):
    import random

    bundle = shutil.copytree(micro_bundle, tmp_path_factory.mktemp("damaged") / "bundle")
    data = bytearray((bundle / name).read_bytes())
    if truncate:
        data = data[: int(len(data) * where)]
    else:
        rng = random.Random(seed)
        for _ in range(flips):
            i = rng.randrange(len(data))
            data[i] = (data[i] + rng.randrange(1, 256)) % 256  # always a different byte
    (bundle / name).write_bytes(bytes(data))
    if name == "card.json" and _same_json(bytes(data), (micro_bundle / name).read_bytes()):
        # only spacing changed: the card still says the same, so the bundle must still work, and answer the same
        assert Starmind(bundle).ask("what colour is the sky") == Starmind(micro_bundle).ask("what colour is the sky")
        return
    with pytest.raises(ModelError, match=name.replace(".", r"\.")):
        Starmind(bundle).ask("what colour is the sky")


def _same_json(one: bytes, other: bytes) -> bool:
    try:
        return json.loads(one) == json.loads(other)
    except ValueError:
        return False


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(["hello", "what is 3 times 4", "turn left", "tell me a story", "my dog is sad"]), min_size=2, max_size=2
    )
)
def test_two_threads_streaming_at_once_give_the_serial_answers(brain, questions):
    expected = ["".join(brain.stream(q)) for q in questions]
    got = ["", ""]

    def read(i):
        for piece in brain.stream(questions[i]):
            got[i] += piece

    threads = [threading.Thread(target=read, args=(i,)) for i in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert got == expected


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_cleaning_twice_changes_nothing(text):
    """Else a remembered fact would be "repaired" on every load."""
    from starmind_edge.text import clean

    once = clean(text, 200)
    assert clean(once, 200) == once and len(once) <= 200
