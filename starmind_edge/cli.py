"""`starmind "question"` answers one question; `starmind chat` talks in a loop; `starmind learn facts.csv` teaches
world facts for good (`starmind unlearn "..."` and `starmind learned` too); `starmind listen` hears a question from
the microphone (or `starmind listen file.wav` from sound files) and answers it."""

from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .errors import StarmindError


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl+C while it loads, thinks or listens: one line, not a traceback
        print("\nStopped.", file=sys.stderr)
        return 130


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="starmind", description="Ask Starmind, a tiny offline robot brain.")
    parser.add_argument(
        "question",
        nargs="*",
        help='a question, like "What colour is the sky?"; or "chat"; or "learn FILE-OR-FACT", "unlearn FACT", "learned"; '
        'or "listen" (from the microphone) or "listen FILE.wav ..."',
    )
    parser.add_argument("--model", help="a model bundle folder (default: the bundled model)")
    parser.add_argument("--memory", help="a JSON file of remembered facts, kept between runs")
    parser.add_argument("--learned", help="the file of learned world facts (default ~/.starmind/learned.sqlite)")
    parser.add_argument("--no-knowledge", action="store_true", help="don't look facts up in the encyclopedia")
    parser.add_argument("--temperature", type=float, default=0.0, help="0 = always the same answer; try 0.8 for variety")
    parser.add_argument("--top-k", type=int, default=0, help="sample only from the k likeliest tokens (0 = all)")
    parser.add_argument("--seed", type=int, default=None, help="random seed, for repeatable sampled answers")
    parser.add_argument("--max-tokens", type=int, default=128, help="the longest answer, in tokens")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads for the model (default 1, the fastest here)")
    parser.add_argument("--stats", action="store_true", help="also print tokens and seconds")
    parser.add_argument(
        "--no-history",
        action="store_true",
        help=f"in chat, keep no history of what is typed (kept by default: {_history_file()})",
    )
    parser.add_argument("--version", action="version", version=f"starmind-edge {__version__}")
    args = parser.parse_args(argv)
    if not args.question:
        parser.print_help()
        return 2

    listening = args.question[0] == "listen" and all(f.lower().endswith(".wav") for f in args.question[1:])
    from .brain import Starmind

    for stream in (sys.stdin, sys.stdout):  # a stray Latin-1 byte typed or printed is cleaned away, never a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="surrogateescape" if stream is sys.stdin else "replace")
    try:
        if listening:
            from .ears import Ears

            ears = Ears(args.model)  # before the brain, so a missing part is said at once
        brain = Starmind(
            args.model,
            args.memory,
            temperature=args.temperature,
            top_k=args.top_k,
            seed=args.seed,
            max_tokens=args.max_tokens,
            threads=args.threads,
            knowledge=not args.no_knowledge,
            learned=args.learned or True,
        )
        if args.question[0] in ("learn", "unlearn", "learned"):
            return _teach(brain, args.question[0], " ".join(args.question[1:]))
        if listening:
            return _listen(brain, ears, args.question[1:], args.stats)
        if args.question == ["chat"]:
            from .chat_history import default_path, line_editing

            with line_editing(None if args.no_history else default_path()) as read:
                brain.chat(read=read)
            return 0
        answer = brain.ask(" ".join(args.question))
    except StarmindError as err:
        print(f"starmind: {err}", file=sys.stderr)
        return 1
    print(answer)
    for action in answer.actions:
        print(f"  🤖 {action}")
    if args.stats:
        print(f"({answer.tokens} tokens in {answer.seconds:.2f} s)")
    return 0


def _teach(brain, command: str, what: str) -> int:
    """`learn FILE-OR-FACT`, `unlearn FACT` or `learned`: change or list the learned world facts."""
    from .learned import read_facts

    if command == "learned":
        for fact in brain.learned:
            print(fact)
        print(f"({len(brain.learned)} learned facts)")
        return 0
    if not what:
        print(f'starmind: say what to {command}, like: starmind {command} "A bike has two wheels."', file=sys.stderr)
        return 2
    if command == "unlearn":
        if brain.unlearn(what):
            print(f"OK, I've forgotten: {what}")
            return 0
        print(f"starmind: I never learned {what!r} (see them all with: starmind learned)", file=sys.stderr)
        return 1
    is_file = what.lower().endswith((".csv", ".txt")) or os.path.isfile(what)
    facts = read_facts(what) if is_file else [what]
    problems = 0
    for number, fact in enumerate(facts, 1):
        try:
            brain.learn(fact)
        except StarmindError as err:
            problems += 1
            print(f"starmind: {'fact ' + str(number) + ': ' if is_file else ''}{err}", file=sys.stderr)
    print(f"Learned {len(facts) - problems} of {len(facts)} facts." if is_file else "OK, I've learned that.")
    return 1 if problems else 0


def _listen(brain, ears, files: list[str], stats: bool) -> int:
    """`listen` or `listen FILE.wav ...`: hear a question (from the microphone, or each file), then answer it."""
    from .ears import DIDNT_CATCH

    if not files:
        print("🎤 Listening... ask me something (I stop when you stop talking).", flush=True)
    missed = 0
    for sound in files or [None]:
        heard = ears.listen() if sound is None else ears.hear(sound)
        if stats:
            print(f"(heard {heard.guess!r} in {heard.audio_seconds:.1f} s of sound: confidence {heard.confidence:.2f}, "
                  f"{'a command' if heard.command else 'not a command'}, {heard.seconds:.2f} s to think)")  # fmt: skip
        if not heard:
            missed += 1
            print(DIDNT_CATCH)
            continue
        print(f"👂 {heard}")
        answer = brain.ask(str(heard))
        print(answer)
        for action in answer.actions:
            print(f"  🤖 {action}")
    return 1 if missed else 0


def _history_file() -> str:
    """Where `starmind chat` keeps what is typed, as --help says it."""
    from .chat_history import LENGTH, default_path

    path = default_path()
    if path is None:
        return "nowhere, as STARMIND_HISTORY is off"
    return f"the last {LENGTH} lines, in {path}; delete it to clear it, or set STARMIND_HISTORY=off"
