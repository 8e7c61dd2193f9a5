"""Ears: the robot hears a child, offline, with PocketSphinx (its acoustic model ships in its PyPI wheel).

    from starmind_edge import Ears
    ears = Ears()                   # install first: pip install "starmind-edge[voice]"
    heard = ears.listen()           # from the USB microphone, until the child stops talking
    heard = ears.hear("hello.wav")  # or from a sound file
    print(heard, heard.confidence, heard.command)

It listens for the robot's own language, built by the trainer (``python -m trainer.hearing``) into the bundle's
``hearing/`` folder: first the grammar of robot commands, then, if it was not a command, a small language model of
the curriculum's questions. A command gets the commas the brain reads ("go forward, turn left"). When it is not
sure, it hears nothing (``heard == ""``, `DIDNT_CATCH` to say) rather
than pass a guess on as a question; the guess is kept in ``heard.guess``.
"""

from __future__ import annotations

import heapq
import json
import math
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .bundle import default_bundle, verify
from .errors import ModelError, StarmindError
from .microphone import open_microphone
from .sound import RATE, read_wav, seconds
from .spoken_commands import CommandGrammar

DIDNT_CATCH = "I didn't catch that. Can you say it again?"
HEARING = "hearing"  # the bundle's folder of hearing files
GRAMMAR, LM, DICT = "commands.gram", "questions.lm.bin", "hearing.dict"
INSTALL = 'To hear you I need PocketSphinx: pip install "starmind-edge[voice]" (or: pip install pocketsphinx)'
# The grammar's search, on the compacted grammar (`_compact_grammar`, a quarter of the time): beams a little narrower
# than PocketSphinx's own, and no lattice rescoring (the best path it found is kept: quicker, as accurate). The
# questions' model keeps the usual beams: narrower ones lose it words. At most 2,000 sounds followed at once: noise
# costs less time.
GRAMMAR_SEARCH = {"beam": 1e-40, "wbeam": 1e-25, "pbeam": 1e-35, "bestpath": False}
MAX_HMMS = 2000
MIN_CONFIDENCE = 0.5  # below this, what was heard is only a guess
# Chosen on the tuning half of benchmarks/hearing.py (never on its held-out half). A search's score is PocketSphinx's
# path score per 10 ms frame (natural log): how well the words fit the sound, next to the best-fitting sounds.
CONFIDENCE_SCALE = {"commands": (-0.0045, -0.0030), "questions": (-0.0045, -0.0035)}  # scores at confidence 0 and 0.5
COMMAND_AGREEMENT = 0.5  # a command when the questions' model heard at least this share of the grammar's words,
COMMAND_MARGIN = -0.0002  # or the grammar's words fit the sound about as well as the questions' model's words
# In noise every word fits the sound worse, the grammar's and the questions' model's alike. A command whose words fit
# it this much better (per frame) than the questions' model's is as sure as confidence 0.5, if they fit at least as
# well as NOISY_FLOOR. Chosen on the tuning half, like the scales.
SURE_MARGIN, NOISY_FLOOR = 0.0012, -0.0040
FILLERS = {"um", "hmm", "so", "ok", "oh", "ah"}  # heard on their own, these are a breath or a hum, not a question
# A word heard at the start or the end that is this much quieter (dB) than the loudest speech is not the child's: the
# chatter of a classroom behind them, or a television, which the search would otherwise add to the command ("beep four
# times honk"). Chosen on the tuning half of benchmarks/hearing.py, like the scales above.
QUIET_DB = 15.0
FRAME = 160  # samples in one of PocketSphinx's 10 ms frames at 16 kHz


class HearingError(StarmindError):
    """The ears can't work because PocketSphinx is not installed; the message says what to install."""


