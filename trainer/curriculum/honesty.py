"""Questions Starmind cannot know, and made-up things outside its curriculum: it says "I don't know"."""

from __future__ import annotations

import random
import re

from . import memory
from .example import Example
from .phrasing import childify, pick

UNKNOWABLE = [
    (["what is my teacher's name", "who is my teacher", "whats my teachers name"], "your teacher's name"),
    (["what did i have for breakfast", "what did i eat today", "what was my lunch"], "what you ate"),
    (["who won the match yesterday", "who won the game last night", "did my team win"], "who won the match"),
    (
        ["what will the weather be tomorrow", "will it rain tomorrow", "is it sunny outside now", "what's the weather today"],
        "the weather",
    ),
    (["how much does a bike cost", "what is the price of a toy car", "how much money is a phone"], "prices"),
    (["what is my password", "what is mum's password", "tell me the wifi password"], "passwords"),
    (["what number am i thinking of", "guess my number", "what am i thinking"], "what you are thinking"),
    (["what is in my pocket", "what is in my bag", "what am i holding"], "what you have with you"),
    (["what time is it", "what is the time now", "what day is it today"], "the time or the date right now"),
    (["where is my mum", "where is my dad", "where did i leave my shoes"], "where that is"),
    (["when is my birthday", "how old is my grandma", "what is my brother's name"], "that about your family"),
    (["what will happen tomorrow", "what will i get for christmas", "who will win the cup"], "the future"),
    (["what is the news today", "what happened in the world today"], "today's news"),
    (["what is my friend's name", "who is my best friend", "do you know my best friend's name"], "your friend's name"),
    (["what is my dog called", "what is my cat's name", "what colour is my bike"], "that about you"),
    (["what is my favourite colour", "what food do i like", "what is my favourite song"], "that about you"),
    (["how many people are in my class", "what is my school called", "what room is my class in"], "about your school"),
    (["what score did i get on my test", "did i pass my spelling test", "what did my teacher say today"], "that"),
    (["who is at the door", "is anyone in the kitchen", "what is my mum doing"], "that. I can't see"),
    (["what is the score in the football", "who is winning the game right now", "who won the race today"], "the score"),
    (["how much is a ticket to the zoo", "how much pocket money should i get", "what does a pizza cost"], "prices"),
    (["will it snow at christmas", "will it be sunny on my birthday", "is it cold outside"], "the weather"),
]
# Unknowable questions built from parts: (frames with {x}, things that fill {x}). A child's own life, what is
# happening right now somewhere else, what is hidden, and the future.
PEOPLE = ["my mum", "my dad", "my grandma", "my best friend", "my teacher", "my brother", "my sister", "next door", "my uncle"]
COMPOSED_UNKNOWABLE = [
    (
        ["what is {x}", "do you know {x}", "tell me {x}", "can you guess {x}", "whats {x}"],
        [
            f"{who} {thing}"
            for who in ("my", "my mum's", "my dad's", "my friend's", "my teacher's", "next door's", "my grandma's")
            for thing in ("name", "password", "phone number", "favourite food", "address", "dog's name", "car", "secret")
        ],
    ),
    (
        ["what is {x} doing right now", "where is {x} now", "is {x} at home", "what is {x} thinking", "is {x} happy today"],
        PEOPLE,
    ),
    (
        ["what is in {x}", "how many things are in {x}", "what did i hide in {x}", "guess what is in {x}"],
        ["my pocket", "the box under my bed", "my lunch box", "the cupboard", "my sock drawer", "the present", "my jar"],
    ),
    (
        ["how many {x} have i got", "how many {x} are in my room", "how many {x} are in my jar"],
        ["sweets", "toys", "books", "pencils", "marbles", "socks", "stickers", "coins"],
    ),
    (
        ["what are we having for {x}", "what will mum cook for {x}", "what is for {x}"],
        ["dinner tonight", "tea", "lunch today", "breakfast tomorrow", "pudding"],
    ),
    (
        ["what will the weather be like {x}", "will it rain {x}", "will it be sunny {x}", "is it sunny where i live {x}"],
        ["on saturday", "tomorrow", "next week", "at the weekend", "right now", "on my birthday"],
    ),
    (
        ["what did {x} say today", "what did {x} write on the board", "what did {x} do at school"],
        ["my teacher", "miss", "sir", "my friend", "my brother"],
    ),
    (
        ["what is the name of {x}", "do you know the name of {x}", "what is {x} called"],
        ["my street", "my school", "my town", "the park near me", "my best friend's cat", "the shop near my house"],
    ),
    (
        ["guess {x}", "can you guess {x}", "i bet you can't guess {x}", "do you know {x}"],
        [
            "my middle name",
            "my brother's middle name",
            "what i had for tea",
            "how many goals i scored",
            "what my dog did today",
            "my teacher's first name",
            "what i got for my birthday",
            "where i went on holiday",
        ],
    ),
    (
        ["i'm thinking of {x}, guess what it is", "what {x} am i thinking of", "guess the {x} i'm thinking of"],
        ["a number", "an animal", "a colour", "a food", "a word", "a number between 1 and 10", "a place"],
    ),
    (
        ["how many {x}", "how many {x} today", "do you know how many {x}"],
        [
            "pages are in the book i'm reading",
            "goals my brother scored at practice",
            "children are in my class",
            "sweets my friend has",
            "steps it is to my school",
            "times i jumped on the trampoline",
        ],
    ),
    (
        ["{x}, guess what it is", "{x}, which one is it", "{x}, do you know what it is", "{x}. what is it"],
        [
            "my dog has a favourite ball",
            "my hamster has a best snack",
            "my brother has a secret",
            "i got a new toy today",
            "my mum bought me a present",
            "there is something in my bag",
            "my friend has a new pet",
            "my teacher has a pet at home",
            "i have a sweet in my hand",
        ],
    ),
    (
        ["what is the secret code for {x}", "tell me the code for {x}", "what is the pin for {x}"],
        ["the front door", "mum's phone", "the treasure box", "grandad's shed", "my sister's diary", "the bike lock"],
    ),
    (
        ["who will win {x}", "what will happen {x}", "what will i get {x}"],
        ["the race tomorrow", "the match on saturday", "for my birthday", "at christmas", "next year"],
    ),
]
NOT_TOLD = ["I don't know that. You haven't told me yet!", "I don't know, you haven't told me. You can tell me!"]
UNKNOWN_REPLIES = [
    "I don't know {x}. I can't see or look things up.",
    "I don't know {x}, sorry!",
    "I don't know {x}. Maybe ask a grown-up?",
    "Sorry, I don't know {x}.",
]

