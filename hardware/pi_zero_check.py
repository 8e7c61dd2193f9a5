"""Smoke-check the starmind_edge runtime on a 64-bit Raspberry Pi (or on its CPU under emulation).

Loads the bundled model, looks a fact up in its encyclopedia (SQLite FTS5), asks one question and one robot
command, hears a spoken command with the ears (when PocketSphinx is installed), and prints the answers. Exits non-zero
on any
failure. Run by hardware/pi_zero_emulation.sh under qemu; on a real Pi run it directly:

    python3 hardware/pi_zero_check.py ["another question"]
"""

from __future__ import annotations

import faulthandler
import os
import platform
import sys
import time
from importlib import metadata
from pathlib import Path

QUESTION = "What colour is the sky?"
LOOK_UP = "wat is the captial of france"
LEARNED = "The capital of France is Paris."
COMMAND = "go forward 2 seconds then turn left"
SPOKEN = Path(__file__).resolve().parents[1] / "examples" / "sounds" / "go_forward.wav"


def cpu_summary() -> str:
    """The CPU as the guest sees it in /proc/cpuinfo: count, part number and features."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return "unknown"
    fields = [line.split(":", 1) for line in text.splitlines() if ":" in line]
    info = {k.strip(): v.strip() for k, v in fields}
    cores = sum(1 for k, _ in fields if k.strip() == "processor")
    part = {"0xd03": "Cortex-A53"}.get(info.get("CPU part", ""), info.get("CPU part", "?"))
    return f"{cores}x {part} ({info.get('Model', 'no model line')}); features: {info.get('Features', '?')}"


def show_signatures(model: Path) -> None:
    """Print the model's signature inputs, flagging 0-d ones (ai-edge-litert 2.3.0 on aarch64 segfaults on them)."""
    from ai_edge_litert.interpreter import Interpreter

    interpreter = Interpreter(model_path=str(model))
    for name in interpreter.get_signature_list():
        runner = interpreter.get_signature_runner(name)
        for key, detail in runner.get_input_details().items():
            shape = [int(d) for d in detail["shape"]]
            warning = "  <-- 0-d input: ai-edge-litert 2.3.0 on aarch64 segfaults here" if not shape else ""
            print(f"  {name}.{key}: {detail['dtype'].__name__} {shape}{warning}")


def main(argv: list[str]) -> int:
    faulthandler.enable()  # a native crash still prints the Python stack
    question = " ".join(argv) or QUESTION

    machine = platform.machine()
    print(f"machine: {machine}, Python {platform.python_version()}, {platform.libc_ver()[0]} {platform.libc_ver()[1]}")
    print(f"cpu: {cpu_summary()}; os.cpu_count() = {os.cpu_count()}")
    assert machine == "aarch64", f"expected aarch64, running on {machine}"
    versions = ", ".join(f"{p} {metadata.version(p)}" for p in ("ai-edge-litert", "numpy", "sentencepiece"))
    print(f"packages: {versions}")

    started = time.perf_counter()
    import starmind_edge
    from starmind_edge import Starmind

    model = Path(starmind_edge.__file__).parent / "models" / "default" / "model.tflite"
    if model.exists():
        print(f"model: {model.stat().st_size / 1e6:.2f} MB, signature inputs:")
        show_signatures(model)

    brain = Starmind()
    print(f"loaded in {time.perf_counter() - started:.1f} s")

    import sqlite3

    assert brain.knowledge, "no full-text search (FTS5) in this SQLite"
    if brain.retriever is None:  # a bundle without the encyclopedia: look up a learned fact instead
        brain = Starmind(learned=None)
        brain.learn(LEARNED)
    started = time.perf_counter()
    found = brain.look_up(LOOK_UP)
    print(f"\nSQLite {sqlite3.sqlite_version}; looked up {LOOK_UP!r} in {(time.perf_counter() - started) * 1000:.1f} ms:")
    print(f"   {[hit.text for hit in found]}")
    assert any("Paris" in hit.text for hit in found), "the capital of France was not found"

    answer = brain.ask(question)
    print(f"\nQ: {question}\nA: {answer}")
    print(f"   tokens={answer.tokens}, seconds={answer.seconds:.2f} (emulated: says nothing about a real Pi)")
    assert isinstance(answer, str) and answer.strip(), "empty answer"
    assert answer.tokens > 0, f"answer.tokens is {answer.tokens}"

    command = brain.ask(COMMAND)
    print(f"\nQ: {COMMAND}\nA: {command}")
    print(f"   actions={[str(a) for a in command.actions]}, tokens={command.tokens}, seconds={command.seconds:.2f}")
    assert isinstance(command.actions, list), f"actions is a {type(command.actions).__name__}"

    check_ears()
    assert "tensorflow" not in sys.modules, "tensorflow was imported"
    print("\ntensorflow not imported")
    print("OK")
    return 0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def check_ears() -> None:
    """Hear examples/sounds/go_forward.wav, if PocketSphinx is installed (pip install "starmind-edge[voice]")."""
    try:
        import pocketsphinx  # noqa: F401
    except ImportError:
        print("\nears: PocketSphinx not installed, skipped")
        return
    from starmind_edge import Ears

    before = rss_mb()
    heard = Ears().hear(SPOKEN)
    print(f"\nheard {SPOKEN.name}: {heard!r} (command={heard.command}, confidence={heard.confidence:.2f})")
    print(f"   CPU {heard.seconds:.2f} s for {heard.audio_seconds:.1f} s of sound; ears add {rss_mb() - before:.0f} MB RSS")
    assert heard == "go forward two seconds then turn left" and heard.command, "the spoken command was not heard"


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Exception as error:  # report and fail, whatever went wrong
        import traceback

        traceback.print_exc()
        print(f"FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
