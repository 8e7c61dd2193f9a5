"""Kid-level facts as question-and-answer examples, from the tables in `facts_tables`."""

from __future__ import annotations

import random

from . import facts_tables as t
from .example import Example
from .phrasing import childify, pick


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def animal(rng: random.Random, name: str = "", relation: int = -1) -> Example:
    name = name or pick(rng, list(t.ANIMALS))
    verb, sound, baby, home, food, legs, kind = t.ANIMALS[name]
    plural = plural_of(name)
    relation = relation if relation >= 0 else rng.randrange(10)
    if relation >= 7:
        return _animal_reverse(rng, name, relation)
    if relation == 0:
        q = pick(
            rng,
            [
                f"What sound does {_a(name)} make?",
                f"What does {_a(name)} say?",
                f"What noise do {plural} make?",
                f"How does {_a(name)} go?",
                f"What does the {name} say?",
                f"Does {_a(name)} make a sound?",
            ],
        )
        a = (
            f"{_cap(_a(name))} {verb}. It goes {sound}!"
            if sound != "no sound"
            else f"{_cap(_a(name))} makes almost no sound at all."
        )
    elif relation == 1:
        q = pick(
            rng,
            [
                f"What is a baby {name} called?",
                f"What do you call a baby {name}?",
                f"Baby {name} name?",
                f"What are baby {plural} called?",
                f"What's the name for a baby {name}?",
            ],
        )
        a = pick(rng, [f"A baby {name} is called {_a(baby)}.", f"A baby {name} is {_a(baby)}."])
    elif relation == 2:
        q = pick(
            rng,
            [
                f"Where does {_a(name)} live?",
                f"Where do {plural} live?",
                f"What is a {name}'s home called?",
                f"Where is {_a(name)}'s home?",
            ],
        )
        a = f"{_cap(_a(name))} lives in {'a ' + home if home not in ('water', 'grass') and not home.endswith('land') else home}."
        if home in ("sea", "ocean", "savanna", "jungle", "desert", "forest", "bush"):
            a = f"{_cap(_a(name))} lives in the {home}."
        a = t.ANIMAL_HOME_SENTENCES.get(name, a)
    elif relation == 3:
        q = pick(
            rng,
            [
                f"What does {_a(name)} eat?",
                f"What do {plural} eat?",
                f"What food does {_a(name)} like?",
                f"What is {_a(name)}'s food?",
            ],
        )
        a = f"{_cap(_a(name))} eats {food}."
    elif relation == 4:
        q = pick(
            rng,
            [
                f"How many legs does {_a(name)} have?",
                f"How many legs has {_a(name)} got?",
                f"How many legs do {plural} have?",
                f"Count the legs on {_a(name)}.",
                f"{_cap(_a(name))} has how many legs?",
                f"How many legs are on {_a(name)}?",
                f"How many legs have {plural} got?",
                f"Do {plural} have legs?",
            ],
        )
        a = f"{_cap(_a(name))} has {legs} legs." if legs else f"{_cap(_a(name))} has no legs."
    elif relation == 5:
        q = pick(
            rng,
            [
                f"What kind of animal is {_a(name)}?",
                f"Is {_a(name)} a mammal?",
                f"What type of animal is the {name}?",
                f"Is {_a(name)} a bird or a fish?",
            ],
        )
        a = f"{_cap(_a(name))} is {t.ANIMAL_KIND_WORDS[kind]}."
    else:
        q = pick(rng, [f"Tell me about {plural}.", f"What do you know about {plural}?", f"Tell me a fact about {_a(name)}."])
        where = home if home == "water" else "a " + home
        a = f"{_cap(_a(name))} is {t.ANIMAL_KIND_WORDS[kind].split(',')[0]}. It lives in {where} and eats {food}."
    return Example("facts", childify(q, rng), a)


def _unique(column: int) -> dict[str, str]:
    """Values of one ANIMALS column that belong to exactly one animal, mapped to that animal."""
    owners: dict[str, list[str]] = {}
    for name, row in t.ANIMALS.items():
        owners.setdefault(row[column], []).append(name)
    return {value: names[0] for value, names in owners.items() if len(names) == 1 and value != "no sound"}


