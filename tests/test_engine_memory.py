"""The engine's memory savings (issue 12) change nothing it computes: signatures whose inputs are the interpreter's
own tensors give the same logits, bit for bit, as LiteRT's signature runner, however conversations interleave; the
model file's pages are let go once loaded; and answering a question adds little to the memory a loaded brain holds."""

import subprocess
import sys

import numpy as np
import pytest

from starmind_edge.bundle import default_bundle
from starmind_edge.engine import Engine, _CopyingSignature, _Signature

MODEL = default_bundle() / "model.tflite"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self")


@pytest.fixture(scope="module")
def engines():
    ours = Engine(MODEL)
    plain = Engine(MODEL)
    plain._prefill = _CopyingSignature(plain.interpreter, "prefill", plain.cache_names)
    plain._decode = _CopyingSignature(plain.interpreter, "decode", plain.cache_names)
    return ours, plain


def test_litert_signatures_are_bound_in_place(engines):
    ours, _ = engines
    assert isinstance(ours._prefill, _Signature) and isinstance(ours._decode, _Signature)


def test_interleaved_conversations_give_the_signature_runners_logits_bit_for_bit(engines):
    ours, plain = engines
    rng = np.random.default_rng(12)
    prompts = [[1, *rng.integers(5, ours.vocab_size, n).tolist()] for n in (3, ours.chunk + 9, 2 * ours.chunk + 1)]
    pairs = [(ours.new_cache(), plain.new_cache()) for _ in prompts]
    last = []
    for (mine, theirs), prompt in zip(pairs, prompts, strict=True):  # each prefill leaves the other caches' rows
        a, b = ours.prefill(prompt, mine), plain.prefill(prompt, theirs)
        assert np.array_equal(a, b)
        last.append(a)
    for step in range(60):  # decode the three in a random order, so each signature keeps switching caches
        i = int(rng.integers(len(pairs)))
        mine, theirs = pairs[i]
        token = int(np.argmax(last[i]))
        a, b = ours.decode(token, mine), plain.decode(token, theirs)
        assert np.array_equal(a, b), f"step {step}, conversation {i}"
        last[i] = a
    fresh = ours.new_cache(), plain.new_cache()  # a new conversation after longer ones: no rows of theirs linger
    assert np.array_equal(ours.prefill([1, 7, 8], fresh[0]), plain.prefill([1, 7, 8], fresh[1]))
    for mine, theirs in pairs:
        assert all(np.array_equal(mine.arrays[n], theirs.arrays[n]) for n in ours.cache_names)


def test_whatever_the_interpreters_memory_held_before_is_cleared(engines):
    """The interpreter's input tensors may be heap memory that held something else (NaNs here): the graph must still
    see zeros past the cache's rows, as it does when the signature runner copies a whole cache in."""
    _, plain = engines
    dirty = Engine(MODEL)
    for key in ("prefill", "decode"):
        for name in dirty.cache_names:
            getattr(dirty, f"_{key}")._inputs[name][...] = np.nan
        setattr(dirty, f"_{key}", _Signature(dirty.interpreter, key, dirty.cache_names))  # binds the dirty memory
    mine, theirs = dirty.new_cache(), plain.new_cache()
    a, b = dirty.prefill([1, 5, 6, 7], mine), plain.prefill([1, 5, 6, 7], theirs)
    assert np.array_equal(a, b)
    for _ in range(5):
        token = int(np.argmax(a))
        a, b = dirty.decode(token, mine), plain.decode(token, theirs)
        assert np.array_equal(a, b)


def test_logits_returned_are_copies(engines):
    ours, _ = engines
    cache = ours.new_cache()
    first = ours.prefill([1, 5, 6], cache)
    kept = first.copy()
    ours.decode(int(np.argmax(first)), cache)
    assert np.array_equal(first, kept)  # the next call did not write over them


@linux_only
def test_the_model_files_pages_are_let_go_once_loaded():
    Engine(MODEL)  # lets go of every mapping of the file in this process, other engines' too
    resident, name = 0, None
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            head = line.split()
            if head and "-" in head[0] and not head[0].endswith(":"):
                name = head[5] if len(head) > 5 else None
            elif head and head[0] == "Rss:" and name == str(MODEL.resolve()):
                resident += int(head[1]) * 1024
    assert resident < MODEL.stat().st_size / 4


@linux_only
def test_answering_adds_little_to_a_loaded_brains_memory(tmp_path):
    """Before issue 12 the first answer added 8 MB (every call copied the whole key/value cache into the
    interpreter, which touched all of it); now only the rows in use are touched."""
    code = (
        "from starmind_edge import Starmind\n"
        "def peak():\n"
        "    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) / 1024\n"
        "brain = Starmind()\n"
        "loaded = peak()\n"
        "brain.ask('why is the sky blue?')\n"
        "print(peak() - loaded)\n"
    )
    env = {"STARMIND_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    assert float(run.stdout.split()[-1]) < 4.0


def test_sqlite_is_loaded_only_when_there_are_facts_to_look_up(tmp_path):
    """The shipped bundle has no encyclopedia: until a class teaches a fact, SQLite (0.9 MB) stays out of memory;
    the first learn() loads it, and the fact is looked up."""
    code = (
        "import sys\n"
        "from starmind_edge import Starmind\n"
        "brain = Starmind()\n"
        "brain.ask('why is the sky blue?')\n"
        "print('sqlite3' in sys.modules)\n"
        "brain.learn('A zorblat is a blue bird that sings at night.')\n"
        "print('sqlite3' in sys.modules, [hit.text for hit in brain.look_up('what is a zorblat')])\n"
    )
    env = {"STARMIND_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    before, after = run.stdout.splitlines()[-2:]
    assert before == "False"
    assert after == "True ['A zorblat is a blue bird that sings at night.']"
