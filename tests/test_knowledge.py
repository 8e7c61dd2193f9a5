"""The kid encyclopedia: building it, finding facts in it, learning facts into a file of one's own."""

import os
import shutil
import sqlite3
import stat
import subprocess
import sys

import pytest

from starmind_edge import Starmind, knowledge
from starmind_edge.errors import InputError, MemoryFileError, ModelError
from starmind_edge.learned import LearnedFacts, read_facts
from starmind_edge.retrieval import Retriever
from trainer.knowledge.kb import build as build_kb
from trainer.knowledge.kb import english_words

FACTS = [
    ("The capital of France is Paris.", "countries", "France", "capital city"),
    ("The capital of Austria is Vienna.", "countries", "Austria", "capital city"),
    ("The capital of Australia is Canberra.", "countries", "Australia", "capital city"),
    ("A spider has eight legs.", "animals", "spider", "legs"),
    ("A car has four wheels.", "vehicles", "car", ""),
    ("An elephant uses its long trunk to drink and to pick things up.", "animals", "elephant", ""),
    ("People wear shoes on their feet.", "home", "shoes", ""),
    ("A hamster keeps food in its cheeks.", "animals", "hamster", ""),
    ("Children have 20 baby teeth.", "body", "teeth", ""),
    ("A teacher helps children learn.", "jobs", "teacher", ""),
]


@pytest.fixture(scope="module")
def kb_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / knowledge.FILE
    rows = [{"text": t, "topic": topic, "source": "handwritten", "subject": s, "keys": k} for t, topic, s, k in FACTS]
    knowledge.build(path, rows, english_words())
    return path


@pytest.fixture(scope="module")
def retriever(kb_file):
    return Retriever([knowledge.open_read_only(kb_file)])


def test_the_shipped_csv_builds_the_same_file_twice(tmp_path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    info = build_kb(first)
    build_kb(second)
    assert first.read_bytes() == second.read_bytes()
    assert info["facts"] >= 10_000 and len(info["by_topic"]) >= 20
    assert info == knowledge.describe(second)


def test_knowledge_facts_names_each_package_it_lacks_before_any_work(tmp_path, monkeypatch, capsys):
    """Every Debian package the sources read is on the data card's install line; one missing is named, with the
    command that installs it, in one line and before facts.csv is touched."""
    import re

    from trainer.cli import main
    from trainer.knowledge import collect

    card = (collect.FACTS_CSV.parents[2] / "trainer" / "DATA_CARD.md").read_text(encoding="utf-8")
    [line] = re.findall(r"apt-get install ([\w -]+)", card)
    assert set(line.split()) == set(collect.APT_FILES), "the data card's apt-get line lists what knowledge-facts reads"
    monkeypatch.setitem(collect.APT_FILES, "wordnet-sense-index", tmp_path / "index.sense")
    monkeypatch.setattr(collect, "PIP_MODULES", [*collect.PIP_MODULES, "no_such_module_here"])
    before = collect.FACTS_CSV.stat().st_mtime_ns
    with pytest.raises(SystemExit) as stop:
        main(["knowledge-facts"])
    err = capsys.readouterr().err
    assert stop.value.code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "wordnet-sense-index" in err and "sudo apt-get install wordnet-sense-index &&" in err, err
    assert 'pip install -e ".[knowledge]"' in err and "no_such_module_here" in err
    assert collect.FACTS_CSV.stat().st_mtime_ns == before


@pytest.mark.parametrize(
    "question, fact",
    [
        ("wat is the captial of france", "The capital of France is Paris."),  # kid spelling and a typo
        ("capital of austria", "The capital of Austria is Vienna."),  # not Australia's
        ("how many legs does a spidr have", "A spider has eight legs."),
        ("how many wheels has a car got?", "A car has four wheels."),
        ("what do you wear on your feet", "People wear shoes on their feet."),
    ],
)
def test_the_answering_fact_is_found_first(retriever, question, fact):
    assert retriever.relevant(question)[0].text == fact


@pytest.mark.parametrize(
    "question",
    ["how many legs does a flurbonk have", "what is the capital of zantoria", "whats my teachers name", "hello", "5 + 3"],
)
def test_nothing_is_found_for_made_up_things_or_questions_the_facts_do_not_touch(retriever, question):
    assert retriever.relevant(question) == []


@pytest.mark.parametrize(
    "question",
    ["whats my hamster called", "what does my hamster like best", "how old is my teacher", "tell me my teachers name"],
)
def test_questions_only_the_child_can_answer_get_no_facts(retriever, question):
    """Facts about hamsters or teachers would only pull the answer away from what the child has told."""
    assert retriever.relevant(question) == []


@pytest.mark.parametrize(
    "question, fact",
    [
        ("how many baby teeth do i have", "Children have 20 baby teeth."),  # the child's body is everyone's
        ("i wonder what the capital of france is", "The capital of France is Paris."),  # "i wonder" is how, not whom
        ("my teacher asked us how many legs a spider has", "A spider has eight legs."),
        ("what does a hamster keep in its cheeks", "A hamster keeps food in its cheeks."),
    ],
)
def test_questions_asked_in_the_first_person_about_the_world_still_find_their_fact(retriever, question, fact):
    assert retriever.relevant(question)[0].text == fact


def test_a_damaged_or_missing_encyclopedia_in_a_bundle_is_named(bundle_copy):
    (bundle_copy / knowledge.FILE).write_bytes(b"x" * 1000)
    with pytest.raises(ModelError, match="knowledge.sqlite is damaged"):
        Starmind(bundle_copy, learned=None)
    (bundle_copy / knowledge.FILE).unlink()
    with pytest.raises(ModelError, match="no knowledge.sqlite, which its card lists"):
        Starmind(bundle_copy, learned=None)


def test_a_damaged_encyclopedia_file_is_named(tmp_path):
    bad = tmp_path / knowledge.FILE
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ModelError, match="knowledge.sqlite"):
        knowledge.open_read_only(bad)