SYLLABLES = [
    "zor",
    "bla",
    "quin",
    "tep",
    "mo",
    "rax",
    "vel",
    "dri",
    "nok",
    "su",
    "pli",
    "gan",
    "tor",
    "wix",
    "lu",
    "fen",
    "krat",
    "oo",
    "by",
    "mel",
    "trop",
    "zan",
    "qua",
    "ish",
]
MADE_UP_FRAMES = [
    ("What is the capital of {N}?", "the capital of {N}"),
    ("Who is {N}?", "who {N} is"),
    ("What does {n} mean?", "the word {n}"),
    ("How tall is Mount {N}?", "how tall Mount {N} is"),
    ("What colour is a {n}?", "what a {n} is"),
    ("How many legs does a {n} have?", "what a {n} is"),
    ("What sound does a {n} make?", "what a {n} is"),
    ("Where is {N}?", "where {N} is"),
    ("What is a {n}?", "what a {n} is"),
    ("Who invented the {n}?", "what a {n} is"),
    ("What does a {n} eat?", "what a {n} is"),
    ("When was King {N} born?", "who King {N} was"),
    ("What is the biggest city in {N}?", "about {N}"),
    ("How far away is planet {N}?", "about planet {N}"),
    ("{N} is a country right, so what is its capital?", "the capital of {N}"),
    ("Have you heard of {N}?", "about {N}"),
    ("Tell me about {N}.", "about {N}"),
    ("What is {N} famous for?", "about {N}"),
    ("Who is Professor {N}?", "who Professor {N} is"),
    ("Who is Doctor {N}?", "who Doctor {N} is"),
    ("Who was Captain {N}?", "who Captain {N} was"),
    ("Is Queen {N} nice?", "who Queen {N} is"),
    ("What does a {n} look like?", "what a {n} is"),
    ("Is a {n} dangerous?", "what a {n} is"),
    ("Where do {n}s live?", "what a {n} is"),
    ("Can I eat a {n}?", "what a {n} is"),
    ("How big is a {n}?", "what a {n} is"),
    ("What language do people speak in {N}?", "about {N}"),
    ("Which animals live in {N}?", "about {N}"),
    ("What is the river {N} like?", "about the river {N}"),
    ("How old is {N}?", "who {N} is"),
    ("On planet {N}, which animal is the biggest?", "about planet {N}"),
    ("Who was the king of the land of {N}?", "about the land of {N}"),
    ("How many floors has the tallest building in {N} got?", "about {N}"),
    ("What do people eat in {N}?", "about {N}"),
    ("How many people live in {N}?", "about {N}"),
    ("What is the weather like in {N}?", "about {N}"),
    ("Who is the best footballer in {N}?", "about {N}"),
    ("What is the name of the biggest river in {N}?", "about {N}"),
    ("Did you know that {N} has purple trees?", "about {N}"),
    ("What games do children play in {N}?", "about {N}"),
]
OUTSIDE = [
    "who is the president of the chess club",
    "what is the population of my town",
    "who is the mayor of my town",
    "how many people live on my street",
    "what is the 50th digit of pi",
    "what is the phone number of the zoo",
    "what is the name of the tallest tree in my park",
    "who scored the first goal in 1953",
    "how many grains of sand are on the beach",
    "what is the name of my neighbour's cat",
    "how deep is my pond",
    "what did dinosaurs dream about",
    "what is the speed of the fastest snail ever",
    "who will be the next king",
]


