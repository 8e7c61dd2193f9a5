import json

import pytest

from starmind_edge.errors import MemoryFileError
from starmind_edge.memory import MAX_FACTS, Memory


def test_facts_are_kept_in_a_file_across_runs(tmp_path):
    path = tmp_path / "facts.json"
    Memory(path).add("My dog is called Rex")
    assert Memory(path).facts == ["My dog is called Rex."]
    assert json.loads(path.read_text()) == {"facts": ["My dog is called Rex."]}


def test_forget_clears_the_file(tmp_path):
    path = tmp_path / "facts.json"
    memory = Memory(path)
    memory.add("I am 8 years old.")
    memory.clear()
    assert Memory(path).facts == []


def test_empty_facts_are_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="nothing to remember"):
        Memory().add("   ")


def test_repeated_facts_are_kept_once_and_the_list_is_bounded():
    memory = Memory()
    memory.add("I like red.")
    memory.add("I like red.")
    assert memory.facts == ["I like red."]
    for i in range(MAX_FACTS + 5):
        memory.add(f"Fact number {i}.")
    assert len(memory.facts) == MAX_FACTS and memory.facts[-1] == f"Fact number {MAX_FACTS + 4}."


def test_a_corrupt_file_is_named_and_left_untouched(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text('{"facts": ["half a fi')
    with pytest.raises(MemoryFileError, match="facts.json"):
        Memory(path)
    assert path.read_text() == '{"facts": ["half a fi'


def test_a_wrong_shaped_file_is_refused(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text('["not", "a", "memory"]')
    with pytest.raises(MemoryFileError, match="not a Starmind memory file"):
        Memory(path)


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "facts.json"
    memory = Memory(path)
    memory.add("My cat is called Tom.")

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("starmind_edge.memory.os.replace", crash)
    with pytest.raises(OSError):
        memory.add("My fish is called Bob.")
    assert json.loads(path.read_text()) == {"facts": ["My cat is called Tom."]}
    assert [p.name for p in tmp_path.iterdir()] == ["facts.json"]  # no temporary file left behind
