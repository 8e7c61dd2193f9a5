""" "Stop!" in a child's words stops the robot, by a rule that runs before the model (and before safeguarding)."""

import pytest

from starmind_edge import Starmind
from starmind_edge.actions import Action
from starmind_edge.stopping import STOP_REPLY, is_stop

# Written from how children shout at a robot heading for the stairs: capitals, "!", repeats, stretched words.
STOPS = [
    "Stop!", "STOP", "stop", "Stop.", "stop it", "Stop it!", "STOP IT NOW", "stop!!!", "STOP STOP STOP", "stooop",
    "please stop", "stop please", "stop now", "stop right now", "Stop the robot!", "stop moving", "I said stop",
    "can you stop", "halt", "Halt!", "freeze", "FREEZE!", "no no no", "No! No!", "nooo", "whoa", "woah stop",
    "enough", "that's enough", "don't move", "dont move", "stand still", "stay still", "cut it out", "quit it",
    "be quiet", "shh", "brake", "emergency stop", "stop the motors", "stop beeping", "turn it off", "no more beeping",
    "hold it", "Stop, robot!", "ok stop", "hey stop that", "stop everything",
]  # fmt: skip
NOT_STOPS = [
    "how do trains stop", "what is a bus stop", "stop hitting me", "my brother wont stop kicking me", "no",
    "go forward 2 seconds", "wait", "turn off the light", "what does halt mean", "is ice frozen",
    "why do cars brake", "I have had enough of school", "tell me a story about a stop sign", "what is a freezer",
]  # fmt: skip


@pytest.mark.parametrize("text", STOPS)
def test_every_stop_phrasing_stops(text):
    assert is_stop(text)


@pytest.mark.parametrize("text", NOT_STOPS)
def test_questions_about_stopping_are_not_stop_commands(text):
    assert not is_stop(text)


def test_the_brain_answers_stop_at_once_with_a_stop_action(micro_bundle):
    brain = Starmind(micro_bundle)
    for text in STOPS:
        answer = brain.ask(text)
        assert answer == STOP_REPLY and answer.actions == [Action("stop")] and answer.tokens == 0
    assert "".join(brain.stream("STOP!")) == STOP_REPLY


def test_a_disclosure_with_stop_in_it_still_gets_the_safeguarding_reply(micro_bundle):
    answer = Starmind(micro_bundle).ask("my brother wont stop kicking me")
    assert answer.concern is not None and answer.actions == []
