import json
import os
import stat

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


def test_temporary_files_left_by_killed_writes_are_removed_on_load(tmp_path):
    path = tmp_path / "facts.json"
    Memory(path).add("My cat is called Tom.")
    gone = tmp_path / ".memory-999999999-dead.tmp"  # its writer (no such process) was killed mid-write
    old = tmp_path / ".memory-abc123.tmp"  # left by an older version, long ago
    busy = tmp_path / f".memory-{os.getppid()}-busy.tmp"  # a program that is still running may be writing this
    for file in (gone, old, busy):
        file.write_text('{"facts": ["half')
    os.utime(old, (0, 0))
    assert Memory(path).facts == ["My cat is called Tom."]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["facts.json", busy.name])


def test_a_symlinked_memory_file_stays_a_symlink_and_keeps_its_mode(tmp_path):
    real = tmp_path / "shared" / "class-facts.json"
    real.parent.mkdir()
    Memory(real).add("Our class pet is a hamster.")
    real.chmod(0o644)
    link = tmp_path / "facts.json"
    link.symlink_to(real)
    Memory(link).add("Our teacher is Mr Khan.")
    assert link.is_symlink() and stat.S_IMODE(real.stat().st_mode) == 0o644
    assert Memory(real).facts == ["Our class pet is a hamster.", "Our teacher is Mr Khan."]


def test_a_new_memory_file_gets_the_usual_mode(tmp_path):
    Memory(tmp_path / "facts.json").add("I like red.")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "facts.json").stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_write_killed_at_any_moment_leaves_a_file_that_loads(tmp_path):
    """100 times: a child process writes facts in a loop and is killed at a random moment. The file always loads,
    holds every fact the child had finished writing before the last one, and no temporary file survives a load."""
    import random
    import signal
    import time

    path = tmp_path / "facts.json"
    rng = random.Random(0)
    for round_ in range(100):
        written = tmp_path / f"written-{round_}"
        pid = os.fork()
        if pid == 0:  # the child: write until killed, noting each fact after its write returned
            try:
                memory = Memory(path)
                for i in range(10_000):
                    memory.add(f"Round {round_} fact {i}.")
                    written.write_text(str(i))
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.001, 0.02))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        facts = Memory(path).facts  # never a MemoryFileError
        if written.exists() and (done := written.read_text()):
            assert f"Round {round_} fact {done}." in facts
        assert not list(tmp_path.glob(".memory-*.tmp"))
        written.unlink(missing_ok=True)
