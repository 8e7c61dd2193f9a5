"""Training curves as a PNG next to the model card."""

from __future__ import annotations

import csv
import json
from pathlib import Path


def _read(path: Path) -> list[dict]:
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def plot_training(work: Path, out: Path, stages: tuple[str, ...] = ("pretrain", "train")) -> Path | None:
    """Plot loss and next-token accuracy per epoch of the training `stages` (folders in `work`)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    stages = [(s, work / s / "history.csv") for s in stages if (work / s / "history.csv").exists()]
    if not stages:
        return None
    fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(10, 4))
    offset = 0
    for stage, path in stages:
        rows = _read(path)
        steps_per_epoch = _steps_per_epoch(work / stage)
        x = [offset + (int(r["epoch"]) + 1) * steps_per_epoch for r in rows]
        for ax, key in ((ax_loss, "loss"), (ax_acc, "acc")):
            ax.plot(x, [float(r[key]) for r in rows], label=f"{stage} train")
            ax.plot(x, [float(r["val_" + key]) for r in rows], "--", label=f"{stage} held-out")
        offset = x[-1] if x else offset
    ax_loss.set(title="loss (weighted cross-entropy)", xlabel="training step")
    ax_acc.set(title="next-token accuracy", xlabel="training step")
    for ax in (ax_loss, ax_acc):
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def _steps_per_epoch(stage_dir: Path) -> int:
    return json.loads((stage_dir / "config.json").read_text())["train"]["steps_per_epoch"]


def plot_comparison(base: dict, new: dict, out: Path, dropped: dict) -> Path:
    """Bars of each skill's dev-set accuracy: the base and the bundle derived from it, the skills that fell marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    skills = [s for s in new["per_skill"] if s in base["per_skill"]]
    fig, ax = plt.subplots(figsize=(8, 3.5))
    x = range(len(skills))
    ax.bar([i - 0.2 for i in x], [base["per_skill"][s] * 100 for s in skills], 0.4, label="base")
    ax.bar([i + 0.2 for i in x], [new["per_skill"][s] * 100 for s in skills], 0.4, label="new")
    ax.set_xticks(list(x), [f"{s}\n(fell)" if s in dropped else s for s in skills])
    ax.set(title="dev set, asked of both in the same run", ylabel="% right", ylim=(0, 100))
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out
