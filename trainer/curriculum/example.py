"""The training example: optional remembered facts, a question, an answer and robot actions."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Example:
    skill: str
    question: str
    answer: str
    actions: list[str] = field(default_factory=list)  # e.g. ["move(forward, 2)"]
    facts: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "skill": self.skill,
            "facts": self.facts,
            "question": self.question,
            "answer": self.answer,
            "actions": self.actions,
        }
