"""Remembered facts: the child tells Starmind things, then asks about one of them in other words.

Names come from a long list and from made-up names, and values from the curriculum's own tables, so the model must
copy what it was told: it can't get by on recalling a few names it saw often. A question about something that was
never told gets "I don't know that yet".
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache, partial
from typing import NamedTuple

from .example import Example
from .facts_tables import ANIMALS, COUNTRIES, DAYS, JOBS, MONTHS, PLANETS, SEASONS, SHAPES
from .phrasing import childify, pick
from .words import dale_chall_words

NAMES = """Anna Ben Chloe Dev Ella Finn Grace Hugo Isla Jack Kai Lola Omar Priya Ruby Sam Tara Umar Yuki Zoe Lily Mia Noah
    Leo Amara Oscar Ava Ethan Sofia Arjun Maya Lucas Nia Theo Freya Ali Hana Ivy Jonah Kofi Layla Max Nora Olu Pia Rosa
    Sami Tom Una Vera Will Xena Yara Zain Ada Bo Cleo Dara Eli Fatima Gus Hiro Ines Jade Kit Luca Mo Nadia Otis Poppy
    Quinn Rafi Sana Ted Uma Vik Wren Yusuf Zara""".split()
TITLES = ["Mr", "Mrs", "Ms", "Miss"]
SYLLABLES = """ba be bi bo bu da di do ka ki ko la le li lo lu ma me mi mo na ni no pa pe pi po ra re ri ro sa si so ta
    te ti to va vi wi za zo""".split()
ENDINGS = ["", "", "", "n", "x", "s", "l", "m", "y"]


def made_up_name(rng: random.Random) -> str:
    """A name it has never seen: two or three syllables, like Kolami or Penix."""
    return ("".join(pick(rng, SYLLABLES) for _ in range(rng.randint(2, 3))) + pick(rng, ENDINGS)).capitalize()


@cache
def word_names() -> list[str]:
    """Everyday words as names, the way pets and teddies get them: Peanut, Biscuit, Snowy, Bubbles."""
    return sorted(w.capitalize() for w in dale_chall_words() if w.isalpha() and 3 <= len(w) <= 9)


def any_name(rng: random.Random) -> str:
    """A real name, an everyday word or a made-up name: so many that copying what was told is the only way."""
    kind = rng.random()
    return pick(rng, NAMES) if kind < 0.35 else pick(rng, word_names()) if kind < 0.7 else made_up_name(rng)


def a_name(rng: random.Random, grown_up: bool = False) -> str:
    name = any_name(rng)
    return f"{pick(rng, TITLES)} {made_up_name(rng) if rng.random() < 0.5 else name}" if grown_up else name


# kind of pet -> other words a child uses for it
PETS = {
    "dog": ["puppy", "doggy"],
    "cat": ["kitty", "kitten"],
    "rabbit": ["bunny"],
    "hamster": [],
    "fish": ["goldfish"],
    "parrot": ["bird"],
    "tortoise": [],
    "guinea pig": [],
    "pony": ["horse"],
    "snake": [],
    "lizard": [],
    "mouse": [],
    "teddy": ["teddy bear", "bear"],
    "doll": [],
}
# family member or friend -> other words for them
PEOPLE = {
    "sister": ["big sister"],
    "brother": ["big brother"],
    "baby brother": ["little brother"],
    "baby sister": ["little sister"],
    "best friend": ["bestie", "best mate"],
    "cousin": [],
    "grandma": ["granny", "nan"],
    "grandad": ["grandpa", "grandfather"],
    "mum": ["mummy", "mother"],
    "dad": ["daddy", "father"],
    "aunt": ["auntie"],
    "uncle": [],
    "neighbour": ["next door neighbour"],
}
FAVOURITES = {
    "colour": ["red", "blue", "green", "yellow", "purple", "pink", "orange", "black", "white", "silver", "gold"],
    "food": ["pizza", "pasta", "rice", "soup", "pancakes", "noodles", "sandwiches", "ice cream", "curry", "toast"],
    "animal": [f"the {animal}" for animal in sorted(ANIMALS)],
    "fruit": ["mango", "apples", "bananas", "grapes", "strawberries", "pears", "cherries", "melon", "kiwi", "oranges"],
    "sport": ["football", "swimming", "tennis", "dancing", "gymnastics", "basketball", "cricket", "running", "skating"],
    "day": DAYS,
    "season": SEASONS,
    "shape": sorted(SHAPES),
    "toy": ["my teddy", "my robot", "my kite", "my train set", "my doll", "my blocks", "my yo-yo", "my ball"],
    "drink": ["milk", "water", "orange juice", "apple juice", "hot chocolate"],
    "number": [str(n) for n in range(1, 101)],
    "book": ["about a dragon", "about a pirate", "about space", "about a lost cat", "about dinosaurs", "about a magic tree"],
    "ice cream": ["strawberry", "chocolate", "vanilla", "mint", "banana", "cookie"],
    "game": ["chess", "tag", "hide and seek", "snap", "football", "board games", "dominoes", "tennis"],
    "subject": ["maths", "reading", "art", "science", "music", "PE", "spelling"],
    "planet": PLANETS,
    "dinosaur": ["T. rex", "Triceratops", "Stegosaurus", "Diplodocus", "Velociraptor"],
    "flower": ["roses", "daisies", "sunflowers", "tulips", "bluebells"],
    "film": ["Frozen", "Toy Story", "Moana", "Paddington", "The Lion King"],
    "letter": list("ABCDEFGHIJKLMNOPRSTWYZ"),
}
# other words a child uses for a favourite kind of thing
FAVOURITE_WORDS = {
    "season": ["time of year"],
    "day": ["day of the week"],
    "number": ["lucky number"],
    "animal": ["creature"],
    "game": ["thing to play"],
    "subject": ["lesson"],
    "ice cream": ["ice cream flavour", "flavour of ice cream"],
    "drink": ["thing to drink"],
}
NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
INSTRUMENTS = ["piano", "violin", "drums", "guitar", "recorder", "trumpet", "flute", "cello", "ukulele"]
FEARS = ["spiders", "the dark", "thunder", "bees", "big dogs", "ghosts", "snakes", "monsters", "loud noises", "wasps"]
CLUBS = ["football", "chess", "art", "drama", "swimming", "dance", "coding", "judo", "Beavers", "Brownies"]
PLACES = [
    "Leeds",
    "Bristol",
    "Cardiff",
    "Glasgow",
    "York",
    "Dublin",
    "Oxford",
    "Bath",
    "Perth",
    "Nairobi",
    "Boston",
    "Lagos",
    "Mumbai",
    "Toronto",
    *COUNTRIES,
    "a flat",
    "a house",
    "a farm",
    "the city",
    "the countryside",
]
SCHOOL_WORDS = ["Oak", "Hill", "Park", "River", "Green", "Meadow", "Brook", "Elm", "Castle", "Bridge", "Valley", "Lake"]
COUNTED = ["toy cars", "teddies", "books", "fish", "cousins", "plants", "brothers", "sisters", "pets", "stickers", "crayons"]


def _a(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


class Fact(NamedTuple):
    """A remembered fact: how the child said it, questions that ask for it in other words, and the answer."""

    statement: str
    questions: list[str]
    answer: str


def _fact(rng: random.Random, tellings: list[str], questions: list[str], answer: str, **values) -> Fact:
    """Fill the templates in with `values` and pick one of the ways to tell it (always the last draw of a fact)."""
    return Fact(pick(rng, tellings).format(**values), [q.format(**values) for q in questions], answer.format(**values))


# One function per kind of fact: it draws the fact's values, then `_fact` fills in how it is told, asked and answered.


def _pet(rng: random.Random) -> Fact:
    pet, name = pick(rng, list(PETS)), any_name(rng)
    if pet in ("teddy", "doll") and rng.random() < 0.4:
        name = f"{pick(rng, ['Mr', 'Mrs', 'Miss'])} {name}"
    word, told = pick(rng, [pet, pet, *PETS[pet], "pet"]), pick(rng, [pet, pet, *PETS[pet]])
    return _fact(
        rng,
        ["My {told} is called {name}.", "My {told}'s name is {name}.", "I have {a_told} called {name}.", "{name} is my {told}."],
        [
            "What is my {word}'s name?",
            "What is my {word} called?",
            "What's the name of my {word}?",
            "What did I call my {word}?",
            "Can you remember my {word}'s name?",
            "Who is my {word}?",
            "Remind me what my {word} is called.",
            "What name did I give my {word}?",
        ],
        "Your {pet} is called {name}.",
        pet=pet,
        name=name,
        word=word,
        told=told,
        a_told=_a(told),
    )


def _person(rng: random.Random) -> Fact:
    who = pick(rng, list(PEOPLE))
    name = a_name(rng, grown_up=who in ("aunt", "uncle", "neighbour") and rng.random() < 0.5)
    word, told = pick(rng, [who, who, *PEOPLE[who]]), pick(rng, [who, who, *PEOPLE[who]])
    return _fact(
        rng,
        [
            "My {told} is called {name}.",
            "My {told}'s name is {name}.",
            "{name} is my {told}.",
            "I have {a_told} called {name}.",
            "My {told} is {name}.",
        ],
        [
            "What is my {word}'s name?",
            "Who is my {word}?",
            "What is my {word} called?",
            "What's my {word}'s name?",
            "Do you know my {word}'s name?",
        ],
        "Your {who} is called {name}.",
        who=who,
        name=name,
        word=word,
        told=told,
        a_told=_a(told),
    )


def _teacher(rng: random.Random) -> Fact:
    return _fact(
        rng,
        ["My teacher is {name}.", "My teacher's name is {name}.", "{name} is my teacher."],
        ["Who is my teacher?", "What is my teacher called?", "Who teaches me?", "Who teaches my class?"],
        "Your teacher is {name}.",
        name=a_name(rng, grown_up=True),
    )


def _me(rng: random.Random) -> Fact:
    return _fact(
        rng,
        ["My name is {name}.", "I am {name}.", "I'm called {name}.", "Call me {name}."],
        ["What is my name?", "Who am I?", "Do you know my name?", "What am I called?", "Can you say my name?"],
        "Your name is {name}.",
        name=a_name(rng),
    )


def _age(rng: random.Random) -> Fact:
    return _fact(
        rng,
        ["I am {age} years old.", "I'm {age}.", "My age is {age}.", "I am {age}."],
        [
            "How old am I?",
            "What is my age?",
            "Do you know how old I am?",
            "How many years old am I?",
            "How old did I say I am?",
            "What age did I tell you I am?",
        ],
        "You are {age} years old.",
        age=rng.randint(3, 12),
    )


def _favourite(rng: random.Random, what: str) -> Fact:
    value = pick(rng, FAVOURITES[what])
    word = pick(rng, [what, what, *FAVOURITE_WORDS.get(what, [])])
    return _fact(
        rng,
        [
            "My favourite {what} is {value}.",
            "{Value} is my favourite {what}.",
            "I like {value} best.",
            "I love {value} the most.",
        ],
        [
            "What is my favourite {word}?",
            "Which {word} do I like best?",
            "What {word} do I love most?",
            "What's the {word} I like the most?",
            "Do you remember my favourite {word}?",
            "Which {word} did I say I like?",
            "What's my best {word}?",
            "Tell me my favourite {word}.",
        ],
        "Your favourite {what} is {told}.",
        what=what,
        value=value,
        Value=_capital(value),
        told=value.replace("my ", "your "),
        word=word,
    )


def _favourite_book(rng: random.Random) -> Fact:
    value = pick(rng, FAVOURITES["book"])
    return _fact(
        rng,
        ["My favourite book is {value}.", "I love my book {value}.", "My best book is {value}."],
        ["What is my favourite book about?", "What's my best book about?", "What is the book I love about?"],
        "Your favourite book is {told}.",
        value=value,
        told=value.replace("my ", "your "),
    )


def _favourite_game(rng: random.Random) -> Fact:
    value = pick(rng, FAVOURITES["game"])
    return _fact(
        rng,
        ["I love playing {value}.", "My favourite game is {value}.", "I like playing {value} best."],
        ["What game do I love?", "Which game do I like playing?", "What do I love to play?", "What is my favourite game?"],
        "You love playing {told}.",
        value=value,
        told=value.replace("my ", "your "),
    )


def _job(rng: random.Random) -> Fact:
    who, job = pick(rng, ["mum", "dad", "grandma", "grandad", "aunt", "uncle"]), pick(rng, sorted(JOBS))
    return _fact(
        rng,
        ["My {who} is {a_job}.", "My {who} works as {a_job}.", "My {who}'s job is {job}."],
        [
            "What job does my {word} do?",
            "What does my {word} do for work?",
            "What is my {word}'s job?",
            "What work does my {word} do?",
        ],
        "Your {who} is {a_job}.",
        who=who,
        job=job,
        a_job=_a(job),
        word=pick(rng, [who, *PEOPLE[who]]),
    )


def _grow_up(rng: random.Random) -> Fact:
    return _fact(
        rng,
        ["I want to be {a_job} when I grow up.", "When I grow up I want to be {a_job}."],
        ["What do I want to be when I grow up?", "What job do I want when I'm older?", "What do I want to be one day?"],
        "You want to be {a_job} when you grow up.",
        a_job=_a(pick(rng, sorted(JOBS))),
    )


def _lives(rng: random.Random) -> Fact:
    who, place = pick(rng, ["I", "grandma", "grandad", "cousin", "aunt", "best friend"]), pick(rng, PLACES)
    if who == "I":
        a_home = place.startswith("a ") or place.startswith("the ")
        return _fact(
            rng,
            ["I live in {place}.", "My home is in {place}.", "We live in {place}."],
            [
                "Where do I live?",
                "Where is my home?",
                "Where do we live?",
                "Where is my house?",
                "What town is my home in?",
                "What place do I live in?",
                "Where did I say I live?",
                *(["What kind of home do I live in?", "What sort of place do I live in?"] if a_home else []),
            ],
            "You live in {place}.",
            place=place,
        )
    return _fact(
        rng,
        ["My {told} lives in {place}.", "My {told}'s home is in {place}."],
        ["Where does my {word} live?", "Where is my {word}'s home?", "Where can I find my {word}'s house?"],
        "Your {who} lives in {place}.",
        who=who,
        place=place,
        word=pick(rng, [who, *PEOPLE[who]]),
        told=pick(rng, [who, *PEOPLE[who]]),
    )


def _instrument(rng: random.Random) -> Fact:
    return _fact(
        rng,
        ["I play the {thing}.", "I am learning the {thing}.", "I have {thing} lessons."],
        ["What instrument do I play?", "What music do I play?", "Which instrument am I learning?"],
        "You play the {thing}.",
        thing=pick(rng, INSTRUMENTS),
    )


def _fear(rng: random.Random) -> Fact:
    thing = pick(rng, FEARS)
    return _fact(
        rng,
        ["I am scared of {thing}.", "I'm afraid of {thing}.", "{Thing} scare me."],
        [
            "What am I scared of?",
            "What am I afraid of?",
            "What scares me?",
            "What makes me frightened?",
            "Which animal am I scared of?",
            "What thing am I afraid of?",
        ],
        "You are scared of {thing}.",
        thing=thing,
        Thing=_capital(thing),
    )


def _birthday(rng: random.Random) -> Fact:
    return _fact(
        rng,
        ["My birthday is in {month}.", "I was born in {month}."],
        ["When is my birthday?", "Which month is my birthday?", "What month was I born in?", "In which month is my birthday?"],
        "Your birthday is in {month}.",
        month=pick(rng, MONTHS),
    )


def _school(rng: random.Random) -> Fact:
    return _fact(
        rng,
        ["My school is called {school}.", "I go to {school}.", "My school's name is {school}."],
        ["What is my school called?", "Which school do I go to?", "What is the name of my school?"],
        "Your school is called {school}.",
        school=" ".join(rng.sample(SCHOOL_WORDS, 2)) + pick(rng, ["", " School", " Primary"]),
    )


def _club(rng: random.Random) -> Fact:
    return _fact(
        rng,
        ["I go to {club} club.", "On Saturdays I go to {club} club."],
        ["What club do I go to?", "Which club am I in?", "What club do I go to after school?"],
        "You go to {club} club.",
        club=pick(rng, CLUBS),
    )


def _friend_has(rng: random.Random) -> Fact:
    name, pet = a_name(rng), pick(rng, list(PETS))
    return _fact(
        rng,
        ["My friend {name} has {a_pet}.", "{name} has {a_pet}.", "My best friend {name} has got {a_pet}."],
        ["Who has {a_pet}?", "Which friend has {a_pet}?", "Who has got {a_pet}?", "Whose is the {pet}?"],
        "{name} has {a_pet}.",
        name=name,
        pet=pet,
        a_pet=_a(pet),
    )


def _their_age(rng: random.Random) -> Fact:
    who, age = pick(rng, ["brother", "sister", "cousin", "best friend", "baby brother", "baby sister"]), rng.randint(1, 15)
    return _fact(
        rng,
        ["My {who} is {age} years old.", "My {who} is {age}."],
        ["How old is my {word}?", "What age is my {word}?", "How many years old is my {word}?"],
        "Your {who} is {age} years old.",
        who=who,
        age=age,
        word=pick(rng, [who, *PEOPLE[who]]),
    )


def _count(rng: random.Random) -> Fact:
    n, thing = rng.randint(1, 12), pick(rng, COUNTED)
    said = NUMBER_WORDS[n] if rng.random() < 0.4 else str(n)
    if n == 1:
        thing = {"fish": "fish", "teddies": "teddy", "toy cars": "toy car"}.get(thing, thing.removesuffix("s"))
    return _fact(
        rng,
        ["I have {said} {thing}.", "I've got {said} {thing}."],
        ["How many {thing} do I have?", "How many {thing} have I got?", "Do you know how many {thing} I have?"],
        "You have {n} {thing}.",
        n=n,
        said=said,
        thing=thing,
    )


# kind of fact -> the function that makes one
FACT_KINDS: dict[str, Callable[[random.Random], Fact]] = {
    "pet": _pet,
    "person": _person,
    "teacher": _teacher,
    "me": _me,
    "age": _age,
    **{f"favourite {what}": partial(_favourite, what=what) for what in FAVOURITES},
    "favourite book": _favourite_book,
    "favourite game": _favourite_game,
    "job": _job,
    "grow up": _grow_up,
    "lives": _lives,
    "instrument": _instrument,
    "fear": _fear,
    "birthday": _birthday,
    "school": _school,
    "club": _club,
    "friend has": _friend_has,
    "their age": _their_age,
    "count": _count,
}


def a_fact(rng: random.Random, kind: str) -> Fact:
    """One remembered fact of a kind of `FACT_KINDS`: (statement, [questions], answer)."""
    return FACT_KINDS[kind](rng)


# Facts with names come several times: copying a name it was told, exactly, is the hardest part of remembering.
KINDS = [
    "pet",
    "pet",
    "pet",
    "person",
    "person",
    "person",
    "teacher",
    "teacher",
    "me",
    "me",
    "friend has",
    "age",
    "job",
    "grow up",
    "lives",
    "instrument",
    "fear",
    "birthday",
    "school",
    "club",
    "count",
    "friend has",
    "their age",
    *(f"favourite {w}" for w in FAVOURITES),
]


TOLD_REPLIES = ["Thanks for telling me!", "That's nice to know. Thanks for telling me!"]
TELLABLE = [k for k in KINDS if k != "fear"]  # "I'm scared of the dark" is a feeling to comfort, not a fact to note


def told(rng: random.Random) -> Example:
    """The child tells a fact in the conversation (not through remember()): thank them, then use it when asked."""
    statement, forms, answer = a_fact(rng, pick(rng, TELLABLE))
    said = childify(statement, rng, noisy=False)
    if rng.random() < 0.4:
        return Example("memory", said, pick(rng, TOLD_REPLIES))
    return Example("memory", childify(pick(rng, forms), rng), answer, history=[(said, pick(rng, TOLD_REPLIES))])


def generate(rng: random.Random) -> Example:
    if rng.random() < 0.12:
        return told(rng)
    kinds = rng.sample(KINDS, pick(rng, [1, 2, 2, 3, 3, 4]))  # most often several, so the right one must be found
    facts = list({f[2].split(" is ")[0]: f for f in (a_fact(rng, kind) for kind in kinds)}.values())  # one per "Your X"
    statements = [f[0] for f in facts]
    if rng.random() < 0.08:  # asked about something that was never told: say so instead of guessing
        untold = pick(rng, [k for k in KINDS if k not in kinds and k != "person"])
        question = pick(rng, a_fact(rng, untold)[1])
        return Example("memory", childify(question, rng), "I don't know that yet. You can tell me!", facts=statements)
    _, forms, answer = pick(rng, facts)
    return Example("memory", childify(pick(rng, forms), rng), answer, facts=statements)
