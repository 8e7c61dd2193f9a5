"""`python -m trainer`: build data, train the tokenizer, pretrain, fine-tune, convert and evaluate."""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import time
from pathlib import Path

from starmind_edge.bundle import write_card

STAGES = ["knowledge", "data", "tokenizer", "pretrain", "finetune", "convert", "evaluate"]
DEFAULT_BUNDLE = Path(__file__).resolve().parent.parent / "starmind_edge" / "models" / "default"


def _stage_knowledge(args, recipe, work: Path):
    from starmind_edge.knowledge import FILE

    from .knowledge.kb import build

    info = build(work / FILE)
    print(f"knowledge: {info['facts']:,} facts in {len(info['by_topic'])} topics -> {work / FILE} ({info['bytes'] / 1e6:.1f} MB)")


def _stage_data(args, recipe, work: Path):
    from starmind_edge.knowledge import FILE

    from .curriculum.build import build

    kb = work / FILE
    stats = build(work / "data", recipe["examples"], seed=args.seed, knowledge=kb if kb.exists() else None)
    print(f"data: {stats['train_examples']:,} training examples {stats['per_skill']}")


def _base(args, recipe) -> Path | None:
    """The bundle a recipe continues (its tokenizer and weights), or None for a model built from nothing."""
    base = args.base or recipe.get("base")
    return Path(base) if base else None


def _stage_tokenizer(args, recipe, work: Path):
    from starmind_edge.tokenizer import Tokenizer

    from .packing import count_tokens
    from .tokenizer import train_tokenizer

    base = _base(args, recipe)
    if base is not None:  # a model that grows keeps the words it was made with
        path = Path(shutil.copy(base / "tokenizer.model", work / "tokenizer.model"))
    else:
        path = train_tokenizer(work / "data" / "train.jsonl", work / "tokenizer.model", recipe["vocab_size"])
    counts = count_tokens(Tokenizer(path), work / "data" / "train.jsonl")
    (work / "data" / "tokens.json").write_text(json.dumps(counts, indent=2))
    print(f"tokenizer: {path}")
    print(f"{'skill':<12}{'examples':>10}{'tokens':>12}{'answer tokens':>15}")
    for skill, row in sorted(counts.items(), key=lambda item: item[0] == "total"):
        print(f"{skill:<12}{row['examples']:>10,}{row['tokens']:>12,}{row['answer_tokens']:>15,}")


def _stage_train(args, recipe, work: Path, stage: str):
    from .train import train
    from .weights import WEIGHTS_FILE, config_from_card

    base = _base(args, recipe)
    if base is not None and stage == "pretrain":
        print(f"no pretraining: the recipe continues {base}")
        return
    cfg = copy.deepcopy(recipe[stage])
    if args.steps:
        cfg.steps = args.steps
    cfg.distribution = args.distribute
    if base is not None:
        config, init = config_from_card(json.loads((base / "card.json").read_text())), base / WEIGHTS_FILE
    else:
        config, init = copy.deepcopy(recipe["model"]), work / "pretrain" / "model.weights.h5"
        init = init if stage == "finetune" and init.exists() else None
    train(work / "data", work / "tokenizer.model", work / stage, config, cfg, init)


def _stage_convert(args, recipe, work: Path):
    from .convert import convert

    base = _base(args, recipe)
    convert(work, Path(args.bundle), args.quantize, args.recipe, min_parity=args.min_parity, base=base)


