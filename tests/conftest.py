import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("STARMIND_VERBOSE", "0")
os.environ.setdefault("GPIOZERO_PIN_FACTORY", "mock")
os.environ["STARMIND_HOME"] = tempfile.mkdtemp(prefix="starmind-home-")  # learned facts never touch the real home

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def micro_work(tmp_path_factory) -> Path:
    """A micro model built by the real trainer: data, tokenizer, a few training steps, conversion (float32)."""
    from trainer.cli import main

    work = tmp_path_factory.mktemp("micro")
    main(["all", "--recipe", "micro", "--work", str(work), "--quantize", "float32", "--min-parity", "0"])
    return work


@pytest.fixture(scope="session")
def micro_bundle(micro_work) -> Path:
    return micro_work / "bundle"


@pytest.fixture
def bundle_copy(micro_bundle, tmp_path) -> Path:
    """A copy of the micro bundle that a test may damage."""
    return Path(shutil.copytree(micro_bundle, tmp_path / "bundle"))
