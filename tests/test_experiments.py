"""The experiments' own code (experiments/run.py), on the micro model with the slow measuring stubbed: a mistake in
how an experiment reads a tool's result shows here in seconds, not half an hour into a real run."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def run(monkeypatch, tmp_path):
    """experiments/run.py as a module, writing its bundles under tmp_path instead of runs/experiments."""
    spec = importlib.util.spec_from_file_location("experiments_run", ROOT / "experiments" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path / "experiments")
    return module


def test_a_pruning_row_reads_the_report_prune_returns(run):
    from trainer.derive import DerivedReport

    facts = {"removed_share": 0.1003, "loss_pruned": 2.5, "loss_healed": 1.9}
    report = DerivedReport(card={"training": {"made_by": "prune", "prune": facts}})
    assert run.pruned_row(report, 120) == {"removed": "10%", "healed": "120 steps", "loss": 1.9}
    del facts["loss_healed"]
    assert run.pruned_row(report, 0) == {"removed": "10%", "healed": "no", "loss": 2.5}


def test_the_pruning_curve_runs_on_the_micro_model(run, micro_bundle, monkeypatch, tmp_path):
    """Experiment 002 as it runs (prune, heal, read the report, save, plot), from the micro bundle, with a float32
    conversion and no dev-set checks: those take minutes and are tested elsewhere."""
    import trainer.prune

    real_prune = trainer.prune.prune

    def quick_prune(base, out, work, by, remove, heal_steps):
        assert base == run.DEFAULT
        return real_prune(micro_bundle, out, work, by, remove, heal_steps, quantize="float32", min_parity=0, check=False)

    def measured(bundle, **extra):
        card = json.loads((bundle / "card.json").read_text())
        skills = dict.fromkeys(run.SKILLS, 0.5)
        return {**extra, **skills, "overall": 0.5, "parameters": card["architecture"]["parameters"], "tflite_mb": 1.0}

    monkeypatch.setattr(trainer.prune, "prune", quick_prune)
    monkeypatch.setattr(run, "measure", measured)
    folder = tmp_path / "002-pruning-curve"
    folder.mkdir()
    run.pruning_curve(folder, shares=(0.0, 0.1), heal_steps=2)

    results = json.loads((folder / "results.json").read_text())
    rows = results["rows"]
    assert [(row["removed"], row["healed"]) for row in rows] == [("0%", "no"), ("10%", "no"), ("10%", "2 steps")]
    assert rows[0]["parameters"] > rows[1]["parameters"] == rows[2]["parameters"]
    healed = json.loads((run.OUT / "002-prune-10-heal2" / "card.json").read_text())["training"]["prune"]
    assert rows[2]["loss"] == healed["loss_healed"] and rows[1]["loss"] == healed["loss_pruned"]
    assert results["budget"]["tokens_seen"] > 0  # the healing's tokens, counted
    assert "| 10% | 2 steps |" in (folder / "results.md").read_text()
    assert (folder / "plot.png").stat().st_size > 0
