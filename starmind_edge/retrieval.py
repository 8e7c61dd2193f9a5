"""Find the 1-3 facts that answer a question, or none when nothing does.

    retriever = Retriever([knowledge.open_read_only("knowledge.sqlite")])
    retriever.relevant("wat is the captial of egypt")   # [Hit("The capital of Egypt is Cairo.", ...)]
    retriever.relevant("how many legs has a flurbonk")  # []: "flurbonk" is neither in the facts nor English

How: the question's words are tidied (kid spellings such as "wat" and "r", then typos fixed to the nearest word the
facts or English use), the full-text index ranks facts by BM25 over all of them, and each fact found is given a
*coverage*: the share of the question's topic words (weighted by how rare they are) that it holds. The best fact must
cover enough of the question (`MIN_COVERAGE`), ties going to facts with the question's exact words and about its
subject; a question with a word that is neither in the facts nor English (a made-up name) gets
no facts, so the model says it doesn't know, and so does a question only the child can answer ("whats my hamster
called"), which remembered facts answer. Standard library only; a question takes about a millisecond.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .knowledge import words_of

if TYPE_CHECKING:
    import sqlite3

# Words that carry no topic: question frames, fillers, function words, the robot's names. Relation words such as
# "legs", "capital" or "baby" are topic words: they are not here.
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with about into over under off as than then so if is are was
    were be been being am do does did done doing have has had having got can could will would shall should may might
    must what which who whom whose where when why how i me my mine myself we us our you your yours it its itself they
    them their he him his she her this that these those there here please thanks thank hey hi hello um umm hmm ok okay
    well oh robot starmind tell know wonder want really kind sort just very much many lot lots some any called call
    name named mean means meaning also too more most again ever""".split()
)
# Words so common in the facts that matching them costs time and adds nothing to the ranking.
MATCH_SKIP = frozenset("a an the is are of in to and it on be do does".split())
# How children spell some question words, mapped to the words the facts use.
KID_SPELLINGS = {
    "wat": "what", "wot": "what", "whaat": "what", "teh": "the", "da": "the", "u": "you", "yu": "you", "r": "are",
    "plz": "please", "pls": "please", "cuz": "because", "becos": "because", "dose": "does", "dus": "does",
    "culur": "colour", "color": "colour", "favrite": "favourite", "hw": "how", "meny": "many", "whyy": "why",
    "iz": "is", "ur": "your", "yor": "your", "wats": "what is", "whats": "what is", "y": "why", "wheres": "where is",
    "whos": "who is", "hows": "how is", "thx": "thanks", "colours": "colour", "colors": "colour",
    "aeroplane": "plane", "aeroplanes": "planes", "airplane": "plane", "airplanes": "planes",
}  # fmt: skip
# A question about the child's own people, pets, things, likes or thoughts ("whats my hamster called", "where do i
# live", "what number am i thinking of") has no answer in the encyclopedia: only what the child has told (remembered
# facts) answers it, so no fact is given. How a question is asked ("tell me", "i wonder") says nothing about whom it
# is about, and the child's body, health and safety, and "why do i..." questions, are everyone's: the facts answer those.
ASKING_FRAME = re.compile(
    r"\b(?:(?:tell|show|give|teach|help|remind|excuse) me|for me|i (?:really )?(?:wonder|want to know|wanna know|think|"
    r"forgot|forget)|(?:my|our) (?:teacher|mum|dad|friend|brother|sister) (?:asked|asks|says|said|wants to know)(?: us| me)?|"
    r"(?:looks?|sounds?|feels?|tastes?|smells?) like)\b"
)
ABOUT_ME = re.compile(r"\b(?:i|me|my|mine|myself|im)\b")
ONLY_I_KNOW = re.compile(
    r"\b(?:names?|named|called|favou?rite|best|likes?|loves?|live|lives|home|town|city|street|address|old|age|"
    r"birthday|born|job|thinking|wearing|guess|remember|told|said|pocket|doing|dreamt|dream about|have|got)\b"
)
EVERYONES = re.compile(
    r"\b(?:body|heart|teeth|tooth|brain|tummy|blood|bones?|eyes?|skin|hair|nose|ears?|hands?|feet|foot|fingers?|toes?|"
    r"legs?|arms?|lungs?|muscles?|belly|sneeze|yawn|hiccups?|burp|sleep|grow|taller|should|need|allowed|safe|"
    r"(?:can|could|would|may) i|have to|is it)\b|^(?:\w+ )?(?:why|how come) (?:do|does|did|am|can|cant|dont) (?:i|my)\b"
)
MIN_COVERAGE = 0.4  # the best fact must hold this share of the question's topic words (by rarity)
KEEP_COVERAGE = 0.3  # the others given beside it must hold at least this share
ABSENT_DF = 20  # how rare a topic word that no fact holds is taken to be
CANDIDATES = 12  # facts ranked by BM25 in each file before coverage picks the best
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("er", ""))


