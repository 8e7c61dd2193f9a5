"""What a model cost to make: wall time, CPU-hours, tokens seen and money at a stated cloud price."""

from __future__ import annotations

import json
import os
from pathlib import Path

# A 2-vCPU general-purpose cloud machine (e.g. AWS c7i.large on demand, us-east-1) in late 2026.
PRICE_PER_HOUR_USD = 0.089
PRICE_NOTE = "2-vCPU cloud machine (AWS c7i.large on-demand, us-east-1) at $0.089 per hour"


def cost(seconds: float, tokens: int) -> dict:
    """The budget of one job that took `seconds` of wall time on this machine."""
    cores = os.cpu_count() or 1
    return {
        "wall_hours": round(seconds / 3600, 3),
        "cpu_hours": round(seconds * cores / 3600, 3),
        "cpu_cores": cores,
        "tokens_seen": tokens,
        "cost_usd": round(seconds / 3600 * PRICE_PER_HOUR_USD, 4),
        "price": PRICE_NOTE,
    }


def budget_summary(work: Path) -> dict:
    """The budget of a whole `python -m trainer` run: every stage's time, the tokens of both trainings."""
    stages = json.loads((work / "stages.json").read_text()) if (work / "stages.json").exists() else {}
    tokens = 0
    for stage in ("pretrain", "train"):
        path = work / stage / "budget.json"
        if path.exists():
            tokens += json.loads(path.read_text())["tokens_seen"]
    seconds = {stage: done["seconds"] for stage, done in stages.items()}
    return {**cost(sum(seconds.values()), tokens), "stage_seconds": seconds}
