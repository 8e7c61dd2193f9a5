"""The training example: optional remembered facts and earlier turns, a question, an answer and robot actions."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Example:
    skill: str
    question: str
    answer: str
    actions: list[str] = field(default_factory=list)  # e.g. ["move(forward, 2)"]
    facts: list[str] = field(default_factory=list)
    history: list[tuple[str, str]] = field(default_factory=list)  # earlier (question, answer) turns of a conversation

    def as_dict(self) -> dict:
        return {
            "skill": self.skill,
            "facts": self.facts,
            "question": self.question,
            "answer": self.answer,
            "actions": self.actions,
            "history": [list(turn) for turn in self.history],
        }
