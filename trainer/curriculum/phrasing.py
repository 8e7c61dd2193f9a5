"""Child-style variation: casing, missing punctuation, fillers, politeness and typos."""

from __future__ import annotations

import random

OPENERS = [
    "",
    "",
    "",
    "",
    "",
    "hey ",
    "um ",
    "hi robot ",
    "starmind ",
    "robot ",
    "hey starmind ",
    "so ",
    "ok ",
    "excuse me ",
    "quick question ",
    "mum says ask you ",
    "um so ",
    "hmm ",
    "hello ",
]
POLITE = ["", "", "", "", " please", " pls", " pleeease", " thanks"]
TYPO_SWAPS = {
    "what": ["wat", "wot", "whaat"],
    "the": ["teh", "da"],
    "you": ["u", "yu"],
    "are": ["r"],
    "please": ["plz", "pleez"],
    "because": ["cuz", "becos"],
    "does": ["dose", "dus"],
    "colour": ["color", "culur"],
    "favourite": ["favorite", "favrite"],
    "how": ["hw"],
    "many": ["meny"],
    "why": ["y", "whyy"],
    "is": ["iz"],
    "your": ["ur", "yor"],
    "double": ["doubel", "dubble"],
    "half": ["haf", "harf"],
    "times": ["timez", "tims"],
    "what's": ["wats", "whats"],
    "right": ["rigth", "rite"],
    "left": ["lef", "leftt"],
    "forward": ["foward", "forwrd"],
    "seconds": ["secs", "secondz"],
}


def typo(text: str, rng: random.Random, rate: float = 0.08) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        bare = word.lower().strip("?.,!")
        if bare in TYPO_SWAPS and rng.random() < rate * 3:
            words[i] = word.lower().replace(bare, rng.choice(TYPO_SWAPS[bare]))
        elif len(bare) > 4 and rng.random() < rate:
            j = rng.randrange(1, len(word) - 1)
            kind = rng.random()
            if kind < 0.4:
                words[i] = word[:j] + word[j + 1 :]  # drop a letter
            elif kind < 0.7:
                words[i] = word[:j] + word[j] + word[j:]  # double a letter
            else:
                words[i] = word[: j - 1] + word[j] + word[j - 1] + word[j + 1 :]  # swap two letters
    return " ".join(words)


# Indirect ways of asking ("I wonder why the sky is blue"), used for questions (text ending in "?").
WRAPPERS = [
    "i wonder {q}",
    "do you know {q}",
    "can you tell me {q}",
    "i want to know {q}",
    "tell me {q}",
    "my teacher asked us {q}",
    "{q} i forgot",
    "please tell me {q}",
    "i really want to know {q}",
    "{q} do you know",
]


def childify(question: str, rng: random.Random, noisy: bool = True) -> str:
    """Turn a clean question into something a child might type."""
    q = question
    if q.endswith("?") and rng.random() < 0.12:
        q = rng.choice(WRAPPERS).format(q=q[0].lower() + q[1:-1])
    if noisy and rng.random() < 0.3:
        q = typo(q, rng)
    if rng.random() < 0.3:
        q = q.replace("'", "")  # "whats", "spains capital"
    if rng.random() < 0.35:
        q = rng.choice(OPENERS) + q[0].lower() + q[1:]
    if rng.random() < 0.15:
        q = q.rstrip("?.!") + rng.choice(POLITE)
    style = rng.random()
    if style < 0.45:
        q = q.lower()
    elif style < 0.5:
        q = q.upper()
    if rng.random() < 0.5:
        q = q.rstrip("?.!")
    elif rng.random() < 0.2:
        q = q.rstrip("?.!") + rng.choice(["??", "?!", "!!", " ?", "???"])
    return " ".join(q.split())


def pick(rng: random.Random, options):
    return options[rng.randrange(len(options))]
