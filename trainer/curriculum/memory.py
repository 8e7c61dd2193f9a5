"""Remembered facts: the child tells Starmind things, then asks about one of them in other words.

Names come from a long list and from made-up names, and values from the curriculum's own tables, so the model must
copy what it was told: it can't get by on recalling a few names it saw often. A question about something that was
never told gets "I don't know that yet".
"""

from __future__ import annotations

import random
from functools import cache

from .example import Example
from .facts_tables import ANIMALS, COUNTRIES, DAYS, JOBS, MONTHS, PLANETS, SEASONS, SHAPES
from .phrasing import childify, pick

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
    from .vocabulary import dale_chall_words  # here: the vocabulary filter imports the skill modules

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


def a_fact(rng: random.Random, kind: str):
    """One remembered fact: (statement, [questions], answer)."""
    if kind == "pet":
        pet, name = pick(rng, list(PETS)), any_name(rng)
        if pet in ("teddy", "doll") and rng.random() < 0.4:
            name = f"{pick(rng, ['Mr', 'Mrs', 'Miss'])} {name}"
        word = pick(rng, [pet, pet, *PETS[pet], "pet"])
        told = pick(rng, [pet, pet, *PETS[pet]])
        return (
            pick(
                rng,
                [
                    f"My {told} is called {name}.",
                    f"My {told}'s name is {name}.",
                    f"I have {_a(told)} called {name}.",
                    f"{name} is my {told}.",
                ],
            ),
            [
                f"What is my {word}'s name?",
                f"What is my {word} called?",
                f"What's the name of my {word}?",
                f"What did I call my {word}?",
                f"Can you remember my {word}'s name?",
                f"Who is my {word}?",
                f"Remind me what my {word} is called.",
                f"What name did I give my {word}?",
            ],
            f"Your {pet} is called {name}.",
        )
    if kind == "person":
        who = pick(rng, list(PEOPLE))
        name = a_name(rng, grown_up=who in ("aunt", "uncle", "neighbour") and rng.random() < 0.5)
        word = pick(rng, [who, who, *PEOPLE[who]])
        told = pick(rng, [who, who, *PEOPLE[who]])
        return (
            pick(
                rng,
                [
                    f"My {told} is called {name}.",
                    f"My {told}'s name is {name}.",
                    f"{name} is my {told}.",
                    f"I have {_a(told)} called {name}.",
                    f"My {told} is {name}.",
                ],
            ),
            [
                f"What is my {word}'s name?",
                f"Who is my {word}?",
                f"What is my {word} called?",
                f"What's my {word}'s name?",
                f"Do you know my {word}'s name?",
            ],
            f"Your {who} is called {name}.",
        )
    if kind == "teacher":
        name = a_name(rng, grown_up=True)
        return (
            pick(rng, [f"My teacher is {name}.", f"My teacher's name is {name}.", f"{name} is my teacher."]),
            ["Who is my teacher?", "What is my teacher called?", "Who teaches me?", "Who teaches my class?"],
            f"Your teacher is {name}.",
        )
    if kind == "me":
        name = a_name(rng)
        return (
            pick(rng, [f"My name is {name}.", f"I am {name}.", f"I'm called {name}.", f"Call me {name}."]),
            ["What is my name?", "Who am I?", "Do you know my name?", "What am I called?", "Can you say my name?"],
            f"Your name is {name}.",
        )
    if kind == "age":
        age = rng.randint(3, 12)
        return (
            pick(rng, [f"I am {age} years old.", f"I'm {age}.", f"My age is {age}.", f"I am {age}."]),
            [
                "How old am I?",
                "What is my age?",
                "Do you know how old I am?",
                "How many years old am I?",
                "How old did I say I am?",
                "What age did I tell you I am?",
            ],
            f"You are {age} years old.",
        )
    if kind.startswith("favourite "):
        what = kind.split(" ", 1)[1]
        value = pick(rng, FAVOURITES[what])
        told = value.replace("my ", "your ")
        if what == "book":
            return (
                pick(rng, [f"My favourite book is {value}.", f"I love my book {value}.", f"My best book is {value}."]),
                ["What is my favourite book about?", "What's my best book about?", "What is the book I love about?"],
                f"Your favourite book is {told}.",
            )
        if what == "game":
            return (
                pick(rng, [f"I love playing {value}.", f"My favourite game is {value}.", f"I like playing {value} best."]),
                [
                    "What game do I love?",
                    "Which game do I like playing?",
                    "What do I love to play?",
                    "What is my favourite game?",
                ],
                f"You love playing {told}.",
            )
        word = pick(rng, [what, what, *FAVOURITE_WORDS.get(what, [])])
        return (
            pick(
                rng,
                [
                    f"My favourite {what} is {value}.",
                    f"{value[0].upper() + value[1:]} is my favourite {what}.",
                    f"I like {value} best.",
                    f"I love {value} the most.",
                ],
            ),
            [
                f"What is my favourite {word}?",
                f"Which {word} do I like best?",
                f"What {word} do I love most?",
                f"What's the {word} I like the most?",
                f"Do you remember my favourite {word}?",
                f"Which {word} did I say I like?",
                f"What's my best {word}?",
                f"Tell me my favourite {word}.",
            ],
            f"Your favourite {what} is {told}.",
        )
    if kind == "job":
        who, job = pick(rng, ["mum", "dad", "grandma", "grandad", "aunt", "uncle"]), pick(rng, sorted(JOBS))
        word = pick(rng, [who, *PEOPLE[who]])
        return (
            pick(rng, [f"My {who} is {_a(job)}.", f"My {who} works as {_a(job)}.", f"My {who}'s job is {job}."]),
            [
                f"What job does my {word} do?",
                f"What does my {word} do for work?",
                f"What is my {word}'s job?",
                f"What work does my {word} do?",
            ],
            f"Your {who} is {_a(job)}.",
        )
    if kind == "grow up":
        job = pick(rng, sorted(JOBS))
        return (
            pick(rng, [f"I want to be {_a(job)} when I grow up.", f"When I grow up I want to be {_a(job)}."]),
            ["What do I want to be when I grow up?", "What job do I want when I'm older?", "What do I want to be one day?"],
            f"You want to be {_a(job)} when you grow up.",
        )
    if kind == "lives":
        who, place = pick(rng, ["I", "grandma", "grandad", "cousin", "aunt", "best friend"]), pick(rng, PLACES)
        if who == "I":
            home = place.startswith("a ") or place.startswith("the ")
            return (
                pick(rng, [f"I live in {place}.", f"My home is in {place}.", f"We live in {place}."]),
                [
                    "Where do I live?",
                    "Where is my home?",
                    "Where do we live?",
                    "Where is my house?",
                    "What town is my home in?",
                    "What place do I live in?",
                    "Where did I say I live?",
                    *(["What kind of home do I live in?", "What sort of place do I live in?"] if home else []),
                ],
                f"You live in {place}.",
            )
        word, told = pick(rng, [who, *PEOPLE[who]]), pick(rng, [who, *PEOPLE[who]])
        return (
            pick(rng, [f"My {told} lives in {place}.", f"My {told}'s home is in {place}."]),
            [f"Where does my {word} live?", f"Where is my {word}'s home?", f"Where can I find my {word}'s house?"],
            f"Your {who} lives in {place}.",
        )
    if kind == "instrument":
        thing = pick(rng, INSTRUMENTS)
        return (
            pick(rng, [f"I play the {thing}.", f"I am learning the {thing}.", f"I have {thing} lessons."]),
            ["What instrument do I play?", "What music do I play?", "Which instrument am I learning?"],
            f"You play the {thing}.",
        )
    if kind == "fear":
        thing = pick(rng, FEARS)
        return (
            pick(rng, [f"I am scared of {thing}.", f"I'm afraid of {thing}.", f"{thing[0].upper() + thing[1:]} scare me."]),
            [
                "What am I scared of?",
                "What am I afraid of?",
                "What scares me?",
                "What makes me frightened?",
                "Which animal am I scared of?",
                "What thing am I afraid of?",
            ],
            f"You are scared of {thing}.",
        )
    if kind == "birthday":
        month = pick(rng, MONTHS)
        return (
            pick(rng, [f"My birthday is in {month}.", f"I was born in {month}."]),
            [
                "When is my birthday?",
                "Which month is my birthday?",
                "What month was I born in?",
                "In which month is my birthday?",
            ],
            f"Your birthday is in {month}.",
        )
    if kind == "school":
        school = " ".join(rng.sample(SCHOOL_WORDS, 2)) + pick(rng, ["", " School", " Primary"])
        return (
            pick(rng, [f"My school is called {school}.", f"I go to {school}.", f"My school's name is {school}."]),
            ["What is my school called?", "Which school do I go to?", "What is the name of my school?"],
            f"Your school is called {school}.",
        )
    if kind == "club":
        club = pick(rng, CLUBS)
        return (
            pick(rng, [f"I go to {club} club.", f"On Saturdays I go to {club} club."]),
            ["What club do I go to?", "Which club am I in?", "What club do I go to after school?"],
            f"You go to {club} club.",
        )
    if kind == "friend has":
        name, pet = a_name(rng), pick(rng, list(PETS))
        return (
            pick(
                rng, [f"My friend {name} has {_a(pet)}.", f"{name} has {_a(pet)}.", f"My best friend {name} has got {_a(pet)}."]
            ),
            [f"Who has {_a(pet)}?", f"Which friend has {_a(pet)}?", f"Who has got {_a(pet)}?", f"Whose is the {pet}?"],
            f"{name} has {_a(pet)}.",
        )
    if kind == "their age":
        who, age = pick(rng, ["brother", "sister", "cousin", "best friend", "baby brother", "baby sister"]), rng.randint(1, 15)
        word = pick(rng, [who, *PEOPLE[who]])
        return (
            pick(rng, [f"My {who} is {age} years old.", f"My {who} is {age}."]),
            [f"How old is my {word}?", f"What age is my {word}?", f"How many years old is my {word}?"],
            f"Your {who} is {age} years old.",
        )
    n, thing = rng.randint(1, 12), pick(rng, COUNTED)
    said = NUMBER_WORDS[n] if rng.random() < 0.4 else str(n)
    if n == 1:
        thing = {"fish": "fish", "teddies": "teddy", "toy cars": "toy car"}.get(thing, thing.removesuffix("s"))
    return (
        pick(rng, [f"I have {said} {thing}.", f"I've got {said} {thing}."]),
        [f"How many {thing} do I have?", f"How many {thing} have I got?", f"Do you know how many {thing} I have?"],
        f"You have {n} {thing}.",
    )


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
