"""Remembered facts: the child tells Starmind something, then asks about it in other words."""

from __future__ import annotations

import random

from .example import Example
from .phrasing import childify, pick

PETS = ["dog", "cat", "rabbit", "hamster", "fish", "parrot", "tortoise", "guinea pig", "pony", "snake"]
PET_NAMES = [
    "Rex",
    "Bella",
    "Max",
    "Luna",
    "Charlie",
    "Daisy",
    "Oscar",
    "Milo",
    "Coco",
    "Biscuit",
    "Ziggy",
    "Nibbles",
    "Pepper",
    "Shadow",
    "Bubbles",
    "Rolo",
    "Fluffy",
    "Toby",
    "Mochi",
    "Pickle",
]
PEOPLE = [
    "Anna",
    "Ben",
    "Chloe",
    "Dev",
    "Ella",
    "Finn",
    "Grace",
    "Hugo",
    "Isla",
    "Jack",
    "Kai",
    "Lola",
    "Omar",
    "Priya",
    "Ruby",
    "Sam",
    "Tara",
    "Umar",
    "Yuki",
    "Zoe",
    "Mrs Patel",
    "Mr Jones",
    "Ms Brown",
    "Mr Chen",
]
COLOURS = ["red", "blue", "green", "yellow", "purple", "pink", "orange", "black", "white"]
FOODS = ["pizza", "pasta", "apples", "bananas", "ice cream", "pancakes", "rice", "carrots", "strawberries", "soup"]
SPORTS = ["football", "swimming", "tennis", "dancing", "gymnastics", "basketball", "cricket", "running"]
TOWNS = ["Leeds", "Bristol", "Cardiff", "Glasgow", "York", "Dublin", "Boston", "Leeds", "Oxford", "Bath", "Perth", "Nairobi"]


NOT_TOLD = [
    ("cat", "What is my cat called?"),
    ("favourite animal", "What is my favourite animal?"),
    ("brother", "What is my brother's name?"),
    ("grandma", "Where does my grandma live?"),
    ("shoe", "What size are my shoes?"),
    ("school", "What is my school called?"),
]


def _fact(rng: random.Random, kind: int):
    """One remembered fact of a given kind (0-8): (statement, [question forms], answer)."""
    if kind == 0:
        pet, name = pick(rng, PETS), pick(rng, PET_NAMES)
        return (
            pick(rng, [f"My {pet} is called {name}.", f"My {pet}'s name is {name}.", f"I have a {pet} called {name}."]),
            [
                f"What is my {pet}'s name?",
                f"What is my {pet} called?",
                f"What's the name of my {pet}?",
                "What is my pet called?",
                f"Do you remember my {pet}'s name?",
            ],
            f"Your {pet} is called {name}.",
        )
    if kind == 1:
        age = rng.randint(4, 12)
        return (
            pick(rng, [f"I am {age} years old.", f"I'm {age}.", f"My age is {age}."]),
            ["How old am I?", "What is my age?", "Do you know how old I am?"],
            f"You are {age} years old.",
        )
    if kind == 2:
        c = pick(rng, COLOURS)
        return (
            pick(rng, [f"My favourite colour is {c}.", f"I love the colour {c}.", f"{c.capitalize()} is my favourite colour."]),
            ["What is my favourite colour?", "What colour do I like best?", "Which colour do I love?"],
            f"Your favourite colour is {c}.",
        )
    if kind == 3:
        name = pick(rng, PEOPLE)
        return (
            pick(rng, [f"My name is {name}.", f"I am {name}.", f"I'm called {name}."]),
            ["What is my name?", "Who am I?", "Do you know my name?", "What am I called?"],
            f"Your name is {name}.",
        )
    if kind == 4:
        f = pick(rng, FOODS)
        return (
            pick(rng, [f"My favourite food is {f}.", f"I love eating {f}.", f"I like {f} best."]),
            ["What is my favourite food?", "What food do I like best?", "What do I love to eat?"],
            f"Your favourite food is {f}.",
        )
    if kind == 5:
        who, name = pick(rng, ["sister", "brother", "best friend", "teacher", "cousin", "grandma", "grandad"]), pick(rng, PEOPLE)
        return (
            pick(rng, [f"My {who} is called {name}.", f"My {who}'s name is {name}.", f"{name} is my {who}."]),
            [f"What is my {who}'s name?", f"Who is my {who}?", f"What is my {who} called?"],
            f"Your {who} is called {name}.",
        )
    if kind == 6:
        s = pick(rng, SPORTS)
        return (
            pick(rng, [f"I love {s}.", f"My favourite sport is {s}.", f"I go to {s} club."]),
            ["What is my favourite sport?", "What sport do I like?", "Which sport do I love?"],
            f"You love {s}.",
        )
    if kind == 7:
        town = pick(rng, TOWNS)
        return (
            pick(rng, [f"I live in {town}.", f"My home is in {town}.", f"We live in {town}."]),
            ["Where do I live?", "Which town do I live in?", "Where is my home?"],
            f"You live in {town}.",
        )
    n = rng.randint(2, 9)
    thing = pick(rng, ["toy cars", "teddies", "books", "fish", "cousins", "plants"])
    return (f"I have {n} {thing}.", [f"How many {thing} do I have?", f"How many {thing} have I got?"], f"You have {n} {thing}.")


def generate(rng: random.Random) -> Example:
    facts = [_fact(rng, kind) for kind in rng.sample(range(9), rng.randint(1, 4))]
    statements = [f[0] for f in facts]
    if rng.random() < 0.12:
        # Asked about something that was not told: say so instead of guessing.
        keyword, q = pick(rng, NOT_TOLD)
        if not any(keyword in s.lower() for s in statements):
            return Example("memory", childify(q, rng), "I don't know that yet. You can tell me!", facts=statements)
    _, forms, answer = pick(rng, facts)
    return Example("memory", childify(pick(rng, forms), rng), answer, facts=statements)
