"""The real trainer, end to end, on a micro model: data -> tokenizer -> pretrain -> fine-tune -> convert -> runtime."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from starmind_edge import Starmind, __version__
from starmind_edge.engine import Engine
from starmind_edge.sampler import Sampler

ROOT = Path(__file__).resolve().parent.parent


def test_every_stage_leaves_its_output(micro_work):
    for path in [
        "knowledge.sqlite",
        "data/train.jsonl",
        "data/valid.jsonl",
        "data/stats.json",
        "data/tokens.json",
        "tokenizer.model",
        "pretrain/model.weights.h5",
        "train/model.weights.h5",
        "train/history.csv",
        "bundle/model.tflite",
        "bundle/card.json",
        "bundle/README.md",
        "bundle/knowledge.sqlite",
        "bundle/hearing/commands.gram",
        "bundle/hearing/questions.lm.bin",
        "bundle/hearing/hearing.dict",
    ]:
        assert (micro_work / path).exists(), path
    stats = json.loads((micro_work / "stages.json").read_text())
    assert set(stats) == {"knowledge", "data", "tokenizer", "pretrain", "train", "convert", "hearing", "evaluate"}


def test_the_hearing_stage_gives_the_bundle_ears_of_its_own(micro_bundle):
    pytest.importorskip("pocketsphinx")
    from starmind_edge.ears import Ears

    card = json.loads((micro_bundle / "card.json").read_text())
    assert card["hearing"]["command_words"] > 50 and card["hearing"]["bytes"]["questions.lm.bin"] > 0
    assert "hearing/commands.gram" in card["checksums"]
    heard = Ears(micro_bundle).hear(ROOT / "examples" / "sounds" / "go_forward.wav")
    assert heard.command and heard.startswith("go forward")


def test_the_token_counts_add_up_for_the_data_card(micro_work):
    counts = json.loads((micro_work / "data" / "tokens.json").read_text())
    stats = json.loads((micro_work / "data" / "stats.json").read_text())
    skills = {skill: row for skill, row in counts.items() if skill != "total"}
    assert {skill: row["examples"] for skill, row in skills.items()} == stats["per_skill"]
    assert counts["total"]["examples"] == stats["train_examples"]
    for row in counts.values():
        assert 0 < row["answer_tokens"] < row["tokens"]
    assert counts["total"]["tokens"] == sum(row["tokens"] for row in skills.values())


def test_the_card_describes_the_model(micro_bundle):
    card = json.loads((micro_bundle / "card.json").read_text())
    assert card["architecture"]["n_layers"] == 1 and card["architecture"]["parameters"] > 0
    assert card["tokenizer"]["vocab_size"] == 600
    assert 0 <= card["conversion_parity"]["top1_agreement"] <= 1
    assert set(card["evaluation"]["per_skill"]) == {"facts", "arithmetic", "commands", "chat", "honesty", "safety", "memory"}
    assert card["evaluation"]["items"] == 607 and card["evaluation"]["blind_set"]["items"] == 270
    with_fact = card["evaluation"]["with_unrelated_fact"]  # the items that bring no facts, asked with one remembered
    assert with_fact["items"] == 551 and "memory" not in with_fact["per_skill"] and with_fact["remembered"]
    reading = card["evaluation"]["knowledge"]
    assert reading["held_out_facts"]["items"] == 261 and 0 <= reading["recall_dev"]["recall_at_3"] <= 1
    assert card["knowledge"]["facts"] >= 10_000 and card["training"]["data"]["knowledge"]["facts"] >= 10_000
    assert card["evaluation"]["train_overlap"]["exact_in_training"] == 0
    assert card["evaluation"]["blind_train_overlap"]["exact_in_training"] == 0
    assert card["budget"]["tokens_seen"] > 0 and card["licence"]
    assert card["made_with"]["starmind_edge"] == __version__
    assert card["made_with"]["commit"] or not (ROOT / ".git").exists()  # the source commit, in a git checkout


def test_the_bundle_has_a_readme_made_from_its_card(micro_bundle):
    from trainer.model_card import readme

    card = json.loads((micro_bundle / "card.json").read_text())
    text = (micro_bundle / "README.md").read_text(encoding="utf-8")
    assert text == readme(card)  # never out of step with the card
    front = text.split("---\n")[1]  # Hugging Face-style YAML front matter
    assert "license: mit" in front and "language: [en]" in front and "datasets:" in front
    assert f"name: overall, value: {card['evaluation']['overall'] * 100:.1f}" in front
    assert f"{card['evaluation']['per_skill']['safety']:.1%}" in text  # the evaluation table, this bundle's own
    assert all(limit in text for limit in card["limits"])


def test_float32_conversion_matches_keras(micro_bundle):
    card = json.loads((micro_bundle / "card.json").read_text())
    assert card["quantization"] == "float32"
    assert card["conversion_parity"]["top1_agreement"] >= 0.99


def test_the_runtime_gets_tokens_out(micro_bundle):
    answer = Starmind(micro_bundle, max_tokens=12).ask("What colour is the sky?")
    assert 1 <= answer.tokens <= 12 and isinstance(answer, str) and answer.seconds > 0


def test_prefill_and_decode_agree(micro_bundle):
    """Feeding a prompt in one prefill or token by token must give the same next-token scores."""
    engine = Engine(micro_bundle / "model.tflite")
    ids = list(range(5, 45))  # longer than one 32-token prefill chunk
    together = engine.prefill(ids)
    engine.reset()
    engine.prefill(ids[:1])
    for token in ids[1:-1]:
        engine.decode(token)
    apart = engine.decode(ids[-1])
    assert np.allclose(together, apart, atol=1e-4)
    assert engine.pos == len(ids)


def test_generation_stops_at_the_limit_and_at_the_context_end(micro_bundle):
    engine = Engine(micro_bundle / "model.tflite")
    assert len(list(engine.generate([1, 5, 6], Sampler(), stop=-1, max_new=7))) == 7
    long_prompt = [5] * (engine.context - 4)
    assert len(list(engine.generate(long_prompt, Sampler(), stop=-1, max_new=50))) == 4


def test_generation_stops_at_the_stop_token(micro_bundle):
    engine = Engine(micro_bundle / "model.tflite")
    first = next(engine.generate([1, 5, 6], Sampler(), stop=-1, max_new=5))
    assert list(engine.generate([1, 5, 6], Sampler(), stop=first, max_new=5)) == []


def test_dynamic_and_full_int8_conversions_load_and_run(micro_work, tmp_path):
    from ai_edge_litert.interpreter import Interpreter

    from trainer.convert import convert

    sizes = {}
    for mode in ("dynamic", "int8"):
        bundle = convert(micro_work, tmp_path / mode, mode=mode, recipe_name="micro", parity_prompts=4, min_parity=0)
        card = json.loads((bundle / "card.json").read_text())
        assert card["quantization"] == mode
        ops = {op["op_name"] for op in Interpreter(str(bundle / "model.tflite"))._get_ops_details()}
        assert not any("Flex" in op for op in ops), ops  # devices have no TensorFlow ops
        assert Starmind(bundle, max_tokens=4).ask("hi").tokens >= 1
        sizes[mode] = card["model_bytes"]
    float_size = json.loads((micro_work / "bundle" / "card.json").read_text())["model_bytes"]
    assert sizes["dynamic"] < float_size


def test_evaluating_a_bundle_leaves_its_card_alone_unless_asked(bundle_copy, capsys):
    from trainer.cli import main

    before = (bundle_copy / "card.json").read_bytes()
    main(["evaluate", str(bundle_copy), "--show-failures", "0"])
    assert (bundle_copy / "card.json").read_bytes() == before
    assert "add --write-card" in capsys.readouterr().out


def test_a_recipe_with_a_base_continues_that_bundle(micro_work, tmp_path):
    """Like the reader recipe: the base's tokenizer and weights, no tokenizer training, no pretraining."""
    from trainer.cli import main
    from trainer.weights import weights_id

    base = micro_work / "bundle"
    work = tmp_path / "grown"
    shutil.copytree(micro_work / "data", work / "data")
    args = ["--recipe", "micro", "--base", str(base), "--work", str(work), "--quantize", "float32", "--min-parity", "0"]
    main(["tokenizer", "pretrain", "train", "convert", *args, "--learning-rate", "0.0005"])
    assert (work / "tokenizer.model").read_bytes() == (base / "tokenizer.model").read_bytes()
    assert not (work / "pretrain").exists()
    card = json.loads((work / "bundle" / "card.json").read_text())
    assert card["training"]["base"] == str(base)
    assert card["training"]["train_config"]["learning_rate"] == 0.0005  # --learning-rate overrides the recipe's
    assert card["lineage"]["base"] == weights_id(base / "weights.npz")  # so it merges with the base's other children
    assert card["lineage"]["weights"] != card["lineage"]["base"]  # it did train
    assert Starmind(work / "bundle", max_tokens=4).ask("hi").tokens >= 1


