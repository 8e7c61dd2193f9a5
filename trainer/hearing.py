"""Hearing: the words the robot listens for, built from the project's own language (for `starmind_edge.ears`).

`build(folder)` writes a bundle's ``hearing/`` folder (about 1.7 MB; PocketSphinx's general 27 MB model is never used):

* ``commands.gram``: a JSGF grammar of every robot command the commands skill words (each action, direction,
  colour, number word and "then" sequence), sampled from trainer/curriculum/commands.py and checked against
  starmind_edge/actions.py's vocabulary;
* ``questions.lm.bin``: a small trigram language model of the curriculum's questions and the encyclopedia's
  (trainer/knowledge/facts.csv), the dev and blind sets held out of both;
* ``hearing.dict``: the pronunciations (CMUdict, from the pocketsphinx wheel) of every word in both (a word CMUdict
  lacks is said like the word it is made from: "teddies" like "teddy");
* ``hearing.json``: what went in.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections import Counter
from pathlib import Path

from starmind_edge.actions import VOCABULARY, parse_action

from .curriculum import commands, phrasing
from .curriculum.arithmetic import spoken as number_words

GRAMMAR, LM, DICT, INFO = "commands.gram", "questions.lm.bin", "hearing.dict", "hearing.json"
FACTS = Path(__file__).resolve().parent / "knowledge" / "facts.csv"

# The words commands.generate() puts around the actions (kept in step by tests/test_ears.py).
PREFIXES = ["robot", "please", "can you", "robot please", "hey robot", "ok robot", "i want you to", "could you", "now"]
SUFFIXES = ["right now", "straight away", "now", "quickly"]
IT_LIGHT = ["switch it", "turn it", "put it"]  # "switch it off": the light named before
LIGHT_WORDS = ("light", "lamp", "led")  # any of them in any light command: "switch on the red lamp" too
POLITE = ["please", "thanks", "robot"]  # phrasing.POLITE as said aloud, and "stop right now robot"

# Words CMUdict lacks or says differently from a child.
EXTRA_PRONUNCIATIONS = {
    "starmind": ["S T AA R M AY N D"],
    "led": ["EH L IY D IY"],
}
# Typed shortcuts and typos (phrasing.TYPO_SWAPS, turned round) said as the whole word.
SAID_AS = {typo: word for word, typos in phrasing.TYPO_SWAPS.items() for typo in typos}
SAID_AS.update({"whats": "what's", "dont": "don't", "im": "i'm", "cant": "can't", "thats": "that's", "lets": "let's"})
SAID_AS.update({"pls": "please", "pleeease": "please", "plz": "please"})
SAID_AS.update({f"{w}t": f"{w}'t" for w in "didn doesn isn wasn haven hasn aren weren couldn wouldn shouldn won".split()})
SAID_AS.update({f"{w}s": f"{w}'s" for w in "who he she there where here".split()})
_TAIL = re.compile(r"^(?P<head>.*?)(?P<tail> (for )?<number> (second|seconds|secs)| <number> times?| once| twice)?$")
# A number agrees with its unit: "one second", "two seconds" ("two second" is never heard, nor "one times"), so the
# ears don't have to choose between two words that sound alike.
_ONE_OF = ("second", "time")  # the units "<number>" (two and up) is never said with


def spoken(text: str) -> str:
    """Typed words as a child says them: lower case, no punctuation, numbers and shortcuts as words."""
    text = re.sub(r"\b(\d+)s\b", r"\1 seconds", text.lower().replace("’", "'"))
    text = re.sub(r"\d+", lambda m: f" {_number(int(m.group()))} ", text)
    words = re.sub(r"[^a-z' ]+", " ", text).split()
    return " ".join(SAID_AS.get(w, w) for w in (w.strip("'") for w in words) if w)


def _number(n: int) -> str:
    return number_words(n) if n <= 100 else " ".join(number_words(int(d)) for d in str(n))


def pronunciations() -> dict[str, list[str]]:
    """Every CMUdict word (lower case) with its pronunciations, plus `EXTRA_PRONUNCIATIONS`."""
    from pocketsphinx import get_model_path

    found: dict[str, list[str]] = {}
    with open(get_model_path("en-us/cmudict-en-us.dict"), encoding="utf-8") as lines:
        for line in lines:
            word, _, phones = line.strip().partition(" ")
            found.setdefault(re.sub(r"\(\d+\)$", "", word), []).append(phones.strip())
    for word, phones in EXTRA_PRONUNCIATIONS.items():
        found[word] = [*found.get(word, []), *phones]
    return found


def pronounce(word: str, known: dict[str, list[str]]) -> list[str]:
    """How ``word`` is said: CMUdict's pronunciations, or those of a word it is made from ("teddies" from "teddy",
    "auntie's" from "auntie", "flavour" from "flavor"); [] when there is no telling."""
    if word in known:
        return known[word]
    if "our" in word and word.replace("our", "or") in known:  # British spelling
        return known[word.replace("our", "or")]
    for ending, stem_ending in (("'s", ""), ("ies", "y"), ("es", ""), ("s", "")):
        stem = word[: -len(ending)] + stem_ending if word.endswith(ending) else ""
        if stem in known:
            return [f"{phones} {_plural_sound(phones)}" for phones in known[stem]]
    return []


def _plural_sound(phones: str) -> str:
    last = phones.split()[-1]
    return "IH Z" if last in ("S", "Z", "SH", "ZH", "CH", "JH") else "S" if last in ("P", "T", "K", "F", "TH") else "Z"


def _action_phrasings(draws: int, seed: int) -> tuple[dict[str, set[str]], set[int]]:
    """The commands skill's wordings of each action, with the number as ``<number>`` and the colour as ``<colour>``."""
    rng = random.Random(seed)
    phrasings: dict[str, set[str]] = {name: set() for name in VOCABULARY}
    numbers: set[int] = set()
    for _ in range(draws):
        words, action, _ = commands.one_action(rng)
        name, args = parse_action(action)
        said = spoken(words).split()
        if name != "light" and args:
            numbers.add(int(args[-1]))
            said = ["<number>" if w == number_words(int(args[-1])) else w for w in said]
        said = ["<colour>" if w in commands.COLORS else w for w in said]
        lamp = [i for i, w in enumerate(said) if w in LIGHT_WORDS and i and said[i - 1] == "<colour>"]
        phrasings[name] |= {" ".join(other if i in lamp else w for i, w in enumerate(said)) for other in LIGHT_WORDS}
    return phrasings, numbers