def test_learned_facts_are_found_and_kept_in_their_own_file(tmp_path, kb_file):
    learned = LearnedFacts(tmp_path / "learned.sqlite")
    assert not (tmp_path / "learned.sqlite").exists()  # made at the first fact, not before
    assert learned.add("a snorglewump has nine legs") == ("A snorglewump has nine legs.", True)
    assert learned.add("A snorglewump has nine legs.")[1] is False  # the same fact is kept once
    again = LearnedFacts(tmp_path / "learned.sqlite")
    assert again.facts == ["A snorglewump has nine legs."]
    both = Retriever([knowledge.open_read_only(kb_file), again.con])
    hit = both.relevant("how many legs has a snorglewump got")[0]
    assert hit.text == "A snorglewump has nine legs." and hit.learned
    assert Retriever([again.con]).relevant("how many legs has a snorglewump got")[0].learned  # with no encyclopedia too
    assert again.remove("A SNORGLEWUMP has nine legs") and not again.remove("A snorglewump has nine legs.")
    assert Retriever([knowledge.open_read_only(kb_file), again.con]).relevant("how many legs has a snorglewump") == []


@pytest.mark.parametrize("fact, message", [("   ", "nothing to learn"), ("Crap is a kind of food.", "word I don't use")])
def test_a_fact_that_cannot_be_learned_says_why(tmp_path, fact, message):
    with pytest.raises(InputError, match=message):
        LearnedFacts(tmp_path / "learned.sqlite").add(fact)


def test_a_file_that_is_not_a_learned_facts_file_is_left_alone(tmp_path):
    other = tmp_path / "learned.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(MemoryFileError, match="has not been changed"):
        LearnedFacts(other)
    assert other.read_bytes() == before


def test_a_class_list_reads_from_csv_in_any_excel_encoding_or_text(tmp_path):
    (tmp_path / "a.csv").write_text("Topic,Fact\nbikes,A bike has two wheels.\nfood,Crème brûlée is a pudding.\n", "utf-16")
    (tmp_path / "b.txt").write_text("# our facts\nA bike has two wheels.\n\nMrs Patel is our head teacher.\n", "cp1252")
    assert read_facts(tmp_path / "a.csv") == ["A bike has two wheels.", "Crème brûlée is a pudding."]
    assert read_facts(tmp_path / "b.txt") == ["A bike has two wheels.", "Mrs Patel is our head teacher."]
    (tmp_path / "c.csv").write_text("question,answer\nhi,hello\n")
    with pytest.raises(InputError, match="column called 'fact'.*question, answer"):
        read_facts(tmp_path / "c.csv")


