"""Prune a brain: remove attention heads, MLP neurons or whole layers, then heal it with a short fine-tune.

    python -m trainer prune starmind_edge/models/default --by neurons --remove 0.3   # into runs/pruned_brain

Importance scores, measured on curriculum examples:
  heads, neurons: first-order Taylor importance (Molchanov et al. 2019): (sum over the unit's weights of
                  weight x gradient of the loss)^2, the estimated loss change if the unit were removed.
  layers:         the measured rise in loss when the whole block is skipped.
The same number of the least important heads (or neurons) goes from every layer, so the model keeps one shape;
`--remove` is the share of all parameters to take away (the result is rounded to whole units). Each kind can take
only its own part of the model, keeping one head, one neuron per layer or one layer, and never the embeddings: a share
beyond that (or too small for one unit) is refused before any work, with the most each kind can remove.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from .derive import DerivedReport, Heal, derive, heal
from .errors import BundleError
from .model import ModelConfig, build_model, count_params
from .weights import WEIGHTS_FILE, assign, base_knowledge, load_bundle_model, weight_name, weights_id

KINDS = ("heads", "neurons", "layers")


def unit_params(config: ModelConfig, by: str) -> int:
    """Parameters in one unit of this kind (one head in one layer, one neuron in one layer, one layer)."""
    d, a = config.d_model, config.attention_width
    if by == "heads":
        return 4 * d * config.head_size
    if by == "neurons":
        return 3 * d
    return 4 * d * a + 3 * d * config.d_ff + 2 * d


UNIT_NAMES = {
    "heads": ("attention head", "attention heads"),
    "neurons": ("MLP neuron", "MLP neurons"),
    "layers": ("layer", "layers"),
}


def _step_and_available(config: ModelConfig, by: str) -> tuple[int, int]:
    """Parameters that one more unit removes (a head or neuron from every layer, or one layer), and how many can go."""
    per_step = unit_params(config, by) * (1 if by == "layers" else config.n_layers)
    available = {"heads": config.n_heads, "neurons": config.d_ff, "layers": config.n_layers}[by] - 1  # keep one
    return per_step, available


def most_removable(config: ModelConfig, total_params: int, by: str) -> float:
    """The largest share of all parameters that pruning by `by` can take away (one unit of the kind is kept)."""
    per_step, available = _step_and_available(config, by)
    return available * per_step / total_params


def units_to_remove(config: ModelConfig, total_params: int, by: str, share: float) -> int:
    """How many units (per layer for heads and neurons) remove `share` of all parameters, rounded to whole units.

    A share this kind can't reach, or one smaller than half a unit, is refused (`BundleError`): the message says the
    most each kind can take from this model, so nothing is quietly cut to a different share than the one asked.
    """
    per_step, available = _step_and_available(config, by)
    count = int(round(share * total_params / per_step))
    one, many = UNIT_NAMES[by]
    if count > available:
        most = most_removable(config, total_params, by)
        others = ", ".join(
            f"--by {kind} at most {most_removable(config, total_params, kind):.1%}" for kind in KINDS if kind != by
        )
        if available:
            kept = "one layer stays" if by == "layers" else "one stays in every layer"
            raise BundleError(
                f"--by {by} can remove at most {most:.1%} of this model's {total_params:,} parameters, not the "
                f"{share:.1%} asked: only its {many} go ({kept}), never its embeddings. Ask for --remove "
                f"{int(most * 100) / 100:g} or less, or another kind ({others})"
            )
        where = "" if by == "layers" else " per layer"
        raise BundleError(
            f"--by {by} can remove nothing from this model, not the {share:.1%} asked: it has one {one}{where}, and "
            f"one must stay. Try another kind ({others})"
        )
    if count == 0 and share > 0:
        raise BundleError(
            f"--remove {share:g} is less than one {one}{'' if by == 'layers' else ' per layer'}: the smallest step "
            f"--by {by} can take from this model is {per_step / total_params:.2%} of its parameters"
        )
    return count


def _batches(tok_path: Path, examples: list[dict], seq_len: int = 256, batch: int = 8, count: int = 8):
    from starmind_edge.tokenizer import Tokenizer

    from .packing import pack_examples

    tokens, weights = pack_examples(Tokenizer(tok_path), examples, seq_len)
    for i in range(min(count, len(tokens) // batch)):
        part = slice(i * batch, (i + 1) * batch)
        yield tokens[part, :-1], tokens[part, 1:], weights[part]


def _loss(model, inputs, targets, weights):
    import tensorflow as tf

    losses = tf.keras.losses.sparse_categorical_crossentropy(targets, model(inputs), from_logits=True)
    return tf.reduce_sum(losses * weights) / tf.reduce_sum(weights)


def importance(model, batches: list, by: str) -> np.ndarray:
    """Scores [layers, units] (or [layers] for layers): higher means more needed."""
    import tensorflow as tf

    config = model.config
    if by == "layers":
        base = np.mean([float(_loss(model, *b)) for b in batches])
        scores = []
        for i in range(config.n_layers):
            blocks = model.blocks
            object.__setattr__(model, "blocks", blocks[:i] + blocks[i + 1 :])  # skip block i (no Keras tracking)
            scores.append(np.mean([float(_loss(model, *b)) for b in batches]) - base)
            object.__setattr__(model, "blocks", blocks)
        return np.array(scores)
    grads = None
    for b in batches:
        with tf.GradientTape() as tape:
            loss = _loss(model, *b)
        step = tape.gradient(loss, [w.value for w in model.weights])
        grads = step if grads is None else [g + s for g, s in zip(grads, step, strict=True)]
    product = {weight_name(w): w.numpy() * g.numpy() / len(batches) for w, g in zip(model.weights, grads, strict=True)}
    scores = []
    for i in range(config.n_layers):
        p = lambda name, i=i: product[f"block_{i}/{name}/kernel"]  # noqa: E731
        if by == "heads":
            D = config.head_size
            cols = [p(n).reshape(config.d_model, config.n_heads, D).sum(axis=(0, 2)) for n in ("wq", "wk", "wv")]
            rows = p("wo").reshape(config.n_heads, D, config.d_model).sum(axis=(1, 2))
            scores.append(sum(cols) + rows)
        else:
            scores.append(p("w_gate").sum(axis=0) + p("w_up").sum(axis=0) + p("w_down").sum(axis=1))
    return np.array(scores) ** 2


def cut(model, scores: np.ndarray, by: str, count: int):
    """A new, smaller model without the `count` lowest-scoring units (per layer, or layers)."""
    config = model.config
    arrays = {weight_name(w): w.numpy() for w in model.weights}
    if by == "layers":
        keep = sorted(np.argsort(scores)[count:])
        new = replace(config, n_layers=len(keep))
        for j, i in enumerate(keep):
            for name in [k for k in arrays if k.startswith(f"block_{i}/")]:
                arrays[f"new_{j}/" + name.split("/", 1)[1]] = arrays[name]
        arrays = {k.replace("new_", "block_"): v for k, v in arrays.items() if not k.startswith("block_")}
    elif by == "heads":
        D = config.head_size
        new = replace(config, n_heads=config.n_heads - count, head_dim=D)
        for i in range(config.n_layers):
            keep = np.sort(np.argsort(scores[i])[count:])
            cols = np.concatenate([np.arange(h * D, (h + 1) * D) for h in keep])
            for name in ("wq", "wk", "wv"):
                arrays[f"block_{i}/{name}/kernel"] = arrays[f"block_{i}/{name}/kernel"][:, cols]
            arrays[f"block_{i}/wo/kernel"] = arrays[f"block_{i}/wo/kernel"][cols, :]
    else:
        new = replace(config, d_ff=config.d_ff - count)
        for i in range(config.n_layers):
            keep = np.sort(np.argsort(scores[i])[count:])
            for name in ("w_gate", "w_up"):
                arrays[f"block_{i}/{name}/kernel"] = arrays[f"block_{i}/{name}/kernel"][:, keep]
            arrays[f"block_{i}/w_down/kernel"] = arrays[f"block_{i}/w_down/kernel"][keep, :]
    return assign(build_model(new), arrays)


def prune(
    base: Path,
    out: Path,
    work: Path,
    by: str = "neurons",
    remove: float = 0.2,
    heal_steps: int = 200,
    learning_rate: float = 5e-4,
    seed: int = 0,
    quantize: str = "dynamic",
    min_parity: float = 0.97,
    check: bool = True,
) -> DerivedReport:
    """Prune `base` by `by` to remove about `remove` of its parameters, heal it, write the bundle `out`, check it."""
    from .replay import held_out_examples, replay_examples

    started = time.time()
    if by not in KINDS:
        raise BundleError(f"--by must be one of {', '.join(KINDS)}, not {by!r}")
    if not 0 <= remove < 1:
        raise BundleError(f"--remove is a share of the parameters: at least 0 and below 1 (0.3 = 30%), not {remove}")
    base, out, work = Path(base), Path(out), Path(work)
    model, base_card = load_bundle_model(base)
    before = count_params(model)
    count = units_to_remove(model.config, before, by, remove)
    batches = list(_batches(base / "tokenizer.model", replay_examples(600, seed=seed + 7), model.config.context))
    scores = importance(model, batches, by)
    pruned = cut(model, scores, by, count)
    after = count_params(pruned)
    loss_before, loss_cut = (np.mean([float(_loss(m, *b)) for b in batches]) for m in (model, pruned))
    print(
        f"removed {count} {by}{' per layer' if by != 'layers' else ''}: {before:,} -> {after:,} parameters "
        f"({1 - after / before:.1%} of them, {remove:.1%} asked); loss {loss_before:.3f} -> {loss_cut:.3f}"
    )
    facts = {
        "by": by,
        "asked": remove,
        "units_removed": count,
        "parameters_before": before,
        "parameters": after,
        "removed_share": round(1 - after / before, 4),
        "loss_before": round(float(loss_before), 4),
        "loss_pruned": round(float(loss_cut), 4),
    }
    tokens = 0
    if heal_steps:  # healed here, not in derive(), so the card can record the healed loss
        plan = Heal(
            examples=replay_examples(heal_steps * 16 * 6, seed + 1),
            valid=held_out_examples(),
            steps=heal_steps,
            learning_rate=learning_rate,
            seed=seed,
            warmup_steps=20,
            job={"by": by, "remove": remove, "heal_steps": heal_steps, "seed": seed, "learning_rate": learning_rate},
        )
        tokens = heal(pruned, base, work, plan)
        facts["loss_healed"] = round(float(np.mean([float(_loss(pruned, *b)) for b in batches])), 4)
    card = {
        "name": f"{base_card.get('name', 'Starmind Edge')} pruned ({by}, {facts['removed_share']:.0%})",
        "training": {"made_by": "prune", "base": str(base), "heal_steps": heal_steps, "prune": facts},
        "lineage": {"parent": base_card.get("name", str(base)), "pruned_from": weights_id(base / WEIGHTS_FILE)},
    }
    return derive(
        pruned,
        base,
        out,
        card,
        quantize=quantize,
        min_parity=min_parity,
        knowledge=base_knowledge(base),
        check=check,
        started=started,
        tokens=tokens,
        trained_in=work if heal_steps else None,
    )
