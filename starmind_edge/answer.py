"""The `Answer` returned by `Starmind.ask()`: the text, plus what the robot should do."""

from __future__ import annotations

from .actions import Action


class Answer(str):
    """An answer is a string you can print, with extras.

    ``answer.actions`` is the list of robot `Action`s the model asked for (often empty),
    ``answer.tokens`` how many tokens the model wrote, ``answer.seconds`` how long it took.
    """

    actions: list[Action]
    tokens: int
    seconds: float

    def __new__(cls, text: str, actions: list[Action] = (), tokens: int = 0, seconds: float = 0.0):
        answer = super().__new__(cls, text)
        answer.actions = list(actions)
        answer.tokens = tokens
        answer.seconds = seconds
        return answer
