""" "Stop!" in any words a child shouts it: recognised by a rule before the model runs, so stopping never depends on
the model getting it right.

Only a whole message that means stop counts ("STOP!!", "stop it", "please stop the robot", "freeze", "no no no",
"don't move"); "how do trains stop?" or "stop hitting me" are not stop commands (the second is for safeguarding).
"""

from __future__ import annotations

import re

from .actions import Action

STOP_REPLY = "Stopping!"
STOP_ACTION = Action("stop")

# Words that mean stop on their own; typed in a hurry they stretch ("stooop", "haaalt", "whoaaa").
_STOP_WORD = re.compile(r"^(s+t+o+p+s?|h+a+l+t+|f+r+e+e+z+e+|w+h+o+a+|w+o+a+h+|b+r+a+k+e+|e+n+o+u+g+h+|q+u+i+e+t+|s+h+h*)$")
_NO = re.compile(r"^n+o+$")
# Whole phrases that mean stop.
_STOP_PHRASE = re.compile(
    r"\b(dont|do not) (move|go|drive)\b|\b(stand|stay|keep|be) still\b|\bcut it out\b|\bquit it\b|\bhold it\b|"
    r"\bbe quiet\b|\bshut up\b|\bturn (it )?off\b|\bshut (it )?down\b|\bpower off\b|\bthats enough\b|\bno more\b"
)
# Words that may stand around a stop word without changing what it means.
_AROUND = set(
    "please now right the it that this all everything oh ok okay hey you i said just at once immediately away straight "
    "can could will would robot robots starmind car buddy moving driving going beeping turning spinning motor motors "
    "wheels buzzer noise emergency wait".split()
)


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z ]+", " ", text.lower().replace("'", "").replace("’", "")).split()


def is_stop(text: str) -> bool:
    """True when the whole message asks the robot to stop."""
    said = " ".join(_words(text))
    if not said or len(said.split()) > 12:
        return False
    phrase = bool(_STOP_PHRASE.search(said))
    rest = [w for w in _STOP_PHRASE.sub(" ", said).split() if w not in _AROUND]
    stops = sum(bool(_STOP_WORD.match(w)) for w in rest)
    noes = sum(bool(_NO.match(w)) for w in rest)
    if stops + noes != len(rest):
        return False
    stretched = any(_NO.match(w) and len(w) > 3 for w in rest)  # "nooo!" is a shout; one plain "no" may be an answer
    return phrase or stops > 0 or noes >= 2 or stretched