class Heard(str):
    """What the ears heard (a str: "" when they did not catch it), with extras.

    ``heard.confidence`` (0 to 1), ``heard.command`` (True when it is one of the robot's commands),
    ``heard.guess`` (the words it thought it heard, even when not sure), ``heard.seconds`` (thinking time, CPU)
    and ``heard.audio_seconds`` (how long the sound was).
    """

    confidence: float
    command: bool
    guess: str
    seconds: float
    audio_seconds: float

    def __new__(cls, text: str, confidence: float = 0.0, command: bool = False, guess: str = "", **timing):
        heard = super().__new__(cls, text)
        heard.confidence, heard.command, heard.guess = confidence, command, guess or text
        heard.seconds, heard.audio_seconds = timing.get("seconds", 0.0), timing.get("audio_seconds", 0.0)
        return heard


class Ears:
    """Speech in, for the robot's commands and a child's questions.

    * ``model``: a bundle folder with a ``hearing/`` folder (the bundled model's if left out, or if it has none).
    * ``microphone``: an ALSA device such as ``"plughw:1,0"``, a WAV file to hear instead, or your own recorder (an
      object whose ``chunks()`` gives 16 kHz mono 16-bit sound); the first USB microphone, or `STARMIND_MIC`, if left
      out.
    * ``min_confidence``: from 0 to 1 (default 0.5); below it, what was heard counts as not caught (``heard == ""``).

    Without PocketSphinx it raises `HearingError` (a `StarmindError`) saying what to install; without its hearing
    files, `ModelError`.
    """

    def __init__(self, model: str | Path | None = None, *, microphone=None, min_confidence: float = MIN_CONFIDENCE):
        try:
            from pocketsphinx import Decoder
        except ImportError:
            raise HearingError(INSTALL) from None
        folder = Path(model) / HEARING if model is not None else default_bundle() / HEARING
        if not folder.is_dir() and model is not None:
            folder = default_bundle() / HEARING  # a bundle of your own hears the same words as the bundled one
        for name in (GRAMMAR, LM, DICT):
            if not (folder / name).is_file():
                raise ModelError(f"{folder} has no {name}, so I can't hear. Build it with: python -m trainer.hearing {folder}")
        _verify(folder)
        try:
            self._decoder = Decoder(lm=None, dict=str(folder / DICT), loglevel="FATAL", maxhmmpf=MAX_HMMS)
            self._decoder.add_lm_file("questions", str(folder / LM))
            for name, value in GRAMMAR_SEARCH.items():  # a search keeps the settings set when it is added
                self._decoder.config[name] = value
            self._decoder.add_fsg("commands", _compact_grammar(self._decoder, folder / GRAMMAR))
        except (RuntimeError, ValueError) as err:
            raise ModelError(f"The hearing files in {folder} are damaged ({err}). Build them again.") from None
        self._grammar = self._decoder.get_fsg("commands")
        self._commands = CommandGrammar((folder / GRAMMAR).read_text(encoding="utf-8"))
        self._lock = threading.Lock()  # one sound at a time through the decoder
        self.microphone, self.min_confidence = microphone, min_confidence

    def hear(self, sound: str | Path | bytes) -> Heard:
        """What was said in ``sound``: the path of a WAV file (16-bit, any rate, mono or stereo), or raw 16 kHz
        mono 16-bit sound as bytes. Returns a `Heard` (``""`` when it did not catch it)."""
        pcm = bytes(sound[: len(sound) // 2 * 2]) if isinstance(sound, (bytes, bytearray)) else read_wav(sound)
        with self._lock:
            return self._hear(pcm, time.process_time())

    def _hear(self, pcm: bytes, started: float, streamed: _Streamed | None = None) -> Heard:
        """Hear ``pcm`` (CPU time counted from ``started``); the commands' search may have heard it already, while
        it was recorded (``streamed``)."""
        timing = {"audio_seconds": seconds(pcm)}
        if not self._has_speech(pcm):
            if streamed is not None:
                streamed.finish()
            return Heard("", **timing, seconds=time.process_time() - started)
        command, command_score = streamed.finish() if streamed is not None else self._decode(pcm, "commands")
        question, question_score = self._decode(pcm, "questions")
        timing["seconds"] = time.process_time() - started
        is_command = bool(command) and self._grammar.accept(command)
        if is_command and not (
            _agreement(command, question) >= COMMAND_AGREEMENT or command_score - question_score >= COMMAND_MARGIN
        ):
            is_command = False
        words, score = (command, command_score) if is_command else (question, question_score)
        zero, half = CONFIDENCE_SCALE["commands" if is_command else "questions"]
        confidence = min(1.0, max(0.0, 0.5 * (score - zero) / (half - zero))) if words else 0.0
        if is_command and score >= NOISY_FLOOR:
            confidence = max(confidence, min(1.0, 0.5 * (score - question_score) / SURE_MARGIN))
        if not set(words.split()) - FILLERS or confidence < self.min_confidence:
            return Heard("", confidence, guess=words, **timing)
        return Heard(self._commands.with_commas(words) if is_command else words, confidence, is_command, **timing)

    def listen(self, until: Callable[[], bool] | None = None, *, max_seconds: float = 10, quiet_seconds: float = 5) -> Heard:
        """Record until the child stops talking (or ``until()`` is true, e.g. a button let go), then `hear` it.

        Gives up with nothing heard after ``quiet_seconds`` of quiet (default 5); never records more than
        ``max_seconds`` (default 10). The robot's commands are decoded while the child talks, so only the questions'
        model is left to run when they stop. Returns a `Heard`.
        """
        from pocketsphinx import Endpointer

        endpointer = Endpointer(window=1.0, ratio=0.9, vad_mode=0, sample_rate=RATE)
        microphone = open_microphone(self.microphone)
        let_go = until if until is not None and microphone.stops_when_let_go else (lambda: False)
        with self._lock:  # the decoder hears the commands while the child talks: less to do when they stop
            started = time.process_time()
            streamed = _Streamed(self)
            chunks = microphone.chunks()
            try:
                self._record(chunks, streamed, endpointer, let_go, max_seconds, quiet_seconds)
            except BaseException:
                streamed.finish()  # the decoder is ready for the next sound
                raise
            finally:
                if hasattr(chunks, "close"):
                    chunks.close()  # stops the recording
            return self._hear(bytes(streamed.pcm[: streamed._fed]), started, streamed)

    def _record(self, chunks, streamed: _Streamed, endpointer, let_go, max_seconds: float, quiet_seconds: float):
        """Read the microphone into ``streamed`` until the child stops talking, lets go, or the time is up."""
        pending, talked = b"", False
        for chunk in chunks:
            streamed.add(chunk)
            pending += chunk
            while len(pending) >= endpointer.frame_bytes:
                endpointer.process(pending[: endpointer.frame_bytes])
                pending = pending[endpointer.frame_bytes :]
                talked = talked or endpointer.in_speech
            so_far = seconds(streamed.pcm)
            stopped_talking = talked and not endpointer.in_speech
            if stopped_talking or let_go() or so_far >= max_seconds or (not talked and so_far >= quiet_seconds):
                return

    @staticmethod
    def _has_speech(pcm: bytes) -> bool:
        from pocketsphinx import Vad

        vad = Vad(Vad.LOOSE, RATE)  # a fresh one each time: it learns the background noise as it goes
        size = vad.frame_bytes
        return any(vad.is_speech(pcm[i : i + size]) for i in range(0, len(pcm) - size + 1, size))

    def _decode(self, pcm: bytes, search: str) -> tuple[str, float]:
        """The words heard with one search ("commands" or "questions"), and their score per frame."""
        self._decoder.activate_search(search)
        self._decoder.start_utt()
        self._decoder.process_raw(pcm, full_utt=True)
        return self._result(pcm, search)

    def _result(self, pcm: bytes, search: str) -> tuple[str, float]:
        """End the utterance of ``pcm``: the words heard, and their score per frame. Words at either end much
        quieter than the rest are left out (`QUIET_DB`). The commands' search scores each piece of its path (the
        pieces' scores add up to the path's), so a word left out takes its frames and its score with it; the
        questions' search is scored whole."""
        self._decoder.end_utt()
        hypothesis = self._decoder.hyp()
        if hypothesis is None or hypothesis.score <= 0:
            return "", -math.inf
        # (word, first frame, last frame, log score) of each piece of the best path, silences included
        pieces = [(s.word, s.start_frame, s.end_frame, math.log(max(s.prob, 1e-300))) for s in self._decoder.seg()]
        spoken = [p for p in pieces if not p[0].startswith(("<", "[", "("))]
        kept = _loud_enough(spoken, _loudness(pcm))
        words = " ".join(word.split("(")[0] for word, *_ in kept)  # "on(2)": the second way to say "on"
        if search != "commands" or len(kept) == len(spoken):
            return words, math.log(hypothesis.score) / max(self._decoder.n_frames(), 1)
        dropped = set(spoken) - set(kept)
        left = [piece for piece in pieces if piece not in dropped]
        return words, sum(piece[3] for piece in left) / max(sum(piece[2] - piece[1] + 1 for piece in left), 1)

    def __repr__(self) -> str:
        return f"<Ears microphone={self.microphone or 'the first USB microphone'}>"


class _Streamed:
    """The commands' search hearing a recording as it comes in (PocketSphinx decodes each chunk as it is given)."""

    def __init__(self, ears: Ears):
        self.ears, self.pcm, self._fed = ears, bytearray(), 0
        ears._decoder.activate_search("commands")
        ears._decoder.start_utt()

    def add(self, chunk: bytes) -> None:
        self.pcm += chunk
        whole = len(self.pcm) // 2 * 2  # whole 16-bit samples only: a recorder may hand over an odd byte
        self.ears._decoder.process_raw(bytes(self.pcm[self._fed : whole]), full_utt=False)
        self._fed = whole

    def finish(self) -> tuple[str, float]:
        return self.ears._result(bytes(self.pcm[: self._fed]), "commands")


def _loud_enough(words: list[tuple], loudness: np.ndarray) -> list[tuple]:
    """``words`` (word, first frame, last frame, ...) without those at either end that are `QUIET_DB` quieter than
    the loudest word. A word's loudness is that of its loudest frames (the 90th percentile of its frames' dB)."""

    def level(word: tuple) -> float:
        part = loudness[word[1] : word[2] + 1]
        return float(np.percentile(part, 90)) if len(part) else -math.inf

    levels = [level(word) for word in words]
    if not words or max(levels) == -math.inf:
        return words
    first, last, quiet = 0, len(words), max(levels) - QUIET_DB
    while last > first and levels[last - 1] < quiet:
        last -= 1
    while first < last and levels[first] < quiet:
        first += 1
    return words[first:last]


def _loudness(pcm: bytes) -> np.ndarray:
    """The loudness (dB) of each 10 ms frame of 16-bit ``pcm``."""
    samples = np.frombuffer(pcm[: len(pcm) // (2 * FRAME) * 2 * FRAME], "<i2").astype(np.float64)
    return 10 * np.log10((samples.reshape(-1, FRAME) ** 2).mean(axis=1) + 1.0)


def _verify(folder: Path) -> None:
    """Check the hearing files against their bundle's card, when it records them (a `ModelError` if one is damaged)."""
    try:
        card = json.loads((folder.parent / "card.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # hearing files on their own, or the brain's loading reports a damaged card
    if isinstance(card, dict):
        verify(folder.parent, card, tuple(f"{HEARING}/{name}" for name in (GRAMMAR, LM, DICT)))


def _agreement(a: str, b: str) -> float:
    """The share of ``a``'s words that ``b`` heard in the same order (1 - word error rate, at least 0)."""
    x, y = a.split(), b.split()
    row = list(range(len(y) + 1))
    for i, word in enumerate(x, 1):
        previous, row[0] = row[0], i
        for j, other in enumerate(y, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (word != other))
    return max(0.0, 1 - row[len(y)] / max(len(x), 1))


def _compact_grammar(decoder, path: Path):
    """The commands' grammar as PocketSphinx reads it, made small: the same word sequences, each with the same
    probability on its likeliest path (so the same scores), in about 65 states instead of about 1,150.

    PocketSphinx's JSGF compiler gives every word of every rule a state of its own and joins them with empty moves;
    its search does bookkeeping for every state in every frame (about half of its time on this grammar). Here the
    empty moves are removed, the grammar made deterministic (one path per word sequence, the likeliest one's
    probability) and equivalent states merged.
    """
    with tempfile.TemporaryDirectory() as folder:
        decoder.read_jsgf(str(path)).writefile(f"{folder}/commands.fsg")
        text = Path(folder, "commands.fsg").read_text(encoding="utf-8")
    start = final = 0
    words, empty = defaultdict(list), defaultdict(list)  # state -> [(to, word, cost)], [(to, cost)]
    for line in text.splitlines():
        part = line.split()
        if part and part[0] in ("START_STATE", "FINAL_STATE"):
            start, final = (int(part[1]), final) if part[0] == "START_STATE" else (start, int(part[1]))
        elif part and part[0] == "TRANSITION":
            cost = -math.log(float(part[3]))  # costs add up along a path: the likeliest path is the cheapest
            if len(part) > 4:
                words[int(part[1])].append((int(part[2]), part[4], cost))
            else:
                empty[int(part[1])].append((int(part[2]), cost))
    states, moves, ends = _determinised(start, final, words, empty)
    block = _merged(len(states), moves, ends)
    transitions = {(block[a], block[b], word): cost for a, b, word, cost in moves}
    end = len(set(block.values()))  # one final state, reached from each block that may end with an empty move
    compact = [(a, b, math.exp(-cost), word) for (a, b, word), cost in sorted(transitions.items())]
    compact += [(b, end, math.exp(-cost)) for b, cost in sorted({block[s]: c for s, c in ends.items()}.items())]
    return decoder.create_fsg("commands", block[0], end, compact)


def _determinised(start: int, final: int, words: dict, empty: dict) -> tuple[list, list, dict]:
    """One state per set of grammar states a word sequence can reach (with each one's extra cost over the cheapest):
    the states, the moves (from, to, word, cost) and the cost of ending in each state that can end."""
    closures: dict[int, dict[int, float]] = {}

    def closure(state: int) -> dict[int, float]:
        """The states reachable by empty moves from ``state``, at their cheapest."""
        if state not in closures:
            best, heap = {state: 0.0}, [(0.0, state)]
            while heap:
                cost, here = heapq.heappop(heap)
                if cost <= best[here]:
                    for there, step in empty[here]:
                        if cost + step < best.get(there, math.inf):
                            best[there] = cost + step
                            heapq.heappush(heap, (cost + step, there))
            closures[state] = best
        return closures[state]

    def key(subset: dict[int, float]) -> tuple:
        return tuple(sorted((s, round(c, 6)) for s, c in subset.items()))

    first = closure(start)  # the start state itself is always the cheapest (cost 0)
    states, ids, moves, ends = [first], {key(first): 0}, [], {}
    for i, subset in enumerate(states):
        if final in subset:
            ends[i] = subset[final]
        after: dict[str, dict[int, float]] = defaultdict(dict)
        for state, extra in subset.items():
            for to, word, cost in words[state]:
                reached = after[word]
                for there, more in closure(to).items():
                    reached[there] = min(reached.get(there, math.inf), extra + cost + more)
        for word, reached in sorted(after.items()):
            cheapest = min(reached.values())
            reached = {s: c - cheapest for s, c in reached.items()}
            if key(reached) not in ids:
                ids[key(reached)] = len(states)
                states.append(reached)
            moves.append((i, ids[key(reached)], word, cheapest))
    return states, moves, ends


def _merged(n: int, moves: list, ends: dict) -> dict[int, int]:
    """Each state's block: states with the same ending cost and the same moves (word, cost, block) are merged."""
    out = defaultdict(list)
    for a, b, word, cost in moves:
        out[a].append((word, round(cost, 6), b))
    block = {s: round(ends[s], 6) if s in ends else None for s in range(n)}
    while True:
        signature = {s: (block[s], tuple(sorted((w, c, block[b]) for w, c, b in out[s]))) for s in range(n)}
        names: dict = {}
        refined = {s: names.setdefault(signature[s], len(names)) for s in range(n)}
        if len(names) == len(set(block.values())):
            return refined
        block = refined
