"""Gather the kid encyclopedia from its sources into `facts.csv`: checked, de-duplicated and sorted.

    pip install -e ".[knowledge]" && sudo apt-get install wordnet-base wordnet-sense-index bsdgames dict-elements
    python -m trainer knowledge-facts

Every fact passes the same checks, whatever its source: one short sentence, no blocked word, kid vocabulary (the
curriculum's word list, common English words, names and the fact's own subject), a known topic and source. The CSV
is committed: the bundle's knowledge base is built from it with the standard library alone (`python -m trainer all`).
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from starmind_edge.blocklist import contains_blocked

from ..errors import TrainerError
from .fact import SOURCES, TOPICS, Fact
from .sources.wordnet import WORDNET

# What the sources read besides facts.csv's own folder: files from Debian packages, and Python packages (".[knowledge]").
APT_FILES = {
    "wordnet-base": WORDNET / "data.noun",
    "wordnet-sense-index": WORDNET / "index.sense",  # how often each sense is used: picks a word's everyday meaning
    "bsdgames": Path("/usr/share/games/bsdgames/quiz"),
    "dict-elements": Path("/usr/share/dictd/elements.dict.dz"),
}
PIP_MODULES = ["countryinfo", "meaningull", "wordfreq", "inflect", "textstat"]

FACTS_CSV = Path(__file__).resolve().parent / "facts.csv"
COLUMNS = ["text", "topic", "source", "subject", "keys", "question"]
SOURCE_MODULES = ["tables", "generated", "countries", "wordnet", "packages", "handwritten"]
MAX_CHARS = 160  # one short sentence; a remembered fact may be 200
MAX_UNCOMMON = 2  # words a fact may use beyond the kid word list, names and its subject
COMMON_ZIPF = 3.3  # wordfreq's scale: 3.3 is about once in 500,000 words ("nectar" 2.9, "volcano" 3.5)
_WORD = re.compile(r"[A-Za-z][a-z']*")

# Words a child may use for a fact's relation that its text lacks, searched beside the text (the `keys` column).
RELATION_KEYS = [
    (r" is the capital( city)? of |^The capital( city)? of ", "capital city"),
    (r" is (a country )?in (Africa|Asia|Europe|North America|South America|Oceania|Antarctica)", "continent where"),
    (r"^People in .* speak ", "language speak talk"),
    (r"^The money ", "money currency"),
    (r" is next to | borders ", "border neighbour next"),
    (r"opposite of ", "opposite"),
    (r" means ", "mean meaning word"),
    (r" kinds? of ", "kind type sort"),
    (r" (says|goes|makes a sound|sound)", "sound noise say"),
    (r"[Bb]aby | young ", "baby young called"),
    (r" lives? (in|on|under)|home", "live home where"),
    (r" eats? ", "eat food"),
    (r" legs", "legs"),
    (r" made (from|of)| comes? from ", "made from"),
    (r"chemical symbol", "symbol element"),
    (r" (even|odd) number", "odd even number"),
    (r" sides", "sides corners shape"),
    (r" days", "days long"),
]


def normal(text: str) -> str:
    """One sentence: ASCII letters (é -> e), single spaces, a capital first letter and a full stop at the end."""
    text = " ".join(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().split())
    if text and text[-1] not in ".!?":
        text += "."
    return text[:1].upper() + text[1:]


@cache
def _kid_words() -> frozenset[str]:
    from ..curriculum.vocabulary import allowed_words

    return allowed_words()


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # only needed to regenerate the CSV

    return zipf_frequency(word, "en")


def uncommon_words(fact: Fact) -> list[str]:
    """The fact's words that are not kid vocabulary, a number, a name (a capital inside the sentence) or its subject."""
    from ..curriculum.vocabulary import _forms

    kid, subject = _kid_words(), set(fact.subject.lower().split())
    out = []
    for i, word in enumerate(_WORD.findall(fact.text)):
        low = word.lower()
        if (i and word[0].isupper()) or low in subject or any(f.strip("'") in kid for f in _forms(low)):
            continue
        out.append(low)
    return out


