"""`python -m trainer`: build a model in stages, or make a new bundle from an existing one with a tool.

    python -m trainer all                          # every stage of the default recipe, into runs/default
    python -m trainer data tokenizer --recipe micro
    python -m trainer evaluate [BUNDLE]            # score a bundle (the shipped one by default)
    python -m trainer finetune BASE --data FILE    # a tool: see `python -m trainer finetune --help`

The first word picks a tool (TOOLS) or else names stages (STAGES); nothing is guessed. A stage that already finished
with the same settings and code is skipped (`--again` redoes it); training resumes from its last checkpoint.
Everything is written under runs/ unless told otherwise (`--work`, `--bundle`, `--out`).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from starmind_edge.errors import StarmindError

from .errors import TrainerError

HERE = Path(__file__).resolve().parent
DEFAULT_BUNDLE = HERE.parent / "starmind_edge" / "models" / "default"
RUNS = Path("runs")  # every work folder and new bundle, unless told otherwise (ignored by git)
RESUME = "Run the same command again to carry on: finished stages are skipped and training resumes from its last checkpoint."


# ---- stages -------------------------------------------------------------------------------------------------


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


def _stage_pretrain(args, recipe, work: Path):
    base = _base(args, recipe)
    if base is not None:
        print(f"no pretraining: the recipe continues {base}")
        return
    _train(args, recipe, work, "pretrain", init=None)


def _stage_train(args, recipe, work: Path):
    from .weights import WEIGHTS_FILE

    base = _base(args, recipe)
    pretrained = work / "pretrain" / "model.weights.h5"
    init = base / WEIGHTS_FILE if base is not None else (pretrained if pretrained.exists() else None)
    _train(args, recipe, work, "train", init)


def _train(args, recipe, work: Path, stage: str, init: Path | None):
    from .train import train
    from .weights import config_from_card

    cfg = copy.deepcopy(recipe[stage])
    if args.steps:
        cfg.steps = args.steps
    if args.learning_rate:
        cfg.learning_rate = args.learning_rate
    cfg.distribution = args.distribute
    base = _base(args, recipe)
    if base is not None:
        config = config_from_card(json.loads((base / "card.json").read_text()))
    else:
        config = copy.deepcopy(recipe["model"])
    train(work / "data", work / "tokenizer.model", work / stage, config, cfg, init)


def _stage_convert(args, recipe, work: Path):
    from .convert import convert

    quantize = args.quantize or recipe.get("quantize", "dynamic")
    convert(work, Path(args.bundle), quantize, args.recipe, min_parity=args.min_parity, base=_base(args, recipe))


def _stage_hearing(args, recipe, work: Path):
    import importlib.util

    from .hearing import build
    from .model_card import save_card

    if importlib.util.find_spec("pocketsphinx") is None:
        raise TrainerError('The hearing stage needs PocketSphinx: pip install -e ".[train]" (or pip install pocketsphinx)')

    bundle = Path(args.bundle)
    info = build(bundle / "hearing", examples=recipe.get("hearing_examples", 100_000), seed=args.seed)
    print(f"hearing: {info['command_words']} command words, {info['distinct_question_sentences']:,} question sentences, "
          f"{sum(info['bytes'].values()) / 1e6:.1f} MB in {bundle / 'hearing'}")  # fmt: skip
    save_card(bundle, {**json.loads((bundle / "card.json").read_text()), "hearing": info})


def _stage_evaluate(args, recipe, work: Path):
    from .evaluate import BLIND_SET, BLIND_SET_2, UNRELATED_FACT, evaluate, load_dev_set
    from .knowledge_eval import knowledge_report
    from .model_card import save_card
    from .overlap import overlap_report
    from .safeguarding_eval import load, print_report, reply_report, rules_report

    bundle = Path(args.bundle)
    report = evaluate(bundle, show_failures=args.show_failures)
    print("blind set (kept apart from every curriculum decision):")
    report["blind_set"] = evaluate(bundle, BLIND_SET, show_failures=args.show_failures)
    print("blind set 2 (fresh world-knowledge questions, written without seeing the encyclopedia):")
    report["blind_set_2"] = evaluate(bundle, BLIND_SET_2, show_failures=0)
    print(f"dev set again, with a fact remembered that has nothing to do with the question ({UNRELATED_FACT!r}):")
    report["with_unrelated_fact"] = evaluate(bundle, remembered=[UNRELATED_FACT], show_failures=args.show_failures)
    print("reading the encyclopedia (recall, held-out facts, near misses, made-up and unknowable questions):")
    report["knowledge"] = knowledge_report(bundle, args.show_failures)
    print("safeguarding set, held-out half (never used to write the rules):")
    items = load("held_out")
    rules, replies = rules_report(items), reply_report(bundle, items, args.show_failures)
    print_report(rules, replies)
    report["safeguarding"] = {"split": "held_out", "messages": len(items), "rules": rules, **replies}
    train = work / "data" / "train.jsonl"
    if train.exists() and args.bundle_from_work:  # how much the dev set overlaps what this bundle learnt
        sets = (
            ("dev", "train_overlap", load_dev_set()),
            ("blind", "blind_train_overlap", load_dev_set(BLIND_SET)),
            ("blind 2", "blind_2_train_overlap", load_dev_set(BLIND_SET_2)),
        )
        for name, key, items in sets:
            overlap = overlap_report(train, items)
            print(
                f"{name} prompts sharing an {overlap['n']}-gram with training questions: {overlap['with_shared_8gram']} "
                f"of {overlap['dev_prompts']}; identical to a training question: {overlap['exact_in_training']}"
            )
            for prompt in overlap["examples"]:
                print(f"  overlap: {prompt!r}")
            report[key] = overlap
    if not (args.write_card or "convert" in args.stages_run):
        print(f"(not written into {bundle / 'card.json'}: add --write-card to record these figures there)")
        return
    save_card(bundle, {**json.loads((bundle / "card.json").read_text()), "evaluation": report})


@dataclass(frozen=True)
class Stage:
    run: Callable
    help: str
    code: tuple[str, ...]  # the trainer's files and folders whose changes make a finished stage run again
    settings: Callable = lambda args, recipe: None  # the recipe settings it depends on


STAGES = {
    "knowledge": Stage(_stage_knowledge, "build the encyclopedia from trainer/knowledge/facts.csv", ("knowledge",)),
    "data": Stage(
        _stage_data, "generate the curriculum's examples", ("curriculum", "knowledge"), lambda a, r: [r["examples"], a.seed]
    ),
    "tokenizer": Stage(_stage_tokenizer, "train the tokenizer (or copy the base's)", ("tokenizer.py",), lambda a, r: [
        r.get("vocab_size"), str(_base(a, r))]),
    "pretrain": Stage(_stage_pretrain, "train on every token", ("train.py", "model.py", "packing.py"), lambda a, r: [
        repr(r.get("model")), repr(r.get("pretrain")), a.steps, a.learning_rate, a.distribute]),
    "train": Stage(_stage_train, "train on the answers", ("train.py", "model.py", "packing.py"), lambda a, r: [
        repr(r.get("model")), repr(r["train"]), a.steps, a.learning_rate, a.distribute]),
    "convert": Stage(_stage_convert, "write the bundle: int8 model.tflite checked against Keras, card, README",
                     ("convert.py", "model_card.py"), lambda a, r: [a.quantize, a.min_parity, a.bundle]),
    "hearing": Stage(_stage_hearing, "build what the ears listen for: the commands' grammar, the questions' model",
                     ("hearing.py", "curriculum"), lambda a, r: [r.get("hearing_examples"), a.seed, a.bundle]),
    "evaluate": Stage(_stage_evaluate, "score the bundle: dev, blind, reading and safeguarding sets", ()),
}  # fmt: skip


def _code_digest(names: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for name in names:
        path = HERE / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _stamp(name: str, args, recipe, previous: str) -> str:
    """What makes a stage's output what it is: its settings, its code and the stamp of the stage before it."""
    stage = STAGES[name]
    key = json.dumps([name, args.recipe, stage.settings(args, recipe), _code_digest(stage.code), previous], default=str)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _pipeline(argv: list[str]) -> None:
    from .recipes import RECIPES

    parser = argparse.ArgumentParser(
        prog="python -m trainer",
        description=__doc__.split("\n\n")[0],
        epilog="stages: "
        + "; ".join(f"{name}: {stage.help}" for name, stage in STAGES.items())
        + ". Tools (each has --help): "
        + "; ".join(f"{name}: {help}" for name, (help, _) in TOOLS.items()),
    )
    parser.add_argument(
        "stages", nargs="*", default=["all"], help=f"'all' or some of: {' '.join(STAGES)}; 'evaluate BUNDLE' scores any bundle"
    )
    parser.add_argument("--recipe", default="default", choices=sorted(RECIPES), help="see trainer/recipes.py")
    parser.add_argument("--base", default=None, help="the bundle a recipe like 'reader' continues (default: the recipe's)")
    parser.add_argument("--work", default=None, help="working folder for data and checkpoints (default runs/RECIPE)")
    parser.add_argument("--bundle", default=None, help="where to write the bundle (default WORK/bundle)")
    parser.add_argument("--quantize", default=None, choices=["dynamic", "float32", "int8"], help="default: the recipe's")
    parser.add_argument(
        "--min-parity", type=float, default=0.99, help="refuse a conversion whose top-1 agreement with Keras is below this"
    )
    parser.add_argument("--steps", type=int, default=0, help="override the number of training steps")
    parser.add_argument("--learning-rate", type=float, default=0.0, help="override the recipe's peak learning rate")
    parser.add_argument("--again", action="store_true", help="run every stage asked for, even the finished ones")
    parser.add_argument("--show-failures", type=int, default=3, help="evaluate: dev questions missed to print per skill")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--write-card", action="store_true", help="evaluate: record the figures in the bundle's card.json and README.md"
    )
    parser.add_argument(
        "--distribute",
        default="",
        choices=["", "mirrored", "multi-worker"],
        help="data-parallel training with TensorFlow's own strategies: every local device, or the cluster in TF_CONFIG",
    )
    parser.add_argument("--cpu-devices", type=int, default=0, help="split the CPU into this many logical devices")
    args = parser.parse_args(argv)
    if args.learning_rate < 0:
        parser.error(f"--learning-rate must be more than 0, not {args.learning_rate}")
    stages = list(STAGES) if args.stages == ["all"] else args.stages
    if len(stages) == 2 and stages[0] == "evaluate" and stages[1] not in STAGES:
        args.bundle, stages = stages[1], ["evaluate"]
    elif stages == ["evaluate"] and args.bundle is None and args.work is None and args.recipe == "default":
        args.bundle = str(DEFAULT_BUNDLE)  # `python -m trainer evaluate`: the shipped model
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        hint = " (the tool needs a bundle: python -m trainer finetune BASE --data FILE)" if unknown[0] == "finetune" else ""
        parser.error(f"unknown stage {unknown[0]!r}; choose from {', '.join(STAGES)} or all{hint}")
    if args.cpu_devices:
        from .train import split_cpu

        split_cpu(args.cpu_devices)
    recipe = RECIPES[args.recipe]
    work = Path(args.work) if args.work else RUNS / args.recipe
    args.bundle = args.bundle or str(work / "bundle")
    args.bundle_from_work = "convert" in stages or Path(args.bundle).resolve() == (work / "bundle").resolve()
    args.stages_run = stages
    work.mkdir(parents=True, exist_ok=True)
    log_path = work / "stages.json"
    log = json.loads(log_path.read_text()) if log_path.exists() else {}
    log = {k: v for k, v in log.items() if isinstance(v, dict)}  # a log from before stamps: run everything again
    timings, previous = {}, ""
    for name in STAGES:  # in pipeline order, whatever order they were asked in
        stamp = _stamp(name, args, recipe, previous)
        previous = stamp
        if name not in stages:
            continue
        done = log.get(name, {})
        if done.get("stamp") == stamp and name != "evaluate" and not args.again:
            print(f"== {name} == finished before with these settings ({done['seconds']} s): skipped (--again redoes it)")
            continue
        print(f"== {name} ==", flush=True)
        started = time.time()
        STAGES[name].run(args, recipe, work)
        timings[name] = round(time.time() - started, 1)
        log[name] = {"seconds": timings[name], "stamp": stamp}
        log_path.write_text(json.dumps(log, indent=2))
    print(f"done: {timings}")


