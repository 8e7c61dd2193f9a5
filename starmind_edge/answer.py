"""The `Answer` returned by `Starmind.ask()`: the text, plus what the robot should do."""

from __future__ import annotations

from .actions import Action
from .safeguarding import Concern


class Answer(str):
    """An answer is a string you can print, with extras.

    ``answer.actions`` is the list of robot `Action`s the model asked for (often empty),
    ``answer.tokens`` how many tokens the model wrote, ``answer.seconds`` how long it took, and
    ``answer.concern`` the `Concern` the safeguarding check found (None for an ordinary question; when it is set,
    the text is a vetted reply, not the model's).
    """

    actions: list[Action]
    tokens: int
    seconds: float
    concern: Concern | None

    def __new__(
        cls, text: str, actions: list[Action] = (), tokens: int = 0, seconds: float = 0.0, concern: Concern | None = None
    ):
        answer = super().__new__(cls, text)
        answer.actions = list(actions)
        answer.tokens = tokens
        answer.seconds = seconds
        answer.concern = concern
        return answer