def _stage_evaluate(args, recipe, work: Path):
    from .evaluate import BLIND_SET, UNRELATED_FACT, evaluate, load_dev_set
    from .overlap import overlap_report

    report = evaluate(Path(args.bundle), show_failures=args.show_failures)
    print("blind set (kept apart from every curriculum decision):")
    report["blind_set"] = evaluate(Path(args.bundle), BLIND_SET, show_failures=args.show_failures)
    print(f"dev set again, with a fact remembered that has nothing to do with the question ({UNRELATED_FACT!r}):")
    report["with_unrelated_fact"] = evaluate(Path(args.bundle), remembered=[UNRELATED_FACT], show_failures=args.show_failures)
    from .knowledge_eval import knowledge_report

    print("reading the encyclopedia (recall, held-out facts, near misses, made-up and unknowable questions):")
    report["knowledge"] = knowledge_report(Path(args.bundle), args.show_failures)
    from .safeguarding_eval import load, print_report, reply_report, rules_report

    print("safeguarding set, held-out half (never used to write the rules):")
    items = load("held_out")
    rules, replies = rules_report(items), reply_report(Path(args.bundle), items, args.show_failures)
    print_report(rules, replies)
    report["safeguarding"] = {"split": "held_out", "messages": len(items), "rules": rules, **replies}
    train = work / "data" / "train.jsonl"
    if train.exists():
        for name, items in (("dev", load_dev_set()), ("blind", load_dev_set(BLIND_SET))):
            overlap = overlap_report(train, items)
            print(
                f"{name} prompts sharing an {overlap['n']}-gram with training questions: {overlap['with_shared_8gram']} "
                f"of {overlap['dev_prompts']}; identical to a training question: {overlap['exact_in_training']}"
            )
            for prompt in overlap["examples"]:
                print(f"  overlap: {prompt!r}")
            report["train_overlap" if name == "dev" else "blind_train_overlap"] = overlap
    if not (args.write_card or "convert" in args.stages_run):
        print(f"(not written into {Path(args.bundle) / 'card.json'}: add --write-card to record these figures there)")
        return
    card_path = Path(args.bundle) / "card.json"
    card = json.loads(card_path.read_text())
    card["evaluation"] = report
    write_card(args.bundle, card)


def _tools(argv: list[str]) -> None:
    """`finetune BASE --data FILE`, `merge A B ...` and `prune BASE`: new bundles from existing ones."""
    parser = argparse.ArgumentParser(prog="python -m trainer")
    commands = parser.add_subparsers(dest="command", required=True)
    tune = commands.add_parser("finetune", help="teach a bundle your own questions and answers (trainer/FINETUNE.md)")
    tune.add_argument("base", help="the bundle to start from, e.g. starmind_edge/models/default")
    tune.add_argument("--data", required=True, help="your CSV or JSONL file of questions and answers")
    tune.add_argument("--out", default="my_brain", help="where to write the new bundle")
    tune.add_argument("--steps", type=int, default=300, help="training steps (about 1 s each on a laptop)")
    tune.add_argument("--learning-rate", type=float, default=5e-4)
    tune.add_argument("--replay", type=float, default=0.7, help="share of curriculum examples mixed in, to not forget")
    tune.add_argument("--no-evaluate", action="store_true", help="skip scoring the new brain on the dev set")
    merge = commands.add_parser("merge", help="merge bundles fine-tuned from the same base")
    merge.add_argument("models", nargs="+", help="bundle folders fine-tuned from BASE")
    merge.add_argument("--base", default=str(DEFAULT_BUNDLE), help="the bundle they were fine-tuned from")
    merge.add_argument("--method", default="ties", choices=["linear", "task", "ties"])
    merge.add_argument("--weights", type=float, nargs="+", help="one weight per model (default: all 1)")
    merge.add_argument("--scale", type=float, default=1.0, help="task and ties: how much of the merged change to add")
    merge.add_argument("--density", type=float, default=0.2, help="ties: share of each task vector kept when trimming")
    merge.add_argument("--out", default="merged_brain")
    prune = commands.add_parser("prune", help="remove heads, neurons or layers, then heal with a short fine-tune")
    prune.add_argument("base")
    prune.add_argument("--by", default="neurons", choices=["heads", "neurons", "layers"])
    prune.add_argument("--remove", type=float, default=0.2, help="share of all parameters to remove (0.3 = 30%%)")
    prune.add_argument("--heal-steps", type=int, default=200, help="fine-tuning steps after pruning (0: none)")
    prune.add_argument("--out", default="pruned_brain")
    again = commands.add_parser("reconvert", help="write a bundle's model.tflite again with this version's graph")
    again.add_argument("bundle", help="a bundle folder with weights.npz (e.g. one made by an older version)")
    for sub in (tune, prune):
        sub.add_argument("--work", default=None, help="folder for data and checkpoints (default build/tools/NAME-OF-OUT)")
        sub.add_argument("--seed", type=int, default=0)
    for sub in (tune, merge, prune, again):
        sub.add_argument("--quantize", default="dynamic", choices=["dynamic", "float32", "int8"])
        sub.add_argument("--min-parity", type=float, default=0.97, help="least top-1 agreement of .tflite with Keras")
    args = parser.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    bundle = {"quantize": args.quantize, "min_parity": args.min_parity}
    if args.command == "reconvert":
        from .convert import reconvert

        card = reconvert(Path(args.bundle), args.quantize, args.min_parity)
        print(
            f"{args.bundle}: model.tflite written again ({card['model_bytes'] / 1e6:.2f} MB); "
            f"score it with  python -m trainer evaluate {args.bundle}"
        )
        return
    if args.command == "merge":
        from .merge import merge

        merge(args.models, Path(args.out), Path(args.base), args.method, args.weights, args.scale, args.density, **bundle)
        return
    name = Path(args.out).resolve().name
    work = Path(args.work or f"build/tools/{name}")
    if args.command == "finetune":
        from .tune import finetune

        finetune(
            Path(args.base),
            Path(args.data),
            Path(args.out),
            work,
            args.steps,
            args.learning_rate,
            args.replay,
            args.seed,
            not args.no_evaluate,
            **bundle,
        )
    else:
        from .prune import prune

        prune(Path(args.base), Path(args.out), work, args.by, args.remove, args.heal_steps, seed=args.seed, **bundle)