# Made-up words that sound like English: blimbonia, wobblethorpe, snorkleberry.
STARTS = [
    "blim",
    "wob",
    "snor",
    "flib",
    "grum",
    "zib",
    "quib",
    "plon",
    "drob",
    "fizz",
    "trum",
    "glim",
    "skib",
    "morb",
    "wib",
    "frob",
    "glob",
    "snaz",
    "bram",
    "clob",
    "dron",
    "jib",
    "kroff",
    "mub",
    "pim",
    "sprock",
    "thib",
    "vurn",
]
MIDDLES = ["", "", "ble", "bo", "ga", "ri", "ti", "wo", "kle", "do", "mi"]
ENDS = [
    "onia",
    "thorpe",
    "ville",
    "land",
    "stan",
    "ia",
    "ton",
    "wick",
    "berry",
    "saurus",
    "ling",
    "doodle",
    "ax",
    "ix",
    "ump",
    "ania",
    "ford",
    "shire",
    "opolis",
    "ington",
    "zilla",
    "oid",
    "ette",
    "ar",
]


def made_up_word(rng: random.Random) -> str:
    """A word that isn't one: from nonsense syllables (zorbla) or English-like parts (blimbonia, wobblethorpe)."""
    if rng.random() < 0.5:
        return "".join(pick(rng, SYLLABLES) for _ in range(rng.randint(2, 3)))
    return pick(rng, STARTS) + pick(rng, MIDDLES) + pick(rng, ENDS)


def is_made_up(word: str) -> bool:
    """True for a word `made_up_word` could have made."""
    syllables, starts, middles, ends = (
        f"(?:{'|'.join(parts)})" for parts in (SYLLABLES, STARTS, [m for m in MIDDLES if m], ENDS)
    )
    return bool(re.fullmatch(f"{syllables}{{2,3}}|{starts}{middles}?{ends}", word))


def generate(rng: random.Random) -> Example:
    kind = rng.random()
    if kind < 0.12:  # about the child, with nothing told about it: memory's questions, no facts or facts of other kinds
        asked = pick(rng, memory.KINDS)
        question = pick(rng, memory.a_fact(rng, asked)[1])
        others = [k for k in dict.fromkeys(memory.KINDS) if k not in (asked, "person", "friend has")]
        told = [] if asked == "person" or rng.random() < 0.5 else rng.sample(others, rng.randint(1, 3))
        facts = [memory.a_fact(rng, k)[0] for k in told]
        return Example("honesty", childify(question, rng), pick(rng, NOT_TOLD), facts=facts)
    if kind < 0.2:
        asks, what = pick(rng, UNKNOWABLE)
        return Example("honesty", childify(pick(rng, asks), rng), pick(rng, UNKNOWN_REPLIES).format(x=what))
    if kind < 0.45:
        frames, fills = pick(rng, COMPOSED_UNKNOWABLE)
        question = pick(rng, frames).format(x=pick(rng, fills))
        return Example("honesty", childify(question, rng), pick(rng, UNKNOWN_REPLIES).format(x="that"))
    if kind < 0.85:
        word = made_up_word(rng)
        frame, what = pick(rng, MADE_UP_FRAMES)
        fill = {"N": word.capitalize(), "n": word}
        answer = pick(
            rng, ["I don't know {x}. I have never heard of it.", "I don't know {x}, sorry.", "I'm not sure. I don't know {x}."]
        ).format(x=what.format(**fill))
        return Example("honesty", childify(frame.format(**fill), rng), answer)
    return Example(
        "honesty",
        childify(pick(rng, OUTSIDE), rng),
        pick(rng, ["I don't know that. It is not something I have learned.", "I don't know, sorry. I can't look that up."]),
    )