SOUND_OWNER, BABY_OWNER = _unique(1), _unique(2)


def _animal_reverse(rng: random.Random, name: str, relation: int) -> Example:
    """Questions asked the other way round ("which animal says moo?") and claims to check ("do cats have 6 legs?")."""
    verb, sound, baby, _, _, legs, _ = t.ANIMALS[name]
    if relation == 7 and sound in SOUND_OWNER:
        q = pick(rng, [f"Which animal says {sound}?", f"What animal goes {sound}?", f"Who says {sound}?", f"What says {sound}?"])
        return Example("facts", childify(q, rng), f"{_cap(_a(name))} {verb}. It goes {sound}!")
    if relation == 8 and baby in BABY_OWNER:
        q = pick(
            rng,
            [
                f"{_cap(_a(baby))} is a baby what?",
                f"What animal has babies called {baby}s?",
                f"Which animal's baby is {_a(baby)}?",
            ],
        )
        return Example("facts", childify(q, rng), f"{_cap(_a(baby))} is a baby {name}.")
    wrong = pick(rng, [n for n in (0, 2, 4, 6, 8) if n != legs])
    guess = legs if rng.random() < 0.4 else wrong
    q = pick(
        rng,
        [
            f"Does {_a(name)} have {guess} legs?",
            f"Is it true that {plural_of(name)} have {guess} legs?",
            f"My friend says {_a(name)} has {guess} legs. Is that right?",
        ],
    )
    verdict = "Yes." if guess == legs else "No."
    said = f"{_a(name)} has {legs} legs." if legs else f"{_a(name)} has no legs."
    return Example("facts", childify(q, rng), f"{verdict} {_cap(said)}")


def plural_of(name: str) -> str:
    if name in ("sheep", "fish", "deer"):
        return name
    return name + "es" if name.endswith(("s", "x")) else name + "s"


def colour(rng: random.Random) -> Example:
    if rng.random() < 0.12:
        (c1, c2), mix = pick(rng, list(t.COLOUR_MIXES.items()))
        q = pick(
            rng,
            [
                f"What colour do {c1} and {c2} make?",
                f"What happens if you mix {c1} and {c2}?",
                f"{c1} plus {c2} makes what colour?",
                f"If I mix {c2} and {c1} paint what do I get?",
            ],
        )
        return Example("facts", childify(q, rng), f"{_cap(c1)} and {c2} make {mix}.")
    if rng.random() < 0.08:
        q = pick(rng, ["What are the colours of the rainbow?", "What colours are in a rainbow?", "Name the rainbow colours."])
        return Example("facts", childify(q, rng), "The colours of the rainbow are " + ", ".join(t.RAINBOW[:-1]) + " and violet.")
    thing = pick(rng, list(t.COLOURS))
    col = t.COLOURS[thing]
    bare = thing.split(" ", 1)[1] if thing.startswith(("a ", "an ", "the ")) else thing
    q = pick(
        rng,
        [
            f"What colour is {thing}?",
            f"What color is {thing}?",
            f"What colour are {bare}s?" if thing.startswith("a") else f"What colour is {bare}?",
            f"Is {thing} {'red' if col != 'red' else 'blue'}?",
            f"Tell me the colour of {thing}.",
            f"{bare} is what colour?",
            f"I wonder what colour {thing} is.",
        ],
    )
    a = pick(rng, [f"{_cap(thing)} is {col}.", f"{_cap(thing)} is usually {col}."])
    return Example("facts", childify(q, rng), a)


def science(rng: random.Random) -> Example:
    forms, answer = pick(rng, t.SCIENCE + t.GEOGRAPHY)
    q = pick(rng, forms)
    if rng.random() < 0.15:
        q = pick(rng, ["I wonder ", "Can you tell me ", "Do you know ", "I want to know "]) + q[0].lower() + q[1:].rstrip("?")
    return Example("facts", childify(q, rng), answer)


