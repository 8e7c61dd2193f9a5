"""Starmind Edge: a tiny language model that runs on a Raspberry Pi Zero 2 W, offline.

from starmind_edge import Starmind
print(Starmind().ask("why is the sky blue?"))
"""

from .actions import Action
from .answer import Answer
from .brain import Starmind
from .errors import InputError, MemoryFileError, ModelError, StarmindError

# The hardware helpers load gpiozero, so they are imported only when first used.
_HARDWARE = {"RobotBody": "robot", "PushToAsk": "push_to_ask", "say": "speech", "WiringError": "pins"}
_HARDWARE |= {"Ears": "ears", "TalkButton": "talk_button"}  # speech in: pip install "starmind-edge[voice]"

__all__ = [
    "Action",
    "Answer",
    "InputError",
    "MemoryFileError",
    "ModelError",
    "PushToAsk",
    "RobotBody",
    "Starmind",
    "StarmindError",
]
__all__ += ["WiringError", "say", "Ears", "TalkButton"]
__version__ = "0.1.0"  # the one version: pyproject.toml reads it from here


def __getattr__(name: str):
    if name in _HARDWARE:
        from importlib import import_module

        return getattr(import_module(f".{_HARDWARE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
