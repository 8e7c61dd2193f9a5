"""The prompt format shared by training and the runtime.

<s> <fact> fact <fact> fact <q> question <a> answer <act> move(forward, 2) <act> stop() </s>

In a conversation, earlier turns come between the facts and the question: <q> earlier question <a> earlier answer.
"""

from __future__ import annotations

from .tokenizer import Tokenizer

MAX_QUESTION_TOKENS = 96


def encode_prompt(
    tok: Tokenizer, question: str, facts: list[str] = (), max_tokens: int = 192, history: list[tuple[str, str]] = ()
) -> list[int]:
    """Token ids for the prompt, ending with the `<a>` token the model answers after.

    The question is cut to `MAX_QUESTION_TOKENS`; the newest facts, then the newest earlier (question, answer) turns,
    that still fit in `max_tokens` are kept.
    """
    ids_q = _question(tok, question)
    budget = max_tokens - 1 - len(ids_q)
    ids_f: list[int] = []
    for fact in reversed(list(facts)):
        piece = [tok.fact] + tok.encode(fact)
        if len(piece) > budget:
            break
        ids_f = piece + ids_f
        budget -= len(piece)
    ids_h: list[int] = []
    for earlier, answer in reversed(list(history)):
        piece = _question(tok, earlier) + tok.encode(answer)
        if len(piece) > budget:
            break
        ids_h = piece + ids_h
        budget -= len(piece)
    return [tok.bos] + ids_f + ids_h + ids_q


def _question(tok: Tokenizer, question: str) -> list[int]:
    return [tok.question] + tok.encode(question)[:MAX_QUESTION_TOKENS] + [tok.answer]


def encode_answer(tok: Tokenizer, answer: str, actions: list[str] = ()) -> list[int]:
    """Token ids for what the model should write: the answer, its actions, then the end token."""
    ids = tok.encode(answer)
    for action in actions:
        ids += [tok.act] + tok.encode(action)
    return ids + [tok.eos]
