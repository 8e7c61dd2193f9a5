"""A model bundle is a folder: model.tflite, tokenizer.model and card.json, and often knowledge.sqlite (the kid
encyclopedia the model reads from).

The card records the SHA-256 of every other file in the bundle, and of its own contents (``checksums``), so a copy
damaged on an SD card or half-downloaded is caught when it loads, with the damaged file named, instead of answering
wrongly. Bundles made before checksums existed still load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .engine import Engine
from .errors import ModelError
from .tokenizer import Tokenizer

FILES = ("model.tflite", "tokenizer.model", "card.json")
CHECKED = (
    "model.tflite",
    "tokenizer.model",
    "weights.npz",
    "knowledge.sqlite",
    "hearing/commands.gram",
    "hearing/questions.lm.bin",
    "hearing/hearing.dict",
)  # files whose checksums the card records, if present
CARD = "card"  # the key of the card's own checksum


def _sha256(data: bytes = b""):
    """Python's own SHA-256 where it has one: hashlib's loads OpenSSL's libcrypto, 3.4 MB more memory in every
    process, for a checksum of a few megabytes (slower to compute: 30 ms instead of 4 for the default bundle here)."""
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def sha256(path: Path) -> str:
    """The file's SHA-256, read 64 KB at a time into one buffer rather than held in memory whole."""
    digest = _sha256()
    buffer = memoryview(bytearray(1 << 16))  # small enough that reading never raises malloc's mmap threshold
    with open(path, "rb", buffering=0) as f:
        while n := f.readinto(buffer):
            digest.update(buffer[:n])
    return digest.hexdigest()


def _card_digest(card: dict) -> str:
    """The checksum of what a card says (not how it is spaced), the other files' checksums included."""
    body = dict(card)
    if isinstance(body.get("checksums"), dict):
        body["checksums"] = {name: value for name, value in body["checksums"].items() if name != CARD}
    return _sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def write_card(folder: str | Path, card: dict) -> dict:
    """Write `card` as the bundle's card.json, with fresh checksums of the bundle's files and of the card."""
    folder = Path(folder)
    card = {key: value for key, value in card.items() if key != "checksums"}
    card["checksums"] = {name: sha256(folder / name) for name in CHECKED if (folder / name).is_file()}
    card["checksums"][CARD] = _card_digest(card)
    (folder / "card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


def verify(folder: Path, card: dict, names=FILES) -> None:
    """Raise a `ModelError` naming the first of `names` whose checksum does not match the card's."""
    sums = card.get("checksums")
    if sums is None and not any(isinstance(value, dict) and CARD in value for value in card.values()):
        return  # a bundle from before checksums (not one whose "checksums" key was damaged)
    if not isinstance(sums, dict) or sums.get(CARD) != _card_digest(card):
        raise ModelError(
            f"{folder / 'card.json'} is damaged or was changed (its checksum does not match). Copy the bundle again."
        )
    for name in names:
        if name in sums and name != "card.json" and sha256(folder / name) != sums[name]:
            raise ModelError(f"{folder / name} is damaged (its checksum does not match card.json). Copy the bundle again.")


def default_bundle() -> Path:
    return Path(str(resources.files(__package__).joinpath("models", "default")))


@dataclass
class Bundle:
    path: Path
    engine: Engine
    tokenizer: Tokenizer
    card: dict
    knowledge: Path | None  # the encyclopedia file, if the bundle has one


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
    if not isinstance(card, dict):
        raise ModelError(f"{folder / 'card.json'} is damaged (it is not a model card). Copy the bundle again.")
    knowledge = folder / "knowledge.sqlite"
    if not knowledge.is_file() and knowledge.name in (card.get("checksums") or {}):
        raise ModelError(f"The model folder {folder} has no {knowledge.name}, which its card lists. Copy the bundle again.")
    verify(folder, card, FILES + ((knowledge.name,) if knowledge.is_file() else ()))
    try:
        tokenizer = Tokenizer(folder / "tokenizer.model")
    except (OSError, RuntimeError, ValueError) as err:
        raise ModelError(
            f"{folder / 'tokenizer.model'} is damaged or not a Starmind tokenizer ({err}). Copy the bundle again."
        ) from None
    try:
        engine = Engine(folder / "model.tflite", threads)
    except (ValueError, RuntimeError, KeyError, TypeError, IndexError) as err:
        raise ModelError(
            f"{folder / 'model.tflite'} is damaged or not a Starmind model ({err}). Copy the bundle again."
        ) from None
    if engine.vocab_size != tokenizer.vocab_size:
        raise ModelError(
            f"{folder / 'tokenizer.model'} does not belong to {folder / 'model.tflite'} "
            f"({tokenizer.vocab_size} tokens vs {engine.vocab_size})."
        )
    return Bundle(folder, engine, tokenizer, card, knowledge if knowledge.is_file() else None)
