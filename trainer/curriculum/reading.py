"""Reading the encyclopedia: answer from the fact that the real retriever puts in the prompt, or say "I don't know".

Every example is built with the same retriever over the same knowledge base the runtime uses, so the other facts
beside the answer are the ones a child's question really brings up. Four kinds:

* answer: a child's question about a fact; the fact is among those found, in any place; the answer restates it;
* made up: the same with the fact's subject swapped for a made-up name ("A kolami has eight legs."), so the model
  must copy what it reads, not recall it; these are never false world facts, since the name is new;
* missing: the answering fact (and every fact about its subject) is taken out, leaving near misses such as
  Australia's capital for a question about Austria's: the answer is "I don't know"; a fact that holds every topic
  word of the question is never left as a near miss, since it may well answer it ("Long ago, many children did not
  go to school" for "did children go to school long ago");
* held out: a share of the encyclopedia's facts is never asked about here, to measure reading, not recall
  (`HELD_OUT_SHARE`, chosen by the fact's text, so the split is the same on every run).
"""

from __future__ import annotations

import hashlib
import random
import re
from functools import lru_cache
from pathlib import Path

from starmind_edge.knowledge import open_read_only
from starmind_edge.retrieval import KEEP_COVERAGE, Retriever

from ..knowledge.collect import read_csv
from ..knowledge.fact import Fact
from .example import Example
from .memory import made_up_name
from .phrasing import childify, pick

HELD_OUT_SHARE = 0.08
# Sources whose facts the other skills' templates do not teach: only these are held out.
READ_ONLY_SOURCES = {"handwritten", "wordnet", "countryinfo", "meaningull", "bsdgames", "dict-elements"}
KINDS = {"answer": 0.55, "made up": 0.2, "missing": 0.25}  # a "missing" draw with no near miss is an answer
WHOLE = 0.99  # a fact that covers this much of a question's topic words is no near miss
DONT_KNOW = ["I don't know.", "I don't know that, sorry.", "I'm not sure. I don't know that one."]


def held_out(fact: Fact) -> bool:
    """True for the facts never asked about in training (about 8% of those from the read-only sources)."""
    digest = hashlib.sha256(fact.text.lower().encode("utf-8")).digest()
    return fact.source in READ_ONLY_SOURCES and digest[0] < 256 * HELD_OUT_SHARE


def _about(subject: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(subject)}(e?s)?\b", re.IGNORECASE)


class Reader:
    """Makes reading examples from the facts that have a practice question, with `retriever` over the same facts."""

    def __init__(self, retriever: Retriever, facts: list[Fact]):
        self.retriever = retriever
        self.facts = [f for f in facts if f.question and not held_out(f)]
        self.swappable = [f for f in self.facts if f.subject and _about(f.subject).search(f.question)]
        self._look_up = lru_cache(maxsize=200_000)(self._found)

    @classmethod
    def over(cls, path: Path) -> Reader:
        """A reader of the encyclopedia file `path`, built from the committed facts.csv."""
        return cls(Retriever([open_read_only(path)]), read_csv())

    def generate(self, rng: random.Random) -> Example:
        kind = rng.choices(list(KINDS), list(KINDS.values()))[0]
        if kind == "made up":
            return self._made_up(rng, pick(rng, self.swappable))
        fact = pick(rng, self.facts)
        question = childify(fact.question.rstrip("?"), rng) if rng.random() < 0.5 else fact.question
        if kind == "missing" and fact.subject and (others := self._without(question, fact)):
            return Example("reading", question, pick(rng, DONT_KNOW), facts=others)
        return Example("reading", question, fact.text, facts=self._with(question, fact.text, rng))

    def look_up(self, question: str) -> list[str]:
        """The facts the runtime would give the model for `question`."""
        return list(self._look_up(question))

    def _found(self, question: str) -> tuple[str, ...]:
        return tuple(hit.text for hit in self.retriever.relevant(question))

    def _with(self, question: str, text: str, rng: random.Random, distractors: list[str] | None = None) -> list[str]:
        """The facts found for `question`, with `text` among them: where retrieval put it, or in a random place."""
        found = self.look_up(question) if distractors is None else distractors
        if text in found and rng.random() < 0.5:
            return found
        others = [f for f in found if f != text][: rng.randint(0, 2)]
        others.insert(rng.randint(0, len(others)), text)
        return others

    def _without(self, question: str, fact: Fact) -> list[str]:
        """What retrieval gives for `question` when no fact about its subject is there: near misses, or nothing."""
        about = _about(fact.subject)
        hits = self.retriever.search(question, k=8)
        near = [h for h in hits if KEEP_COVERAGE <= h.coverage < WHOLE and h.text != fact.text]
        return [h.text for h in near if not about.search(h.text)][:3]

    def _made_up(self, rng: random.Random, fact: Fact) -> Example:
        name = made_up_name(rng)
        name = name if fact.subject[:1].isupper() else name.lower()
        about = _about(fact.subject)
        text, question = about.sub(name, fact.text), about.sub(name, fact.question)
        text = text[:1].upper() + text[1:]
        distractors = [h.text for h in self.retriever.search(fact.question, k=3) if h.text != fact.text]
        return Example("reading", question, text, facts=self._with(question, text, rng, distractors))