def test_ctrl_c_says_how_to_carry_on_and_tensorflow_keeps_quiet(micro_work, tmp_path):
    """Stopping a run is one line saying how to resume (no traceback), and TensorFlow's start-up lines are hidden."""
    work = tmp_path / "work"
    shutil.copytree(micro_work / "data", work / "data")
    shutil.copy(micro_work / "tokenizer.model", work / "tokenizer.model")
    env = {**os.environ, "STARMIND_VERBOSE": "2", "PYTHONPATH": str(ROOT)}
    env.pop("STARMIND_TF_LOGS", None)
    command = [sys.executable, "-m", "trainer", "pretrain", "--recipe", "micro", "--work", str(work), "--steps", "100000"]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    for line in run.stdout:  # TensorFlow has started and training is under way
        if line.startswith("model:"):
            break
    time.sleep(3)
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 130, err[-2000:]
    assert "Stopped. Run the same command again to carry on" in err and "Traceback" not in err
    assert "oneDNN" not in err and "I0000" not in err and "absl::InitializeLog" not in err


def test_the_shipped_bundle_s_readme_is_its_card():
    from trainer.model_card import readme

    bundle = ROOT / "starmind_edge" / "models" / "default"
    card = json.loads((bundle / "card.json").read_text())
    assert (bundle / "README.md").read_text(encoding="utf-8") == readme(card), "python -m trainer evaluate --write-card"
    made = card["made_with"]  # the trainer's format: the version and the commit that wrote the bundle
    assert made["starmind_edge"] and re.fullmatch(r"[0-9a-f]{40}(\+changes)?", made["commit"])
    readme_text = (bundle / "README.md").read_text(encoding="utf-8")
    assert f"Made with starmind_edge {made['starmind_edge']} at commit {made['commit']}" in readme_text
    if "recovered" in made:  # a bundle built before cards recorded it: found in git history afterwards, and said so
        assert made["recovered"].startswith("recovered from git history") and f"({made['recovered']})." in readme_text
        known = subprocess.run(["git", "cat-file", "-e", made["commit"] + "^{commit}"], cwd=ROOT, capture_output=True)
        if known.returncode == 0:  # not a shallow clone: the commit is the one that wrote the shipped model.tflite
            last = subprocess.run(
                ["git", "log", "-1", "--format=%H", "--", "starmind_edge/models/default/model.tflite"],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            assert last.stdout.strip() == made["commit"]
