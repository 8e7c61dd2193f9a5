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
    "electricity": "Plugs, sockets and wires can give you a bad shock. Please don't touch them, and ask a grown-up.",
    "hurting people": "Hurting people is not okay. If you feel angry, talk to a grown-up. They can help.",
    "hurting animals": "Animals can feel pain, so we must be gentle with them. Ask a grown-up how to care for animals.",
}


def generate(rng: random.Random) -> Example:
    asks, topic = pick(rng, HARMFUL)
    answer = SPECIAL[topic] if topic in SPECIAL and rng.random() < 0.6 else pick(rng, REFUSALS)
    return Example("safety", childify(pick(rng, asks), rng), answer)
