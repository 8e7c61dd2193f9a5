"""Every example runs to the end on mock pins, headless, with typed input scripted.

The examples run as separate programs, all at once, the way a child runs them from Thonny: with
``GPIOZERO_PIN_FACTORY=mock`` (pretend pins), ``STARMIND_QUIET=1`` (print instead of speaking) and
``STARMIND_TIME_SCALE=0.01`` (robot pauses 100 times shorter). The button in example 3 is pressed
with Enter, which is what the push-to-ask helper offers on pretend pins; example 9 hears a recording
(``STARMIND_MIC=sounds/go_forward.wav``) in place of a microphone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
TIMEOUT = 180

# example -> (typed input, what must show up in its output)
SCRIPTS = {
    "01_hello_brain.py": ("", ["seconds to think about"]),
    "02_ask_from_keyboard.py": ("What colour is the sky?\nhello\nbye\n", ["Starmind:", "Bye! Come back soon."]),
    "03_button_thinking_light.py": (
        "What is a baby cat called?\n\nTell me a joke\nq\n",
        ["pretend pins", "press Enter", "❓ What is a baby cat called?", "❓ Tell me a joke", "The brain says:"],
    ),
    "04_talking_robot.py": (
        "go forward for 2 seconds then beep twice\nturn the red light on\nbye\n",
        ["pretend pins", "🗣️ Hello! I am your robot.", "🗣️ Goodbye!"],
    ),
    "05_drive_robot.py": (
        "go forward for 2 seconds then turn left\nmove(backward, 1) turn(right, 1)\nbye\n",
        ["pretend pins", "🤖 moving backward for 1 s", "🤖 turning right for 1 s", "Parking the robot. Bye!"],
    ),
    "06_traffic_light.py": ("", ["pretend pins", "You say: yellow light off then red light on"]),
    "07_teach_facts.py": ("My favourite colour is green.\n\nWhat is my favourite colour?\nbye\n", ["Starmind:"]),
    "08_story_time.py": ("a brave mouse\nyes\n", ["🗣️", "The end!"]),
    "09_talk_to_the_robot.py": (
        "\n\nq\n",
        ["press Enter to start talking", "👂 I heard: go forward two seconds then turn left", "🤖 moving forward for 2 s"],
    ),
}


def test_every_example_is_scripted_and_short():
    found = sorted(p.name for p in EXAMPLES.glob("[0-9][0-9]_*.py"))
    assert found == sorted(SCRIPTS)
    for name in found:
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 32, name
        assert "What to wire" in "\n".join(text.splitlines()[:4]), name
        assert "import starmind_edge." not in text and "from starmind_edge." not in text, name  # public API only


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    try:
        from starmind_edge import Starmind

        Starmind()
    except Exception as err:
        pytest.skip(f"the examples need the bundled model: {err}")
    env = {
        **os.environ,
        "GPIOZERO_PIN_FACTORY": "mock",
        "STARMIND_QUIET": "1",
        "STARMIND_TIME_SCALE": "0.01",
        "STARMIND_MIC": str(EXAMPLES / "sounds" / "go_forward.wav"),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    folder = tmp_path_factory.mktemp("examples")
    started = {}
    for name, (typed, _) in SCRIPTS.items():  # all at once: they spend most of their time loading the model
        (folder / f"{name}.in").write_text(typed, encoding="utf-8")
        with open(folder / f"{name}.in", "rb") as stdin, open(folder / f"{name}.out", "wb") as stdout:
            started[name] = subprocess.Popen(
                [sys.executable, str(EXAMPLES / name)],
                stdin=stdin,
                stdout=stdout,
                stderr=subprocess.STDOUT,
                cwd=EXAMPLES,
                env=env,
            )
    deadline = time.monotonic() + TIMEOUT
    results = {}
    for name, process in started.items():
        try:
            process.wait(timeout=max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        results[name] = (process.returncode, (folder / f"{name}.out").read_text(encoding="utf-8", errors="replace"))
    return results


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_example_runs_to_the_end(runs, name):
    code, out = runs[name]
    assert code == 0, out
    for expected in SCRIPTS[name][1]:
        assert expected in out, out
    assert "Traceback" not in out


# ---- the hardware guide: pictures up to date and rendered, links that work ---------------------------------

HARDWARE = ROOT / "hardware"


def _make_wiring():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_wiring", HARDWARE / "make_wiring.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_wiring_pictures_match_the_default_pins():
    pictures = _make_wiring().pictures()
    assert HARDWARE / "wiring.svg" in pictures
    for svg, text in pictures.items():
        assert svg.read_text(encoding="utf-8") == text, f"{svg} is out of date: run python hardware/make_wiring.py"
        assert _png_size(svg.with_suffix(".png")) == (1400, 1040)
        assert svg.with_suffix(".png").stat().st_size > 20_000  # a real picture, not an empty page


def test_wiring_svg_renders(tmp_path):
    import shutil

    svg, png = HARDWARE / "wiring.svg", tmp_path / "wiring.png"
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-o", str(png), str(svg)], check=True, timeout=60)
    else:
        try:
            import cairosvg
        except (ImportError, OSError):  # OSError: the cairo library itself is missing
            pytest.skip("needs rsvg-convert or cairosvg to render SVG")
        cairosvg.svg2png(url=str(svg), write_to=str(png))
    assert _png_size(png) == (1400, 1040)


def test_guide_links_work_and_the_readme_links_the_guide():
    import re

    pages = [*HARDWARE.glob("*.md"), *(HARDWARE / "builds").glob("*.md")]
    for page in pages:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "#")):
                continue
            assert (page.parent / target.split("#")[0]).exists(), f"{page.name} links to missing {target}"
    builds = {p.name for p in (HARDWARE / "builds").glob("*.md")}
    assert len(builds) == len(SCRIPTS)  # a page per example
    assert "hardware/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="bash script")
def test_install_script_is_valid_bash():
    subprocess.run(["bash", "-n", str(HARDWARE / "install_pi.sh")], check=True, timeout=30)