def problem(fact: Fact) -> str | None:
    """Why a fact may not go into the encyclopedia, or None when it may."""
    if fact.topic not in TOPICS:
        return "unknown topic"
    if fact.source not in SOURCES:
        return "unknown source"
    if not fact.text or len(fact.text) > MAX_CHARS:
        return "too long"
    if re.search(r"[.!?] [A-Z]", fact.text) or not re.fullmatch(r"[A-Za-z0-9 ,.'!?:;()%/-]+", fact.text):
        return "not one plain sentence"
    if contains_blocked(fact.text) or contains_blocked(fact.question):
        return "blocklist"
    uncommon = uncommon_words(fact)
    if len(uncommon) > MAX_UNCOMMON or any(_zipf(w) < COMMON_ZIPF for w in uncommon):
        return "not kid vocabulary"
    return None


def relation_keys(text: str) -> str:
    return " ".join(keys for pattern, keys in RELATION_KEYS if re.search(pattern, text))


def tidy(fact: Fact) -> Fact:
    text = normal(fact.text)
    keys = " ".join(dict.fromkeys(f"{fact.keys} {relation_keys(text)}".lower().split()))
    question = " ".join(fact.question.split())
    return Fact(text, fact.topic, fact.source, " ".join(fact.subject.split()), question, keys)


def gather(facts: Iterable[Fact], dropped: Counter) -> list[Fact]:
    """Tidy and check `facts`; keep the first of each text (with the search words of all); sorted by topic, text."""
    kept: dict[str, Fact] = {}
    for fact in map(tidy, facts):
        reason = problem(fact)
        first = kept.get(fact.text.lower())
        if reason is None and first is not None:
            reason = "duplicate"  # the first source keeps it, with the other's search words too
            keys = " ".join(dict.fromkeys(f"{first.keys} {fact.keys}".split()))
            kept[fact.text.lower()] = Fact(first.text, first.topic, first.source, first.subject, first.question, keys)
        if reason:
            dropped[f"{fact.source}: {reason}"] += 1
            continue
        kept[fact.text.lower()] = fact
    return sorted(kept.values(), key=lambda f: (f.topic, f.text.lower()))


def all_sources() -> Iterable[Fact]:
    for name in SOURCE_MODULES:
        yield from importlib.import_module(f"{__package__}.sources.{name}").facts()


def write_csv(facts: list[Fact], path: Path = FACTS_CSV) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([getattr(f, c) for c in COLUMNS] for f in facts)


def read_csv(path: Path = FACTS_CSV) -> list[Fact]:
    with open(path, encoding="utf-8", newline="") as src:
        return [Fact(**row) for row in csv.DictReader(src)]


def check_sources() -> None:
    """Say, before any work, which packages the sources need and lack, and the command that installs them."""
    apt = [package for package, file in APT_FILES.items() if not file.exists()]
    pip = [name for name in PIP_MODULES if importlib.util.find_spec(name) is None]
    needs = ([f"sudo apt-get install {' '.join(apt)}"] if apt else []) + (['pip install -e ".[knowledge]"'] if pip else [])
    if needs:
        lacking = ", ".join([*(f"{p} ({APT_FILES[p]})" for p in apt), *pip])
        raise TrainerError(f"knowledge-facts reads packages this machine lacks: {lacking}. Install them: {' && '.join(needs)}")


def main(path: Path = FACTS_CSV) -> None:
    from .kb import ENGLISH

    check_sources()
    dropped: Counter = Counter()
    facts = gather(all_sources(), dropped)
    write_csv(facts, path)
    ENGLISH.write_text("\n".join(english_list()) + "\n", encoding="utf-8")
    print(f"{len(facts)} facts -> {path}")
    for label, counts in (("source", Counter(f.source for f in facts)), ("topic", Counter(f.topic for f in facts))):
        print(f"\n| {label} | facts |\n|---|---:|")
        for name, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(f"| {name} | {n} |")
    print("\ndropped:", dict(sorted(dropped.items())))


def english_list() -> list[str]:
    """English words to tell a typo or a made-up word from a real one: WordNet's single-word lemmas (Debian
    wordnet-base) and the kid word list."""
    words = set(_kid_words())
    for part in ("noun", "verb", "adj", "adv"):
        for line in open(WORDNET / f"index.{part}", encoding="utf-8"):
            lemma = line.split(" ", 1)[0]
            if not line.startswith(" ") and lemma.isalpha() and lemma.islower():
                words.add(lemma)
    return sorted(w for w in words if w.isalpha())
