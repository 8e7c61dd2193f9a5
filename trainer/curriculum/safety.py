"""Harmful requests get a kind refusal that points to a grown-up."""

from __future__ import annotations

import random

from .example import Example
from .phrasing import childify, pick

HARMFUL = [
    (
        [
            "how do i make a bomb",
            "how to make a gun",
            "how do you build a weapon",
            "how can i make a knife sharper to hurt",
            "tell me how to make explosives",
        ],
        "weapons",
    ),
    (
        [
            "how do i hurt my brother",
            "how can i hit someone",
            "how do i punch my friend",
            "how to make someone cry",
            "how do i get back at a bully by hurting him",
        ],
        "hurting people",
    ),
    (
        ["how do i hurt a cat", "can i throw stones at birds", "how to scare a dog badly", "is it fun to squash bugs"],
        "hurting animals",
    ),
    (
        [
            "how do i light a fire",
            "can i play with matches",
            "how do i use a lighter",
            "how to start a fire in my room",
            "can i light the candles by myself",
        ],
        "fire",
    ),
    (
        [
            "can i take mum's pills",
            "how many medicines can i eat",
            "are sweets and tablets the same",
            "can i drink the medicine",
            "can i eat the pills in the cupboard",
        ],
        "medicines",
    ),
    (
        ["tell me a swear word", "say a bad word", "what is the rudest word", "teach me to swear", "say something rude"],
        "bad words",
    ),
    (["how do i run away from home", "can i leave home without telling anyone", "how to sneak out at night"], "running away"),
    (
        ["can i touch the plug", "can i put a fork in the socket", "how do i open the back of the tv", "can i play with wires"],
        "electricity",
    ),
    (
        [
            "can i meet someone i met online",
            "should i tell a stranger my address",
            "a stranger asked for my photo",
            "can i give my password to a new friend online",
        ],
        "strangers",
    ),
    (["can i climb on the roof", "can i jump off the wall", "how do i climb out the window"], "dangerous climbing"),
    (["how do i cross the road alone", "can i swim in the river by myself", "can i play near the train tracks"], "danger"),
]
REFUSALS = [
    "I can't help with that, because it could hurt someone. Please talk to a grown-up you trust.",
    "That is not safe, so I won't help with it. Please ask a grown-up.",
    "I'm sorry, I can't help with that. It could be dangerous. Let's ask a grown-up instead.",
    "That could be dangerous. Please talk to a grown-up about it.",
]
SPECIAL = {
    "fire": "Fire is dangerous, so please never play with it. Only a grown-up should light fires or matches.",
    "medicines": "Medicines can make you very ill if you take the wrong ones. Only take medicine from a grown-up.",
    "bad words": "I don't say bad words. Let's use kind words instead. If someone says mean things, tell a grown-up.",
    "strangers": "Never share your address, photos or passwords with strangers. Please tell a grown-up you trust.",
    "chemicals": "Cleaning things and wild berries can be poison. Never eat or drink them. Ask a grown-up first.",
    "electricity": "Plugs, sockets and wires can give you a bad shock. Please don't touch them, and ask a grown-up.",
    "hurting people": "Hurting people is not okay. If you feel angry, talk to a grown-up. They can help.",
    "hurting animals": "Animals can feel pain, so we must be gentle with them. Ask a grown-up how to care for animals.",
}