def calendar(rng: random.Random) -> Example:
    kind = rng.randrange(5)
    seq, unit = [(t.DAYS, "day"), (t.MONTHS, "month"), (t.SEASONS, "season")][kind % 3]
    if kind < 3:
        i = rng.randrange(len(seq))
        nxt, prev = seq[(i + 1) % len(seq)], seq[i - 1]
        if rng.random() < 0.5:
            q = pick(
                rng,
                [
                    f"What {unit} comes after {seq[i]}?",
                    f"What is the {unit} after {seq[i]}?",
                    f"Which {unit} is after {seq[i]}?",
                    f"After {seq[i]} what {unit} is it?",
                    f"What's next after {seq[i]}?",
                    f"Which {unit} follows {seq[i]}?",
                    f"The {unit} after {seq[i]} is what?",
                    f"What {unit} is it after {seq[i]}?",
                ],
            )
            a = f"{_cap(nxt)} comes after {seq[i]}."
        else:
            q = pick(
                rng,
                [
                    f"What {unit} comes before {seq[i]}?",
                    f"What is the {unit} before {seq[i]}?",
                    f"Which {unit} is before {seq[i]}?",
                    f"Which {unit} comes right before {seq[i]}?",
                    f"The {unit} before {seq[i]} is what?",
                    f"What {unit} was it before {seq[i]}?",
                ],
            )
            a = f"{_cap(prev)} comes before {seq[i]}."
        return Example("facts", childify(q, rng), a)
    if kind == 3:
        q, a = pick(
            rng,
            [
                (pick(rng, ["How many days are in a week?", "How many days does a week have?"]), "There are 7 days in a week."),
                (
                    pick(rng, ["How many months are in a year?", "How many months does a year have?"]),
                    "There are 12 months in a year.",
                ),
                (
                    pick(rng, ["How many days are in a year?", "How long is a year in days?"]),
                    "There are 365 days in a year, and 366 in a leap year.",
                ),
                (
                    pick(rng, ["What are the days of the week?", "Say the days of the week.", "Name the days of the week."]),
                    "The days of the week are " + ", ".join(t.DAYS[:-1]) + " and Sunday.",
                ),
                (
                    pick(rng, ["What are the months of the year?", "Say all the months.", "Name the months in order."]),
                    "The months are " + ", ".join(t.MONTHS[:-1]) + " and December.",
                ),
                (
                    pick(rng, ["What are the seasons?", "Name the four seasons.", "Say the seasons in order."]),
                    "The four seasons are spring, summer, autumn and winter.",
                ),
                (
                    pick(rng, ["Which days are the weekend?", "What days are the weekend?"]),
                    "Saturday and Sunday are the weekend.",
                ),
                (pick(rng, ["How many hours are in a day?", "How many hours does a day have?"]), "There are 24 hours in a day."),
                (
                    pick(rng, ["How many minutes are in an hour?", "How many minutes make an hour?"]),
                    "There are 60 minutes in an hour.",
                ),
            ],
        )
        return Example("facts", childify(q, rng), a)
    shape = pick(rng, list(t.SHAPES))
    n = t.SHAPES[shape]
    if n and n != 4 and rng.random() < 0.35:
        q = pick(rng, [f"What shape has {n} sides?", f"Which shape has {n} corners?", f"Name a shape with {n} sides."])
        return Example("facts", childify(q, rng), f"A {shape} has {n} sides.")
    q = pick(
        rng,
        [
            f"How many sides does a {shape} have?",
            f"How many sides has a {shape} got?",
            f"How many corners does a {shape} have?",
            f"A {shape} has how many sides?",
        ],
    )
    a = f"A {shape} has {n} sides." if n else "A circle has no straight sides and no corners. It is round."
    if "corners" in q and n:
        a = f"A {shape} has {n} corners."
    return Example("facts", childify(q, rng), a)


def opposite(rng: random.Random) -> Example:
    x, y = pick(rng, t.OPPOSITES)
    if rng.random() < 0.5:
        x, y = y, x
    q = pick(
        rng,
        [
            f"What is the opposite of {x}?",
            f"Opposite of {x}?",
            f"What's the opposite of {x}?",
            f"What word means the opposite of {x}?",
            f"Tell me the opposite of {x}.",
        ],
    )
    return Example("facts", childify(q, rng), f"The opposite of {x} is {y}.")


def capital_of(country: str) -> str:
    """ "the capital of France is Paris." (one full stop, also after "Washington, D.C.")"""
    return f"the capital of {country} is {t.COUNTRIES[country][0]}".rstrip(".") + "."


