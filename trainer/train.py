"""Training: pretraining (loss on every token) and fine-tuning (loss on answers), resumable and logged."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from starmind_edge.tokenizer import Tokenizer

from .errors import TrainerError
from .model import ModelConfig, build_model, count_params
from .packing import pack
from .weights import assign, read_weights


@dataclass
class TrainConfig:
    steps: int = 4000
    batch_size: int = 16
    seq_len: int = 256
    learning_rate: float = 2e-3
    warmup_steps: int = 200
    weight_decay: float = 0.1
    steps_per_epoch: int = 200  # a checkpoint, a log line and a validation score every this many steps
    loss_on: str = "answer"  # "all" for pretraining, "answer" for fine-tuning
    seed: int = 0
    distribution: str = ""  # "", "mirrored" (every local device) or "multi-worker" (a cluster described by TF_CONFIG)


def distribution_strategy(name: str) -> tf.distribute.Strategy:
    """TensorFlow's own strategies: data parallel over local devices, or over the workers in TF_CONFIG."""
    if name == "mirrored":
        devices = tf.config.list_logical_devices("GPU") or tf.config.list_logical_devices("CPU")
        return tf.distribute.MirroredStrategy([d.name for d in devices])
    if name == "multi-worker":
        return tf.distribute.MultiWorkerMirroredStrategy()
    if name:
        raise TrainerError(f"unknown distribution {name!r}: use mirrored or multi-worker")
    return tf.distribute.get_strategy()  # the default: one device, no distribution


def split_cpu(devices: int) -> None:
    """Show the CPU as `devices` logical devices (call before TensorFlow starts): data parallel without a GPU."""
    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * devices)


def _verbosity() -> int:
    """Keras's progress bar in a terminal, one line per epoch in a log file (or STARMIND_VERBOSE=0/1/2)."""
    if "STARMIND_VERBOSE" in os.environ:
        return int(os.environ["STARMIND_VERBOSE"])
    return 1 if sys.stdout.isatty() else 2


def fresh_work(work: Path, job: dict) -> Path:
    """The working folder for one job: an interrupted run of the same job resumes, a changed job starts clean.

    Only a folder this function made (it holds job.json) is ever emptied; any other existing folder is refused.
    """
    import shutil

    stamp = work / "job.json"
    if stamp.exists() and json.loads(stamp.read_text()) != job:
        shutil.rmtree(work)
    elif work.exists() and any(work.iterdir()) and not stamp.exists():
        raise TrainerError(f"{work} already holds other files, so I won't use it as a work folder. Choose another --work.")
    (work / "data").mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(job))
    return work


def make_dataset(tokens: np.ndarray, weights: np.ndarray, batch_size: int, seed: int, repeat: bool = True):
    ds = tf.data.Dataset.from_tensor_slices((tokens[:, :-1], tokens[:, 1:], weights))
    if repeat:
        ds = ds.shuffle(min(len(tokens), 50_000), seed=seed, reshuffle_each_iteration=True).repeat()
    return ds.batch(batch_size, drop_remainder=True).prefetch(2)


def compile_model(model: keras.Model, cfg: TrainConfig, jit_compile: bool = True):
    decay_steps = max(cfg.steps - cfg.warmup_steps, 1)
    schedule = keras.optimizers.schedules.CosineDecay(
        cfg.learning_rate * 0.01, decay_steps, alpha=0.1, warmup_target=cfg.learning_rate, warmup_steps=cfg.warmup_steps
    )
    optimizer = keras.optimizers.AdamW(schedule, weight_decay=cfg.weight_decay, beta_2=0.95, clipnorm=1.0)
    optimizer.exclude_from_weight_decay(var_names=["scale"])
    model.compile(
        optimizer=optimizer,
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        weighted_metrics=[keras.metrics.SparseCategoricalAccuracy(name="acc")],
        jit_compile=jit_compile,  # XLA is off by default on CPU and 10-30% slower without
    )