def _alternatives(options) -> str:
    """Phrases as one JSGF expression that shares their first words ("go (ahead | back)"), so the search stays small."""
    firsts: dict[str, list[str]] = {}
    for phrase in sorted(set(options)):
        first, _, rest = phrase.partition(" ")
        firsts.setdefault(first, []).append(rest)
    return " | ".join(_followed(first, rests) for first, rests in firsts.items())


def _followed(first: str, rests: list[str]) -> str:
    """``first`` and the JSGF expression of what may follow it ("" for nothing)."""
    rest = [r for r in rests if r]
    if not rest:
        return first
    inner = _alternatives(rest)
    if len(rest) < len(rests):
        return f"{first} [{inner}]"
    return f"{first} ({inner})" if len({r.partition(" ")[0] for r in rest}) > 1 else f"{first} {inner}"


def command_grammar(draws: int = 20000, seed: int = 0) -> str:
    """The JSGF grammar of robot commands: [opener] [prefix] action ([joiner] action)* [suffix] [please]."""
    phrasings, numbers = _action_phrasings(draws, seed)
    missing = [name for name, found in phrasings.items() if not found]
    if missing:
        raise ValueError(f"the commands skill never words these actions, so they can't be heard: {missing}")
    rules = {}
    for name, found in sorted(phrasings.items()):
        parts = [_TAIL.match(p) for p in found]
        heads, tails = {m["head"] for m in parts}, {m["tail"].strip() for m in parts if m["tail"]}
        if name == "light":
            heads |= {f"{it} {state}" for it in IT_LIGHT for state in VOCABULARY["light"][1]}
        rules[name] = f"({_alternatives(heads)})" + (f" [<{name}_how_much>]" if tails else "")
        if tails:
            rules[f"{name}_how_much"] = _alternatives({_agreeing(t) for t in tails})
    joiners = {spoken(j) for j in commands.JOINERS} - {""}
    openers = {spoken(o) for o in phrasing.OPENERS} - {""}
    lines = [
        "#JSGF V1.0;",
        "grammar commands;",
        "",
        "// Made by trainer/hearing.py from the commands skill: rebuild with `python -m trainer.hearing`.",
        "public <command> = [<opener>] [<prefix>] <action> ([<joiner>] <action>)* [<suffix>] [<polite>];",
        f"<opener> = {_alternatives(openers)};",
        f"<prefix> = {_alternatives(PREFIXES)};",
        f"<joiner> = {_alternatives(joiners)};",
        f"<suffix> = {_alternatives(SUFFIXES)};",
        f"<polite> = {_alternatives(POLITE)};",
        f"<action> = {' | '.join(f'<{name}>' for name in sorted(phrasings))};",
        *(f"<{name}> = {rule};" for name, rule in rules.items()),
        f"<number> = {' | '.join(number_words(n) for n in sorted(numbers - {1}))};",
        f"<colour> = {' | '.join(commands.COLORS)};",
    ]
    return "\n".join(lines) + "\n"


