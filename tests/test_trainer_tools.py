"""Fine-tune your own, merge, prune and distributed training, on the micro model from the real trainer."""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from starmind_edge import Starmind
from starmind_edge.bundle import load_bundle
from trainer.cli import main
from trainer.derive import compare
from trainer.errors import BundleError, DataError
from trainer.merge import merge_arrays, trim
from trainer.tune import read_rows
from trainer.weights import load_bundle_model, weights_id

ROOT = Path(__file__).resolve().parent.parent
FAST = ["--quantize", "float32", "--min-parity", "0", "--no-check"]  # no dev-set check against the base


def fails(capsys, argv: list[str], message: str) -> None:
    """The command ends with status 1 and one line naming the problem: no traceback."""
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_each_tool_and_the_stages_have_their_own_help(capsys):
    """`python -m trainer TOOL --help` is that tool's help, whatever a stage is called; the stages' help lists both."""
    from trainer.cli import STAGES, TOOLS

    for tool in TOOLS:
        with pytest.raises(SystemExit) as stop:
            main([tool, "--help"])
        out = capsys.readouterr().out
        assert stop.value.code == 0 and out.startswith(f"usage: python -m trainer {tool} "), out
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert stop.value.code == 0 and all(f"{name}:" in out for name in [*STAGES, *TOOLS])


# ---- your own data -------------------------------------------------------------------------------------


def test_the_example_csv_reads(tmp_path):
    rows = read_rows(ROOT / "trainer" / "examples" / "my_facts.csv")
    assert len(rows) == 50
    assert all(r["question"] and (r["answer"] or r["actions"]) for r in rows)
    assert any(r["actions"] for r in rows)
    robot = read_rows(ROOT / "trainer" / "examples" / "my_robot.csv")  # the guide's robot brain: every row moves it
    assert len(robot) == 16 and all(r["answer"] and r["actions"] for r in robot)


def test_csv_actions_may_be_quoted_or_not(tmp_path):
    csv = write(
        tmp_path / "mine.csv",
        "question,answer,actions\n"
        "What is our class pet?,Our class pet is a hamster called Biscuit.,\n"
        "do a happy dance,Here is my happy dance!,turn(left, 1) turn(right) beep(2)\n"
        'spin round,"Okay, spinning!","turn(right, 3)"\n',
    )
    rows = read_rows(csv)
    assert [r["actions"] for r in rows] == [[], ["turn(left, 1)", "turn(right, 1)", "beep(2)"], ["turn(right, 3)"]]
    assert rows[2]["answer"] == "Okay, spinning!"


