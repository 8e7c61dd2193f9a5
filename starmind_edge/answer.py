"""The `Answer` returned by `Starmind.ask()`: the text, plus what the robot should do."""

from __future__ import annotations

from .actions import Action
from .retrieval import Hit
from .safeguarding import Concern


class Answer(str):
    """An answer is a string you can print (its ``text``), with extras.

    ``answer.actions`` is the list of robot `Action`s the model asked for (often empty),
    ``answer.tokens`` how many tokens the model wrote, ``answer.seconds`` how long it took, and
    ``answer.concern`` the `Concern` the safeguarding check found (None for an ordinary question; when it is set,
    the text is a vetted reply, not the model's), and ``answer.sources`` the facts looked up in the encyclopedia
    (or learned) that the answer draws on, each with ``.text`` and ``.source``: why it said what it said.

    The brain makes answers and a `RobotBody` does their actions; made by hand, only ``text`` must be given (no
    ``actions``, 0 ``tokens``, 0.0 ``seconds``, no ``concern`` and no ``sources`` unless you say).
    """

    actions: list[Action]
    tokens: int
    seconds: float
    concern: Concern | None
    sources: list[Hit]

    def __new__(
        cls,
        text: str,
        actions: list[Action] = (),
        tokens: int = 0,
        seconds: float = 0.0,
        concern: Concern | None = None,
        sources: list[Hit] = (),
    ):
        answer = super().__new__(cls, text)
        answer.actions = list(actions)
        answer.tokens = tokens
        answer.seconds = seconds
        answer.concern = concern
        answer.sources = list(sources)
        return answer
