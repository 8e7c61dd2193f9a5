"""Arithmetic within 100 with exact answers, worked in small steps a tiny model can follow."""

from __future__ import annotations

import random

from .example import Example
from .phrasing import childify, pick

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def spoken(n: int) -> str:
    if n <= 20:
        return NUMBER_WORDS[n]
    if n == 100:
        return "one hundred"
    tens, ones = n - n % 10, n % 10
    word = TENS.get(tens, "twenty")
    return word if not ones else f"{word} {NUMBER_WORDS[ones]}"


def say(n: int, rng: random.Random) -> str:
    return spoken(n) if rng.random() < (0.25 if n <= 20 else 0.1) else str(n)


def add_steps(a: int, b: int) -> str:
    """'23 plus 19': add the tens of b, then its ones."""
    if b < 10 or a < 10:
        return f"{a} plus {b} is {a + b}."
    tens = b - b % 10
    if b % 10 == 0:
        return f"{a} plus {b} is {a + b}."
    return f"{a} plus {tens} is {a + tens}, and {a + tens} plus {b % 10} is {a + b}. So {a} plus {b} is {a + b}."


def sub_steps(a: int, b: int) -> str:
    if b < 10 or b % 10 == 0:
        return f"{a} take away {b} is {a - b}."
    tens = b - b % 10
    return f"{a} take away {tens} is {a - tens}, and {a - tens} take away {b % 10} is {a - b}. So {a} take away {b} is {a - b}."


def addition(rng):
    a = rng.randint(0, 100)
    b = rng.randint(0, 100 - a)
    if rng.random() < 0.5:
        a, b = rng.randint(1, 12), rng.randint(1, 12)
    x, y = say(a, rng), say(b, rng)
    q = pick(
        rng,
        [
            f"What is {x} plus {y}?",
            f"What's {x} + {y}?",
            f"{x}+{y}",
            f"{x} + {y} =",
            f"Add {x} and {y}.",
            f"What do {x} and {y} make?",
            f"How much is {x} add {y}?",
            f"{x} plus {y} equals what?",
            f"Can you add {x} and {y}?",
            f"What is the sum of {x} and {y}?",
            f"{x} and {y} more is how many?",
        ],
    )
    return Example("arithmetic", childify(q, rng, noisy=False), add_steps(a, b))


def subtraction(rng):
    a = rng.randint(1, 100)
    b = rng.randint(0, a)
    if rng.random() < 0.4:
        a = rng.randint(2, 20)
        b = rng.randint(0, a)
    x, y = say(a, rng), say(b, rng)
    q = pick(
        rng,
        [
            f"What is {x} minus {y}?",
            f"What's {x} - {y}?",
            f"{x}-{y}",
            f"{x} - {y} =",
            f"Take {y} from {x}.",
            f"What is {x} take away {y}?",
            f"{x} take away {y}?",
            f"Subtract {y} from {x}.",
            f"How much is {x} minus {y}?",
            f"What is the difference between {x} and {y}?",
            f"How much is {x} subtract {y}?",
            f"{x} take {y}",
            f"What's {x} subtract {y}?",
        ],
    )
    return Example("arithmetic", childify(q, rng, noisy=False), sub_steps(a, b))


def times(rng):
    a, b = rng.randint(0, 10), rng.randint(0, 10)
    if rng.random() < 0.8:
        a, b = rng.randint(1, 10), rng.randint(1, 10)
    x, y = say(a, rng), say(b, rng)
    q = pick(
        rng,
        [
            f"What is {x} times {y}?",
            f"What's {x} x {y}?",
            f"{x}x{y}",
            f"{x} * {y}",
            f"{x} times {y} =",
            f"Multiply {x} by {y}.",
            f"What is {x} multiplied by {y}?",
            f"How much is {x} lots of {y}?",
            f"What are {x} {y}s?",
            f"{x} groups of {y} is how many?",
        ],
    )
    return Example("arithmetic", childify(q, rng, noisy=False), f"{a} times {b} is {a * b}.")


def halves_doubles(rng):
    if rng.random() < 0.5:
        n = rng.randint(1, 50)
        x = say(n, rng)
        q = pick(
            rng, [f"What is double {x}?", f"Double {x}.", f"What is {x} doubled?", f"What is twice {x}?", f"Double {x} is what?"]
        )
        return Example("arithmetic", childify(q, rng), f"Double {n} is {n} plus {n}, which is {2 * n}.")
    n = 2 * rng.randint(1, 50)
    x = say(n, rng)
    q = pick(
        rng,
        [
            f"What is half of {x}?",
            f"Half of {x}?",
            f"What is {x} divided by 2?",
            f"What's half {x}?",
            f"If you cut {x} in half how many?",
            f"Halve {x}.",
            f"If you split {x} into two halves, how big is each half?",
            f"Share {x} between two. How many each?",
            f"{x} cut in half is what?",
        ],
    )
    return Example("arithmetic", childify(q, rng, noisy=False), f"{n // 2} plus {n // 2} is {n}, so half of {n} is {n // 2}.")