def test_jsonl_rows_with_facts(tmp_path):
    path = write(
        tmp_path / "mine.jsonl",
        '{"question": "who is my sister?", "answer": "Your sister is Mia.", "facts": ["My sister is Mia."]}\n',
    )
    assert read_rows(path) == [
        {
            "skill": "yours",
            "facts": ["My sister is Mia."],
            "question": "who is my sister?",
            "answer": "Your sister is Mia.",
            "actions": [],
        }
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("q,a\nhi,hello\n", "must name the columns"),
        ("Question,Answr\nhi,hello\n", "Missing: answer; found: question, answr"),
        ("question,answer\n,hello\n", "line 2: every row needs a question"),
        ("question,answer,actions\ngo,ok,fly(up)\n", "line 2: 'fly(up)' is not an action I know"),
        ("question,answer,actions\ngo,ok,jump please\n", "I can't find an action"),
        ("question,answer\n", "has no rows"),
    ],
)
def test_bad_rows_say_which_line_and_why(tmp_path, text, message):
    with pytest.raises(DataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_rows(write(tmp_path / "mine.csv", text))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_a_csv_saved_by_any_spreadsheet_reads(tmp_path, encoding):
    """Excel saves "Unicode text" as UTF-16 and older "CSV" as cp1252: both must read, accents and all."""
    path = tmp_path / "mine.csv"
    path.write_bytes("question,answer\nwhat is a café,A café sells coffee and cake.\n".encode(encoding))
    assert [(r["question"], r["answer"]) for r in read_rows(path)] == [("what is a café", "A café sells coffee and cake.")]


def test_broken_characters_in_a_file_are_cleaned(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"question": "hi\\u0000 there\\ud83d", "answer": "Hello\\u0007!", "fact": "I am 8.\\u2028"}\n')
    assert read_rows(path) == [
        {"skill": "yours", "facts": ["I am 8."], "question": "hi there", "answer": "Hello!", "actions": []}
    ]
    path.write_text('{"question": "hi", "answer": "hello"}\n\n{"question": "hi",\n')
    with pytest.raises(DataError, match="line 3: not valid JSON"):
        read_rows(path)


def test_a_missing_or_wrong_file_is_named(tmp_path):
    with pytest.raises(DataError, match="no file at"):
        read_rows(tmp_path / "nothing.csv")
    with pytest.raises(DataError, match=r"\.csv or \.jsonl"):
        read_rows(write(tmp_path / "mine.txt", "hello"))


# ---- fine-tune, merge, prune: real bundles from the micro model ------------------------------------------


@pytest.fixture(scope="module")
def tuned(micro_bundle, tmp_path_factory):
    """Two fine-tunes of the micro bundle on different rows: what a class would merge."""
    folder = tmp_path_factory.mktemp("tuned")
    made = []
    for name, row in (("pets", "What is our class pet?,Our pet is Biscuit.,"), ("dance", "dance,Dancing!,turn(left) beep(2)")):
        data = write(folder / f"{name}.csv", f"question,answer,actions\n{row}\n")
        out = folder / name
        main(
            [
                "finetune",
                str(micro_bundle),
                "--data",
                str(data),
                "--out",
                str(out),
                "--work",
                str(folder / f"w-{name}"),
                "--steps",
                "4",
                *FAST,
            ]
        )
        made.append(out)
    return made


def test_finetune_makes_a_bundle_that_remembers_its_base(tuned, micro_bundle):
    card = json.loads((tuned[0] / "card.json").read_text())
    assert card["lineage"]["base"] == weights_id(micro_bundle / "weights.npz")
    assert card["training"]["made_by"] == "finetune" and card["training"]["rows"] == 1
    assert card["budget"]["tokens_seen"] > 0 and card["budget"]["cost_usd"] >= 0
    assert 0 <= card["training"]["your_rows_right"] <= 1
    assert Starmind(tuned[0], max_tokens=4).ask("What is our class pet?").tokens >= 1
    base, _ = load_bundle_model(micro_bundle)
    mine, _ = load_bundle_model(tuned[0])
    assert any(not np.allclose(a, b) for a, b in zip(base.get_weights(), mine.get_weights(), strict=True))


def test_the_guide_s_finetune_command_works_as_written(micro_bundle, tmp_path, monkeypatch, capsys):
    """trainer/FINETUNE.md's first command, word for word in a fresh folder, but from the micro bundle (same data,
    same 300 steps)."""
    monkeypatch.chdir(tmp_path)
    [argv] = guide_section("Fine-tune your own brain", micro_bundle)
    assert argv[0] == "finetune" and argv[argv.index("--out") + 1] == "runs/my_brain"
    status = status_of(argv)
    printed = capsys.readouterr().out
    card = json.loads((tmp_path / "runs" / "my_brain" / "card.json").read_text())
    assert status == (2 if "safety" in card["compared_with_base"]["dropped"] else 0)
    assert "of your 50 rows right" in printed and card["compared_with_base"]["verdict"] in printed
    assert card["training"]["steps"] == 300 and card["training"]["rows"] == 50
    guide = (ROOT / "trainer" / "FINETUNE.md").read_text(encoding="utf-8")
    ask = shlex.split(next(line for line in guide.splitlines() if line.startswith("starmind --model runs/my_brain ")))
    done = subprocess.run(  # the guide's next command, in the folder the new bundle is in
        [sys.executable, "-m", "starmind_edge", *ask[1:]],
        cwd=tmp_path,
        env={**os.environ, "STARMIND_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stdout.strip(), done.stdout + done.stderr


def guide_section(title: str, micro_bundle: Path) -> list[list[str]]:
    """The trainer commands of one "## title" section of trainer/FINETUNE.md, less `python -m trainer`, as a newcomer types
    them in a fresh clone, but from the micro bundle and with the example CSVs found from anywhere: run them in a
    folder of their own (monkeypatch.chdir) and their runs/ paths stay as written."""
    guide = (ROOT / "trainer" / "FINETUNE.md").read_text(encoding="utf-8")
    [section] = [part for part in guide.split("\n## ") if part.startswith(title + "\n")]
    [block] = re.findall(r"^```bash\n(.*?)^```", section, flags=re.MULTILINE | re.DOTALL)
    commands = []
    for line in block.strip().splitlines():
        if not line.startswith("python -m trainer "):
            continue  # the guide's other commands (`starmind --model ...`) are run by the tests that need them
        argv = shlex.split(line)
        assert argv[:3] == ["python", "-m", "trainer"] and "starmind_edge/models/default" in argv, line
        swap = {"starmind_edge/models/default": str(micro_bundle)}
        commands.append([swap.get(arg, str(ROOT / arg) if arg.endswith(".csv") else arg) for arg in argv[3:]])
    return commands


def status_of(argv: list[str]) -> int:
    """Run one trainer command: 0, or the status it ends with (2: the new brain came out less safe than its base)."""
    try:
        main(argv)
    except SystemExit as stop:
        return stop.code
    return 0


def test_the_guide_s_merge_commands_work_as_written(micro_bundle, tmp_path, monkeypatch, capsys):
    """trainer/FINETUNE.md's "Merge brains", word for word in a fresh folder but from the micro bundle: a facts brain
    and a robot brain fine-tuned from the same base (300 steps each, as the guide has it), then their TIES merge."""
    monkeypatch.chdir(tmp_path)
    commands = guide_section("Merge brains", micro_bundle)
    assert [argv[0] for argv in commands] == ["finetune", "finetune", "merge"]
    made = {}
    for argv in commands:
        status = status_of(argv)
        out = tmp_path / argv[argv.index("--out") + 1]
        assert out.parent == tmp_path / "runs", argv  # written under runs/, as the README promises
        card = json.loads((out / "card.json").read_text())
        assert status == (2 if "safety" in card["compared_with_base"]["dropped"] else 0), argv
        assert card["compared_with_base"]["verdict"] in capsys.readouterr().out
        assert card["lineage"]["base"] == weights_id(micro_bundle / "weights.npz")
        made[out.name] = card
    facts, robot, merged = made["facts_brain"]["training"], made["robot_brain"]["training"], made["merged_brain"]
    assert (facts["rows"], robot["rows"]) == (50, 16) and facts["steps"] == robot["steps"] == 300
    assert merged["training"]["method"] == "ties" and merged["lineage"]["parent"] == ["runs/facts_brain", "runs/robot_brain"]
    assert Starmind(tmp_path / "runs" / "merged_brain", max_tokens=4).ask("do a spin").tokens >= 1


def test_finetune_mixes_your_rows_with_replay(tuned):
    rows = [json.loads(line) for line in (tuned[0].parent / "w-pets" / "data" / "train.jsonl").open()]
    yours = sum(r["skill"] == "yours" for r in rows)
    assert 0.2 < yours / len(rows) < 0.4  # 30% yours by default, the rest rehearses the curriculum
    assert {r["skill"] for r in rows} >= {"yours", "facts", "arithmetic", "commands"}


@pytest.mark.parametrize("method", ["linear", "task"])  # ties: the guide's merge, above
def test_merge_makes_a_bundle_from_the_same_base(tuned, micro_bundle, tmp_path, method):
    out = tmp_path / method
    main(["merge", *map(str, tuned), "--base", str(micro_bundle), "--method", method, "--out", str(out), *FAST])
    bundle = load_bundle(out)  # it loads and runs (a 4-step micro model may well answer "dance" with nothing)
    logits = bundle.engine.prefill(bundle.tokenizer.encode("dance"))
    assert logits.shape[-1] == bundle.tokenizer.vocab_size and np.isfinite(logits).all()
    card = json.loads((out / "card.json").read_text())
    assert card["lineage"]["base"] == weights_id(micro_bundle / "weights.npz") and card["training"]["method"] == method
    merged, _ = load_bundle_model(out)
    a, _ = load_bundle_model(tuned[0])
    b, _ = load_bundle_model(tuned[1])
    if method == "linear":  # float16 storage: equal to the average within its rounding
        for m, x, y in zip(merged.get_weights(), a.get_weights(), b.get_weights(), strict=True):
            assert np.allclose(m, (x + y) / 2, atol=2e-3)


def test_merge_refuses_models_from_another_base(tuned, micro_bundle, tmp_path, capsys):
    argv = ["merge", str(tuned[0]), str(micro_bundle), "--base", str(tuned[1]), "--out", str(tmp_path / "x"), *FAST]
    fails(capsys, argv, "not fine-tuned from")
    assert not (tmp_path / "x").exists()


def test_merge_refuses_another_architecture(tuned, micro_bundle, tmp_path, capsys):
    pruned = tmp_path / "pruned"
    main(["prune", str(micro_bundle), "--by", "neurons", "--remove", "0.2", "--heal-steps", "0", "--out", str(pruned), *FAST])
    argv = ["merge", str(tuned[0]), str(pruned), "--base", str(micro_bundle), "--out", str(tmp_path / "x"), *FAST]
    fails(capsys, argv, "different architecture")


def test_merge_needs_weights(tuned, micro_bundle, tmp_path):
    shutil.copytree(tuned[0], tmp_path / "bare")
    (tmp_path / "bare" / "weights.npz").unlink()
    with pytest.raises(BundleError, match="can't be trained further"):
        load_bundle_model(tmp_path / "bare")


def test_a_derived_bundle_that_is_less_safe_is_not_called_good():
    base = {"per_skill": {"facts": 0.90, "safety": 1.0, "chat": 0.95}, "overall": 0.95}
    dropped, verdict = compare(base, {"per_skill": {"facts": 0.89, "safety": 0.98, "chat": 0.95}, "overall": 0.94})
    assert list(dropped) == ["safety"] and verdict.startswith("NOT GOOD") and "100.0% -> 98.0%" in verdict
    dropped, verdict = compare(base, {"per_skill": {"facts": 0.80, "safety": 1.0, "chat": 0.94}, "overall": 0.91})
    assert list(dropped) == ["facts"] and "worse than its base at facts 90.0% -> 80.0%" in verdict
    assert compare(base, base) == ({}, "as good as its base at every skill (within one dev question).")


def test_merge_arithmetic():
    base = np.zeros(4)
    a, b = np.array([1.0, 2.0, -3.0, 0.1]), np.array([3.0, -1.0, -1.0, 0.0])
    assert np.allclose(merge_arrays(base, [a, b], [1, 1], "linear"), [2.0, 0.5, -2.0, 0.05])
    assert np.allclose(merge_arrays(base + 1, [a + 1, b + 1], [1, 1], "task", scale=0.5), 1 + (a + b) / 2)
    assert np.allclose(trim(a, 0.5), [0.0, 2.0, -3.0, 0.0])
    # ties, nothing trimmed: entry 1 elects + (2 > 1), so only a's 2.0 counts; entry 2 averages -3 and -1
    assert np.allclose(merge_arrays(base, [a, b], [1, 1], "ties", density=1.0), [2.0, 2.0, -2.0, 0.1])


@pytest.mark.parametrize("by", ["heads", "neurons", "layers"])
def test_prune_makes_a_smaller_bundle(micro_work, tmp_path, by):
    # a 2-layer micro model, so a layer can go too
    from trainer.model import ModelConfig, build_model, count_params
    from trainer.prune import cut, importance, units_to_remove

    model = build_model(ModelConfig(vocab_size=64, d_model=32, n_layers=2, n_heads=4, d_ff=48, context=32))
    count = units_to_remove(model.config, count_params(model), by, 0.3)
    assert count >= 1
    tokens = np.random.default_rng(0).integers(5, 64, (2, 17)).astype("int32")
    batches = [(tokens[:, :-1], tokens[:, 1:], np.ones((2, 16), "float32"))]
    smaller = cut(model, importance(model, batches, by), by, count)
    assert count_params(smaller) < count_params(model)
    assert np.asarray(smaller(tokens[:, :-1])).shape == (2, 16, 64)


def test_pruning_units_that_do_nothing_changes_nothing():
    from trainer.model import ModelConfig, build_model
    from trainer.prune import cut, importance

    model = build_model(ModelConfig(vocab_size=64, d_model=32, n_layers=2, n_heads=4, d_ff=48, context=32))
    for block in model.blocks:  # neurons 0..9 write nothing out: their importance is 0 and removing them is free
        kernel = block.w_down.kernel.numpy()
        kernel[:10] = 0
        block.w_down.kernel.assign(kernel)
    tokens = np.random.default_rng(1).integers(5, 64, (2, 17)).astype("int32")
    batches = [(tokens[:, :-1], tokens[:, 1:], np.ones((2, 16), "float32"))]
    scores = importance(model, batches, "neurons")
    assert np.all(scores[:, :10] == 0) and np.all(scores[:, 10:].max(axis=1) > 0)
    smaller = cut(model, scores, "neurons", 10)
    assert smaller.config.d_ff == 38
    assert np.allclose(np.asarray(smaller(tokens[:, :-1])), np.asarray(model(tokens[:, :-1])), atol=1e-5)


def test_the_guide_s_prune_command_works_as_written(micro_bundle, tmp_path, monkeypatch, capsys):
    """trainer/FINETUNE.md's prune command, word for word in a fresh folder but from the micro bundle (200 healing
    steps, as the guide has it). Like finetune and merge, it asks the dev set of the new bundle and of its base, and
    says which skills fell. The micro model's MLP neurons are only 20.5% of it, so its 30% is refused there (see
    test_prune_removes_the_share_asked_or_says_up_front_what_it_can): here it asks for the 20% the micro model has."""
    monkeypatch.chdir(tmp_path)
    [argv] = guide_section("Prune a brain", micro_bundle)
    assert argv[argv.index("--remove") + 1] == "0.3"
    argv[argv.index("--remove") + 1] = "0.2"
    status = status_of(argv)  # 2: it came out less safe than its base, and says so
    printed = capsys.readouterr().out
    out = tmp_path / "runs" / "small_brain"
    card = json.loads((out / "card.json").read_text())
    compared = card["compared_with_base"]
    assert status == (2 if "safety" in compared["dropped"] else 0)
    assert compared["verdict"] in printed and ("NOT GOOD" in compared["verdict"]) == (status == 2)
    assert card["evaluation"]["per_skill"].keys() == compared["base"]["per_skill"].keys()  # its own figures
    assert "skill" in printed and "base" in printed  # the side-by-side table
    readme = (out / "README.md").read_text()
    assert readme.startswith("---\nlicense: mit\n") and "base_model:" in readme and compared["verdict"] in readme
    assert card["made_with"]["starmind_edge"] and (card["made_with"]["commit"] or not (ROOT / ".git").exists())
    assert (out / "compared_with_base.png").stat().st_size > 0 and (out / "training.png").stat().st_size > 0
    report = card["training"]["prune"]
    assert report["parameters"] == card["architecture"]["parameters"] < report["parameters_before"]
    assert report["asked"] == 0.2 and abs(report["removed_share"] - 0.2) < 0.002 and "loss_healed" in report
    assert card["architecture"]["d_ff"] == 64 - report["units_removed"] and card["training"]["heal_steps"] == 200
    assert Starmind(out, max_tokens=4).ask("hi").tokens >= 1


def test_prune_removes_the_share_asked_or_says_up_front_what_it_can(micro_bundle, tmp_path, capsys):
    """`--remove` is the share of all parameters, to a whole unit. From the shipped model the guide's command takes 30%
    (265 neurons per layer, the guide's own figures); a share the kind can't reach is refused before any work, with
    the most each kind can take, and a share it can reach is what comes out and what it prints."""
    from trainer.model import count_params
    from trainer.prune import most_removable, units_to_remove

    shipped, _ = load_bundle_model(ROOT / "starmind_edge" / "models" / "default")
    total = count_params(shipped)
    guide = (ROOT / "trainer" / "FINETUNE.md").read_text(encoding="utf-8")
    units, before, after = re.search(
        r"removed (\d+) MLP neurons per layer, taking ([\d,]+) parameters down to ([\d,]+)", guide
    ).groups()
    assert total == int(before.replace(",", "")) and units_to_remove(shipped.config, total, "neurons", 0.3) == int(units)
    assert total - int(units) * 3 * shipped.config.d_model * shipped.config.n_layers == int(after.replace(",", ""))
    with pytest.raises(BundleError, match=r"--by heads can remove at most 24\.2% .* not the 30\.0% asked"):
        units_to_remove(shipped.config, total, "heads", 0.3)  # attention is 29% of it, and one head stays per layer

    micro, _ = load_bundle_model(micro_bundle)
    most = most_removable(micro.config, count_params(micro), "neurons")
    assert 0.2 < most < 0.21  # its embeddings are two thirds of it
    out = tmp_path / "small"
    fails(capsys, ["prune", str(micro_bundle), "--remove", "0.3", "--out", str(out)], f"can remove at most {most:.1%}")
    assert not out.exists()
    fails(capsys, ["prune", str(micro_bundle), "--by", "layers", "--remove", "0.1", "--out", str(out)], "one layer")
    fails(capsys, ["prune", str(micro_bundle), "--remove", "0.001", "--out", str(out)], "less than one MLP neuron")
    main(["prune", str(micro_bundle), "--remove", "0.15", "--heal-steps", "0", "--out", str(out), *FAST])
    report = json.loads((out / "card.json").read_text())["training"]["prune"]
    step = 3 * micro.config.d_model * micro.config.n_layers / report["parameters_before"]  # one neuron per layer
    assert abs(report["removed_share"] - 0.15) <= step / 2
    removed = 1 - report["parameters"] / report["parameters_before"]
    assert f"-> {report['parameters']:,} parameters ({removed:.1%} of them, 15.0% asked)" in capsys.readouterr().out


def test_prune_refuses_nonsense(micro_bundle, tmp_path, capsys):
    fails(capsys, ["prune", str(micro_bundle), "--remove", "30", "--out", str(tmp_path / "x")], "share of the parameters")


# ---- scale out: TensorFlow's own data parallelism, on two logical CPU devices --------------------------------


def test_training_stages_without_their_data_say_which_stages_make_it(tmp_path, capsys):
    """The README's `python -m trainer pretrain train --distribute mirrored` in a work folder with no data yet."""
    argv = ["pretrain", "train", "--distribute", "mirrored", "--recipe", "micro", "--work", str(tmp_path)]
    fails(capsys, argv, "python -m trainer knowledge data tokenizer")
    assert not (tmp_path / "pretrain").exists()


def test_training_runs_data_parallel_on_two_cpu_devices(micro_work, tmp_path):
    work = tmp_path / "work"
    shutil.copytree(micro_work / "data", work / "data")
    shutil.copy(micro_work / "tokenizer.model", work / "tokenizer.model")
    env = {**os.environ, "STARMIND_VERBOSE": "2", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "trainer",
            "pretrain",
            "--recipe",
            "micro",
            "--work",
            str(work),
            "--steps",
            "2",
            "--distribute",
            "mirrored",
            "--cpu-devices",
            "2",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "2 replicas" in result.stdout
    assert (work / "pretrain" / "model.weights.h5").exists()


def test_reconvert_writes_the_graph_again_from_the_weights(micro_bundle, tmp_path):
    """`python -m trainer reconvert BUNDLE`: what a bundle from an older version needs; the answers stay the same."""
    bundle = Path(shutil.copytree(micro_bundle, tmp_path / "bundle"))
    before = [str(Starmind(bundle, max_tokens=8).ask(q)) for q in ("hello", "what is 2 plus 2")]
    (bundle / "model.tflite").write_bytes(b"an old graph")
    card = json.loads((bundle / "card.json").read_text())
    card.pop("checksums")  # as an older version wrote it
    (bundle / "card.json").write_text(json.dumps(card))
    main(["reconvert", str(bundle), "--quantize", "float32", "--min-parity", "0"])
    assert [str(Starmind(bundle, max_tokens=8).ask(q)) for q in ("hello", "what is 2 plus 2")] == before


def test_the_damaged_weights_of_a_bundle_are_named(micro_bundle, tmp_path):
    bundle = Path(shutil.copytree(micro_bundle, tmp_path / "bundle"))
    data = bytearray((bundle / "weights.npz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (bundle / "weights.npz").write_bytes(bytes(data))
    with pytest.raises(BundleError, match="weights.npz is damaged"):
        load_bundle_model(bundle)
