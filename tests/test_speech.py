"""`say()`: speaks through espeak-ng when it is there (a pretend one here), prints always."""

from __future__ import annotations

import sys
import textwrap
import threading
import time

import pytest

from starmind_edge import speech
from starmind_edge.answer import Answer
from starmind_edge.speech import say

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the pretend espeak-ng is a POSIX script")


@pytest.fixture(autouse=True)
def fresh(monkeypatch, tmp_path):
    monkeypatch.setattr(speech, "_told", set())
    monkeypatch.delenv("STARMIND_QUIET", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    (tmp_path / "bin").mkdir()


def fake_espeak(tmp_path, body: str = "", name: str = "espeak-ng"):
    """Put a pretend espeak-ng on PATH that writes its arguments and the words it got into log.txt."""
    log = tmp_path / "log.txt"
    script = tmp_path / "bin" / name
    script.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import sys, time
            words = sys.stdin.read()
            with open({str(log)!r}, "a", encoding="utf-8") as log:
                log.write("start " + " ".join(sys.argv[1:]) + " | " + words + "\\n")
                {body or "pass"}
                log.write("end\\n")
            """
        )
    )
    script.chmod(0o755)
    return log


def test_without_espeak_it_prints_and_hints_once(capsys):
    assert say("Hello there!") is False
    assert say("Bye!") is False
    out = capsys.readouterr().out
    assert "🗣️ Hello there!" in out and "🗣️ Bye!" in out
    assert out.count("sudo apt install espeak-ng") == 1


def test_it_speaks_through_espeak_ng(tmp_path, capsys):
    log = fake_espeak(tmp_path)
    assert say(Answer("A baby cat is called a kitten.")) is True
    assert log.read_text(encoding="utf-8") == "start -v en -s 150 | A baby cat is called a kitten.\nend\n"
    assert "🗣️ A baby cat is called a kitten." in capsys.readouterr().out


def test_words_are_never_taken_as_options(tmp_path):
    log = fake_espeak(tmp_path)
    say("--help  me   please", voice="en-us", speed=120)
    assert log.read_text(encoding="utf-8").startswith("start -v en-us -s 120 | --help me please\n")


def test_plain_espeak_works_too(tmp_path):
    log = fake_espeak(tmp_path, name="espeak")
    assert say("hi") is True and "| hi" in log.read_text(encoding="utf-8")


def test_quiet_mode_only_prints(tmp_path, monkeypatch, capsys):
    log = fake_espeak(tmp_path)
    monkeypatch.setenv("STARMIND_QUIET", "1")
    assert say("shh") is False
    assert not log.exists() and "🗣️ shh" in capsys.readouterr().out


def test_nothing_to_say(tmp_path, capsys):
    log = fake_espeak(tmp_path)
    assert say("   ") is False and not log.exists() and capsys.readouterr().out == ""


def test_a_broken_speaker_is_reported_once(tmp_path, capsys):
    fake_espeak(tmp_path, body='sys.stderr.write("no audio device\\n"); sys.exit(1)')
    assert say("one") is False and say("two") is False
    out = capsys.readouterr().out
    assert out.count("couldn't talk out loud (no audio device)") == 1 and "🗣️ two" in out


def test_without_waiting(tmp_path):
    log = fake_espeak(tmp_path)
    assert say("later", wait=False) is True
    deadline = time.monotonic() + 10
    while not (log.exists() and log.read_text(encoding="utf-8").endswith("end\n")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert "| later" in log.read_text(encoding="utf-8")


def test_two_voices_never_talk_over_each_other(tmp_path):
    log = fake_espeak(tmp_path, body="time.sleep(0.1)")
    threads = [threading.Thread(target=say, args=(words,)) for words in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert [line.split()[0] for line in lines] == ["start", "end", "start", "end"]