@dataclass(frozen=True)
class Hit:
    """A fact found for a question: ``hit.text``, the fact; ``hit.source``, where it came from (a source of the
    encyclopedia, or "learned"); ``hit.coverage``, how much of the question's topic it covers, from 0 to 1; and
    ``hit.learned``, True when it was taught with `Starmind.learn()`."""

    text: str
    source: str
    coverage: float  # share of the question's topic words (by rarity) the fact holds, 0..1
    learned: bool  # taught with Starmind.learn(), not from the bundled encyclopedia


class Retriever:
    """Searches one or more encyclopedia files (the bundled one, then a class's learned facts) as one. Counts are
    cached: make a new one when a file changes (`Starmind.learn()` does)."""

    def __init__(self, files: list[sqlite3.Connection]):
        self.files = files
        self._df = lru_cache(maxsize=8192)(self._df_uncached)

    # -------------------------------------------------------------------------------------------------- words
    def words(self, question: str) -> list[str]:
        """The question's words in order, once each: kid spellings normalised and typos fixed."""
        out = []
        for word in words_of(question):
            out.extend(KID_SPELLINGS.get(word, word).split())
        return list(dict.fromkeys(self.correct(w) if w not in STOPWORDS else w for w in out))

    def topic_words(self, question: str) -> list[str]:
        return [w for w in self.words(question) if w not in STOPWORDS]

    def _known(self, words: list[str]) -> dict[str, int]:
        """Of `words`, those the files know -> in how many facts they are (0: an English word no fact uses)."""
        found: dict[str, int] = {}
        marks = ",".join("?" * len(words))
        for con in self.files:
            for word, facts in con.execute(f"SELECT word, facts FROM words WHERE word IN ({marks})", words):
                found[word] = found.get(word, 0) + facts
        return found

    def is_word(self, word: str) -> bool:
        return word.isdigit() or bool(self._known([word, *_bases(word)]))

    def correct(self, word: str) -> str:
        """A word the files don't know -> the commonest known word one typo away ("captial" -> "capital"), else the
        word itself (a made-up name stays as it is)."""
        if len(word) < 4 or self.is_word(word):
            return word
        for squeezed in (re.sub(r"(.)\1{2,}", r"\1", word), re.sub(r"(.)\1{2,}", r"\1\1", word)):  # "pleeease"
            if squeezed != word and self.is_word(squeezed):
                return squeezed
        known = self._known(sorted(_edits1(word)))
        return max(known, key=lambda w: (known[w], w)) if known else word

    def unknown(self, question: str) -> list[str]:
        """Topic words that are neither in the facts nor English: made-up names, whose answer is "I don't know"."""
        return [w for w in self.topic_words(question) if not self.is_word(w)]

    # ------------------------------------------------------------------------------------------------- search
    def _df_uncached(self, word: str) -> int:
        """In how many facts a word (or another word with its stem) is."""
        query = f'"{word}"'
        return sum(con.execute("SELECT count(*) FROM search WHERE search MATCH ?", (query,)).fetchone()[0] for con in self.files)

    def _idf(self, word: str, total: int) -> float:
        df = self._df(word)
        return math.log((total - df + 0.5) / (df + 0.5) + 1)  # BM25's idf: rare words weigh most

    def search(self, question: str, k: int = 3) -> list[Hit]:
        """The `k` facts that best cover the question's topic words, best first (no relevance cut-off)."""
        words = self.words(question)
        topic = [w for w in words if w not in STOPWORDS and self._df(w)]
        if not topic:
            return []
        query = " OR ".join(f'"{w}"' for w in words if w not in MATCH_SKIP)
        total = sum(con.execute("SELECT count(*) FROM facts").fetchone()[0] for con in self.files)
        weights = {w: self._idf(w, total) for w in topic}
        # A topic word no fact holds counts against every fact, but no more than a word a few facts hold: it is
        # often part of the question's frame ("what happens when...") rather than its topic.
        rare = max(1, min(ABSENT_DF, total // 100))
        absent = math.log((total - rare + 0.5) / (rare + 0.5) + 1)
        whole = sum(weights.get(w, absent) for w in self.topic_words(question))
        asked = {w for w in words if w not in MATCH_SKIP}
        forms = set(words).union(*(_bases(w) for w in words))
        ranked = []
        for place, con in enumerate(self.files):
            rows = con.execute(
                "SELECT rowid, bm25(search, 1.0, 0.5) AS rank FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?",
                (query, CANDIDATES),
            ).fetchall()
            if not rows:
                continue
            ids = [rowid for rowid, _ in rows]
            held = dict.fromkeys(ids, 0.0)
            marks = ",".join("?" * len(ids))
            for word, weight in weights.items():
                sql = f"SELECT rowid FROM search WHERE search MATCH ? AND rowid IN ({marks})"
                for (rowid,) in con.execute(sql, (f'"{word}"', *ids)):
                    held[rowid] += weight
            sql = f"SELECT id, text, source, subject FROM facts WHERE id IN ({marks})"
            facts = {rowid: rest for rowid, *rest in con.execute(sql, ids)}
            for rowid, rank in rows:
                text, source, subject = facts[rowid]
                about = bool(subject) and set(words_of(subject)) <= forms  # "what is hail": a fact about hail
                exact = len(asked & set(words_of(text)))  # "a week" before "two weeks", "grow into" before "grow"
                coverage = held[rowid] / whole
                key = (-round(coverage, 2), -exact, -about, -place, rank)
                ranked.append((key, Hit(text, source, coverage, source == "learned")))
        ranked.sort(key=lambda r: r[0])
        return [hit for _, hit in ranked[:k]]

    def relevant(self, question: str, k: int = 3) -> list[Hit]:
        """The facts to give the model: none when the question is about the child's own world, a topic word is
        made up or the best fact covers too little."""
        if about_the_child(question) or self.unknown(question):
            return []
        hits = self.search(question, k)
        if not hits or hits[0].coverage < MIN_COVERAGE:
            return []
        return [hit for hit in hits if hit.coverage >= KEEP_COVERAGE]


def about_the_child(question: str) -> bool:
    """True for a question only the child can answer: about their own people, pets, things, likes or thoughts."""
    text = ASKING_FRAME.sub(" ", " ".join(words_of(question)))
    return bool(ABOUT_ME.search(text) and ONLY_I_KNOW.search(text) and not EVERYONES.search(text))


def _edits1(word: str) -> set[str]:
    """Every string one deletion, swap, change or insertion away (Norvig's spelling corrector)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in letters]
    inserts = [a + c + b for a, b in splits for c in letters]
    return set(deletes + swaps + changes + inserts) - {word}


def _bases(word: str) -> list[str]:
    """Dictionary forms an inflected word may have: caterpillars -> caterpillar, flies -> fly, boiling -> boil."""
    return [word[: -len(end)] + rep for end, rep in _ENDINGS if word.endswith(end) and len(word) > len(end) + 2]
