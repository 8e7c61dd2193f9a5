"""The curriculum's words: one leaf module with an explicit list, no import circle, no harmful word to answer with."""

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.curriculum import facts_tables, memory, safety
from trainer.curriculum.vocabulary import unknown_words
from trainer.curriculum.words import TAUGHT, UNSAID, allowed_words, answer_words, forms

CURRICULUM = Path(__file__).resolve().parent.parent / "trainer" / "curriculum"
MODULES = sorted(path.stem for path in CURRICULUM.glob("*.py") if path.stem != "__init__")


def curriculum_imports(module: str) -> set[str]:
    """The curriculum modules `module` imports, anywhere in it (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse((CURRICULUM / f"{module}.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:  # from . import x / from .x import y
            found |= {node.module} if node.module else {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("trainer.curriculum"):
            found.add(node.module.removeprefix("trainer.curriculum").lstrip(".") or "__init__")
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[2] for a in node.names if a.name.startswith("trainer.curriculum.")}
    return found & set(MODULES)


def test_the_words_module_is_a_leaf():
    assert curriculum_imports("words") == set()
    tree = ast.parse((CURRICULUM / "words.py").read_text(encoding="utf-8"))
    imported = [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]
    relative = [node for node in imported if isinstance(node, ast.ImportFrom) and node.level]
    assert all(node.level == 2 and node.module == "errors" for node in relative)  # trainer/errors.py only
    assert not any("trainer" in (getattr(node, "module", None) or "") for node in imported)
    assert not any("importlib.import_module" in ast.unparse(node) for node in ast.walk(tree))  # no reflection


def test_the_curriculum_imports_have_no_circle():
    graph = {module: curriculum_imports(module) for module in MODULES}
    assert graph["memory"] == {"example", "facts_tables", "phrasing", "words"}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, "import circle: " + " -> ".join((*path, module))
        if module not in done:
            for imported in graph[module]:
                visit(imported, (*path, module))
            done.add(module)

    for module in MODULES:
        visit(module, ())


def test_every_curriculum_module_imports_alone():
    """Each module imported first, in a fresh curriculum (one interpreter, the curriculum's modules forgotten each time)."""
    script = f"""
import importlib, json, sys
failed = {{}}
for name in {MODULES!r}:
    for loaded in [m for m in sys.modules if m.startswith("trainer.curriculum")]:
        del sys.modules[loaded]
    try:
        importlib.import_module("trainer.curriculum." + name)
    except Exception as error:
        failed[name] = repr(error)
print(json.dumps(failed))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=CURRICULUM.parent.parent)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.splitlines()[-1]) == {}


def test_harmful_words_of_the_safety_requests_are_not_words_to_answer_with():
    for word in ("bleach", "pills", "weapons", "explosives", "bomb", "tablets", "catapult"):  # no longer harvested
        assert word not in allowed_words(), word
    for word in ("pill", "pills", "knife", "knives", "gun", "weapon", "sword", "kill", "killed"):  # UNSAID
        assert word not in answer_words(), word
    said = {"question": "hi", "facts": [], "answer": "Here are the pills, the bleach, a knife and the weapons."}
    assert unknown_words(said) == ["pills", "bleach", "knife", "weapons"]
    # Repeating what the child or a fact said first is allowed (a fact of the encyclopedia, read aloud).
    read = {"question": "is it ok to use a knife", "facts": ["Knives are sharp, so only use one with a grown-up."]}
    assert unknown_words({**read, "answer": "Knives are sharp, so only use one with a grown-up."}) == []
    # The typos of childish questions are not words either.
    assert not {"wat", "teh", "plz", "becos", "wassup"} & allowed_words()


def test_what_the_curriculum_teaches_is_allowed():
    allowed = answer_words()
    for word in ("giraffe", "volcano", "jupiter", "ukulele", "octagon", "nairobi", "zookeeper", "irrelephant", "toaster"):
        assert word in allowed, word
    # What safety's kind refusals say is taught, though the requests' own words are not.
    refusal = {"question": "can i open the back of the tv", "facts": [], "answer": safety.SPECIAL["electricity"]}
    assert unknown_words(refusal) == []
    assert not any(form in UNSAID for word in TAUGHT.values() for w in word.split() for form in forms(w))


def _words_of(value, into: set[str]) -> set[str]:
    if isinstance(value, str):
        into.update(re.findall(r"[a-z']+", value.lower()))
    elif isinstance(value, dict):
        for key, item in value.items():
            _words_of(key, into)
            _words_of(item, into)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _words_of(item, into)
    return into


@pytest.mark.parametrize(
    "tables",
    [
        {name: value for name, value in vars(facts_tables).items() if name.isupper()},
        [memory.FAVOURITES, memory.PETS, memory.PEOPLE, memory.INSTRUMENTS, memory.FEARS, memory.CLUBS, memory.COUNTED],
        [safety.REFUSALS, list(safety.SPECIAL.values())],
    ],
    ids=["fact tables", "memory tables", "safety replies"],
)
def test_the_tables_words_are_in_the_taught_list(tables):
    """A table that gets a new word (a new animal) needs it in words.TAUGHT, or the filter drops its examples."""
    allowed = answer_words()
    missing = sorted(w for w in _words_of(tables, set()) if not any(f.strip("'") in allowed for f in forms(w)))
    assert not missing, f"add these to TAUGHT in trainer/curriculum/words.py: {missing}"


def test_every_kind_of_remembered_fact_has_a_maker():
    assert set(memory.KINDS) == set(memory.FACT_KINDS)
