"""Run one of the published experiments and write its figures (results.json, results.md, plot.png) into its folder.

    python experiments/run.py 003          # or the folder name: 003-quantization

Each experiment starts from the default model's training folder, runs/default (made by `python -m trainer all`),
and writes bundles under runs/experiments/. The README.md in each folder reports the figures and what they mean.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("STARMIND_VERBOSE", "2")

from trainer.budget import cost  # noqa: E402
from trainer.evaluate import SKILLS, evaluate  # noqa: E402

HERE = Path(__file__).resolve().parent
WORK = ROOT / "runs" / "default"  # the default model's data, tokenizer and checkpoints
DEFAULT = ROOT / "starmind_edge" / "models" / "default"
OUT = ROOT / "runs" / "experiments"


def decode_speed(bundle: Path, tokens: int = 100) -> float:
    """Decode tokens/s of a bundle on this machine (best of 3 runs of `tokens` steps after a short prompt)."""
    from starmind_edge import Starmind
    from starmind_edge.sampler import Sampler

    brain = Starmind(bundle)
    engine, sampler = brain.engine, Sampler()
    best = 0.0
    for _ in range(3):
        engine.reset()
        logits = engine.prefill([brain.tokenizer.bos] + brain.tokenizer.encode("Tell me a story about a frog"))
        started = time.perf_counter()
        for _ in range(tokens):
            logits = engine.decode(sampler(logits))
        best = max(best, tokens / (time.perf_counter() - started))
    return round(best, 1)


def measure(bundle: Path, **extra) -> dict:
    """The dev-set table, size and speed of one bundle."""
    report = evaluate(bundle, write_card=bundle != DEFAULT, show_failures=0)  # the shipped card keeps its own
    card = json.loads((bundle / "card.json").read_text())
    return {
        **extra,
        "bundle": str(bundle.relative_to(ROOT)) if bundle.is_relative_to(ROOT) else str(bundle),
        **{skill: report["per_skill"][skill] for skill in SKILLS},
        "overall": report["overall"],
        "parameters": card["architecture"]["parameters"],
        "tflite_mb": round((bundle / "model.tflite").stat().st_size / 1e6, 2),
        "decode_tok_s": decode_speed(bundle),
        "parity": card["conversion_parity"]["top1_agreement"],
    }


PERCENT = {*SKILLS, "overall", "my_facts_right", "reworded_right", "parity"}


def table(rows: list[dict], columns: list[str]) -> str:
    def cell(column, value):
        return f"{value:.1%}" if column in PERCENT and isinstance(value, float) else f"{value}"

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(c, r.get(c, "")) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


def save(folder: Path, rows: list[dict], columns: list[str], started: float, tokens: int, notes: dict | None = None):
    budget = cost(time.time() - started, tokens)
    (folder / "results.json").write_text(json.dumps({**(notes or {}), "rows": rows, "budget": budget}, indent=2) + "\n")
    text = table(rows, columns) + (
        f"\n\nBudget: {budget['wall_hours'] * 60:.0f} min wall, {budget['cpu_hours']:.2f} CPU-hours on {budget['cpu_cores']} "
        f"cores, {budget['tokens_seen']:,} training tokens, ${budget['cost_usd']:.3f} ({budget['price']}).\n"
    )
    (folder / "results.md").write_text(text)
    print(text)


def plot(folder: Path, series: dict[str, tuple[list, list]], xlabel: str, ylabel: str, title: str, bars: bool = False):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    for i, (label, (xs, ys)) in enumerate(series.items()):
        if bars:
            width = 0.8 / len(series)
            ax.bar([j + i * width for j in range(len(xs))], ys, width, label=label)
            ax.set_xticks([j + 0.4 - width / 2 for j in range(len(xs))], xs, rotation=20)
        else:
            ax.plot(xs, ys, marker="o", label=label)
    ax.set(xlabel=xlabel, ylabel=ylabel, title=title)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(folder / "plot.png", dpi=110)
    plt.close(fig)


def _keras_default():
    from trainer.weights import load_bundle_model

    return load_bundle_model(DEFAULT)


# ---- 001: skills by fine-tuning, then merging ----------------------------------------------------------------


def pretrained_bundle() -> Path:
    """The default model before fine-tuning (pretraining only), as a bundle: the common base of experiment 001."""
    from trainer.convert import write_bundle
    from trainer.model import ModelConfig, build_model
    from trainer.replay import held_out_examples

    out = OUT / "pretrained"
    if not (out / "weights.npz").exists():
        meta = json.loads((WORK / "pretrain" / "config.json").read_text())
        model = build_model(ModelConfig(**meta["model"]))
        model.load_weights(WORK / "pretrain" / "model.weights.h5")
        card = {"name": "Starmind Edge default, pretrained only", "training": {"made_by": "pretrain"}}
        write_bundle(model, WORK / "tokenizer.model", out, held_out_examples(), card, min_parity=0.97)
    return out


def merge_skills(folder: Path, steps: int = 250) -> None:
    from trainer.merge import merge
    from trainer.replay import replay_examples
    from trainer.tune import finetune

    started = time.time()
    base = pretrained_bundle()
    rows = [measure(base, model="base: pretrained only")]
    tuned, tokens = {}, 0
    mixes = {"facts": {"facts": 1.0}, "commands": {"commands": 1.0}, "multi-task": {"facts": 0.5, "commands": 0.5}}
    for name, mix in mixes.items():
        data = OUT / f"001-{name}.jsonl"
        with open(data, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(ex) + "\n" for ex in replay_examples(steps * 16 * 6, seed=11, mix=mix))
        tuned[name] = OUT / f"001-{name}"
        finetune(base, data, tuned[name], OUT / f"work-001-{name}", steps=steps, replay_share=0.0, evaluate_dev=False)
        tokens += json.loads((OUT / f"work-001-{name}" / "budget.json").read_text())["tokens_seen"]
        rows.append(measure(tuned[name], model=f"fine-tuned on {name}"))
    for method in ("linear", "task", "ties"):
        out = OUT / f"001-merge-{method}"
        merge([tuned["facts"], tuned["commands"]], out, base, method)
        rows.append(measure(out, model=f"merge facts + commands ({method})"))
    save(folder, rows, ["model", *SKILLS, "overall", "tflite_mb", "decode_tok_s"], started, tokens, {"steps_per_finetune": steps})
    names = [r["model"].replace("fine-tuned on ", "").replace("merge facts + commands ", "merge ") for r in rows]
    plot(
        folder,
        {"facts": (names, [r["facts"] for r in rows]), "commands": (names, [r["commands"] for r in rows])},
        "",
        "dev-set accuracy",
        "Skills by fine-tuning, then merging",
        bars=True,
    )


# ---- 002: pruning curve -------------------------------------------------------------------------------------


def pruned_row(report, heal: int) -> dict:
    """Experiment 002's own columns for one pruned bundle, from what `prune()` returned (a `DerivedReport`, whose card
    holds what prune measured): the share removed, the healing, and the loss after it."""
    facts = report.card["training"]["prune"]
    return {
        "removed": f"{facts['removed_share']:.0%}",
        "healed": f"{heal} steps" if heal else "no",
        "loss": facts.get("loss_healed", facts["loss_pruned"]),
    }


def pruning_curve(folder: Path, shares=(0.0, 0.1, 0.2, 0.3, 0.4, 0.5), heal_steps: int = 120) -> None:
    from trainer.prune import prune

    started, rows, tokens = time.time(), [], 0
    for share in shares:
        for heal in (0, heal_steps) if share else (0,):
            out = OUT / f"002-prune-{int(share * 100)}-heal{heal}"
            report = prune(DEFAULT, out, OUT / f"work-002-{int(share * 100)}", "neurons", share, heal)
            if heal:
                tokens += json.loads((OUT / f"work-002-{int(share * 100)}" / "budget.json").read_text())["tokens_seen"]
            rows.append(measure(out, **pruned_row(report, heal)))
    save(
        folder,
        rows,
        ["removed", "healed", "parameters", *SKILLS, "overall", "loss", "tflite_mb", "decode_tok_s"],
        started,
        tokens,
        {"by": "neurons", "heal_steps": heal_steps},
    )
    series = {}
    for healed in ("no", f"{heal_steps} steps"):
        points = [r for r in rows if r["healed"] == healed or r["removed"] == "0%"]
        series[f"healed: {healed}"] = ([r["parameters"] / 1e6 for r in points], [r["overall"] for r in points])
    plot(folder, series, "parameters (millions)", "dev-set accuracy (overall)", "Pruning MLP neurons, before and after healing")


# ---- 003: quantization ---------------------------------------------------------------------------------------


def quantization(folder: Path) -> None:
    from trainer.convert import write_bundle
    from trainer.replay import held_out_examples

    started, rows = time.time(), []
    model, card = _keras_default()
    for mode in ("float32", "dynamic", "int8"):
        out = OUT / f"003-{mode}"
        shutil.rmtree(out, ignore_errors=True)
        write_bundle(
            model,
            DEFAULT / "tokenizer.model",
            out,
            held_out_examples(),
            {"name": f"default ({mode})", "lineage": card["lineage"]},
            mode,
            min_parity=0.0,
        )
        rows.append(measure(out, quantization=mode))
    save(folder, rows, ["quantization", "tflite_mb", "decode_tok_s", "parity", *SKILLS, "overall"], started, 0)
    modes = [r["quantization"] for r in rows]
    plot(
        folder,
        {
            "overall accuracy": (modes, [r["overall"] for r in rows]),
            "size (MB / 10)": (modes, [r["tflite_mb"] / 10 for r in rows]),
            "decode (tok/s / 1000)": (modes, [r["decode_tok_s"] / 1000 for r in rows]),
        },
        "",
        "",
        "float32 vs dynamic-range int8 vs full int8",
        bars=True,
    )


# ---- 004: size on a budget -------------------------------------------------------------------------------------


SIZES = {
    "1M": dict(d_model=128, n_layers=4, n_heads=4, d_ff=344),
    "3M": dict(d_model=192, n_layers=6, n_heads=6, d_ff=512),
    "6M": dict(d_model=256, n_layers=6, n_heads=8, d_ff=688),
}


def seconds_per_step(config, batch: int = 16, seq: int = 256) -> float:
    """Time training steps of this size on random tokens (after compiling)."""
    import numpy as np

    from trainer.model import build_model
    from trainer.train import TrainConfig, compile_model

    model = build_model(config)
    compile_model(model, TrainConfig(steps=100))
    rng = np.random.default_rng(0)
    x = rng.integers(5, config.vocab_size, (batch, seq)).astype("int32")
    w = np.ones((batch, seq), "float32")
    model.train_on_batch(x, x, sample_weight=w)  # compile
    started = time.perf_counter()
    for _ in range(10):
        model.train_on_batch(x, x, sample_weight=w)
    return (time.perf_counter() - started) / 10


def size_on_a_budget(folder: Path, minutes: float = 4.0) -> None:
    from trainer.convert import write_bundle
    from trainer.model import ModelConfig, build_model
    from trainer.replay import held_out_examples
    from trainer.train import TrainConfig, train

    started, rows, tokens = time.time(), [], 0
    data = OUT / "004-data"  # the first 100,000 curriculum examples: more than any of them can see in its time
    data.mkdir(parents=True, exist_ok=True)
    with open(WORK / "data" / "train.jsonl", encoding="utf-8") as source:
        (data / "train.jsonl").write_text("".join(itertools.islice(source, 100_000)), encoding="utf-8")
    shutil.copy(WORK / "data" / "valid.jsonl", data / "valid.jsonl")
    for name, shape in SIZES.items():
        config = ModelConfig(vocab_size=2048, context=256, **shape)
        per_step = seconds_per_step(config)
        steps = int(minutes * 60 / per_step * 0.9)  # 10% for packing data and compiling
        pre, fine = max(20, steps // 5), steps - max(20, steps // 5)
        work = OUT / f"work-004-{name}"
        for stage, n, loss_on, lr, init in (
            ("pretrain", pre, "all", 2e-3, None),
            ("finetune", fine, "answer", 1.5e-3, work / "pretrain" / "model.weights.h5"),
        ):
            cfg = TrainConfig(
                steps=n, steps_per_epoch=min(200, n), learning_rate=lr, loss_on=loss_on, warmup_steps=max(10, n // 20)
            )
            train(data, WORK / "tokenizer.model", work / stage, config, cfg, init)
            tokens += json.loads((work / stage / "budget.json").read_text())["tokens_seen"]
        model = build_model(config)
        model.load_weights(work / "finetune" / "model.weights.h5")
        out = OUT / f"004-{name}"
        write_bundle(
            model, WORK / "tokenizer.model", out, held_out_examples(), {"name": f"{name} on {minutes} min"}, min_parity=0.97
        )
        wall = sum(json.loads((work / s / "budget.json").read_text())["wall_seconds"] for s in ("pretrain", "finetune"))
        rows.append(
            measure(out, size=name, steps=pre + fine, seconds_per_step=round(per_step, 3), train_minutes=round(wall / 60, 1))
        )
        rows[-1]["overall_per_cpu_hour"] = round(rows[-1]["overall"] / (wall * (os.cpu_count() or 1) / 3600), 2)
    save(
        folder,
        rows,
        [
            "size",
            "parameters",
            "steps",
            "seconds_per_step",
            "train_minutes",
            *SKILLS,
            "overall",
            "overall_per_cpu_hour",
            "tflite_mb",
            "decode_tok_s",
        ],
        started,
        tokens,
        {"minutes_each": minutes},
    )
    plot(
        folder,
        {skill: ([r["size"] for r in rows], [r[skill] for r in rows]) for skill in [*SKILLS, "overall"]},
        "model size (same CPU time each)",
        "dev-set accuracy",
        f"Three sizes, {minutes:g} min of training each",
    )


# ---- 005: teach your own -------------------------------------------------------------------------------------


def teach_your_own(folder: Path, steps: int = 300) -> None:
    from trainer.tune import finetune

    started = time.time()
    before = measure(DEFAULT, model="default (before)")
    data = ROOT / "trainer" / "examples" / "my_facts.csv"
    out = OUT / "005-my-brain"
    finetune(DEFAULT, data, out, OUT / "work-005", steps=steps, evaluate_dev=False)
    minutes = (time.time() - started) / 60
    after = measure(out, model=f"default + my_facts.csv ({steps} steps)")
    from trainer.tune import learned, read_rows

    reworded = read_rows(ROOT / "trainer" / "examples" / "my_facts_reworded.csv")  # the same facts, asked other ways
    for row, bundle in ((before, DEFAULT), (after, out)):
        row["my_facts_right"] = round(learned(bundle, read_rows(data)), 4)
        row["reworded_right"] = round(learned(bundle, reworded), 4)
    after["train_minutes"] = round(minutes, 1)
    tokens = json.loads((OUT / "work-005" / "budget.json").read_text())["tokens_seen"]
    save(
        folder,
        [before, after],
        ["model", "my_facts_right", "reworded_right", *SKILLS, "overall", "tflite_mb", "decode_tok_s"],
        started,
        tokens,
        {"csv_rows": 50, "steps": steps},
    )
    labels = ["my facts", *SKILLS, "overall"]
    plot(
        folder,
        {r["model"]: (labels, [r["my_facts_right"], *[r[s] for s in SKILLS], r["overall"]]) for r in (before, after)},
        "",
        "accuracy",
        "Teaching it 50 new rows: learned vs forgotten",
        bars=True,
    )


EXPERIMENTS = {
    "001-merge-skills": merge_skills,
    "002-pruning-curve": pruning_curve,
    "003-quantization": quantization,
    "004-size-on-a-budget": size_on_a_budget,
    "005-teach-your-own": teach_your_own,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("experiments", nargs="+", help="numbers or names: " + ", ".join(EXPERIMENTS))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for wanted in args.experiments:
        name = next((n for n in EXPERIMENTS if n == wanted or n.startswith(wanted)), None)
        if name is None:
            parser.error(f"no experiment {wanted!r}")
        if not (WORK / "data" / "train.jsonl").exists() or not (DEFAULT / "weights.npz").exists():
            raise SystemExit("Build the default model first: python -m trainer all")
        print(f"== {name} ==", flush=True)
        (HERE / name).mkdir(exist_ok=True)
        EXPERIMENTS[name](HERE / name)


if __name__ == "__main__":
    main()
