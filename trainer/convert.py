"""Convert trained weights into a runtime bundle: model.tflite + tokenizer.model + card.json.

The .tflite file has two signatures with fixed shapes, run by the runtime's signature runners:
  decode:  tokens [1],       pos [1], k_cache_0, v_cache_0, ... -> logits [1, vocab],       k_0, v_0, ...
  prefill: tokens [PREFILL], pos [1], k_cache_0, v_cache_0, ... -> logits [PREFILL, vocab], k_0, v_0, ...
with one key and one value cache per layer, [heads, context, head_size], holding the earlier positions, and the
chunk's new keys and values out, [heads, tokens, head_size], for the runtime to store (the graph never copies a
cache). Every op after the first few (embedding and rotary lookups, the mask) is one XNNPACK runs, so a step is one
delegate partition. `pos` has shape [1], never 0-d: ai-edge-litert 2.3.0 on aarch64 crashes on scalar inputs.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np
import tensorflow as tf

from starmind_edge.engine import cache_names
from starmind_edge.knowledge import FILE as KNOWLEDGE
from starmind_edge.knowledge import describe as describe_knowledge
from starmind_edge.prompt import encode_answer, encode_prompt
from starmind_edge.tokenizer import Tokenizer

from .errors import ConversionError
from .jsonl import read_jsonl
from .model import ModelConfig, StarmindLM, build_model, count_params
from .model_card import made_with, save_card

PREFILL = 32
PARITY_TARGET = 0.99


class ExportModule(tf.Module):
    def __init__(self, model: StarmindLM):
        super().__init__()
        self.model = model
        # Track the raw variables, or the converter silently leaves Keras 3 weights out of the file.
        self.tf_vars = [w.value for w in model.weights]
        c = model.config
        self.inputs, self.outputs = cache_names(c.n_layers)
        caches = [tf.TensorSpec([c.n_heads, c.context, c.head_size], tf.float32, name=n) for n in self.inputs]
        pos = tf.TensorSpec([1], tf.int32, name="pos")
        self.steps = {
            name: tf.function(self._step, input_signature=[tf.TensorSpec([t], tf.int32, name="tokens"), pos, *caches])
            for name, t in (("decode", 1), ("prefill", PREFILL))
        }

    def _step(self, tokens, pos, *caches):
        logits, new = self.model.step(tokens, pos, list(caches))
        return {"logits": logits, **dict(zip(self.outputs, new, strict=True))}


def representative_data(model: StarmindLM, tok: Tokenizer, examples: list[dict]):
    """Calibration inputs for full-int8 conversion: real prompts through both signatures, with real caches.

    The caches must hold real keys and values (from running the prompt through the model), not zeros: the
    converter takes each input's int8 range from what it sees here, and a range learnt from zeros ruins them.
    """
    config = model.config
    names, _ = cache_names(config.n_layers)
    pad = tok.sp.pad_id()
    for ex in examples[:32]:
        ids = encode_prompt(tok, ex["question"], ex["facts"]) + encode_answer(tok, ex["answer"], ex["actions"])
        caches = [np.zeros((config.n_heads, config.context, config.head_size), np.float32) for _ in names]
        pos = 0
        for signature, part in (("prefill", ids[:PREFILL]), ("prefill", ids[PREFILL : 2 * PREFILL]), ("decode", ids[-1:])):
            if not part:
                continue
            size = PREFILL if signature == "prefill" else 1
            tokens = np.array(part + [pad] * (size - len(part)), np.int32)
            inputs = {
                "tokens": tokens,
                "pos": np.array([pos], np.int32),
                **dict(zip(names, [c.copy() for c in caches], strict=True)),
            }
            yield signature, inputs
            _, new = model.step(tokens, inputs["pos"], caches)
            end = min(pos + len(part), config.context)
            for cache, fresh in zip(caches, new, strict=True):
                cache[:, pos:end] = np.asarray(fresh)[:, : end - pos]
            pos = end


def to_tflite(model: StarmindLM, mode: str, tok: Tokenizer | None = None, calibration: list[dict] = ()) -> bytes:
    """Export through a SavedModel with named signatures (keeps prefill and decode apart), then convert."""
    module = ExportModule(model)
    with tempfile.TemporaryDirectory() as saved:
        tf.saved_model.save(module, saved, signatures=module.steps)
        converter = tf.lite.TFLiteConverter.from_saved_model(saved, signature_keys=list(module.steps))
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS]  # never Flex: devices have none
        if mode in ("dynamic", "int8"):
            converter.optimizations = [tf.lite.Optimize.DEFAULT]
        if mode == "int8":
            data = list(representative_data(model, tok, list(calibration)))
            converter.representative_dataset = lambda: iter(data)
        return converter.convert()


def parity(model: StarmindLM, tflite_path: Path, tok: Tokenizer, examples: list[dict]) -> dict:
    """Top-1 agreement between Keras and the .tflite file on held-out prompts (prefill, then teacher-forced decode)."""
    from starmind_edge.engine import Engine

    engine = Engine(tflite_path)
    agree = total = 0
    for ex in examples:
        prompt = encode_prompt(tok, ex["question"], ex["facts"])
        ids = (prompt + encode_answer(tok, ex["answer"], ex["actions"]))[: model.config.context]
        keras_top = np.argmax(np.asarray(model(np.array([ids], np.int32)))[0], axis=-1)
        engine.reset()
        lite_top = [int(np.argmax(engine.prefill(prompt)))]
        for token in ids[len(prompt) : -1]:
            lite_top.append(int(np.argmax(engine.decode(token))))
        ref = keras_top[len(prompt) - 1 : len(ids) - 1]
        agree += int(np.sum(ref == np.array(lite_top)))
        total += len(ref)
    return {"top1_agreement": round(agree / total, 4), "positions": total, "prompts": len(examples)}


def write_bundle(
    model: StarmindLM,
    tokenizer_path: Path,
    bundle: Path,
    held_out: list[dict],
    card: dict,
    mode: str = "dynamic",
    parity_prompts: int = 64,
    min_parity: float = PARITY_TARGET,
    knowledge: Path | None = None,
) -> dict:
    """Write model.tflite, tokenizer.model, weights.npz and card.json (and `knowledge`, the encyclopedia file, as
    knowledge.sqlite) into `bundle`, checked against Keras.

    `card` holds what only the caller knows (name, training, budget, lineage); the rest is measured here, and
    `made_with` records this version and commit. Writes the bundle's README.md too. Returns the card as written.
    """
    from .weights import WEIGHTS_FILE, as_stored, save_weights

    tok = Tokenizer(tokenizer_path)
    print(f"converting ({mode}) ...", flush=True)
    as_stored(model)  # the graph is made from the weights as weights.npz keeps them
    flat = to_tflite(model, mode, tok, held_out[-64:])
    with tempfile.TemporaryDirectory() as scratch:  # checked before it replaces anything in the bundle
        candidate = Path(scratch) / "model.tflite"
        candidate.write_bytes(flat)
        check = parity(model, candidate, tok, held_out[:parity_prompts])
        print(
            f"model.tflite: {len(flat) / 1e6:.2f} MB; top-1 agreement with Keras {check['top1_agreement']:.2%} "
            f"over {check['positions']} positions",
            flush=True,
        )
        if check["top1_agreement"] < min_parity:
            raise ConversionError(
                f"The {mode} .tflite file agrees with the Keras model on only {check['top1_agreement']:.2%} of next tokens "
                f"(at least {min_parity:.0%} is needed), so no bundle was written to {bundle}. Try --quantize float32 "
                "(bigger, but exact)."
            )
        bundle.mkdir(parents=True, exist_ok=True)
        shutil.move(candidate, bundle / "model.tflite")
    if Path(tokenizer_path).resolve() != (bundle / "tokenizer.model").resolve():
        shutil.copy(tokenizer_path, bundle / "tokenizer.model")
    if knowledge is not None and Path(knowledge).resolve() != (bundle / KNOWLEDGE).resolve():
        shutil.copy(knowledge, bundle / KNOWLEDGE)
    if (bundle / KNOWLEDGE).is_file():
        card = {**card, "knowledge": describe_knowledge(bundle / KNOWLEDGE)}
    weights = save_weights(model, bundle / WEIGHTS_FILE)
    lineage = {"base": weights, **card.pop("lineage", {})}  # a model with no parent is its own base
    card = {**card, **describe(model, mode, len(flat), check), "lineage": {**lineage, "weights": weights}}
    return save_card(bundle, {**card, "made_with": made_with()})


def convert(
    work: Path,
    bundle: Path,
    mode: str = "dynamic",
    recipe_name: str = "default",
    parity_prompts: int = 64,
    min_parity: float = PARITY_TARGET,
    base: Path | None = None,
) -> Path:
    """Write the bundle for the fine-tuned weights in `work` (continued from the bundle `base`, if given)."""
    from .budget import budget_summary
    from .plots import plot_training

    meta = json.loads((work / "train" / "config.json").read_text())
    model = build_model(ModelConfig(**meta["model"]))
    model.load_weights(work / "train" / "model.weights.h5")
    held_out = list(read_jsonl(work / "data" / "valid.jsonl"))
    stats = json.loads((work / "data" / "stats.json").read_text())
    card = {
        "name": "Starmind Edge " + recipe_name,
        "training": {
            "recipe": recipe_name,
            "data": stats,
            "train_config": meta["train"],
            "data_card": "trainer/DATA_CARD.md",
        },
        "budget": budget_summary(work),
    }
    if base is not None:
        from .weights import WEIGHTS_FILE, weights_id

        base_card = json.loads((Path(base) / "card.json").read_text())
        card["training"]["base"] = str(base)
        card["lineage"] = {"base": weights_id(Path(base) / WEIGHTS_FILE), "parent": base_card.get("name", str(base))}
    kb = work / KNOWLEDGE
    write_bundle(
        model, work / "tokenizer.model", bundle, held_out, card, mode, parity_prompts, min_parity, kb if kb.exists() else None
    )
    plot_training(work, bundle / "training.png")
    return bundle


def reconvert(bundle: Path, mode: str | None = None, min_parity: float = PARITY_TARGET) -> dict:
    """Write a bundle's model.tflite again, from its own weights.npz, with this version's graph (for a bundle made
    by an older trainer, or to change its quantization). Its card keeps everything else; the size and parity are
    measured again, the dev scores are not (`python -m trainer evaluate BUNDLE` does that)."""
    from .replay import held_out_examples
    from .weights import load_bundle_model

    model, card = load_bundle_model(Path(bundle))
    mode = mode or card.get("quantization", "dynamic")
    return write_bundle(
        model, Path(bundle) / "tokenizer.model", Path(bundle), held_out_examples(), card, mode, min_parity=min_parity
    )


def describe(model: StarmindLM, mode: str, size: int, check: dict) -> dict:
    """The measured part of a card: architecture, tokenizer, prompt format, quantization, size and parity."""
    config = model.config
    return {
        "architecture": {
            "type": "decoder-only transformer (RMSNorm, rotary positions, SwiGLU, tied embeddings)",
            **config.to_dict(),
            "parameters": count_params(model),
        },
        "tokenizer": {
            "file": "tokenizer.model",
            "type": "sentencepiece unigram",
            "vocab_size": config.vocab_size,
            "special_tokens": {
                "bos": "<s>",
                "eos (end of answer)": "</s>",
                "pad": "<pad>",
                "unk": "<unk>",
                "question": "<q>",
                "answer": "<a>",
                "fact": "<fact>",
                "action": "<act>",
            },
        },
        "prompt_format": "<s> (<fact> FACT)* <q> QUESTION <a> ANSWER (<act> ACTION)* </s>",
        "context_length": config.context,
        "signatures": {"prefill_tokens": PREFILL, "decode_tokens": 1},
        "quantization": mode,
        "model_bytes": size,
        "conversion_parity": check,
    }