def counting(rng):
    n = rng.randint(1, 99)
    x = say(n, rng)
    if rng.random() < 0.55:
        q = pick(
            rng,
            [
                f"What comes after {x}?",
                f"What number comes after {x}?",
                f"What is the number after {x}?",
                f"What's after {x}?",
                f"What is one more than {x}?",
                f"Which number is next after {x}?",
                f"Count on one from {x}.",
                f"Add one to {x}.",
                f"What is {x} and one more?",
            ],
        )
        return Example("arithmetic", childify(q, rng, noisy=False), f"The number after {n} is {n + 1}.")
    q = pick(
        rng,
        [
            f"What comes before {x}?",
            f"What number comes before {x}?",
            f"What is the number before {x}?",
            f"What is one less than {x}?",
            f"Count back one from {x}.",
            f"Which number is just before {x}?",
        ],
    )
    return Example("arithmetic", childify(q, rng, noisy=False), f"The number before {n} is {n - 1}.")


THINGS = [
    "sweets",
    "apples",
    "stickers",
    "marbles",
    "cookies",
    "pencils",
    "balloons",
    "toy cars",
    "crayons",
    "cards",
    "shells",
    "sweeties",
    "books",
    "grapes",
    "buttons",
    "stars",
    "eggs",
    "sticks",
    "flowers",
    "coins",
]
NAMES = ["I", "Sam", "Mia", "Leo", "Ava", "Tom", "Zara", "Ben", "my brother", "my sister", "Grandma", "Noah", "Lily"]


def word_problem(rng):
    thing = pick(rng, THINGS)
    who = pick(rng, NAMES)
    name = pick(rng, NAMES[1:])  # for frames that need "has"
    have = "had" if who != "I" else pick(rng, ["had", "have"])
    kind = rng.randrange(5)
    if kind == 4:
        return _two_parts(rng, thing)
    if kind == 0:
        a = rng.randint(2, 30)
        b = rng.randint(1, a)
        verb = pick(rng, ["ate", "gave away", "lost", "dropped", "used", "gave my friend"])
        q = pick(
            rng,
            [
                f"{who} {have} {a} {thing} and {verb} {b}. How many are left?",
                f"If {who} {have} {a} {thing} and {verb} {b}, how many now?",
                f"{who} {have} {a} {thing} then {verb} {b} how many left",
                f"{name} has {a} {thing} and eats {b}. How many has {name} got left?",
                f"There were {a} {thing} and {b} went away. How many are there now?",
                f"There were {a} kids in the park and {b} went home. How many stayed?",
                f"{a} people were at the party and {b} left. How many are still there?",
                f"{a} birds sat on a tree and {b} flew off. How many stayed?",
            ],
        )
        return Example("arithmetic", childify(q, rng, noisy=False), f"{sub_steps(a, b)} There are {a - b} {thing} left.")
    if kind == 1:
        a, b = rng.randint(1, 30), rng.randint(1, 30)
        verb = pick(rng, ["got", "found", "was given", "bought"])
        q = pick(
            rng,
            [
                f"{who} {have} {a} {thing} and {verb} {b} more. How many now?",
                f"{who} {have} {a} {thing} then {verb} {b} more, how many altogether?",
                f"If {who} {have} {a} {thing} and {verb} another {b}, how many is that?",
                f"{name} has {a} {thing} and gets {b} more. How many has {name} got now?",
                f"{name} has {a} {thing}. {name} finds {b} more. How many altogether?",
                f"There are {a} {thing} and then {b} more come. How many are there now?",
            ],
        )
        return Example("arithmetic", childify(q, rng, noisy=False), f"{add_steps(a, b)} That makes {a + b} {thing}.")
    if kind == 2:
        a, b = rng.randint(2, 10), rng.randint(2, 10)
        q = pick(
            rng,
            [
                f"There are {a} bags with {b} {thing} in each. How many {thing} altogether?",
                f"{who} {have} {a} boxes of {b} {thing}. How many {thing}?",
                f"{a} friends each have {b} {thing}. How many {thing} in total?",
            ],
        )
        return Example("arithmetic", childify(q, rng, noisy=False), f"{a} times {b} is {a * b}. That is {a * b} {thing}.")
    b = rng.randint(2, 5)
    a = b * rng.randint(1, 10)
    q = pick(
        rng,
        [
            f"{who} {have} {a} {thing} to share between {b} friends. How many each?",
            f"Share {a} {thing} equally between {b} children. How many does each get?",
        ],
    )
    return Example(
        "arithmetic",
        childify(q, rng, noisy=False),
        f"{a} shared between {b} is {a // b}, because {b} times {a // b} is {a}. Each gets {a // b}.",
    )


