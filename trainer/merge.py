"""Merge brains fine-tuned from the same base into one bundle: linear averaging, task arithmetic or TIES.

    python -m trainer merge runs/facts_brain runs/robot_brain --method ties --weights 1 1 --out runs/merged_brain

With base weights B and fine-tuned weights W_i, each model's task vector is T_i = W_i - B. Then, per weight:
  linear: sum_i w_i W_i / sum_i w_i                      (plain weighted averaging)
  task:   B + scale * sum_i w_i T_i                      (task arithmetic, Ilharco et al. 2023)
  ties:   B + scale * disjoint_mean(trim(w_i T_i))      (TIES-merging, Yadav et al. 2023): keep each T_i's
          largest `density` share of entries, elect each entry's sign by the larger total mass, then average only
          the values that agree with it.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from .derive import DerivedReport, derive
from .errors import BundleError
from .weights import (
    WEIGHTS_FILE,
    assign,
    base_knowledge,
    config_from_card,
    read_card,
    read_weights,
    weights_id,
)

METHODS = ("linear", "task", "ties")


def check_family(base: Path, models: list[Path]) -> tuple[dict, list[dict]]:
    """Cards of the base and the models; refuse models that don't share this base, architecture and tokenizer."""
    base_card, cards = read_card(base), [read_card(m) for m in models]
    base_id = weights_id(Path(base) / WEIGHTS_FILE)
    tokenizer = (Path(base) / "tokenizer.model").read_bytes()
    for path, card in zip(models, cards, strict=True):
        if config_from_card(card) != config_from_card(base_card):
            raise BundleError(
                f"{path} has a different architecture from the base {base} "
                f"({config_from_card(card)} vs {config_from_card(base_card)}): only models of one shape can be merged"
            )
        grew_from = card.get("lineage", {}).get("base")
        if grew_from != base_id:
            raise BundleError(
                f"{path} was not fine-tuned from {base}: its card says it grew from weights {grew_from}, but {base} has "
                f"weights {base_id}. Merging models that grew from different bases gives nonsense: fine-tune each one "
                "from the same base bundle, and give that bundle as --base."
            )
        if (Path(path) / "tokenizer.model").read_bytes() != tokenizer:
            raise BundleError(f"{path} uses a different tokenizer from {base}: they can't be merged")
    return base_card, cards


def trim(task: np.ndarray, density: float) -> np.ndarray:
    """Keep the largest `density` share of entries by magnitude; zero the rest."""
    if density >= 1:
        return task
    k = max(1, int(round(task.size * density)))
    cut = np.partition(np.abs(task).ravel(), task.size - k)[task.size - k]
    return np.where(np.abs(task) >= cut, task, 0.0)


def merge_arrays(
    base: np.ndarray, tuned: list[np.ndarray], weights: list[float], method: str, scale: float = 1.0, density: float = 0.2
) -> np.ndarray:
    """One weight tensor merged by `method` (see the module docstring)."""
    if method == "linear":
        return sum(w * t for w, t in zip(weights, tuned, strict=True)) / sum(weights)
    tasks = [w * (t - base) for w, t in zip(weights, tuned, strict=True)]
    if method == "task":
        return base + scale * sum(tasks)
    if method == "ties":
        trimmed = np.stack([trim(t, density) for t in tasks])
        sign = np.sign(trimmed.sum(axis=0))  # the elected sign: the one with more total mass
        agree = (np.sign(trimmed) == sign) & (trimmed != 0)
        mean = np.where(agree, trimmed, 0).sum(axis=0) / np.maximum(agree.sum(axis=0), 1)
        return base + scale * mean
    raise BundleError(f"unknown merge method {method!r}: use one of {', '.join(METHODS)}")


def merge(
    models: list[Path],
    out: Path,
    base: Path,
    method: str = "ties",
    weights: list[float] | None = None,
    scale: float = 1.0,
    density: float = 0.2,
    quantize: str = "dynamic",
    min_parity: float = 0.97,
    check: bool = True,
) -> DerivedReport:
    """Merge `models` (fine-tuned from `base`) into the bundle `out`, and check it against `base`."""
    from .model import build_model

    started = time.time()
    models, base = [Path(m) for m in models], Path(base)
    if len(models) < 2:
        raise BundleError("give at least two models to merge")
    weights = list(weights or [1.0] * len(models))
    if len(weights) != len(models):
        raise BundleError(f"give one weight per model: {len(models)} models but {len(weights)} weights")
    if method == "linear" and sum(weights) == 0:
        raise BundleError("the weights add up to 0, so they can't be averaged: give weights like 1 1 or 2 1")
    base_card, _ = check_family(base, models)
    base_arrays = read_weights(base / WEIGHTS_FILE)
    tuned = [read_weights(m / WEIGHTS_FILE) for m in models]
    merged = {
        name: merge_arrays(array, [t[name] for t in tuned], weights, method, scale, density)
        for name, array in base_arrays.items()
    }
    model = assign(build_model(config_from_card(base_card)), merged)
    card = {
        "name": f"Starmind Edge merge ({method}) of {', '.join(m.name for m in models)}",
        "training": {
            "made_by": "merge",
            "method": method,
            "models": [str(m) for m in models],
            "weights": weights,
            "scale": scale,
            "density": density if method == "ties" else None,
            "base": str(base),
        },
        "lineage": {"base": weights_id(base / WEIGHTS_FILE), "parent": [str(m) for m in models]},
    }
    print(f"merging {len(models)} models ({method}) into {out}")
    knowledge = next(filter(None, map(base_knowledge, [base, *models])), None)  # the base's, else a model's
    return derive(
        model,
        base,
        Path(out),
        card,
        quantize=quantize,
        min_parity=min_parity,
        knowledge=knowledge,
        check=check,
        started=started,
    )
