"""What `pip install .` ships: the runtime and its bundled model, nothing else, and it answers from outside the checkout.

The wheel is built offline (no build isolation, so hatchling, from the test extra, must be installed) from a copy of
the checkout with stale files planted in build/lib: build/ is the trainer's work folder and must never leak in.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from starmind_edge import __version__

from .conftest import ROOT

pytest.importorskip("hatchling", reason="building the wheel offline needs the build backend: pip install hatchling")

DIST_INFO = f"starmind_edge-{__version__}.dist-info/"
TRAINER_ONLY = {"weights.npz", "training.png"}  # in the default bundle for the trainer and the card, not the runtime
STALE = ("lib/starmind_edge/stale_from_build_lib.py", "lib/trainer/stale_from_build_lib.py", "lib/stale_from_build_lib.txt")
NOT_COPIED = shutil.ignore_patterns(".git", ".venv*", "build", "runs", "dist", "__pycache__", "*.egg-info", ".*_cache")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    checkout = tmp_path_factory.mktemp("checkout") / "starmind-edge"
    shutil.copytree(ROOT, checkout, ignore=NOT_COPIED)
    for name in STALE:
        (checkout / "build" / name).parent.mkdir(parents=True, exist_ok=True)
        (checkout / "build" / name).write_text("stale\n")
    out = tmp_path_factory.mktemp("wheel")
    build = ["pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(out), str(checkout)]
    subprocess.run([sys.executable, "-m", *build], check=True, timeout=120)
    [wheel] = out.glob("*.whl")
    return wheel


def test_the_wheel_holds_what_the_runtime_needs(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "starmind_edge"
    needed = {path for path in package.rglob("*.py") if "__pycache__" not in path.parts}
    needed |= {package / "py.typed", package / "blocklist.txt", package / "worry_weights.bin"}
    bundle = package / "models" / "default"
    needed |= {path for path in bundle.rglob("*") if path.is_file() and path.name not in TRAINER_ONLY}
    assert {"model.tflite", "tokenizer.model", "card.json", "commands.gram"} <= {path.name for path in needed}
    assert sorted({path.relative_to(ROOT).as_posix() for path in needed} - names) == []


def test_the_wheel_holds_only_the_runtime(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    # No trainer (it runs from a source checkout; PyPI's `trainer` is another project), nothing from build/lib.
    assert [name for name in names if not name.startswith(("starmind_edge/", DIST_INFO))] == []
    assert [name for name in names if Path(name).name in TRAINER_ONLY or "stale_from_build_lib" in name] == []


def test_the_wheel_has_the_one_version_the_extras_and_the_command(wheel):
    assert wheel.name == f"starmind_edge-{__version__}-py3-none-any.whl"
    archive = zipfile.ZipFile(wheel)
    metadata = archive.read(f"{DIST_INFO}METADATA").decode()
    assert f"\nVersion: {__version__}\n" in metadata
    extras = {line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Provides-Extra:")}
    assert {"train", "test", "knowledge", "pi", "voice"} <= extras  # the extras the docs install
    assert "starmind = starmind_edge.cli:main" in archive.read(f"{DIST_INFO}entry_points.txt").decode()


def test_the_unpacked_wheel_answers_outside_the_checkout(wheel, tmp_path):
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere.mkdir()
    code = (
        "import sys, starmind_edge\n"
        f"assert starmind_edge.__file__.startswith({str(site)!r}), starmind_edge.__file__\n"
        "from starmind_edge.cli import main\n"
        "sys.exit(main(['what is 2 plus 3?']))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "5" in result.stdout
