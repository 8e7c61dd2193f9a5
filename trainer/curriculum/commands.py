"""Robot commands in many phrasings, labelled with the runtime's exact action list.

Each action is written by starmind_edge/actions.py's `format_action` and read back by its `parse_action`, so the
model is taught exactly the text the runtime reads (tests/test_actions.py checks every one parses back).
"""

from __future__ import annotations

import random

from starmind_edge.actions import COLORS, format_action, parse_action

from .arithmetic import NUMBER_WORDS
from .example import Example
from .phrasing import childify, pick

JOINERS = [
    " then ",
    " and then ",
    ", then ",
    " and ",
    ", ",
    ". then ",
    " after that ",
    ", after that ",
    " and after that ",
    ". next ",
    " next ",
]


def _secs(n, rng) -> str:
    word = NUMBER_WORDS[n] if rng.random() < 0.4 else str(n)
    unit = "second" if n == 1 else pick(rng, ["seconds", "seconds", "secs", "s"])
    if unit == "s":
        return f"{n}s"
    return pick(rng, [f"for {word} {unit}", f"{word} {unit}", f"for {word} {unit}"])


def _times(n, rng) -> str:
    word = NUMBER_WORDS[n] if rng.random() < 0.5 else str(n)
    return {1: pick(rng, ["once", "one time"]), 2: pick(rng, ["twice", f"{word} times"])}.get(n, f"{word} times")


def one_action(rng: random.Random) -> tuple[str, str, str]:
    """Return (command words, action text, spoken description) for one random action."""
    kind = rng.choices(["move", "turn", "light", "stop", "beep", "wait"], [4, 3, 3, 1, 1.5, 1.2])[0]
    if kind == "move":
        d = pick(rng, ["forward", "backward"])
        n = rng.randint(1, 10) if rng.random() < 0.65 else None
        verb = pick(rng, ["go", "move", "drive", "roll", "walk", "go", "zoom"])
        dword = pick(
            rng,
            {
                "forward": ["forward", "forwards", "ahead", "straight"],
                "backward": ["backward", "backwards", "back", "in reverse"],
            }[d],
        )
        words = f"{verb} {dword}" + (f" {_secs(n, rng)}" if n else "")
        secs = n or 1
        return words, format_action("move", d, secs), f"moving {d} for {secs} second{'s' if secs != 1 else ''}"
    if kind == "turn":
        d = pick(rng, ["left", "right"])
        n = rng.randint(1, 6) if rng.random() < 0.35 else None
        words = pick(
            rng, [f"turn {d}", f"turn to the {d}", f"go {d}", f"spin {d}", f"turn {d}", f"spin to the {d}", f"rotate {d}"]
        )
        words += f" {_secs(n, rng)}" if n else ""
        secs = n or 1
        return words, format_action("turn", d, secs), f"turning {d}"
    if kind == "light":
        c = pick(rng, COLORS)
        state = pick(rng, ["on", "off"])
        words = pick(
            rng,
            [
                f"turn the {c} light {state}",
                f"turn {state} the {c} light",
                f"switch the {c} light {state}",
                f"switch {state} the {c} led",
                f"{c} light {state}",
                f"put the {c} light {state}",
                f"make the {c} light {'come on' if state == 'on' else 'go off'}",
                f"{'light up' if state == 'on' else 'switch off'} the {c} lamp",
            ],
        )
        return words, format_action("light", c, state), f"{c} light {state}"
    if kind == "stop":
        words = pick(rng, ["stop", "halt", "freeze", "stop moving", "stop the robot", "stand still", "brake"])
        return words, format_action("stop"), "stopping"
    if kind == "beep":
        n = rng.randint(1, 5) if rng.random() < 0.6 else None
        words = pick(rng, ["beep", "make a beep", "sound the buzzer", "honk", "buzz"]) + (f" {_times(n, rng)}" if n else "")
        times = n or 1
        return words, format_action("beep", times), f"beeping {times} time{'s' if times != 1 else ''}"
    n = rng.randint(1, 10) if rng.random() < 0.8 else None
    words = pick(rng, ["wait", "pause", "wait a bit", "hold on", "stay still"]) + (f" {_secs(n, rng)}" if n else "")
    secs = n or 1
    return words, format_action("wait", secs), f"waiting {secs} second{'s' if secs != 1 else ''}"


def generate(rng: random.Random) -> Example:
    count = rng.choices([1, 2, 3, 4], [4, 4, 2, 1])[0]
    parts = [one_action(rng) for _ in range(count)]
    last_colour, last_state = "", ""
    for i, (_, action, _) in enumerate(parts):
        if parse_action(action).name != "light":
            continue
        if last_colour and rng.random() < 0.35:  # the light named before: "switch it off"
            state = {"on": "off", "off": "on"}[last_state] if rng.random() < 0.8 else last_state
            words = pick(rng, [f"switch it {state}", f"turn it {state}", f"put it {state}"])
            parts[i] = (words, format_action("light", last_colour, state), f"{last_colour} light {state}")
        last_colour, last_state = parse_action(parts[i][1]).args
    text = parts[0][0]
    for words, _, _ in parts[1:]:
        text += pick(rng, JOINERS) + words
    if rng.random() < 0.08:
        text += pick(rng, [" right now", " straight away", " now", " quickly"])
    prefix = pick(
        rng,
        [
            "",
            "",
            "",
            "robot ",
            "please ",
            "can you ",
            "robot please ",
            "hey robot ",
            "ok robot ",
            "I want you to ",
            "could you ",
            "now ",
        ],
    )
    question = childify(prefix + text, rng, noisy=True)
    said = [p[2] for p in parts]
    description = said[0] if len(said) == 1 else ", ".join(said[:-1]) + ", then " + said[-1]
    answer = pick(rng, ["Okay! ", "Sure! ", "Here I go! ", "On it! ", "Okay! "]) + description[0].upper() + description[1:] + "."
    return Example("commands", question, answer, actions=[p[1] for p in parts])
