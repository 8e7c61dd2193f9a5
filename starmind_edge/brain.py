"""`Starmind`: ask a question, get an `Answer` (with robot actions), remember facts, learn world facts, chat."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

from . import knowledge as encyclopedia
from ._console import show
from .actions import parse_actions
from .answer import Answer
from .blocklist import contains_blocked
from .bundle import load_bundle
from .errors import InputError
from .knowledge import words_of
from .learned import LearnedFacts, default_path
from .memory import Memory
from .prompt import encode_prompt
from .retrieval import STOPWORDS, Hit, Retriever
from .safeguarding import Concern, check, second_look, tell_grown_ups, troubled, worrying_words
from .sampler import GREEDY, Sampler
from .stopping import STOP_ACTION, STOP_REPLY, is_stop
from .text import clean

EMPTY_QUESTION = "Please type a question for me to answer!"
BLOCKED_REPLY = "Let's talk about something else. You can ask a grown-up about that."
NO_ANSWER = "I don't know."
MAX_HISTORY = 8


class Starmind:
    """A tiny brain that answers questions, offline.

    >>> brain = Starmind()
    >>> print(brain.ask("What colour is the sky?"))
    The sky is blue.
    """

    def __init__(
        self,
        model: str | Path | None = None,
        memory: str | Path | None = None,
        *,
        temperature: float = 0.0,
        top_k: int = 0,
        seed: int | None = None,
        max_tokens: int = 128,
        threads: int | None = None,
        turns: int = 0,
        when_worried: Callable[[Concern], object] | None = None,
        helpline: str | None = None,
        knowledge: bool = True,
        learned: str | Path | bool | None = True,
    ):
        """Load a brain. Every setting has a default, so ``Starmind()`` is all you need to start.

        * ``model``: the folder of a model bundle (``model.tflite``, ``tokenizer.model``, ``card.json``); left out,
          the default model that comes with Starmind.
        * ``memory``: a JSON file that keeps the facts given to `remember()` between runs (left out: they last until
          the program ends).
        * ``temperature``: 0 (the default) always picks the likeliest next word, so a question always gets the same
          answer; about 0.8 gives more varied answers. ``top_k``: with a temperature, pick only among the ``top_k``
          likeliest words (0, the default: no limit). ``seed``: a whole number that makes varied answers the same
          run after run (left out: different each run). A message with a word of worry in it ("died", "scared",
          "hurt") is always answered with the likeliest words: Starmind never improvises about a worry.
        * ``max_tokens``: the longest answer, in tokens (pieces of words; default 128).
        * ``threads``: how many CPU threads the model uses (left out: 1, the fastest we measured).
        * ``turns``: how many earlier questions and answers each question sees (default 0: every question stands
          alone; `chat()` uses 3).
        * ``when_worried``: called with a `Concern` (``.category``, ``.words``) when a child says something serious,
          such as being hurt or wanting to die, so a grown-up can be alerted (see SAFETY.md). Off by default.
        * ``helpline``: a service to name in replies about harm, e.g. ``"Childline on 0800 1111"`` (none is built in;
          see SAFETY.md).
        * ``knowledge``: look facts up in the bundle's kid encyclopedia and in the learned facts to answer (default
          ``True``; ``False``: answer from training alone, and `learn()` is off).
        * ``learned``: the file of world facts taught with `learn()` (``True``, the default:
          ``~/.starmind/learned.sqlite``, or that file in the folder ``STARMIND_HOME`` names; ``None``: keep them only
          while the program runs).

        A missing or damaged bundle raises `ModelError`; a setting that can't be used raises `InputError`, and a memory
        file that can't be read, `MemoryFileError`. Each message says what to do.
        """
        if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
            raise InputError(f"max_tokens must be a whole number of tokens, 1 or more (128 is usual), not {max_tokens!r}")
        if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int) or threads < 1):
            raise InputError(f"threads must be a whole number, 1 or more (1 is fastest here), not {threads!r}")
        bundle = load_bundle(model, threads)
        self.card = bundle.card
        self.engine, self.tokenizer = bundle.engine, bundle.tokenizer
        self.sampler = Sampler(temperature, top_k, seed)
        self.max_tokens = max_tokens
        self.memory = Memory(memory)
        self.turns = turns
        self.when_worried, self.helpline = when_worried, helpline
        self.history: list[tuple[str, str]] = []  # (question, answer), newest last
        self._cannot_look_up = None if knowledge else "This brain was made with knowledge=False, so it doesn't look facts up."
        learned_file = default_path() if learned is True else (Path(learned) if learned else None)
        if knowledge and (bundle.knowledge or (learned_file and learned_file.exists())):
            self._check_full_text_search()  # else at the first learn(): SQLite is loaded only when there are facts
        self._learned = LearnedFacts(learned_file) if self.knowledge else None
        self._encyclopedia = encyclopedia.open_read_only(bundle.knowledge) if self.knowledge and bundle.knowledge else None
        self.retriever = self._make_retriever()
        self._lock = threading.RLock()  # guards memory and history: gpiozero callbacks run in other threads

    @property
    def knowledge(self) -> bool:
        """Whether this brain looks facts up (in its encyclopedia and learned facts) to answer."""
        return self._cannot_look_up is None

    def _check_full_text_search(self) -> None:
        if not encyclopedia.has_fts5():
            self._cannot_look_up = encyclopedia.why_no_fts5()
            show(f"📚 {self._cannot_look_up}")

    @property
    def facts(self) -> list[str]:
        """The facts given to `remember()`, oldest first (a copy: change them with `remember()` and `forget()`)."""
        return list(self.memory.facts)

    def remember(self, fact: str) -> None:
        """Remember ``fact``, a sentence about the child such as "My dog is called Rex.", to use when answering later
        questions. The newest 100 are kept (in the ``memory`` file, if the brain has one). An empty fact, or one with a
        word Starmind does not use, raises `InputError`."""
        with self._lock:
            self.memory.add(fact)

    @property
    def learned(self) -> list[str]:
        """The world facts taught with `learn()`, oldest first."""
        with self._lock:
            return self._learned.facts if self._learned else []

    def learn(self, fact: str) -> str:
        """Learn ``fact``, a world fact for good, such as "A bike has two wheels.": it is looked up like the
        encyclopedia's own facts, so questions in other words ("how many wheels has a bike got?") find it. Returns
        the fact as kept (tidied, ending with a full stop). Raises `InputError` in a brain made with
        ``knowledge=False``."""
        with self._lock:
            if self._learned is not None and self._learned.con is None:
                self._check_full_text_search()
            if self._learned is None or not self.knowledge:
                raise InputError(f"I can't learn facts: {self._cannot_look_up}")
            text, _ = self._learned.add(fact)
            self.retriever = self._make_retriever()
            return text

    def unlearn(self, fact: str) -> bool:
        """Forget one learned ``fact`` (matched without minding capitals or the full stop); False when it was never
        learned."""
        with self._lock:
            removed = self._learned.remove(fact) if self._learned else False
            self.retriever = self._make_retriever()
            return removed

    def forget_learned(self) -> None:
        """Forget every learned world fact."""
        with self._lock:
            if self._learned:
                self._learned.clear()
            self.retriever = self._make_retriever()

    def _make_retriever(self) -> Retriever | None:
        files = [self._encyclopedia, self._learned.con if self._learned else None]
        files = [con for con in files if con is not None]
        return Retriever(files) if files else None

    def look_up(self, question: str) -> list[Hit]:
        """The encyclopedia's and learned facts that the model is given to answer `question` (often none)."""
        retriever = self.retriever
        return retriever.relevant(clean(question)) if retriever is not None else []

    def forget(self) -> None:
        """Forget every remembered fact and the conversation so far."""
        with self._lock:
            self.memory.clear()
            self.history.clear()

    def prompt(self, question: str, found: list[Hit] = ()) -> list[int]:
        """The token ids the model reads for ``question``: facts looked up (``found``), remembered facts (nearest
        the question, so they are the last to be cut), earlier turns, then the question. For looking inside."""
        earlier = self.history[-self.turns :] if self.turns else []
        budget = max(self.engine.context - self.max_tokens, 64)
        facts = [hit.text for hit in found] + self.memory.facts
        return encode_prompt(self.tokenizer, question, facts, budget, history=earlier)

    def ask(self, question: str) -> Answer:
        """Answer ``question`` (any text; the first 1,000 characters are read). Returns an `Answer`: a string, with
        ``.actions``, ``.tokens``, ``.seconds``, ``.concern`` and ``.sources``."""
        pieces = self._write(question)
        while True:
            try:
                next(pieces)
            except StopIteration as finished:
                return finished.value

    def stream(self, question: str) -> Iterator[str]:
        """Yield the answer to ``question`` a word or so at a time, as the model writes it.

        Each stream has its own place in the model, so streams may be read side by side, in any threads, and a
        stream left half-read holds nothing up."""
        yield from self._write(question)

    def _write(self, question: str) -> Generator[str, None, Answer]:
        """Yield the answer's pieces, then return the whole `Answer`. The brain's lock is held only to read and
        update its shared state (memory, history), never while the caller is between pieces."""
        started = time.perf_counter()
        question = clean(question)
        if not question:
            yield EMPTY_QUESTION
            return self._finish(None, Answer(EMPTY_QUESTION))
        if is_stop(question):  # "Stop!" stops at once, whatever the model would have said
            yield STOP_REPLY
            return self._finish(question, Answer(STOP_REPLY, [STOP_ACTION], seconds=time.perf_counter() - started))
        concern = check(question, self.helpline)
        if concern is not None:  # safeguarding decides first, with fixed, reviewed words
            tell_grown_ups(self.when_worried, concern)
            yield concern.reply
            return self._finish(question, Answer(concern.reply, seconds=time.perf_counter() - started, concern=concern))
        tok = self.tokenizer
        hold = troubled(question)  # worrying words the rules let through: answer whole, then take a second look
        with self._lock:
            found = self.look_up(question)
            prompt = self.prompt(question, found)
        text_ids: list[int] = []
        actions: list[list[int]] = []
        shown, count, blocked = "", 0, False
        sampler = GREEDY if worrying_words(question) else self.sampler  # never improvise about a worry
        for token in self.engine.generate(prompt, sampler, tok.eos, self.max_tokens, tok.never_written):
            count += 1
            if token in (tok.bos, tok.question, tok.answer, tok.fact):
                break  # the model started a new turn: the answer is over
            if token == tok.act:
                actions.append([])
            elif actions:
                actions[-1].append(token)
            elif not blocked:
                text_ids.append(token)
                if token not in tok.word_starts:
                    continue  # the word is not finished yet: nothing new to show
                text = tok.decode(text_ids)
                ready = text[: text.rfind(" ") + 1] if " " in text else ""  # whole words only
                if contains_blocked(ready):
                    blocked = True
                elif len(ready) > len(shown) and not hold:
                    yield ready[len(shown) :]
                    shown = ready
        text = tok.decode(text_ids).strip()
        parsed = parse_actions([tok.decode(ids) for ids in actions])  # only the valid ones count as doing something
        if blocked or contains_blocked(text):
            text, parsed = BLOCKED_REPLY, []
        elif not text and not parsed:
            text = NO_ANSWER
        if hold and (concern := second_look(question, text)) is not None:
            text, parsed = concern.reply, []
            tell_grown_ups(self.when_worried, concern)
        if len(text) > len(shown.rstrip()) or not text.startswith(shown.rstrip()):
            rest = text[len(shown) :] if text.startswith(shown) else ("\n" + text if shown else text)
            if rest:
                yield rest
        sources = _used(found, text) if concern is None else []
        return self._finish(question, Answer(text, parsed, count, time.perf_counter() - started, concern, sources))

    def _finish(self, question: str | None, answer: Answer) -> Answer:
        """Keep the answer as the latest one and, for a real question, in the conversation history."""
        with self._lock:
            self._last = answer
            if question is not None:
                self.history = [*self.history, (question, str(answer))][-MAX_HISTORY:]
        return answer

    def chat(self, read: Callable[[str], str] = input, write: Callable[..., None] = print, turns: int = 3) -> None:
        """Talk in a loop, each answer seeing the last ``turns`` exchanges (default 3; so "my cat is called Luna" ...
        "what is my cat's name?" works). Type 'remember: ...' to teach a fact (as `remember()` does), 'forget' to
        clear them, 'bye' to stop. ``read`` and ``write`` are how it reads a line and writes a reply: ``input`` and
        ``print`` unless you give others (``write`` is called the way ``print`` is, with ``end=`` and ``flush=``)."""
        previous, self.turns = self.turns, turns
        try:
            self._talk(read, write)
        finally:
            self.turns = previous

    def _talk(self, read: Callable[[str], str], write: Callable[..., None]) -> None:
        write("Hi, I'm Starmind! Ask me anything. (Type 'remember: My dog is called Rex.' to teach me, 'bye' to stop.)")
        while True:
            try:
                line = read("you> ").strip()
            except (EOFError, KeyboardInterrupt):
                write("\nBye!")
                return
            if line.lower() in ("bye", "quit", "exit", "goodbye"):
                write("Bye! Come back soon.")
                return
            if line.lower().startswith("remember:") and (concern := check(line, self.helpline)):
                tell_grown_ups(self.when_worried, concern)  # a worry told as a fact is answered, not stored
                write(f"starmind> {concern.reply}")
                continue
            if line.lower().startswith("remember:"):
                try:
                    self.remember(line.split(":", 1)[1])
                    write("OK, I'll remember that.")
                except ValueError as err:
                    write(err)
                continue
            if line.lower() == "forget":
                self.forget()
                write("OK, I've forgotten everything you told me.")
                continue
            write("starmind> ", end="", flush=True)
            for piece in self.stream(line):
                write(piece, end="", flush=True)
            write()
            for action in self._last.actions:
                write(f"  🤖 {action}")


def _used(found: list[Hit], answer: str) -> list[Hit]:
    """The facts looked up that the answer draws on: those sharing a topic word with it."""
    said = set(words_of(answer)) - STOPWORDS
    return [hit for hit in found if said & set(words_of(hit.text))]
