"""Reading JSON Lines files."""

from __future__ import annotations

import json
from pathlib import Path


def read_jsonl(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
