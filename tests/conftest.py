import os
import shlex
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
    """A micro model built by the real trainer, by the README's command: every stage at the recipe's own settings."""
    from trainer.cli import main

    work = tmp_path_factory.mktemp("micro")
    main([str(work) if arg == "runs/micro" else arg for arg in readme_micro_command()])
    return work


def readme_micro_command() -> list[str]:
    """The README's "1-minute toy run", as a newcomer types it, less `python -m trainer`: it must work as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("python -m trainer all --recipe micro"))
    argv = shlex.split(line.split("#")[0])
    assert argv[:3] == ["python", "-m", "trainer"] and "runs/micro" in argv, line
    return argv[3:]


@pytest.fixture(scope="session")
def micro_bundle(micro_work) -> Path:
    return micro_work / "bundle"


@pytest.fixture
def bundle_copy(micro_bundle, tmp_path) -> Path:
    """A copy of the micro bundle that a test may damage."""
    return Path(shutil.copytree(micro_bundle, tmp_path / "bundle"))
