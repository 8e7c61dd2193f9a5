"""Facts from the curriculum's own fact tables, `trainer/curriculum/facts_tables.py` (source "project tables", MIT).

The sentences are the ones the curriculum answers with (`trainer/curriculum/facts.py`), one sentence each: where a
table answer has two sentences they are joined with ", and". Numbers, the order of days and months, and shapes are
made in `generated`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import inflect

from ...curriculum import facts_tables as t
from ...curriculum.facts import SOUND_OWNER, _a, _cap, capital_of
from ...curriculum.phrasing import childify
from ..fact import Fact

SOURCE = "project tables"
INFLECT = inflect.engine()
ANIMAL_HOME_THE = ("sea", "ocean", "savanna", "jungle", "desert", "forest", "bush")  # "lives in the sea"
ANIMAL_HOME_ON = {"farm": "on a farm", "beach": "on the beach"}
ANIMAL_LIMBS = {"octopus": "arms"}  # an octopus's eight are arms, not legs

# What each science and geography answer is about, where its first words do not say ("We see with our eyes.").
SCIENCE_SUBJECTS = {
    "We have day and night": "day and night",
    "We live on planet Earth": "Earth",
    "We see with": "eyes",
    "We hear with": "ears",
    "We smell with": "nose",
    "We taste with": "tongue",
    "We feel things": "skin",
    "We have five senses": "senses",
    "We have ten fingers": "fingers",
    "A grown-up has 206 bones": "bones",
    "Washing your hands": "washing hands",
    "Children have 20 baby teeth": "baby teeth",
    "The blue whale": "blue whale",
    "Mount Everest": "Mount Everest",
    "The Pacific Ocean": "Pacific Ocean",
    "The Nile": "Nile",
    "The Sahara": "Sahara",
    "Water goes up as vapour": "water cycle",
}
# The topic of each science and geography subject (topic -> subjects); the rest are "science".
SCIENCE_TOPICS = {
    "space": "sun, sky, moon, planets, Jupiter, Mars, Saturn, Mercury, Venus, Earth, Neptune, stars, day and night",
    "weather": "rainbow, rain, snow, thunder, lightning, wind, clouds, seasons, summer, winter",
    "plants": "leaves, flowers, plants, roots, seed",
    "body": "heart, lungs, brain, bones, teeth, baby teeth, fingers, senses, eyes, ears, nose, tongue, skin, sleep"
    ", washing hands",
    "food": "vegetables",
    "animals": "blue whale, cheetah, giraffe, caterpillar, tadpole, fish, whales, lion, cows, hens, sheep, bees",
    "shapes": "square, circle, triangle",
    "earth": "continents, oceans, Pacific Ocean, Asia, Antarctica, Nile, Mount Everest, Sahara, sea",
}
TOPIC_OF_SUBJECT = {subject: topic for topic, subjects in SCIENCE_TOPICS.items() for subject in subjects.split(", ")}


def ask(forms: list[str], seed: str) -> str:
    """One of `forms` as a child might type it, the same every run."""
    rng = random.Random(seed)
    return childify(rng.choice(forms), rng, noisy=False)


def fact(text: str, topic: str, subject: str, forms: list[str], keys: str = "") -> Fact:
    return Fact(text, topic, SOURCE, subject, ask(forms, text), keys)


def one_sentence(text: str) -> str:
    """ "The sun is a star. It is a huge ball of hot gas." -> "The sun is a star, and it is a huge ball of hot gas." """
    return re.sub(r"\. ([A-Z])", lambda m: ", and " + m[1].lower(), text)


def animal_home(name: str, home: str) -> str:
    if name in t.ANIMAL_HOME_SENTENCES:
        return t.ANIMAL_HOME_SENTENCES[name]
    if home in ANIMAL_HOME_ON:
        return f"{_cap(_a(name))} lives {ANIMAL_HOME_ON[home]}."
    return f"{_cap(_a(name))} lives in {'the ' + home if home in ANIMAL_HOME_THE else _a(home)}."


def animal_sound(name: str, verb: str, sound: str) -> str:
    if sound == "no sound":
        return f"{_cap(_a(name))} makes almost no sound at all."
    if sound.startswith("a "):
        return f"{_cap(_a(name))} {verb} {sound}."  # "A whale sings a long song."
    return f"{_cap(_a(name))} {verb} and goes {sound}."


def animal_facts(name: str) -> Iterator[Fact]:
    verb, sound, baby, home, food, legs, kind = t.ANIMALS[name]
    a, many = _a(name), INFLECT.plural(name)
    sound_forms = [f"What sound does {a} make?", f"What does {a} say?", f"What noise do {many} make?"]
    if sound in SOUND_OWNER:
        sound_forms.append(f"Which animal says {sound}?")
    yield fact(animal_sound(name, verb, sound), "animals", name, sound_forms)
    if baby != "baby":  # not "A baby monkey is called a baby."
        yield fact(
            f"A baby {name} is called {_a(baby)}.",
            "animals",
            name,
            [f"What is a baby {name} called?", f"What do you call a baby {name}?", f"What are baby {many} called?"],
        )
    yield fact(animal_home(name, home), "animals", name, [f"Where does {a} live?", f"Where do {many} live?"])
    yield fact(
        f"{_cap(a)} eats {food}.", "animals", name, [f"What does {a} eat?", f"What do {many} eat?", f"What food does {a} eat?"]
    )
    limbs = ANIMAL_LIMBS.get(name, "legs")
    yield fact(
        f"{_cap(a)} has {legs} {limbs}." if legs else f"{_cap(a)} has no legs.",
        "animals",
        name,
        [f"How many {limbs} does {a} have?", f"How many {limbs} do {many} have?", f"Does {a} have legs?"],
    )
    yield fact(
        f"{_cap(a)} is {t.ANIMAL_KIND_WORDS[kind]}.",
        "animals",
        name,
        [f"What kind of animal is {a}?", f"Is {a} a mammal?", f"What type of animal is {a}?"],
    )


def colour_facts() -> Iterator[Fact]:
    for thing, col in t.COLOURS.items():
        bare = thing.split(" ", 1)[1] if thing.startswith(("a ", "an ", "the ")) else thing
        be = "are" if INFLECT.singular_noun(thing) else "is"  # "Leaves are green."
        yield fact(f"{_cap(thing)} {be} {col}.", "colours", bare, [f"What colour {be} {thing}?", f"What color {be} {thing}?"])
    for (c1, c2), mix in t.COLOUR_MIXES.items():
        yield fact(
            f"{_cap(c1)} and {c2} make {mix}.",
            "colours",
            mix,
            [f"What colour do {c1} and {c2} make?", f"What happens if you mix {c1} and {c2}?"],
        )
    yield fact(
        "The colours of the rainbow are " + ", ".join(t.RAINBOW[:-1]) + f" and {t.RAINBOW[-1]}.",
        "colours",
        "rainbow",
        ["What are the colours of the rainbow?", "What colours are in a rainbow?"],
    )


def planet_facts() -> Iterator[Fact]:
    ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    for planet, nth in zip(t.PLANETS, ordinals, strict=True):
        yield fact(
            f"{planet} is the {nth} planet from the sun.",
            "space",
            planet,
            [
                f"Which planet from the sun is {planet}?",
                f"Where is {planet} in the solar system?",
                f"What is the {nth} planet from the sun?",
            ],
        )
    yield fact(
        "The planets in order from the sun are " + ", ".join(t.PLANETS[:-1]) + f" and {t.PLANETS[-1]}.",
        "space",
        "planets",
        ["What are the planets in order?", "Name all the planets.", "What are the names of the planets?"],
    )


def science_subject(answer: str) -> str:
    """What a science answer is about: "The sun is a star." -> "sun", "There are eight planets ..." -> "planets"."""
    for start, subject in SCIENCE_SUBJECTS.items():
        if answer.startswith(start):
            return subject
    if there := re.match(r"There are \w+ (\w+)", answer):
        return there[1]
    first = re.sub(r"^(Yes, |When )?((The|the|A|An|Your|Many) )?", "", answer).split()[0].strip(",.")
    return first if first in t.PLANETS or first in t.CONTINENTS else first.lower()


def science_facts() -> Iterator[Fact]:
    for forms, answer in t.SCIENCE + t.GEOGRAPHY:
        subject = science_subject(answer)
        yield fact(one_sentence(answer), TOPIC_OF_SUBJECT.get(subject, "science"), subject, forms)


def calendar_facts() -> Iterator[Fact]:
    """The calendar sentences of the curriculum: lists and counts."""
    lists = [
        (
            "The days of the week are",
            t.DAYS,
            "days of the week",
            ["What are the days of the week?", "Name the days of the week."],
        ),
        ("The months are", t.MONTHS, "months", ["What are the months of the year?", "Name the months in order."]),
        ("The four seasons are", t.SEASONS, "seasons", ["What are the seasons?", "Name the four seasons."]),
    ]
    for start, items, subject, forms in lists:
        yield fact(f"{start} {', '.join(items[:-1])} and {items[-1]}.", "time", subject, forms)
    counts = [
        ("There are 7 days in a week.", "week", ["How many days are in a week?", "How many days does a week have?"]),
        ("There are 12 months in a year.", "year", ["How many months are in a year?", "How many months does a year have?"]),
        ("There are 365 days in a year, and 366 in a leap year.", "year", ["How many days are in a year?"]),
        ("Saturday and Sunday are the weekend.", "weekend", ["Which days are the weekend?", "What days are the weekend?"]),
        ("There are 24 hours in a day.", "day", ["How many hours are in a day?", "How many hours does a day have?"]),
        ("There are 60 minutes in an hour.", "hour", ["How many minutes are in an hour?", "How many minutes make an hour?"]),
    ]
    for text, subject, forms in counts:
        yield fact(text, "time", subject, forms)


def opposite_facts() -> Iterator[Fact]:
    for x, y in t.OPPOSITES:
        for word, other in ((x, y), (y, x)):
            yield fact(
                f"The opposite of {word} is {other}.",
                "words",
                word,
                [f"What is the opposite of {word}?", f"What's the opposite of {word}?", f"Opposite of {word}?"],
            )


def world_facts() -> Iterator[Fact]:
    for continent in t.CONTINENTS:
        yield fact(
            f"{continent} is one of the seven continents.",
            "earth",
            continent,
            [f"Is {continent} a continent?", f"What is {continent}?"],
        )
    for ocean in t.OCEANS:
        yield fact(
            f"The {ocean} Ocean is one of the five oceans.",
            "earth",
            f"{ocean} Ocean",
            [f"Is the {ocean} an ocean?", f"What is the {ocean} Ocean?"],
        )


def country_facts() -> Iterator[Fact]:
    for country, (capital, continent) in t.COUNTRIES.items():
        name = country.removeprefix("the ")
        yield fact(
            _cap(capital_of(country)),
            "countries",
            name,
            [
                f"What is the capital of {country}?",
                f"What's the capital city of {country}?",
                f"{capital} is the capital of which country?",
            ],
        )
        if country == continent:
            where = f"{_cap(country)} is a country and a continent."
        else:
            where = f"{_cap(country)} is a country in {'Oceania' if continent == 'Australia' else continent}."
        yield fact(where, "countries", name, [f"Which continent is {country} in?", f"Where is {country}?"])


def job_facts() -> Iterator[Fact]:
    for job, does in t.JOBS.items():
        yield fact(
            f"{_cap(_a(job))} {does}.",
            "jobs",
            job,
            [f"What does {_a(job)} do?", f"What is the job of {_a(job)}?", f"Who {does}?"],
        )


def word_facts() -> Iterator[Fact]:
    for word, meaning in t.WORDS.items():
        yield fact(
            f"{_cap(word)} means {meaning}.",
            "words",
            word,
            [f"What does {word} mean?", f"What is the meaning of {word}?", f"What does the word {word} mean?"],
        )


def body_facts() -> Iterator[Fact]:
    numbers = {1: "one", 2: "two", 10: "ten"}
    for part, n in t.BODY_PARTS_COUNT.items():
        part = part.removesuffix("s") if n == 1 else part
        yield fact(
            f"People have {numbers[n]} {part}.",
            "body",
            part,
            [f"How many {INFLECT.plural(part)} do people have?", f"How many {INFLECT.plural(part)} have you got?"],
        )


def facts() -> Iterator[Fact]:
    for name in t.ANIMALS:
        yield from animal_facts(name)
    for group in (
        colour_facts,
        planet_facts,
        science_facts,
        calendar_facts,
        opposite_facts,
        world_facts,
        country_facts,
        job_facts,
        word_facts,
        body_facts,
    ):
        yield from group()