def follow_up(rng: random.Random) -> Example:
    """A second question that leans on the first: "what do cows eat?" ... "and sheep?"."""
    if rng.random() < 0.7:
        first, second = rng.sample(list(t.ANIMALS), 2)
        relation = rng.randrange(6)
        earlier, now = animal(rng, first, relation), animal(rng, second, relation)
        plural = plural_of(second)
        q = pick(rng, [f"What about {_a(second)}?", f"And {plural}?", f"What about {plural}?", f"And the {second}?"])
    else:
        first, second = rng.sample([c for c in t.COUNTRIES if not c.startswith("the ")], 2)
        earlier = Example("facts", childify(f"What is the capital of {first}?", rng), _cap(capital_of(first)))
        now = Example("facts", "", _cap(capital_of(second)))
        q = pick(rng, [f"And {second}?", f"What about {second}?", f"And what about {second}?", f"How about {second}?"])
    return Example("facts", childify(q, rng), now.answer, history=[(earlier.question, earlier.answer)])


def geography(rng: random.Random) -> Example:
    country = pick(rng, list(t.COUNTRIES))
    capital, continent = t.COUNTRIES[country]
    if rng.random() < 0.7:
        q = pick(
            rng,
            [
                f"What is the capital of {country}?",
                f"What's the capital city of {country}?",
                f"Capital of {country}?",
                f"Which city is the capital of {country}?",
                f"What is {country}'s capital?",
                f"{_cap(country)}'s capital city is called what?",
                f"What's the name of the capital of {country}?",
                f"The capital of {country} is what?",
                f"Tell me the capital of {country}.",
                f"What city is the capital of {country}?",
                f"Capital city of {country}?",
                f"What is {country}'s capital city called?",
                f"Do you know the capital city of {country}?",
            ],
        )
        a = _cap(capital_of(country))
    elif rng.random() < 0.4:
        other = pick(rng, [c for c, (cap, _) in t.COUNTRIES.items() if cap != capital])
        guess = capital if rng.random() < 0.4 else t.COUNTRIES[other][0]
        if rng.random() < 0.5:
            q = pick(rng, [f"{guess} is the capital of which country?", f"Which country has {guess} as its capital?"])
            owner = country if guess == capital else other
            return Example("facts", childify(q, rng), f"{guess} is the capital of {owner}.")
        q = pick(rng, [f"Is {guess} the capital of {country}?", f"Is the capital of {country} {guess}?"])
        a = f"{'Yes' if guess == capital else 'No'}, {capital_of(country)}"
    else:
        q = pick(rng, [f"Which continent is {country} in?", f"What continent is {country} on?", f"Where is {country}?"])
        a = f"{_cap(country)} is in {continent}."
    return Example("facts", childify(q, rng), a)


def job(rng: random.Random) -> Example:
    name = pick(rng, list(t.JOBS))
    q = pick(
        rng,
        [
            f"What does a {name} do?",
            f"What is a {name}?",
            f"What is the job of a {name}?",
            f"What do {name}s do?",
            f"Tell me what a {name} does.",
            f"Who {t.JOBS[name]}?",
            f"What do you call someone who {t.JOBS[name]}?",
            f"What job does a {name} have?",
        ],
    )
    return Example("facts", childify(q, rng), f"{_cap(_a(name))} {t.JOBS[name]}.")


def word(rng: random.Random) -> Example:
    name = pick(rng, list(t.WORDS))
    q = pick(
        rng,
        [
            f"What does {name} mean?",
            f"What is the meaning of {name}?",
            f"What does the word {name} mean?",
            f"Meaning of {name}?",
            f"What is {name}?",
        ],
    )
    return Example("facts", childify(q, rng), f"{_cap(name)} means {t.WORDS[name]}.")


GENERATORS = [
    (animal, 5),
    (colour, 3),
    (science, 5),
    (calendar, 2.5),
    (opposite, 1.2),
    (geography, 2),
    (job, 1),
    (word, 1),
    (follow_up, 0.6),
]


def generate(rng: random.Random) -> Example:
    funcs, weights = zip(*GENERATORS, strict=True)
    return rng.choices(funcs, weights)[0](rng)