def train(
    data_dir: Path,
    tokenizer_path: Path,
    out_dir: Path,
    model_config: ModelConfig,
    cfg: TrainConfig,
    init_weights: Path | None = None,
) -> Path:
    """Train on `data_dir/train.jsonl`; resume from `out_dir/backup` if a run was interrupted.

    Writes `out_dir/model.weights.h5`, `out_dir/config.json`, `out_dir/history.csv` and `out_dir/budget.json`.
    """
    missing = [path for path in (data_dir / "train.jsonl", data_dir / "valid.jsonl", tokenizer_path) if not path.exists()]
    if missing:
        raise TrainerError(
            f"nothing to train on yet: {', '.join(map(str, missing))} not made. Make the data and the tokenizer "
            "first, with the same --recipe and --work: python -m trainer knowledge data tokenizer (or every stage: "
            "python -m trainer all)"
        )
    keras.utils.set_random_seed(cfg.seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(tokenizer_path)
    model_config.vocab_size = tok.vocab_size
    print(f"packing {data_dir / 'train.jsonl'} ...", flush=True)
    train_tokens, train_w = pack(tok, data_dir / "train.jsonl", cfg.seq_len, cfg.loss_on)
    valid_tokens, valid_w = pack(tok, data_dir / "valid.jsonl", cfg.seq_len, cfg.loss_on)
    print(
        f"{len(train_tokens)} rows of {cfg.seq_len} tokens ({int(train_w.sum())} weighted targets); "
        f"{len(valid_tokens)} validation rows",
        flush=True,
    )

    strategy = distribution_strategy(cfg.distribution)
    with strategy.scope():
        model = build_model(model_config)
        if init_weights and Path(init_weights).suffix == ".npz":
            assign(model, read_weights(init_weights))
        elif init_weights:
            model.load_weights(init_weights)
        # XLA can't reach variables mirrored onto other devices, so distributed runs go without it.
        compile_model(model, cfg, jit_compile=strategy.num_replicas_in_sync == 1)
    replicas = f", {strategy.num_replicas_in_sync} replicas" if cfg.distribution else ""
    print(f"model: {count_params(model):,} parameters, {model_config}{replicas}", flush=True)
    (out_dir / "config.json").write_text(json.dumps({"model": model_config.to_dict(), "train": asdict(cfg)}, indent=2))

    if cfg.steps < 1:
        raise TrainerError(f"steps must be at least 1, not {cfg.steps}")
    epochs = -(-cfg.steps // cfg.steps_per_epoch)
    steps_per_epoch = -(-cfg.steps // epochs)  # as even as possible: at most epochs - 1 steps over
    resuming = (out_dir / "backup").exists()
    if not resuming:  # a new run: its log and budget start again
        for old in ("history.csv", "budget.json"):
            (out_dir / old).unlink(missing_ok=True)
    callbacks = [
        keras.callbacks.BackupAndRestore(str(out_dir / "backup")),
        keras.callbacks.CSVLogger(str(out_dir / "history.csv"), append=True),
        keras.callbacks.TerminateOnNaN(),
    ]
    started = time.time()
    model.fit(
        make_dataset(train_tokens, train_w, cfg.batch_size, cfg.seed),
        epochs=epochs,
        steps_per_epoch=steps_per_epoch,
        validation_data=make_dataset(valid_tokens, valid_w, cfg.batch_size, 0, False),
        callbacks=callbacks,
        shuffle=False,
        verbose=_verbosity(),
    )
    seconds = time.time() - started
    weights_path = out_dir / "model.weights.h5"
    model.save_weights(weights_path)
    budget_path = out_dir / "budget.json"
    previous = json.loads(budget_path.read_text()) if budget_path.exists() else {"wall_seconds": 0.0}
    tokens_seen = epochs * steps_per_epoch * cfg.batch_size * cfg.seq_len
    budget = {
        "wall_seconds": previous["wall_seconds"] + seconds,
        "cpu_cores": os.cpu_count(),
        "tokens_seen": tokens_seen,
        "steps": epochs * steps_per_epoch,
    }
    budget_path.write_text(json.dumps(budget, indent=2))
    print(f"saved {weights_path} after {seconds / 60:.1f} min", flush=True)
    return weights_path
