"""The model card: `card.json` (what the runtime and the tools read) and `README.md` (what a person reads).

Every bundle the trainer writes gets both. The README is generated from the card, with Hugging Face-style YAML
front matter (licence, language, datasets, metrics, base model), so the two never disagree. The card's limits are
the bundle's own: a figure in them is one measured on this bundle, never copied from another.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from starmind_edge import __version__
from starmind_edge.bundle import write_card

ROOT = Path(__file__).resolve().parent.parent
SKILLS = ["facts", "arithmetic", "commands", "chat", "honesty", "safety", "memory"]
INTENDED_USE = "Answering children's kid-level questions, simple sums and robot commands, offline on a Raspberry Pi."
LIMITS = [
    "It only knows the facts in its curriculum (trainer/DATA_CARD.md); for anything else it should say it doesn't "
    "know, but it can still be wrong, so check important answers with a grown-up or a book.",
    "Each ask() stands alone; in a conversation (starmind chat, or Starmind(turns=3)) it sees only the last few "
    "exchanges. Facts given with remember() are kept until forget().",
    "A remembered fact can slip into questions about the child that it was never told (asked \"what's my teacher's "
    'name?" after "My cat is called Luna.", it may say "Mr Luna"): forget() facts no longer needed.',
    "It is not a counsellor and cannot call anyone. Safeguarding rules read every message first and answer a child who "
    "says they are hurt, unsafe, scared or sad with fixed, reviewed replies that name a trusted grown-up (SAFETY.md), "
    "but some such messages are missed and some ordinary ones get a kind reply they did not need.",
    "It cannot see, hear, look things up, or know today's date, the weather or the news.",
    "It understands English only, and long or unusual sentences confuse it.",
    "Stories and jokes come from a small set of patterns, so they repeat.",
]


def made_with() -> dict:
    """The package version and the source commit that wrote a bundle ("+changes" when the checkout had edits). A
    card written before this was recorded may carry them found afterwards, with ``recovered`` saying how."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10, check=True
        ).stdout.strip()
        changed = subprocess.run(["git", "diff", "--quiet", "HEAD"], cwd=ROOT, capture_output=True, timeout=10)
        commit += "+changes" if changed.returncode else ""
    except (OSError, subprocess.SubprocessError):
        commit = None  # not a git checkout
    return {"starmind_edge": __version__, "commit": commit}


def limits(card: dict) -> list[str]:
    """The card's limits, with the figures this bundle was measured at where it has them."""
    out = list(LIMITS)
    if card.get("knowledge"):
        out[0] = out[0].replace("its curriculum", f"its curriculum and its encyclopedia ({card['knowledge']['facts']:,} facts)")
    evaluation = card.get("evaluation") or {}
    alone = (evaluation.get("per_skill") or {}).get("honesty")
    with_fact = ((evaluation.get("with_unrelated_fact") or {}).get("per_skill") or {}).get("honesty")
    if alone is not None and with_fact is not None:
        out[2] += (
            f" Measured on this model: it said \"I don't know\" to {with_fact:.0%} of the dev set's unknowable "
            f"questions with one remembered fact, and to {alone:.0%} without."
        )
    return out


def save_card(bundle: Path, card: dict) -> dict:
    """Write the bundle's card.json (with fresh checksums and its own limits) and its README.md; return the card."""
    card = {**card, "limits": limits(card)}
    card.setdefault("licence", "MIT (code, data and weights)")
    card.setdefault("intended_use", INTENDED_USE)
    card = write_card(bundle, card)
    (Path(bundle) / "README.md").write_text(readme(card), encoding="utf-8")
    return card


def _yaml(value) -> str:
    """A YAML scalar: JSON strings and numbers are valid YAML."""
    return json.dumps(value, ensure_ascii=False)


def _metrics(evaluation: dict, dataset: str, name: str) -> list[str]:
    if not evaluation.get("per_skill"):
        return []
    lines = [
        "  - task: {type: text-generation, name: Answering children's questions}",
        f"    dataset: {{type: {dataset}, name: {_yaml(name)}}}",
        "    metrics:",
        f"      - {{type: accuracy, name: overall, value: {evaluation['overall'] * 100:.1f}}}",
    ]
    lines += [f"      - {{type: accuracy, name: {s}, value: {v * 100:.1f}}}" for s, v in evaluation["per_skill"].items()]
    return lines


