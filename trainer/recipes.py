"""Recipes: every setting that makes a model, as plain data. `default` builds a model from nothing; `reader`
teaches a finished one to read the encyclopedia."""

from __future__ import annotations

from .model import ModelConfig
from .train import TrainConfig

RECIPES = {
    "default": {
        "examples": 560_000,
        "vocab_size": 2048,
        "model": ModelConfig(d_model=192, n_layers=6, n_heads=6, d_ff=512, context=256),
        "pretrain": TrainConfig(steps=600, loss_on="all", learning_rate=2e-3, warmup_steps=150),
        "train": TrainConfig(steps=8500, loss_on="answer", learning_rate=1.5e-3, warmup_steps=100),
    },
    # Teach a finished bundle to read the encyclopedia: its tokenizer and weights, fine-tuned on the curriculum with
    # reading examples and look-ups. No tokenizer is trained and no pretraining runs. `--base` picks another bundle.
    "reader": {
        "base": "starmind_edge/models/default",
        "examples": 560_000,
        "train": TrainConfig(steps=4500, loss_on="answer", learning_rate=1e-3, warmup_steps=100),
    },
    # A few seconds of training: for tests and for trying the pipeline end to end.
    "micro": {
        "examples": 3_000,
        "vocab_size": 600,
        "model": ModelConfig(d_model=32, n_layers=1, n_heads=2, d_ff=64, context=256),
        "pretrain": TrainConfig(steps=4, batch_size=4, steps_per_epoch=2, loss_on="all", warmup_steps=1),
        "train": TrainConfig(steps=4, batch_size=4, steps_per_epoch=2, loss_on="answer", warmup_steps=1),
        "quantize": "float32",  # a model this small loses too much to int8: exact, and still tiny
        "hearing_examples": 5_000,  # the questions' language model from fewer examples: 5 s, not a minute
    },
}