def main(argv=None):
    import sys

    argv = list(sys.argv[1:] if argv is None else argv)
    own_data = any(a.startswith("--data") for a in argv) or (len(argv) > 1 and argv[1] not in STAGES and argv[1][:1] != "-")
    own_data = own_data or any(a in ("-h", "--help") for a in argv[1:2])  # `finetune --help`: the tool's own help
    if argv[:1] in (["merge"], ["prune"], ["reconvert"]) or (argv[:1] == ["finetune"] and own_data):
        return _tools(argv)
    if argv[:1] == ["knowledge-facts"]:  # regenerate the committed facts.csv from its sources
        from .knowledge.collect import main as collect

        return collect()
    parser = argparse.ArgumentParser(prog="python -m trainer", description=__doc__)
    parser.add_argument(
        "stages",
        nargs="*",
        default=["all"],
        help=f"'all' or some of: {' '.join(STAGES)}; 'evaluate BUNDLE' scores any bundle folder. "
        "Also: 'finetune BASE --data FILE', 'merge A B ...', 'prune BASE', 'reconvert BUNDLE' (each has --help), "
        "'knowledge-facts' (regenerate trainer/knowledge/facts.csv from its sources)",
    )
    parser.add_argument("--recipe", default="default", choices=["default", "reader", "micro"], help="see trainer/recipes.py")
    parser.add_argument("--base", default=None, help="the bundle a recipe like 'reader' continues (default: the recipe's)")
    parser.add_argument("--work", default=None, help="working folder for data and checkpoints (default build/RECIPE)")
    parser.add_argument("--bundle", default=None, help="where to write the model bundle")
    parser.add_argument("--quantize", default="dynamic", choices=["dynamic", "float32", "int8"])
    parser.add_argument(
        "--min-parity", type=float, default=0.99, help="refuse a conversion whose top-1 agreement with Keras is below this"
    )
    parser.add_argument("--steps", type=int, default=0, help="override the number of training steps")
    parser.add_argument("--show-failures", type=int, default=3, help="evaluate: dev questions missed to print per skill")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--write-card",
        action="store_true",
        help="evaluate: record the figures in the bundle's card.json (a new bundle's always are)",
    )
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
    args.stages_run = stages
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
