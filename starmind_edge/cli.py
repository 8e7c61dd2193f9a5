"""`starmind "question"` answers one question; `starmind chat` talks in a loop."""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .errors import StarmindError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="starmind", description="Ask Starmind, a tiny offline robot brain.")
    parser.add_argument("question", nargs="*", help='a question, like "What colour is the sky?", or "chat"')
    parser.add_argument("--model", help="a model bundle folder (default: the bundled model)")
    parser.add_argument("--memory", help="a JSON file of remembered facts, kept between runs")
    parser.add_argument("--temperature", type=float, default=0.0, help="0 = always the same answer; try 0.8 for variety")
    parser.add_argument("--top-k", type=int, default=0, help="sample only from the k likeliest tokens (0 = all)")
    parser.add_argument("--seed", type=int, default=None, help="random seed, for repeatable sampled answers")
    parser.add_argument("--max-tokens", type=int, default=128, help="the longest answer, in tokens")
    parser.add_argument("--threads", type=int, default=None, help="CPU threads for the model (default 1, the fastest here)")
    parser.add_argument("--stats", action="store_true", help="also print tokens and seconds")
    parser.add_argument("--version", action="version", version=f"starmind-edge {__version__}")
    args = parser.parse_args(argv)
    if not args.question:
        parser.print_help()
        return 2

    from .brain import Starmind

    for stream in (sys.stdin, sys.stdout):  # a stray Latin-1 byte typed or printed is cleaned away, never a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="surrogateescape" if stream is sys.stdin else "replace")
    try:
        brain = Starmind(
            args.model,
            args.memory,
            temperature=args.temperature,
            top_k=args.top_k,
            seed=args.seed,
            max_tokens=args.max_tokens,
            threads=args.threads,
        )
        if args.question == ["chat"]:
            _line_editing()
            brain.chat()
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


def _line_editing() -> None:
    """Arrow keys and history in `starmind chat` where the terminal has readline (not Windows' plain console)."""
    try:
        import readline  # noqa: F401 - importing it is what turns line editing on for input()
    except ImportError:
        pass