def _agreeing(tail: str) -> str:
    """A tail such as "for <number> seconds" with its number agreeing: "<number> second" -> "one second", and
    "<number> seconds" stays for the numbers from two up (`<number>` is those)."""
    for unit in _ONE_OF:
        if tail.endswith(f"<number> {unit}"):
            return tail.replace("<number>", "one")
    return tail


def grammar_words(grammar: str) -> set[str]:
    """The words a JSGF grammar can hear (not its rule names or syntax)."""
    body = "\n".join(line.split("=", 1)[1] for line in grammar.splitlines() if "=" in line and not line.startswith("//"))
    return set(re.findall(r"[a-z']+", re.sub(r"<[^>]*>", " ", body)))


def question_sentences(examples: int = 100000, seed: int = 0) -> list[str]:
    """Spoken forms of the curriculum's questions and the encyclopedia's (the dev and blind sets held out of both)."""
    from .curriculum.build import dev_holdout, generate_examples

    holdout = dev_holdout()
    said = []
    for ex in generate_examples(examples, seed, holdout=holdout):
        said += [spoken(q) for q, _ in ex["history"]] + [spoken(ex["question"])]
    with open(FACTS, encoding="utf-8", newline="") as rows:
        asked = [row["question"] for row in csv.DictReader(rows) if row.get("question")]
    said += [spoken(q) for q in asked if q not in holdout]
    return [s for s in said if s]


def build(folder: str | Path, examples: int = 100000, seed: int = 0) -> dict:
    """Write the hearing files into ``folder`` (a bundle's ``hearing/``); return what went in."""
    from pocketsphinx import NGramModel
    from pocketsphinx.lm import ArpaBoLM

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    known = pronunciations()
    grammar = command_grammar(seed=seed)
    heard = grammar_words(grammar)
    unsayable = sorted(w for w in heard if not pronounce(w, known))
    if unsayable:
        raise ValueError(f"no pronunciation for the command words {unsayable}: add them to EXTRA_PRONUNCIATIONS")
    out_of_dictionary: Counter = Counter()
    sentences = []
    for sentence in question_sentences(examples, seed):
        unknown = [w for w in sentence.split() if not pronounce(w, known)]
        out_of_dictionary.update(unknown)
        if not unknown:
            sentences.append(sentence)
    lm = ArpaBoLM(text="\n".join(sentences), add_start=True, discount_mass=0.5)
    lm.compute()
    arpa = folder / "questions.arpa"
    lm.write_file(str(arpa))
    NGramModel.readfile(str(arpa)).write(str(folder / LM))
    arpa.unlink()
    words = heard | {w for s in sentences for w in s.split()}
    (folder / GRAMMAR).write_text(grammar, encoding="utf-8")
    with open(folder / DICT, "w", encoding="utf-8") as out:
        for word in sorted(words):
            for i, phones in enumerate(pronounce(word, known)):
                out.write(f"{word}{f'({i + 1})' if i else ''} {phones}\n")
    info = {
        "made_by": "python -m trainer.hearing",
        "command_words": len(heard),
        "question_sentences": len(sentences),
        "distinct_question_sentences": len(set(sentences)),
        "words": len(words),
        "dropped_words_not_in_dictionary": dict(out_of_dictionary.most_common(20)),
        "bytes": {name: (folder / name).stat().st_size for name in (GRAMMAR, LM, DICT)},
    }
    (folder / INFO).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


if __name__ == "__main__":
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "starmind_edge/models/default/hearing"
    print(json.dumps(build(target), indent=2))