# ---- tools --------------------------------------------------------------------------------------------------


def _derived(parser: argparse.ArgumentParser, out: str, work: bool = True) -> None:
    """The options every tool that writes a new bundle shares."""
    parser.add_argument("--out", default=str(RUNS / out), help=f"where to write the new bundle (default runs/{out})")
    if work:
        parser.add_argument("--work", default=None, help="folder for data and checkpoints (default runs/work/NAME-OF-OUT)")
        parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quantize", default="dynamic", choices=["dynamic", "float32", "int8"])
    parser.add_argument("--min-parity", type=float, default=0.97, help="least top-1 agreement of .tflite with Keras")
    parser.add_argument("--no-check", action="store_true", help="skip asking the dev set of the new bundle and its base")


def _work(args) -> Path:
    return Path(args.work) if args.work else RUNS / "work" / Path(args.out).resolve().name


def _report(report) -> None:
    """A derived bundle that is less safe than its base ends the command with an error status."""
    if not report.safe:
        raise SystemExit(2)


def _finetune(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m trainer finetune", description=TOOLS["finetune"][0])
    parser.add_argument("base", help="the bundle to start from, e.g. starmind_edge/models/default")
    parser.add_argument("--data", required=True, help="your CSV or JSONL file of questions and answers")
    parser.add_argument("--steps", type=int, default=300, help="training steps (about 1 s each on a laptop)")
    parser.add_argument("--learning-rate", type=float, default=5e-4)
    parser.add_argument("--replay", type=float, default=0.7, help="share of curriculum examples mixed in, to not forget")
    _derived(parser, "my_brain")
    args = parser.parse_args(argv)
    from .tune import finetune

    report = finetune(
        Path(args.base),
        Path(args.data),
        Path(args.out),
        _work(args),
        args.steps,
        args.learning_rate,
        args.replay,
        args.seed,
        not args.no_check,
        quantize=args.quantize,
        min_parity=args.min_parity,
    )
    _report(report)


def _merge(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m trainer merge", description=TOOLS["merge"][0])
    parser.add_argument("models", nargs="+", help="bundle folders fine-tuned from BASE")
    parser.add_argument("--base", default=str(DEFAULT_BUNDLE), help="the bundle they were fine-tuned from")
    parser.add_argument("--method", default="ties", choices=["linear", "task", "ties"])
    parser.add_argument("--weights", type=float, nargs="+", help="one weight per model (default: all 1)")
    parser.add_argument("--scale", type=float, default=1.0, help="task and ties: how much of the merged change to add")
    parser.add_argument("--density", type=float, default=0.2, help="ties: share of each task vector kept when trimming")
    _derived(parser, "merged_brain", work=False)
    args = parser.parse_args(argv)
    from .merge import merge

    report = merge(
        args.models,
        Path(args.out),
        Path(args.base),
        args.method,
        args.weights,
        args.scale,
        args.density,
        quantize=args.quantize,
        min_parity=args.min_parity,
        check=not args.no_check,
    )
    _report(report)


def _prune(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m trainer prune", description=TOOLS["prune"][0])
    parser.add_argument("base", help="the bundle to prune, e.g. starmind_edge/models/default")
    parser.add_argument("--by", default="neurons", choices=["heads", "neurons", "layers"])
    parser.add_argument("--remove", type=float, default=0.2, help="share of all parameters to remove (0.3 = 30%%)")
    parser.add_argument("--heal-steps", type=int, default=200, help="fine-tuning steps after pruning (0: none)")
    _derived(parser, "pruned_brain")
    args = parser.parse_args(argv)
    from .prune import prune

    report = prune(
        Path(args.base),
        Path(args.out),
        _work(args),
        args.by,
        args.remove,
        args.heal_steps,
        seed=args.seed,
        quantize=args.quantize,
        min_parity=args.min_parity,
        check=not args.no_check,
    )
    _report(report)


def _reconvert(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m trainer reconvert", description=TOOLS["reconvert"][0])
    parser.add_argument("bundle", help="a bundle folder with weights.npz (e.g. one made by an older version)")
    parser.add_argument("--quantize", default=None, choices=["dynamic", "float32", "int8"], help="default: the bundle's")
    parser.add_argument("--min-parity", type=float, default=0.97, help="least top-1 agreement of .tflite with Keras")
    args = parser.parse_args(argv)
    from .convert import reconvert

    card = reconvert(Path(args.bundle), args.quantize, args.min_parity)
    print(
        f"{args.bundle}: model.tflite written again ({card['model_bytes'] / 1e6:.2f} MB); "
        f"score it with  python -m trainer evaluate {args.bundle}"
    )


def _knowledge_facts(argv: list[str]) -> None:
    argparse.ArgumentParser(prog="python -m trainer knowledge-facts", description=TOOLS["knowledge-facts"][0]).parse_args(argv)
    from .knowledge.collect import main as collect

    collect()


def _worry_score(argv: list[str]) -> None:
    from .worry_score import main as train_worry_score

    train_worry_score(argv)


TOOLS: dict[str, tuple[str, Callable[[list[str]], None]]] = {
    "finetune": ("teach a bundle your own questions and answers (trainer/FINETUNE.md)", _finetune),
    "merge": ("merge bundles fine-tuned from the same base", _merge),
    "prune": ("remove heads, neurons or layers, then heal with a short fine-tune", _prune),
    "reconvert": ("write a bundle's model.tflite again with this version's graph", _reconvert),
    "knowledge-facts": ("regenerate trainer/knowledge/facts.csv from its sources (see the data card)", _knowledge_facts),
    "worry-score": ("train the safeguarding rules' second opinion on the labelled sets (SAFETY.md)", _worry_score),
}


def main(argv: list[str] | None = None) -> None:
    """Run a tool or stages; a user's mistake ends with one line saying what to do, never a traceback."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stopped = []

    def interrupted(signum, frame):  # Ctrl+C: remembered, because TensorFlow may turn the KeyboardInterrupt into another error
        stopped.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupted) if threading.current_thread() is threading.main_thread() else None
    try:
        if argv and argv[0] in TOOLS:
            TOOLS[argv[0]][1](argv[1:])
        else:
            _pipeline(argv)
    except (TrainerError, StarmindError) as err:
        print(f"python -m trainer: {err}", file=sys.stderr)
        raise SystemExit(1) from None
    except BaseException:
        if not stopped:
            raise
        print(f"\nStopped. {RESUME}", file=sys.stderr)
        raise SystemExit(130) from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
