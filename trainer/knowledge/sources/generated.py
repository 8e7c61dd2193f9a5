"""Facts made by the project's code (source "generated", MIT): numbers, time and the calendar, shapes, colour mixing.

Every fact is worked out, not typed: number words come from `inflect`, the calendar from the curriculum's day, month
and season lists, and sides, faces and mixes from the small tables below.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Iterator
from itertools import pairwise

import inflect

from ...curriculum import facts_tables as t
from ...curriculum.phrasing import childify
from ..fact import Fact

SOURCE = "generated"
WORDS = inflect.engine()

# Number words for a group: "A dozen is twelve."
GROUPS = {"a pair": 2, "a couple": 2, "half a dozen": 6, "a dozen": 12, "a baker's dozen": 13, "a score": 20}
NUMBER_RULES = [
    ("Even numbers end in 0, 2, 4, 6 or 8.", "even numbers", "How do you know if a number is even?"),
    ("Odd numbers end in 1, 3, 5, 7 or 9.", "odd numbers", "How do you know if a number is odd?"),
    ("An even number of things can be shared into two equal groups.", "even numbers", "What is an even number?"),
    ("Zero means none at all.", "zero", "What does zero mean?"),
    ("The smallest two-digit number is 10.", "two-digit numbers", "What is the smallest two-digit number?"),
    ("The biggest two-digit number is 99.", "two-digit numbers", "What is the biggest two-digit number?"),
    ("Ten tens make one hundred.", "hundred", "How many tens make a hundred?"),
    ("Ten hundreds make one thousand.", "thousand", "How many hundreds make a thousand?"),
    ("Counting in tens goes 10, 20, 30, 40, 50, 60, 70, 80, 90, 100.", "counting in tens", "How do you count in tens?"),
    ("Counting in fives goes 5, 10, 15, 20, 25, 30.", "counting in fives", "How do you count in fives?"),
    ("Counting in twos goes 2, 4, 6, 8, 10, 12.", "counting in twos", "How do you count in twos?"),
]
ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

TIME_UNITS = [
    ("There are 60 seconds in a minute.", "minute", "How many seconds are in a minute?"),
    ("There are 52 weeks in a year.", "year", "How many weeks are in a year?"),
    ("A fortnight is two weeks.", "fortnight", "How long is a fortnight?"),
    ("A decade is ten years.", "decade", "How many years are in a decade?"),
    ("A century is 100 years.", "century", "How many years are in a century?"),
    ("A leap year comes once every four years.", "leap year", "How often is there a leap year?"),
    ("A leap year has 366 days.", "leap year", "How many days are in a leap year?"),
    ("Half an hour is 30 minutes.", "half an hour", "How many minutes is half an hour?"),
    ("A quarter of an hour is 15 minutes.", "quarter of an hour", "How many minutes is a quarter of an hour?"),
    ("Three quarters of an hour is 45 minutes.", "three quarters of an hour", "How long is three quarters of an hour?"),
    ("Noon is 12 o'clock in the middle of the day.", "noon", "What time is noon?"),
    ("Midnight is 12 o'clock at night.", "midnight", "What time is midnight?"),
    ("On a clock, the short hand shows the hour.", "clock", "What does the short hand on a clock show?"),
    ("On a clock, the long hand shows the minutes.", "clock", "What does the long hand on a clock show?"),
    ("A clock face has the numbers 1 to 12.", "clock", "What numbers are on a clock?"),
    ("The first day of the year is the 1st of January.", "New Year's Day", "What is the first day of the year?"),
    ("The last day of the year is the 31st of December.", "New Year's Eve", "What is the last day of the year?"),
]
# (big unit, small unit, how many small in one big, the biggest count to say)
CONVERSIONS = [("minute", "second", 60, 5), ("hour", "minute", 60, 5), ("day", "hour", 24, 3), ("week", "day", 7, 4)]

# Flat shapes: how many straight sides (and corners) each has.
POLYGONS = {**{s: n for s, n in t.SHAPES.items() if n}, "heptagon": 7, "nonagon": 9, "decagon": 10}
FLAT_SHAPES = [
    ("A circle has no straight sides and no corners.", "circle", "How many sides does a circle have?"),
    ("A rectangle has two long sides and two short sides.", "rectangle", "What is a rectangle?"),
    ("A semicircle is half a circle, with one straight side and one curved side.", "semicircle", "What is a semicircle?"),
    ("An oval is like a stretched circle, with no corners.", "oval", "What is an oval?"),
    ("A rhombus, or diamond shape, has four sides that are all the same length.", "rhombus", "What is a rhombus?"),
    ("A star shape with five points has ten sides.", "star shape", "How many sides does a star have?"),
]
# Solid shapes: (flat faces, curved faces, edges, corners).
SOLIDS = {
    "cube": (6, 0, 12, 8),
    "cuboid": (6, 0, 12, 8),
    "sphere": (0, 1, 0, 0),
    "cylinder": (2, 1, 2, 0),
    "cone": (1, 1, 1, 1),
    "square-based pyramid": (5, 0, 8, 5),
    "triangular pyramid": (4, 0, 6, 4),
    "triangular prism": (5, 0, 9, 6),
}
SHAPE_EXAMPLES = [
    ("A dice is shaped like a cube.", "dice", "What shape is a dice?"),
    ("A cereal box is shaped like a cuboid.", "cuboid", "What shape is a cereal box?"),
    ("A football is shaped like a sphere.", "football", "What shape is a football?"),
    ("A tin can is shaped like a cylinder.", "tin can", "What shape is a tin can?"),
    ("An ice cream cone is shaped like a cone.", "ice cream cone", "What shape is an ice cream cone?"),
    ("The pyramids in Egypt are square-based pyramids.", "pyramids", "What shape are the pyramids in Egypt?"),
    ("A cube has six faces that are all squares.", "cube", "What shape are the faces of a cube?"),
    ("A stop sign is shaped like an octagon.", "stop sign", "What shape is a stop sign?"),
    ("The holes in a honeycomb are hexagons.", "honeycomb", "What shape are the holes in a honeycomb?"),
    ("A slice of pizza is shaped like a triangle.", "pizza slice", "What shape is a slice of pizza?"),
    ("A door is shaped like a rectangle.", "door", "What shape is a door?"),
    ("A wheel is shaped like a circle.", "wheel", "What shape is a wheel?"),
    ("A British 50p coin has seven sides.", "50p coin", "How many sides does a 50p coin have?"),
]

PRIMARY = ["red", "yellow", "blue"]
COLOUR_FACTS = [
    ("Red, yellow and blue are the primary colours.", "primary colours", "What are the primary colours?"),
    ("Orange, green and purple are the secondary colours.", "secondary colours", "What are the secondary colours?"),
    ("Adding white to a paint colour makes it lighter.", "white", "How do you make a colour lighter?"),
    ("Adding black to a paint colour makes it darker.", "black", "How do you make a colour darker?"),
    ("Red and green paint mixed together make brown.", "brown", "How do you make brown paint?"),
    ("Mixing lots of paint colours together makes brown.", "brown", "What happens if you mix all the paints?"),
    ("Red, orange and yellow are warm colours.", "warm colours", "What are the warm colours?"),
    ("Blue, green and purple are cool colours.", "cool colours", "What are the cool colours?"),
    ("White light from the sun is made of all the colours of the rainbow.", "white light", "What colours are in sunlight?"),
]
TINTS = {"green": "light green", "purple": "light purple"}  # red and blue: the tables' colour mixes
SHADES = ["red", "blue", "green", "purple"]  # black and yellow make olive, not dark yellow


def ask(forms: list[str], seed: str) -> str:
    """One of `forms` as a child might type it, the same every run."""
    rng = random.Random(seed)
    return childify(rng.choice(forms), rng, noisy=False)


def fact(text: str, topic: str, subject: str, forms: list[str]) -> Fact:
    return Fact(text, topic, SOURCE, subject, ask(forms, text))


def listed(items: list[str]) -> str:
    """["a", "b", "c"] -> "a, b and c"."""
    return ", ".join(items[:-1]) + " and " + items[-1]


def roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def number_word_facts() -> Iterator[Fact]:
    for n in range(101):
        word = WORDS.number_to_words(n)
        yield fact(
            f"{word.capitalize()} is {n}.",
            "numbers",
            word,
            [f"How do you write {n} in words?", f"What number is {word}?", f"How do you spell {n}?"],
        )
    for n in [*range(200, 1000, 100), 1000, 1_000_000]:
        word = WORDS.number_to_words(n, andword="")
        yield fact(f"{word.capitalize()} is {n:,}.", "numbers", word, [f"How do you write {word} in numbers?"])
    for name, n in GROUPS.items():
        yield fact(
            f"{name.capitalize()} is {WORDS.number_to_words(n)}.",
            "numbers",
            name.removeprefix("a "),
            [f"How many is {name}?", f"How many things are in {name}?"],
        )


def odd_even_facts() -> Iterator[Fact]:
    for n in range(101):
        kind = "odd" if n % 2 else "even"
        yield fact(
            f"{n} is an {kind} number.",
            "numbers",
            str(n),
            [f"Is {n} odd or even?", f"Is {n} an even number?", f"Is {n} an odd number?"],
        )


def order_facts() -> Iterator[Fact]:
    for n in range(100):
        yield fact(
            f"The number after {n} is {n + 1}.",
            "numbers",
            str(n),
            [f"What comes after {n}?", f"What number is after {n}?", f"What is one more than {n}?"],
        )
        yield fact(
            f"The number before {n + 1} is {n}.",
            "numbers",
            str(n + 1),
            [f"What comes before {n + 1}?", f"What number is before {n + 1}?", f"What is one less than {n + 1}?"],
        )


def place_value_facts() -> Iterator[Fact]:
    for n in range(10, 100):
        tens, ones = divmod(n, 10)
        tens_words = f"{tens} {'ten' if tens == 1 else 'tens'}"
        text = f"{n} is {tens_words}." if not ones else f"{n} has {tens_words} and {ones} {'one' if ones == 1 else 'ones'}."
        yield fact(text, "numbers", str(n), [f"How many tens are in {n}?", f"How many tens and ones make {n}?"])


def bond_facts() -> Iterator[Fact]:
    """Number bonds and doubles a child learns by heart: "3 and 7 make 10.", "Double 6 is 12."."""
    for n in range(11):
        yield fact(f"{n} and {10 - n} make 10.", "numbers", "number bonds", [f"What goes with {n} to make 10?"])
        yield fact(f"{10 * n} and {100 - 10 * n} make 100.", "numbers", "number bonds", [f"What goes with {10 * n} to make 100?"])
        yield fact(f"Double {n} is {2 * n}.", "numbers", "doubles", [f"What is double {n}?", f"What is {n} doubled?"])
        yield fact(f"Half of {2 * n} is {n}.", "numbers", "halves", [f"What is half of {2 * n}?", f"What is half {2 * n}?"])


def ordinal_facts() -> Iterator[Fact]:
    for n in range(1, 32):
        word = WORDS.number_to_words(WORDS.ordinal(n))
        yield fact(
            f"{word.capitalize()} is written {WORDS.ordinal(n)}.",
            "numbers",
            word,
            [f"How do you write {word} in numbers?", f"What is {word} as a number?"],
        )


def roman_facts() -> Iterator[Fact]:
    for n in [*range(1, 21), 50, 100]:
        yield fact(
            f"In Roman numbers, {n} is written {roman(n)}.",
            "numbers",
            "Roman numbers",
            [f"What is {n} in Roman numbers?", f"How do you write {n} in Roman numerals?", f"What number is {roman(n)}?"],
        )


def rule_facts(rules: list[tuple[str, str, str]], topic: str) -> Iterator[Fact]:
    for text, subject, question in rules:
        yield fact(text, topic, subject, [question])


def sequence_facts(items: list[str], unit: str, topic: str = "time") -> Iterator[Fact]:
    """ "Tuesday comes after Monday." and "Monday comes before Tuesday." for a looping list."""
    for i, item in enumerate(items):
        nxt = items[(i + 1) % len(items)]
        yield fact(
            f"{nxt.capitalize()} comes after {item}.",
            topic,
            item,
            [f"What {unit} comes after {item}?", f"Which {unit} is after {item}?", f"What's the next {unit} after {item}?"],
        )
        yield fact(
            f"{item.capitalize()} comes before {nxt}.",
            topic,
            nxt,
            [f"What {unit} comes before {nxt}?", f"Which {unit} is before {nxt}?"],
        )


def month_facts() -> Iterator[Fact]:
    for i, month in enumerate(t.MONTHS, 1):
        days = calendar.monthrange(2023, i)[1]  # 2023 is not a leap year
        leap = ", or 29 in a leap year" if i == 2 else ""
        yield fact(
            f"{month} has {days} days{leap}.",
            "time",
            month,
            [f"How many days are in {month}?", f"How many days does {month} have?", f"How long is {month}?"],
        )
        nth = WORDS.number_to_words(WORDS.ordinal(i))
        yield fact(
            f"{month} is the {nth} month of the year.",
            "time",
            month,
            [f"What is the {nth} month of the year?", f"What number month is {month}?", f"Which month is number {i}?"],
        )


def week_facts() -> Iterator[Fact]:
    for day in t.DAYS:
        kind = "a weekend day" if day in ("Saturday", "Sunday") else "a weekday"
        yield fact(f"{day} is {kind}.", "time", day, [f"Is {day} a weekday?", f"Is {day} the weekend?"])


def season_month_facts() -> Iterator[Fact]:
    halves = [
        ("In the top half of the world, like the UK and America", 2),
        ("In the bottom half of the world, like Australia", 8),
    ]
    for where, first in halves:
        for i, season in enumerate(t.SEASONS):
            months = [t.MONTHS[(first + 3 * i + k) % 12] for k in range(3)]
            yield fact(
                f"{where}, {season} is in {listed(months)}.",
                "weather",
                season,
                [f"Which months are {season}?", f"When is {season}?", f"What months are in {season}?"],
            )


def conversion_facts() -> Iterator[Fact]:
    for big, small, each, most in CONVERSIONS:
        for n in range(2, most + 1):
            yield fact(
                f"There are {n * each} {small}s in {WORDS.number_to_words(n)} {big}s.",
                "time",
                big,
                [f"How many {small}s are in {n} {big}s?", f"How many {small}s is {n} {big}s?"],
            )


def clock_facts() -> Iterator[Fact]:
    for h in range(1, 13):
        word, nxt = WORDS.number_to_words(h), WORDS.number_to_words(h % 12 + 1)
        for said, digits in [
            (f"{word} o'clock", f"{h}:00"),
            (f"quarter past {word}", f"{h}:15"),
            (f"half past {word}", f"{h}:30"),
            (f"quarter to {nxt}", f"{h}:45"),
        ]:
            yield fact(
                f"{said.capitalize()} is {digits}.",
                "time",
                said,
                [f"What time is {said}?", f"How do you write {said}?", f"What is {digits} in words?"],
            )


def corner_word(n: int, word: str) -> str:
    """2, "edge" -> "2 edges"; 1, "corner" -> "1 corner"; 0 -> "no corners"."""
    return f"no {word}s" if n == 0 else f"{n} {word}" + ("s" if n > 1 else "")


def polygon_facts() -> Iterator[Fact]:
    for shape, n in POLYGONS.items():
        a = WORDS.a(shape)
        for part in ("sides", "corners"):
            yield fact(
                f"{a.capitalize()} has {n} {part}.",
                "shapes",
                shape,
                [f"How many {part} does {a} have?", f"How many {part} has {a} got?"],
            )
        if n != 4:  # squares, rectangles and rhombuses all have 4 sides
            yield fact(
                f"A shape with {n} sides is called {a}.",
                "shapes",
                shape,
                [f"What shape has {n} sides?", f"What is a shape with {n} sides called?"],
            )


def solid_facts() -> Iterator[Fact]:
    for shape, (flat, curved, edges, corners) in SOLIDS.items():
        a = WORDS.a(shape).capitalize()
        faces = [f"{corner_word(flat, 'flat face')}"] if flat else []
        faces += [f"{corner_word(curved, 'curved face')}"] if curved else []
        yield fact(f"{a} has {' and '.join(faces)}.", "shapes", shape, [f"How many faces does {WORDS.a(shape)} have?"])
        yield fact(f"{a} has {corner_word(edges, 'edge')}.", "shapes", shape, [f"How many edges does {WORDS.a(shape)} have?"])
        yield fact(
            f"{a} has {corner_word(corners, 'corner')}.", "shapes", shape, [f"How many corners does {WORDS.a(shape)} have?"]
        )


def colour_mix_facts() -> Iterator[Fact]:
    for (c1, c2), mix in t.COLOUR_MIXES.items():
        if c1 in PRIMARY and c2 in PRIMARY:
            yield fact(
                f"You make {mix} by mixing {c1} and {c2}.",
                "colours",
                mix,
                [f"How do you make {mix}?", f"What colours make {mix}?", f"How do I make {mix} paint?"],
            )
    for colour, tint in TINTS.items():
        yield fact(
            f"Mixing {colour} with white makes {tint}.",
            "colours",
            tint,
            [f"What do {colour} and white make?", f"How do you make {tint}?"],
        )
    for colour in SHADES:
        yield fact(
            f"Mixing {colour} with black makes dark {colour}.",
            "colours",
            f"dark {colour}",
            [f"What do {colour} and black make?", f"How do you make dark {colour}?"],
        )
    for before, colour in pairwise(t.RAINBOW):
        yield fact(
            f"In a rainbow, {colour} comes after {before}.",
            "colours",
            "rainbow",
            [f"What colour comes after {before} in a rainbow?", f"Which colour is after {before} in the rainbow?"],
        )


def facts() -> Iterator[Fact]:
    yield from number_word_facts()
    yield from odd_even_facts()
    yield from order_facts()
    yield from place_value_facts()
    yield from bond_facts()
    yield from ordinal_facts()
    yield from roman_facts()
    yield from rule_facts(NUMBER_RULES, "numbers")
    yield from sequence_facts(t.DAYS, "day")
    yield from sequence_facts(t.MONTHS, "month")
    yield from sequence_facts(t.SEASONS, "season", "weather")
    yield from month_facts()
    yield from week_facts()
    yield from season_month_facts()
    yield from rule_facts(TIME_UNITS, "time")
    yield from conversion_facts()
    yield from clock_facts()
    yield from polygon_facts()
    yield from rule_facts(FLAT_SHAPES, "shapes")
    yield from solid_facts()
    yield from rule_facts(SHAPE_EXAMPLES, "shapes")
    yield from colour_mix_facts()
    yield from rule_facts(COLOUR_FACTS, "colours")
