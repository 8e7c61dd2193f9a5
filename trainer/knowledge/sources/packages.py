"""Facts from three small packages, each fact with its own source id.

* "meaningull" (PyPI meaningull 1.0.0, MIT, Kedar Page): word meanings written for children, and the opposites two
  words give of each other.
* "bsdgames" (Debian bsdgames quiz files, BSD-3-Clause, The Regents of the University of California): what baby
  animals, groups of animals and male and female animals are called. Its capitals are left to `countries`.
* "dict-elements" (Debian dict-elements, public domain, Jay Kominek's Elements database): the chemical symbol and
  number of the elements a child may hear of.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sqlite3
from collections.abc import Iterator
from importlib.resources import files

import inflect
from wordfreq import zipf_frequency

from ...curriculum.phrasing import childify
from ...curriculum.vocabulary import allowed_words
from ..collect import APT_FILES, COMMON_ZIPF
from ..fact import Fact

WORDS = inflect.engine()

MEANINGULL_DB = files("meaningull") / "data" / "words.db"
MEANING_KINDS = {"adjective", "adverb", "noun", "verb", "phrase", "preposition", "preposition phrase", "interjection"}
# Entries that tell how a word is used, not what it means ("shows result", "used when starting a list").
NOT_MEANINGS = re.compile(r"^(shows|adds|used|gives|refers|asks|means) |\(")
MASS_NOUNS = {"corn", "gold", "glass"}  # "Gold is a shiny yellow metal.", not "A gold is ..."
NOT_WORDS = {"similarly"}  # "in a same way"
NOT_OPPOSITES = {frozenset(pair.split("/")) for pair in "already/still drink/eat guess/know certainly/maybe".split()}
BRITISH = [(r"\bcolor", "colour"), (r"\bgray\b", "grey")]

QUIZ = APT_FILES["bsdgames"]
# The groups a child may meet, as the collectives file names them (its "murder" of crows and people words are left out).
KID_COLLECTIVES = {
    *"ants bananas bears bees buffaloes cats cattle chickens dogs elephants ferrets fish foxes goats grapes hens".split(),
    *"jellyfish kangaroos kittens leopards lions monkeys mountains owls people ponies pups ravens rhinoceroses".split(),
    *"seals sheep ships starlings stars toads turkeys whales wolves".split(),
    "geese in flight",
    "geese on water",
}
NOT_ANIMALS = {"grapes", "bananas", "mountains", "people", "ships", "stars"}
# The animal of each male:female pair in the sexes file ("{}" takes "male", "female", "boy" or "girl").
SEXES = {
    "boar": "{} pig",
    "buck": "{} deer",
    "cob": "{} swan",
    "colt": "young {} horse",
    "drake": "{} duck",
    "gander": "{} goose",
    "jack": "{} donkey",
    "ram": "{} sheep",
    "rooster": "{} chicken",
    "stallion": "{} horse",
}
PEOPLE_SEXES = {"duke", "gentleman", "lad", "monk", "prince"}
NOT_GROUP_WORDS = {"hill"}  # an ant hill is a home, not a group
BABY_SKIP = {("kitten", "fox"), ("kitten", "panther"), ("kid", "antelope")}  # their babies are cubs and calves

ELEMENTS_DICT = APT_FILES["dict-elements"]
KID_ELEMENTS = """hydrogen helium lithium boron carbon nitrogen oxygen fluorine neon sodium magnesium aluminum silicon
    phosphorus sulphur chlorine argon potassium calcium titanium chromium iron cobalt nickel copper zinc krypton silver
    tin iodine xenon tungsten platinum gold mercury lead radon radium uranium plutonium""".split()
BRITISH_ELEMENTS = {"aluminum": "aluminium"}


def ask(forms: list[str], seed: str) -> str:
    """One of `forms` as a child might type it, the same every run."""
    rng = random.Random(seed)
    return childify(rng.choice(forms), rng, noisy=False)


def known(words: str) -> bool:
    """Whether a child may know every word: kid vocabulary or common English."""
    return all(w in allowed_words() or zipf_frequency(w, "en") >= COMMON_ZIPF for w in words.split())


def british(text: str) -> str:
    for pattern, spelling in BRITISH:
        text = re.sub(pattern, spelling, text)
    return text


# --- meaningull --------------------------------------------------------------------------------------------------


def meaningull_rows() -> list[tuple[str, str, str, list[str]]]:
    """(word, part of speech, meaning, antonyms) for each word, easy and medium ones only."""
    with sqlite3.connect(f"file:{MEANINGULL_DB}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT word, part_of_speech, meaning, antonyms FROM words WHERE difficulty != 'hard'")
        return [
            (british(word), kind, british(meaning), json.loads(antonyms))
            for word, kind, meaning, antonyms in rows
            if word not in NOT_WORDS
        ]


def meaning_sentence(word: str, kind: str, meaning: str) -> str:
    """ "brave", "not afraid" -> "Brave means not afraid."; "bed", "something you sleep on" -> "A bed is ..."."""
    if kind == "interjection":
        text = f"{word} {meaning}." if meaning.startswith("shows") else f"{word} is {meaning}."
    elif kind == "noun" and word in MASS_NOUNS:
        text = f"{word} is {meaning}."
    elif kind == "noun" and re.match(r"(a|an|something|part|one of) ", meaning):
        text = f"{WORDS.a(word)} is {meaning}."
    elif kind == "noun" and meaning.startswith("the "):
        text = f"the {word} is {meaning}."
    else:
        text = f"{word} means {meaning}."
    return text[:1].upper() + text[1:]


def meaningull_facts() -> Iterator[Fact]:
    rows = meaningull_rows()
    for word, kind, meaning, _ in rows:
        if kind in MEANING_KINDS and not NOT_MEANINGS.search(meaning):
            forms = [f"What does {word} mean?", f"What is the meaning of {word}?", f"What does the word {word} mean?"]
            if kind == "noun":
                forms.append(f"What is {WORDS.a(word)}?")
            text = meaning_sentence(word, kind, meaning)
            yield Fact(text, "words", "meaningull", word, ask(forms, text))
    antonyms = {word: set(opposites) for word, _, _, opposites in rows}
    for word, opposites in antonyms.items():
        for other in sorted(opposites):
            if word in antonyms.get(other, ()) and known(other) and frozenset((word, other)) not in NOT_OPPOSITES:
                text = f"The opposite of {word} is {other}."
                forms = [f"What is the opposite of {word}?", f"What's the opposite of {word}?", f"Opposite of {word}?"]
                yield Fact(text, "words", "meaningull", word, ask(forms, text))


# --- bsdgames ----------------------------------------------------------------------------------------------------


def quiz_pairs(name: str) -> Iterator[tuple[list[str], list[str]]]:
    """The two sides of each line of a quiz file, each split at "|"; lines with {optional} or [choice] parts are left."""
    for line in (QUIZ / name).read_text(encoding="utf-8").splitlines():
        if line and not re.search(r"[{}\[\]]", line):
            left, right = line.split(":")[:2]
            yield left.split("|"), right.split("|")


def common(words: list[str]) -> str:
    """ "a colt or a foal": the choices a child may know ("" when none: "a clowder" of cats)."""
    return " or ".join(WORDS.a(w) for w in words if known(w) and w not in NOT_GROUP_WORDS)


def baby_facts() -> Iterator[Fact]:
    for babies, adults in quiz_pairs("babies"):
        for adult in adults:
            if (babies[0], adult) in BABY_SKIP or not common(babies):
                continue
            text = f"A baby {adult} is called {common(babies)}."
            forms = [f"What is a baby {adult} called?", f"What do you call a baby {adult}?"]
            yield Fact(text, "animals", "bsdgames", adult, ask(forms, text))


def collective_facts() -> Iterator[Fact]:
    seen = set()
    for groups, names in quiz_pairs("collectives"):
        for group in groups:
            if group not in KID_COLLECTIVES or group in seen or not common(names):
                continue
            seen.add(group)
            text = f"A group of {group} is called {common(names)}."
            forms = [f"What is a group of {group} called?", f"What do you call a group of {group}?"]
            yield Fact(text, "words" if group in NOT_ANIMALS else "animals", "bsdgames", group, ask(forms, text))


def sex_facts() -> Iterator[Fact]:
    for males, females in quiz_pairs("sexes"):
        male, female = males[0], females[0]
        if male in SEXES:
            animal = SEXES[male]
            for sex, kid_sex, word in (("male", "boy", male), ("female", "girl", female)):
                if not known(word):
                    continue
                text = f"A {animal.format(sex)} is called a {word}."
                forms = [f"What is a {animal.format(sex)} called?", f"What do you call a {animal.format(kid_sex)}?"]
                yield Fact(text, "animals", "bsdgames", animal.format("").split()[-1], ask(forms, text))
        elif male in PEOPLE_SEXES:
            text = f"{female.capitalize()} is the girl word for {male}."
            forms = [f"What is a girl {male} called?", f"What is the girl word for {male}?"]
            yield Fact(text, "words", "bsdgames", male, ask(forms, text))


# --- dict-elements -----------------------------------------------------------------------------------------------


def elements() -> dict[str, tuple[str, int]]:
    """Element name -> (symbol, atomic number), from the dictd database."""
    text = gzip.decompress(ELEMENTS_DICT.read_bytes()).decode("latin-1")
    found = re.findall(r"^(\w+)\nSymbol: (\w+)\nAtomic number: (\d+)", text, flags=re.MULTILINE)
    return {name: (symbol, int(number)) for name, symbol, number in found}


def element_facts() -> Iterator[Fact]:
    table = elements()
    for name in KID_ELEMENTS:
        symbol, number = table[name]
        name = BRITISH_ELEMENTS.get(name, name)
        for text, forms in [
            (
                f"The chemical symbol for {name} is {symbol}.",
                [f"What is the symbol for {name}?", f"What is the chemical symbol of {name}?", f"What element is {symbol}?"],
            ),
            (
                f"{name.capitalize()} is element number {number}.",
                [f"What number element is {name}?", f"What is element {number}?"],
            ),
        ]:
            yield Fact(text, "science", "dict-elements", name, ask(forms, text))


def facts() -> Iterator[Fact]:
    yield from meaningull_facts()
    yield from baby_facts()
    yield from collective_facts()
    yield from sex_facts()
    yield from element_facts()
