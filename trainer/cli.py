"""`python -m trainer`: build data, train the tokenizer, pretrain, fine-tune, convert and evaluate."""

from __future__ import annotations

import argparse
import copy
import json
import os
import time
from pathlib import Path

STAGES = ["data", "tokenizer", "pretrain", "finetune", "convert", "evaluate"]
DEFAULT_BUNDLE = Path(__file__).resolve().parent.parent / "starmind_edge" / "models" / "default"


def _stage_data(args, recipe, work: Path):
    from .curriculum.build import build

    stats = build(work / "data", recipe["examples"], seed=args.seed)
    print(f"data: {stats['train_examples']:,} training examples {stats['per_skill']}")


def _stage_tokenizer(args, recipe, work: Path):
    from .tokenizer import train_tokenizer

    path = train_tokenizer(work / "data" / "train.jsonl", work / "tokenizer.model", recipe["vocab_size"])
    print(f"tokenizer: {path}")


def _stage_train(args, recipe, work: Path, stage: str):
    from .train import train

    cfg = copy.deepcopy(recipe[stage])
    if args.steps:
        cfg.steps = args.steps
    cfg.distribution = args.distribute
    init = work / "pretrain" / "model.weights.h5" if stage == "finetune" else None
    if init is not None and not init.exists():
        init = None
    train(work / "data", work / "tokenizer.model", work / stage, copy.deepcopy(recipe["model"]), cfg, init)


def _stage_convert(args, recipe, work: Path):
    from .convert import convert

    convert(work, Path(args.bundle), mode=args.quantize, recipe_name=args.recipe, min_parity=args.min_parity)


def _stage_evaluate(args, recipe, work: Path):
    from .evaluate import evaluate, load_dev_set
    from .overlap import overlap_report

    report = evaluate(Path(args.bundle), write_card=True)
    train = work / "data" / "train.jsonl"
    if train.exists():
        overlap = overlap_report(train, load_dev_set())
        print(
            f"dev prompts sharing an {overlap['n']}-gram with training questions: {overlap['with_shared_8gram']} of "
            f"{overlap['dev_prompts']}; identical to a training question: {overlap['exact_in_training']}"
        )
        for prompt in overlap["examples"]:
            print(f"  overlap: {prompt!r}")
        card_path = Path(args.bundle) / "card.json"
        card = json.loads(card_path.read_text())
        card["evaluation"] = {**report, "train_overlap": overlap}
        card_path.write_text(json.dumps(card, indent=2) + "\n")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m trainer", description=__doc__)
    parser.add_argument(
        "stages",
        nargs="*",
        default=["all"],
        help=f"'all' or some of: {' '.join(STAGES)}; 'evaluate BUNDLE' scores any bundle folder",
    )
    parser.add_argument("--recipe", default="default", choices=["default", "micro"], help="see trainer/recipes.py")
    parser.add_argument("--work", default=None, help="working folder for data and checkpoints (default build/RECIPE)")
    parser.add_argument("--bundle", default=None, help="where to write the model bundle")
    parser.add_argument("--quantize", default="dynamic", choices=["dynamic", "float32", "int8"])
    parser.add_argument(
        "--min-parity", type=float, default=0.99, help="refuse a conversion whose top-1 agreement with Keras is below this"
    )
    parser.add_argument("--steps", type=int, default=0, help="override the number of training steps")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--distribute",
        default="",
        choices=["", "mirrored", "multi-worker"],
        help="data-parallel training with TensorFlow's own strategies: every local device, or the cluster in TF_CONFIG",
    )
    parser.add_argument("--cpu-devices", type=int, default=0, help="split the CPU into this many logical devices")
    args = parser.parse_args(argv)
    if args.cpu_devices:
        from .train import split_cpu

        split_cpu(args.cpu_devices)

    from .recipes import RECIPES

    recipe = RECIPES[args.recipe]
    work = Path(args.work or f"build/{args.recipe}")
    args.bundle = args.bundle or (str(DEFAULT_BUNDLE) if args.recipe == "default" else str(work / "bundle"))
    stages = STAGES if args.stages == ["all"] else args.stages
    if len(stages) == 2 and stages[0] == "evaluate" and stages[1] not in STAGES:
        args.bundle, stages = stages[1], ["evaluate"]
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        parser.error(f"unknown stage {unknown[0]!r}; choose from {', '.join(STAGES)} or all")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    work.mkdir(parents=True, exist_ok=True)
    log = work / "stages.json"
    timings = {}
    for stage in stages:
        print(f"== {stage} ==", flush=True)
        started = time.time()
        if stage in ("pretrain", "finetune"):
            _stage_train(args, recipe, work, stage)
        else:
            globals()[f"_stage_{stage}"](args, recipe, work)
        timings[stage] = round(time.time() - started, 1)
        previous = json.loads(log.read_text()) if log.exists() else {}
        log.write_text(json.dumps({**previous, stage: timings[stage]}, indent=2))
    print(f"done: {timings}")