def test_a_read_only_install_still_learns(micro_bundle, kb_file, tmp_path):
    """The bundle (and its encyclopedia) may be read-only: learned facts go to the user's own file."""
    bundle = shutil.copytree(micro_bundle, tmp_path / "bundle")
    shutil.copy(kb_file, bundle / knowledge.FILE)
    import json

    from starmind_edge.bundle import write_card

    write_card(bundle, json.loads((bundle / "card.json").read_text()))
    for path in [bundle, *bundle.iterdir()]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        brain = Starmind(bundle, learned=tmp_path / "home" / "learned.sqlite")
        brain.learn("A snorglewump has nine legs.")
        first = brain.look_up("how many legs does a snorglewump have")[0]
        assert first.text == "A snorglewump has nine legs." and first.learned
        assert Starmind(bundle, learned=tmp_path / "home" / "learned.sqlite").learned == ["A snorglewump has nine legs."]
        assert Starmind(bundle, learned=None).learned == []  # None: only while the program runs
    finally:
        for path in [bundle, *bundle.iterdir()]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_knowledge_false_looks_nothing_up(micro_bundle):
    bundle = micro_bundle
    assert Starmind(bundle, learned=None).look_up("how many legs does a spider have")
    brain = Starmind(bundle, knowledge=False, learned=None)
    assert brain.look_up("how many legs does a spider have") == []
    with pytest.raises(InputError, match="knowledge=False"):
        brain.learn("A bike has two wheels.")


def test_a_python_without_full_text_search_answers_without_it(micro_bundle, monkeypatch, capsys):
    bundle = micro_bundle
    monkeypatch.setattr(knowledge, "has_fts5", lambda: False)  # the SQLite some odd Pythons are built with
    brain = Starmind(bundle, learned=None)
    assert "no full-text search (FTS5)" in capsys.readouterr().out
    assert brain.look_up("how many legs does a spider have") == []
    assert isinstance(brain.ask("how many legs does a spider have"), str)
    with pytest.raises(InputError, match="full-text search"):
        brain.learn("A bike has two wheels.")


def test_starmind_learn_teaches_a_class_list_and_unlearn_takes_one_back(micro_bundle, tmp_path, capsys):
    from starmind_edge.cli import main

    learned = str(tmp_path / "learned.sqlite")
    facts = tmp_path / "our facts.csv"
    facts.write_text("fact\nA snorglewump has nine legs.\nMrs Patel is our head teacher.\n\nDamn is a word.\n", "cp1252")
    common = ["--model", str(micro_bundle), "--learned", learned]
    assert main([*common, "learn", str(facts)]) == 1  # one fact could not be learned: said, the rest kept
    out, err = capsys.readouterr()
    assert "Learned 2 of 3 facts." in out and "fact 3: I can't learn that" in err
    assert main([*common, "learn", "A bike has two wheels"]) == 0
    assert main([*common, "learned"]) == 0
    assert capsys.readouterr().out.splitlines()[-4:] == [
        "A snorglewump has nine legs.",
        "Mrs Patel is our head teacher.",
        "A bike has two wheels.",
        "(3 learned facts)",
    ]
    assert main([*common, "unlearn", "a bike has two wheels"]) == 0
    assert main([*common, "unlearn", "a bike has two wheels"]) == 1
    assert "I never learned" in capsys.readouterr().err
    assert main([*common, "learn", str(tmp_path / "missing.csv")]) == 1
    assert "There is no file at" in capsys.readouterr().err


def test_sqlite_loaded_after_tensorflow_is_explained(micro_bundle, tmp_path):
    """TensorFlow carries an SQLite without full-text search; an sqlite3 loaded after it uses that one."""
    pytest.importorskip("tensorflow")
    code = (
        "import tensorflow\n"
        "from starmind_edge import Starmind\n"
        f"brain = Starmind({str(micro_bundle)!r}, learned=None)\n"
        "print(brain.knowledge)\n"
    )
    env = {**os.environ, "STARMIND_HOME": str(tmp_path), "TF_CPP_MIN_LOG_LEVEL": "3"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)
    assert run.returncode == 0, run.stderr
    assert "Put 'import sqlite3' above 'import tensorflow'" in run.stdout
    assert run.stdout.split()[-1] == "False"
