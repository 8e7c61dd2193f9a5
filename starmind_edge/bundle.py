"""A model bundle is a folder: model.tflite, tokenizer.model and card.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .engine import Engine
from .errors import ModelError
from .tokenizer import Tokenizer

FILES = ("model.tflite", "tokenizer.model", "card.json")


def default_bundle() -> Path:
    return Path(str(resources.files(__package__).joinpath("models", "default")))


@dataclass
class Bundle:
    path: Path
    engine: Engine
    tokenizer: Tokenizer
    card: dict


def load_bundle(path: str | Path | None = None, threads: int | None = None) -> Bundle:
    """Load a bundle folder, with an error that names the file when something is missing or damaged."""
    folder = Path(path) if path is not None else default_bundle()
    if not folder.is_dir():
        raise ModelError(f"No model folder at {folder}. Give the folder that holds {', '.join(FILES)}.")
    for name in FILES:
        if not (folder / name).is_file():
            raise ModelError(f"The model folder {folder} has no {name}. A bundle needs {', '.join(FILES)}.")
    try:
        card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as err:
        raise ModelError(f"{folder / 'card.json'} is damaged (not valid JSON: {err}). Copy the bundle again.") from None
    try:
        tokenizer = Tokenizer(folder / "tokenizer.model")
    except (OSError, RuntimeError, ValueError) as err:
        raise ModelError(
            f"{folder / 'tokenizer.model'} is damaged or not a Starmind tokenizer ({err}). Copy the bundle again."
        ) from None
    try:
        engine = Engine(folder / "model.tflite", threads)
    except (ValueError, RuntimeError, KeyError) as err:
        raise ModelError(
            f"{folder / 'model.tflite'} is damaged or not a Starmind model ({err}). Copy the bundle again."
        ) from None
    if engine.vocab_size != tokenizer.vocab_size:
        raise ModelError(
            f"{folder / 'tokenizer.model'} does not belong to {folder / 'model.tflite'} "
            f"({tokenizer.vocab_size} tokens vs {engine.vocab_size})."
        )
    return Bundle(folder, engine, tokenizer, card)
