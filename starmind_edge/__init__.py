"""Starmind Edge: a tiny language model that runs on a Raspberry Pi Zero 2 W, offline.

from starmind_edge import Starmind
print(Starmind().ask("why is the sky blue?"))
"""

from .actions import Action
from .answer import Answer
from .brain import Starmind
from .errors import MemoryFileError, ModelError, StarmindError

__all__ = ["Action", "Answer", "MemoryFileError", "ModelError", "Starmind", "StarmindError"]
__version__ = "0.1.0"