DONE = [
    ("read", "read", "pages"),
    ("drew", "draw", "pictures"),
    ("ate", "eat", "grapes"),
    ("found", "find", "shells"),
    ("scored", "score", "goals"),
    ("ran", "run", "laps"),
    ("collected", "collect", "stickers"),
    ("made", "make", "cakes"),
]
WHEN = [("yesterday", "today"), ("in the morning", "in the afternoon"), ("on Saturday", "on Sunday"), ("at school", "at home")]
GIVERS = ["Mum", "Dad", "Grandma", "Grandpa", "my friend", "my teacher", "my aunt", "my uncle", "my nan"]
MONEY = ["pence", "pounds", "cents", "dollars", "coins"]


def _two_parts(rng, thing: str) -> Example:
    """Two amounts that add up: two days' work, two people's gifts, money from two places."""
    a, b = rng.randint(1, 50), rng.randint(1, 45)
    kind = rng.randrange(3)
    if kind == 0:
        did, do, thing = pick(rng, DONE)
        first, then = pick(rng, WHEN)
        q = pick(
            rng,
            [
                f"I {did} {a} {thing} {first} and {b} {thing} {then}. How many {thing} did I {do}?",
                f"I {did} {a} {thing} {first} and {b} {then}, how many is that altogether?",
                f"{first.capitalize()} I {did} {a} {thing} and {then} I {did} {b}. How many {thing} in total?",
            ],
        )
    elif kind == 1:
        one, two = rng.sample(GIVERS, 2)
        q = pick(
            rng,
            [
                f"{one.capitalize()} gave me {a} {thing} and {two} gave me {b} {thing}. How many have I got?",
                f"I got {a} {thing} from {one} and {b} from {two}. How many {thing} is that?",
            ],
        )
    else:
        one, two = rng.sample(GIVERS, 2)
        thing = pick(rng, MONEY)
        q = pick(
            rng,
            [
                f"{one.capitalize()} gave me {a} {thing} and {two} gave me {b} {thing}. How much have I got?",
                f"I had {a} {thing} and found {b} {thing} more. How much money now?",
                f"I saved {a} {thing} and then got {b} {thing}. How much do I have?",
            ],
        )
    return Example("arithmetic", childify(q, rng, noisy=False), f"{add_steps(a, b)} That makes {a + b} {thing}.")


def checking(rng):
    """The child offers an answer: say whether it is right, and give the right one last."""
    op = pick(rng, ["plus", "take away", "times"])
    if op == "times":
        a, b = rng.randint(0, 10), rng.randint(0, 10)
        right = a * b
    elif op == "plus":
        a, b = rng.randint(0, 60), rng.randint(0, 40)
        right = a + b
    else:
        a = rng.randint(1, 100)
        b = rng.randint(0, a)
        right = a - b
    guess = right if rng.random() < 0.5 else max(0, right + pick(rng, [-10, -2, -1, 1, 2, 10]))
    symbol = {
        "plus": pick(rng, ["plus", "+", "add"]),
        "take away": pick(rng, ["take away", "minus", "-"]),
        "times": pick(rng, ["times", "x", "multiplied by"]),
    }[op]
    q = pick(
        rng,
        [
            f"Is {a} {symbol} {b} {guess}?",
            f"{a} {symbol} {b} is {guess}, right?",
            f"What's {a} {symbol} {b}? I think it's {guess}.",
            f"I think {a} {symbol} {b} makes {guess}, am I right?",
            f"My friend says {a} {symbol} {b} is {guess}. Is that true?",
        ],
    )
    verdict = "Yes, well done!" if guess == right else "Not quite."
    return Example("arithmetic", childify(q, rng, noisy=False), f"{verdict} {a} {op} {b} is {right}.")


GENERATORS = [
    (addition, 4),
    (subtraction, 4),
    (times, 3),
    (halves_doubles, 1.5),
    (counting, 1.5),
    (word_problem, 2.5),
    (checking, 1),
]


def generate(rng: random.Random) -> Example:
    funcs, weights = zip(*GENERATORS, strict=True)
    return rng.choices(funcs, weights)[0](rng)
