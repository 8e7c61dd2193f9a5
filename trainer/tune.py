"""Fine-tune your own brain: a base bundle plus your questions and answers (CSV or JSONL) gives a new bundle.

    python -m trainer finetune starmind_edge/models/default --data trainer/examples/my_facts.csv --out runs/my_brain

Your rows are mixed with replay examples from the curriculum, so the new brain keeps what the base knew.
The CSV format is in trainer/FINETUNE.md.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import time
from pathlib import Path

from starmind_edge.actions import VOCABULARY, Action, find_calls, format_action, parse_action
from starmind_edge.text import clean, read_text

from .derive import DerivedReport, Heal, derive
from .errors import DataError
from .model_card import save_card
from .replay import held_out_examples, replay_examples
from .train import TrainConfig
from .weights import load_bundle_model

EXAMPLES_PER_ROW = 6  # about how many examples fit in one 256-token training row


def _action(name: str, args: tuple[str, ...]) -> Action | None:
    """One call in the action language; a missing duration means 1 second, a missing count once ('turn(left)')."""
    kinds = VOCABULARY.get(name, ())
    if kinds and kinds[-1] in ("seconds", "times") and len(args) == len(kinds) - 1:
        args = (*args, "1")
    return parse_action(format_action(name, *args))


def _actions(value, where: str) -> list[str]:
    """'move(forward, 2) then beep(2)' or a list of calls -> ['move(forward, 2)', 'beep(2)'], each checked."""
    texts = [value] if isinstance(value, str) else [str(v) for v in value or []]
    out = []
    for text in texts:
        calls = find_calls(text.lower())
        if text.strip() and not calls:
            raise DataError(f"{where}: I can't find an action in {text!r}; write them like move(forward, 2) beep(1)")
        for name, args in calls:
            action = _action(name, args)
            if action is None:
                raise DataError(
                    f"{where}: {format_action(name, *args)!r} is not an action I know. Use light(color, on|off), "
                    "move(forward|backward, seconds), turn(left|right, seconds), stop(), beep(times) or wait(seconds)."
                )
            out.append(str(action))
    return out


def _csv_row(row: dict) -> dict:
    """Lower-case column names; commas in an unquoted last column (actions) belong to it, not to new columns."""
    extra = row.pop(None, None) or []
    row = {(k or "").strip().lower(): v or "" for k, v in row.items()}
    if extra:
        last = list(row)[-1]
        row[last] = ",".join([row[last], *extra])
    return row


def read_rows(path: Path) -> list[dict]:
    """Your examples as training dicts. CSV columns: question, answer, and optionally actions and fact."""
    path = Path(path)
    if not path.exists():
        raise DataError(f"There is no file at {path}. Give the CSV or JSONL file with your questions and answers.")
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
        found = [c.strip().lower() for c in reader.fieldnames or [] if c and c.strip()]
        missing = [c for c in ("question", "answer") if c not in found]
        if missing:
            raise DataError(
                f"{path}: the first line must name the columns, like: question,answer,actions. "
                f"Missing: {', '.join(missing)}; found: {', '.join(found) or 'nothing'}."
            )
        raw = [(_csv_row(r), f"{path} line {i}") for i, r in enumerate(reader, 2)]
    elif path.suffix.lower() in (".jsonl", ".json"):
        raw = []
        for i, line in enumerate(read_text(path).splitlines(), 1):
            try:
                raw += [(json.loads(line), f"{path} line {i}")] if line.strip() else []
            except json.JSONDecodeError as err:
                raise DataError(f"{path} line {i}: not valid JSON ({err.msg})") from None
        if not all(isinstance(r, dict) for r, _ in raw):
            raise DataError(f'{path}: every line must be one example like {{"question": "...", "answer": "..."}}')
    else:
        raise DataError(f"{path}: use a .csv or .jsonl file")
    rows = []
    for r, where in raw:
        question, answer = clean(r.get("question") or ""), clean(r.get("answer") or "")
        actions = _actions(r.get("actions") or "", where)
        facts = r.get("facts") or r.get("fact") or []
        facts = [facts] if isinstance(facts, str) else facts
        if not question or not (answer or actions):
            raise DataError(f"{where}: every row needs a question and an answer (or actions)")
        rows.append(
            {
                "skill": "yours",
                "facts": [clean(f) for f in facts if clean(f)],
                "question": question,
                "answer": answer,
                "actions": actions,
            }
        )
    if not rows:
        raise DataError(f"{path} has no rows: add at least one question and answer")
    return rows


def mix(rows: list[dict], replay: list[dict], total: int, replay_share: float, seed: int) -> list[dict]:
    """About `total` examples: your rows repeated to (1 - replay_share) of them, the rest replay, shuffled."""
    copies = max(1, round(total * (1 - replay_share) / len(rows)))
    mixed = rows * copies + replay[: round(total * replay_share)]
    random.Random(seed).shuffle(mixed)
    return mixed


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def learned(bundle: Path, rows: list[dict], most: int = 200) -> float:
    """The share of your rows (up to `most` of them) the new brain answers right: your answer's words and actions."""
    from starmind_edge import Starmind

    from .evaluate import has_words

    rows = random.Random(0).sample(rows, most) if len(rows) > most else rows
    brain = Starmind(model=bundle, learned=None)
    right = 0
    for row in rows:
        brain.memory.facts = list(row["facts"])
        answer = brain.ask(row["question"])
        words = [w for w in re.findall(r"[a-z0-9']+", row["answer"].lower()) if len(w) > 2] or [row["answer"]]
        said = all(has_words(answer, w) for w in words) if row["answer"] else True
        right += said and list(map(str, answer.actions)) == row["actions"]
    return right / len(rows)