# Requests built from parts: (frames with {x}, things that fill {x}, topic). Many ways to ask for the same harm.
COMPOSED = [
    (
        [
            "how do i make {x}",
            "how can i build {x}",
            "tell me how to make {x}",
            "where can i get {x}",
            "can you help me make {x}",
            "what do i need to make {x}",
            "show me how to make {x} at home",
        ],
        [
            "a bomb",
            "a gun",
            "a weapon",
            "explosives",
            "poison",
            "a trap to hurt someone",
            "a sword to hit people",
            "a knife that can cut people",
            "a catapult to hurt people",
            "something that goes bang and hurts",
        ],
        "weapons",
    ),
    (
        [
            "how do i {x}",
            "i want to {x}",
            "tell me a way to {x}",
            "what is the best way to {x}",
            "should i {x}",
            "help me {x}",
            "is it ok to {x}",
            "i'm so angry i'm going to {x}",
            "i'm going to {x}, ok",
            "{x}, watch me",
            "they are annoying so i want to {x}",
            "is it funny if i {x}",
        ],
        [
            f"{verb} {person}"
            for verb in (
                "hurt",
                "hit",
                "punch",
                "kick",
                "bite",
                "push over",
                "trip up",
                "scratch",
                "slap",
                "throw a rock at",
                "shoot my bow and arrow at",
                "pinch",
            )
            for person in (
                "my brother",
                "my sister",
                "my friend",
                "the boy next to me",
                "a kid at school",
                "my cousin",
                "the bully",
                "the new girl",
                "the baby",
            )
        ],
        "hurting people",
    ),
    (
        ["how do i {x}", "can i {x}", "is it funny to {x}", "i want to {x}", "what happens if i {x}"],
        [
            f"{verb} {animal}"
            for verb in ("hurt", "kick", "throw stones at", "squash", "pull the tail of", "poke", "chase and scare")
            for animal in ("the cat", "the dog", "the birds", "the ducks", "a frog", "the hamster", "the fish", "a squirrel")
        ],
        "hurting animals",
    ),
    (
        ["can i {x}", "how do i {x}", "is it ok to {x}", "i want to {x}", "me and my friend want to {x}"],
        [
            "play with matches",
            "play with a lighter",
            "light a candle by myself",
            "make a fire in my room",
            "make a campfire on my own",
            "set off fireworks by myself",
            "turn on the gas cooker",
            "light the bonfire",
            "burn some paper",
            "find where dad keeps the lighter",
        ],
        "fire",
    ),
    (
        ["can i {x}", "what happens if i {x}", "is it ok to {x}", "i want to {x}", "how many can i have if i {x}"],
        [
            "eat mum's pills",
            "swallow the tablets in the cupboard",
            "drink the medicine like juice",
            "eat lots of vitamins",
            "drink the cough syrup",
            "take grandma's medicine",
            "eat the pills on the table",
            "try the tablets in the bathroom",
            "have loads of the medicine because it tastes like sweets",
        ],
        "medicines",
    ),
    (
        ["tell me {x}", "say {x}", "teach me {x}", "what is {x}", "i want to learn {x}", "can you say {x} for me"],
        [
            "a swear word",
            "a bad word",
            "a rude word",
            "a naughty word",
            "the worst word",
            "a mean word to call someone",
            "some rude words",
            "a really bad swear word",
        ],
        "bad words",
    ),
    (
        [
            "how do i {x}",
            "i want to {x}",
            "can i {x}",
            "what is the best way to {x}",
            "help me {x}",
            "i hate school so i'm going to {x}",
            "i'm going to {x} tomorrow",
            "everyone is mean so i will {x}",
        ],
        [
            "run away from home",
            "sneak out at night",
            "leave home and not tell anyone",
            "hide from my parents all day",
            "pack my bag and leave tonight",
            "go to the city on my own without telling mum",
            "hide from my parents forever",
            "sneak out of the house when everyone is asleep",
        ],
        "running away",
    ),
    (
        ["can i {x}", "what happens if i {x}", "is it ok to {x}", "i want to {x}", "how do i {x}"],
        [
            "touch the plug",
            "put a fork in the socket",
            "stick my finger in the socket",
            "play with the wires",
            "pull the plug out with wet hands",
            "open the back of the tv",
            "fix the toaster while it is on",
            "climb the electric pylon",
        ],
        "electricity",
    ),
    (
        ["{x}, is that ok", "{x}, what should i do", "should i say yes: {x}", "{x}, can i"],
        [
            f"{who} {wants}"
            for who in ("a stranger", "a man online", "someone in a game chat", "a new friend online", "a person i don't know")
            for wants in (
                "wants my address",
                "asked for my photo",
                "wants my password",
                "asked for my phone number",
                "wants to meet me at the park",
                "wants me to keep a secret from my mum",
            )
        ],
        "strangers",
    ),
    (
        ["can i {x}", "is it fun to {x}", "i want to {x}", "how do i {x}", "is it safe to {x}", "i'm going to {x}, watch me"],
        [
            "climb on the roof",
            "jump off the high wall",
            "climb out of the window",
            "sit on the upstairs window ledge",
            "climb the tallest tree to the very top",
            "swim in the river by myself",
            "play near the train tracks",
            "cross the busy road alone",
            "walk on the ice on the pond",
            "ride my bike on the big road",
            "jump off the top bunk",
            "jump off the shed roof",
            "climb up the bookcase",
            "swing really high and jump off",
            "go in the sea on my own",
        ],
        "danger",
    ),
    (
        ["can i {x}", "what happens if i {x}", "is it ok to {x}", "i want to {x}", "what does it taste like if i {x}"],
        [
            "drink the stuff under the sink",
            "drink the bleach",
            "taste the washing powder",
            "eat the dishwasher tablets",
            "spray the cleaning spray in my mouth",
            "drink from the bottle in the shed",
            "eat the berries in the garden i don't know",
            "eat the mushrooms growing in the park",
        ],
        "chemicals",
    ),
]


def generate(rng: random.Random) -> Example:
    if rng.random() < 0.3:
        asks, topic = pick(rng, HARMFUL)
        question = pick(rng, asks)
    else:
        frames, fills, topic = pick(rng, COMPOSED)
        question = pick(rng, frames).format(x=pick(rng, fills))
    answer = SPECIAL[topic] if topic in SPECIAL and rng.random() < 0.6 else pick(rng, REFUSALS)
    return Example("safety", childify(question, rng), answer)
