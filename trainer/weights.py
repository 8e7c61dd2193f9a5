"""A bundle's trainable weights: `weights.npz` beside `model.tflite`, so a bundle can be fine-tuned, merged and pruned.

The runtime never reads this file (it runs `model.tflite`); the trainer does. Weights are stored as float16 by
variable name (half the size of float32, and far finer than the int8 in the .tflite file). The card's `lineage`
records which base weights a bundle grew from, so merges can refuse models that do not share a base.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from starmind_edge.bundle import verify
from starmind_edge.errors import ModelError

from .errors import BundleError
from .model import ModelConfig, StarmindLM, build_model

WEIGHTS_FILE = "weights.npz"


def weight_name(variable) -> str:
    """'block_0/wq/kernel': a variable's path without the model's own name (which Keras numbers per process)."""
    return variable.path.split("/", 1)[1]


def save_weights(model: StarmindLM, path: Path) -> str:
    """Write every weight as float16 and return the file's short id (a hash of its contents)."""
    arrays = {weight_name(w): np.asarray(w.numpy(), np.float16) for w in model.weights}
    with open(path, "wb") as f:
        np.savez(f, **arrays)
    return weights_id(path)


def as_stored(model: StarmindLM) -> StarmindLM:
    """Round every weight to float16 and back, as `save_weights` keeps it: a graph converted from the model is then
    the graph converted again from its weights.npz (`reconvert`), with the same answers."""
    for w in model.weights:
        w.assign(np.asarray(w.numpy(), np.float16).astype(np.float32))
    return model


def weights_id(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def read_weights(path: Path) -> dict[str, np.ndarray]:
    with np.load(path) as data:
        return {name: data[name].astype(np.float32) for name in data.files}


def assign(model: StarmindLM, arrays: dict[str, np.ndarray]) -> StarmindLM:
    """Put named arrays into the model; every weight must be there with its exact shape."""
    for w in model.weights:
        name = weight_name(w)
        if name not in arrays or tuple(arrays[name].shape) != tuple(w.shape):
            got = arrays[name].shape if name in arrays else "nothing"
            raise BundleError(f"the weights don't fit this model: {name} needs shape {tuple(w.shape)}, got {got}")
        w.assign(arrays[name])
    return model


def config_from_card(card: dict) -> ModelConfig:
    fields = ModelConfig.__dataclass_fields__
    return ModelConfig(**{k: v for k, v in card["architecture"].items() if k in fields})


def read_card(bundle: Path) -> dict:
    path = Path(bundle) / "card.json"
    if not path.exists():
        raise BundleError(f"{bundle} is not a model bundle: it has no card.json")
    return json.loads(path.read_text(encoding="utf-8"))


def load_bundle_model(bundle: Path) -> tuple[StarmindLM, dict]:
    """The Keras model of a bundle (from its weights.npz) and its card."""
    bundle = Path(bundle)
    card = read_card(bundle)
    path = bundle / WEIGHTS_FILE
    if not path.exists():
        raise BundleError(
            f"{bundle} has no {WEIGHTS_FILE}, so it can't be trained further: it only holds the finished .tflite file. "
            "Use a bundle made by the trainer (the default one in a source checkout has it)."
        )
    try:
        verify(bundle, card, names=(WEIGHTS_FILE,))
    except ModelError as err:
        raise BundleError(str(err)) from None
    return assign(build_model(config_from_card(card)), read_weights(path)), card


def base_knowledge(base: Path) -> Path | None:
    """The encyclopedia file of a bundle, which a bundle made from it shares (None when it has none)."""
    path = Path(base) / "knowledge.sqlite"
    return path if path.is_file() else None