def finetune(
    base: Path,
    data: Path,
    out: Path,
    work: Path,
    steps: int = 300,
    learning_rate: float = 5e-4,
    replay_share: float = 0.7,
    seed: int = 0,
    evaluate_dev: bool = True,
    quantize: str = "dynamic",
    min_parity: float = 0.97,
) -> DerivedReport:
    """Fine-tune `base` on the rows in `data` (mixed with replay), write the bundle `out`, and check it."""
    started = time.time()
    base, out, work = Path(base), Path(out), Path(work)
    rows = read_rows(data)
    if not 0 <= replay_share < 1:
        raise DataError(f"--replay must be at least 0 and below 1, not {replay_share}")
    model, base_card = load_bundle_model(base)
    print(f"{len(rows)} rows of yours from {data}; base {base} ({base_card['architecture']['parameters']:,} parameters)")
    total = steps * TrainConfig.batch_size * EXAMPLES_PER_ROW
    replay = replay_examples(round(total * replay_share), seed + 1)
    plan = Heal(
        examples=mix(rows, replay, total, replay_share, seed),
        valid=rows + held_out_examples(),
        steps=steps,
        learning_rate=learning_rate,
        seed=seed,
        job={"data": _digest(data), "steps": steps, "seed": seed, "learning_rate": learning_rate, "replay": replay_share},
    )
    card = {
        "name": f"{base_card.get('name', 'Starmind Edge')} + {Path(data).name}",
        "training": {
            "made_by": "finetune",
            "base": str(base),
            "data": str(data),
            "rows": len(rows),
            "steps": steps,
            "learning_rate": learning_rate,
            "replay_share": replay_share,
            "seed": seed,
        },
    }
    report = derive(
        model,
        base,
        out,
        card,
        work=work,
        plan=plan,
        quantize=quantize,
        min_parity=min_parity,
        check=evaluate_dev,
        started=started,
    )
    score = learned(out, rows)
    print(f"the new brain answers {score:.0%} of your {len(rows)} rows right")
    card = report.card
    card["training"] = {**card["training"], "your_rows_right": round(score, 4)}
    report.card = save_card(out, card)
    print(f'done in {(time.time() - started) / 60:.1f} min: try it with  starmind --model {out} "{rows[0]["question"]}"')
    return report
