"""Peak memory (RSS) of a fresh Python process at each step of loading Starmind and answering one question, beside a
peer: the same model.tflite run through a bare LiteRT interpreter, with nothing of ours.

    python benchmarks/memory.py [BUNDLE] [--runs 5] [--maps] [--env NAME=VALUE ...]

Each step runs in a new process that does every step before it too, then reports the kernel's high-water mark
(VmHWM, what ``ru_maxrss`` reads) and the RSS now; the table gives the median of ``--runs`` processes. ``--maps``
adds, for the last step, where the resident memory lies (the largest mappings: libraries, the model file, heap).
``--env`` sets variables for the child processes (e.g. ``--env MALLOC_ARENA_MAX=1``), to try an idea. Figures, not a
test: the issue's budget is a peak of 60 MB for load + one answer on the Raspberry Pi Zero 2 W.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

QUESTION = "why is the sky blue?"
ROOT = Path(__file__).resolve().parent.parent

# Each step's code; a step's process runs all the steps before it first.
OURS = [
    ("python", "pass"),
    ("import numpy", "import numpy"),
    ("import ai_edge_litert", "import ai_edge_litert.interpreter"),
    ("import starmind_edge", "from starmind_edge import Starmind"),
    ("Starmind()", "brain = Starmind(BUNDLE)"),
    ("first ask()", "answer = brain.ask(QUESTION)"),
]
PEER = [
    ("python", "pass"),
    ("import numpy", "import numpy as np"),
    ("import ai_edge_litert", "from ai_edge_litert.interpreter import Interpreter"),
    (
        "Interpreter()",
        "it = Interpreter(model_path=str(Path(BUNDLE or DEFAULT) / 'model.tflite'), num_threads=1); it.allocate_tensors()",
    ),
    (
        "prefill + 40 decodes",
        """
prefill, decode = it.get_signature_runner('prefill'), it.get_signature_runner('decode')
ins = prefill.get_input_details()
caches = {n: np.zeros(d['shape'], np.float32) for n, d in ins.items() if '_cache_' in n}
out = prefill(tokens=np.zeros(ins['tokens']['shape'], np.int32), pos=np.array([0], np.int32), **caches)
for i in range(40):
    out = decode(tokens=np.array([int(out['logits'][-1].argmax())], np.int32), pos=np.array([8 + i], np.int32), **caches)
""",
    ),
]

REPORT = """
import json, sys
def _status():
    fields = {}
    with open('/proc/self/status') as f:
        for line in f:
            name, _, value = line.partition(':')
            if name in ('VmHWM', 'VmRSS', 'RssAnon', 'RssFile', 'RssShmem'):
                fields[name] = int(value.split()[0]) / 1024
    return fields
_out = _status()
_out['modules'] = len(sys.modules)
if MAPS:
    _out['maps'] = _maps()
print('@@' + json.dumps(_out))
"""

MAPS_CODE = """
def _maps():
    sizes, name = {}, None
    with open('/proc/self/smaps') as f:
        for line in f:
            head = line.split()
            if head and '-' in head[0] and not head[0].endswith(':'):
                name = head[5] if len(head) > 5 else '[anonymous]'
                name = name.rsplit('/', 1)[-1]
            elif head and head[0] == 'Rss:':
                sizes[name] = sizes.get(name, 0) + int(head[1]) / 1024
    return sorted(sizes.items(), key=lambda item: -item[1])[:14]
"""


def program(steps: list[tuple[str, str]], upto: int, bundle: str | None, maps: bool) -> str:
    head = (
        f"from pathlib import Path\nBUNDLE = {bundle!r}\nQUESTION = {QUESTION!r}\nMAPS = {maps}\n"
        f"DEFAULT = {str(ROOT / 'starmind_edge' / 'models' / 'default')!r}\n{MAPS_CODE}\n"
    )
    body = "\n".join(code for _, code in steps[: upto + 1])
    return head + body + "\n" + REPORT


def measure(steps, upto: int, bundle: str | None, env: dict, maps: bool = False) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", program(steps, upto, bundle, maps)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith("@@"):
            return json.loads(line[2:])
    raise SystemExit(f"step {steps[upto][0]!r} failed:\n{result.stderr[-2000:]}")


def table(title: str, steps, runs: int, bundle: str | None, env: dict) -> list[float]:
    print(f"\n{title}  (median of {runs} fresh processes, MB)")
    print(f"{'step':24} {'peak':>7} {'+peak':>7} {'RSS now':>8} {'anon':>7} {'file':>7} {'modules':>8}")
    previous, peaks = 0.0, []
    for i, (name, _) in enumerate(steps):
        samples = [measure(steps, i, bundle, env) for _ in range(runs)]
        med = {key: statistics.median(s[key] for s in samples) for key in ("VmHWM", "VmRSS", "RssAnon", "RssFile")}
        modules = statistics.median(s["modules"] for s in samples)
        print(
            f"{name:24} {med['VmHWM']:7.1f} {med['VmHWM'] - previous:+7.1f} {med['VmRSS']:8.1f} "
            f"{med['RssAnon']:7.1f} {med['RssFile']:7.1f} {modules:8.0f}"
        )
        previous = med["VmHWM"]
        peaks.append(med["VmHWM"])
    return peaks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--maps", action="store_true", help="show where the last step's resident memory lies")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args()
    bundle = str(Path(args.bundle).resolve()) if args.bundle else None
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, STARMIND_HOME=home, PYTHONPATH=str(ROOT))  # no learned facts from this machine
        env.update(item.split("=", 1) for item in args.env)
        print(f"Python {sys.version.split()[0]}, question {QUESTION!r}" + (f", env {' '.join(args.env)}" if args.env else ""))
        ours = table("Starmind", OURS, args.runs, bundle, env)
        if not args.no_peer:
            peer = table("Peer: the same model.tflite in a bare LiteRT Interpreter", PEER, args.runs, bundle, env)
            print(f"\nours over the peer at the end: {ours[-1] - peer[-1]:+.1f} MB (budget: a peak of 60 MB)")
        if args.maps:
            for title, steps in (("Starmind", OURS), ("peer", PEER)):
                found = measure(steps, len(steps) - 1, bundle, env, maps=True)
                print(f"\nlargest resident mappings at the end, {title} (MB):")
                for name, mb in found["maps"]:
                    print(f"  {mb:7.1f}  {name}")


if __name__ == "__main__":
    main()