def front_matter(card: dict) -> str:
    """Hugging Face-style YAML front matter for the bundle's README."""
    training, lineage = card.get("training") or {}, card.get("lineage") or {}
    evaluation = card.get("evaluation") or {}
    lines = [
        "---",
        "license: mit",
        "language: [en]",
        "library_name: litert",
        "pipeline_tag: text-generation",
        f"tags: [tflite, {'float32' if card.get('quantization') == 'float32' else 'int8'}, tiny, offline, children]",
        "datasets: [starmind-edge-curriculum]  # generated by code: trainer/DATA_CARD.md",
    ]
    if training.get("base"):
        lines.append(f"base_model: {_yaml(lineage.get('parent') or training['base'])}")
        lines.append(f"base_model_relation: {'merge' if training.get('made_by') == 'merge' else 'finetune'}")
    results = _metrics(evaluation, "starmind-dev-set", "Starmind dev set (trainer/dev_set.jsonl)")
    results += _metrics(evaluation.get("blind_set") or {}, "starmind-blind-set", "Starmind blind set")
    if results:
        lines += ["model-index:", f"  - name: {_yaml(card.get('name', 'Starmind Edge'))}", "    results:"]
        lines += ["    " + line for line in results]
    return "\n".join([*lines, "---"])


def _row(label: str, evaluation: dict) -> str:
    table = evaluation.get("per_skill") or {}
    cells = [f"{table[s]:.1%}" if s in table else "" for s in SKILLS]
    return f"| {label} | {' | '.join(cells)} | {evaluation['overall']:.1%} |"


def readme(card: dict) -> str:
    """The bundle's README.md, generated from its card."""
    arch, budget = card.get("architecture") or {}, card.get("budget") or {}
    evaluation, made = card.get("evaluation") or {}, card.get("made_with") or {}
    parts = [
        front_matter(card),
        f"# {card.get('name', 'Starmind Edge')}",
        "A tiny offline language model for children, run by Starmind Edge "
        '(`Starmind(model="this folder")` or `starmind --model FOLDER "question"`). '
        "This page is generated from `card.json`; the figures in it were measured on this bundle.",
        f"**Intended use:** {card.get('intended_use', INTENDED_USE)}",
    ]
    if arch:
        parts.append(
            f"**Model:** {arch.get('parameters', 0):,} parameters ({arch.get('type', 'transformer')}; d_model "
            f"{arch.get('d_model')}, {arch.get('n_layers')} layers, {arch.get('n_heads')} heads, context "
            f"{arch.get('context')}), {card.get('quantization', '?')} TFLite, {card.get('model_bytes', 0) / 1e6:.1f} MB."
        )
    if evaluation.get("per_skill"):
        rows = [_row("dev set", evaluation)]
        if (evaluation.get("blind_set") or {}).get("per_skill"):
            rows.append(_row("blind set", evaluation["blind_set"]))
        if (evaluation.get("with_unrelated_fact") or {}).get("per_skill"):
            rows.append(_row("dev set, with a remembered fact", evaluation["with_unrelated_fact"]))
        compared = card.get("compared_with_base") or {}
        if compared.get("base"):
            rows.append(_row("its base, in the same run", compared["base"]))
        parts.append(
            "## Evaluation\n\n"
            + f"| | {' | '.join(SKILLS)} | overall |\n|---|{'---|' * (len(SKILLS) + 1)}\n"
            + "\n".join(rows)
            + (f"\n\n**Compared with its base:** {compared['verdict']}" if compared.get("verdict") else "")
        )
    else:
        parts.append("## Evaluation\n\nNot measured yet: `python -m trainer evaluate FOLDER --write-card` does it.")
    training = card.get("training") or {}
    how = training.get("made_by") or f"recipe {training.get('recipe', '?')}"
    cost = (
        f"{budget['wall_hours']:.2f} hours on {budget.get('cpu_cores', '?')} CPU cores "
        f"({budget.get('cpu_hours', 0):.2f} CPU-hours, {budget.get('tokens_seen', 0):,} training tokens, "
        f"about ${budget.get('cost_usd', 0):.3f})"
        if "wall_hours" in budget
        else "not recorded"
    )
    parts.append(
        f"## Training\n\nMade by {how}"
        + (f" from `{training['base']}`" if training.get("base") else "")
        + f"; cost {cost}."
        + (f" Made with starmind_edge {made['starmind_edge']}" if made.get("starmind_edge") else "")
        + (f" at commit {made['commit']}" if made.get("commit") else "")
        + (f" ({made['recovered']})" if made.get("recovered") else "")
        + ("." if made else "")
        + " The curriculum and its sources: trainer/DATA_CARD.md in the Starmind Edge repository."
    )
    if card.get("knowledge"):
        kb = card["knowledge"]
        parts.append(f"**Encyclopedia:** `knowledge.sqlite`, {kb.get('facts', 0):,} facts.")
    parts.append("## Limits\n\n" + "\n".join(f"- {line}" for line in card.get("limits") or LIMITS))
    parts.append(f"**Licence:** {card.get('licence', 'MIT')}")
    return "\n\n".join(parts) + "\n"
