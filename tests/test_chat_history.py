"""`starmind chat` keeps what was typed at a terminal for the next run (never a worry a child told it), and a
history file it can't read or write never stops the chat."""

import os
import subprocess
import sys
import time

import pytest

from starmind_edge import chat_history

pty = pytest.importorskip("pty")  # a terminal to type at: not on Windows, which has no readline either
readline = pytest.importorskip("readline")
select = pytest.importorskip("select")


def chat_at_a_terminal(home, *lines: bytes, args=(), **env) -> tuple[int, str]:
    """Run `starmind chat` at a pseudo-terminal with STARMIND_HOME at `home`, typing each line at its prompt."""
    outside = {name: value for name, value in os.environ.items() if name != "STARMIND_HISTORY"}
    env = {**outside, "STARMIND_HOME": str(home), "TERM": "dumb", "PYTHONIOENCODING": "utf-8", **env}
    master, slave = pty.openpty()
    chat = subprocess.Popen(
        [sys.executable, "-m", "starmind_edge", "chat", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    out, deadline = b"", time.monotonic() + 120

    def read_until(prompts: int | None) -> None:
        nonlocal out
        while prompts is None or out.count(b"you> ") < prompts:
            ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, f"no prompt in time: {out!r}"
            try:
                piece = os.read(master, 4096)
            except OSError:  # EIO: the chat has ended and closed the terminal
                return
            if not piece:
                return
            out += piece

    try:
        for prompts, line in enumerate(lines, 1):
            read_until(prompts)
            os.write(master, line)
        read_until(None)
        return chat.wait(timeout=60), out.decode("utf-8", "replace")
    finally:
        os.close(master)
        if chat.poll() is None:
            chat.kill()


def test_lines_typed_in_one_chat_are_kept_and_come_back_in_the_next(tmp_path):
    code, said = chat_at_a_terminal(tmp_path, b"what colour is the sky?\r", b"my dad hits me\r", b"bye\r")
    assert code == 0 and "Traceback" not in said and "Bye!" in said
    history = tmp_path / "chat_history"
    assert history.read_text().splitlines() == ["what colour is the sky?", "bye"]  # the worry is never written down
    assert history.stat().st_mode & 0o777 == 0o600  # for its owner's eyes only
    # The next chat, on its own, never types the question: Ctrl+P twice brings it back from the file.
    code, said = chat_at_a_terminal(tmp_path, b"\x10\x10\r", b"bye\r")
    assert code == 0 and "what colour is the sky?" in said and "starmind> " in said
    assert "dad" not in said


def test_no_history_or_history_off_keeps_nothing(tmp_path):
    code, said = chat_at_a_terminal(tmp_path, b"what colour is the sky?\r", b"bye\r", args=["--no-history"])
    assert code == 0 and "Bye!" in said
    code, said = chat_at_a_terminal(tmp_path, b"what colour is the sky?\r", b"bye\r", STARMIND_HISTORY="off")
    assert code == 0 and "Bye!" in said
    assert not (tmp_path / "chat_history").exists()


def test_a_history_that_cannot_be_read_or_written_never_stops_the_chat(tmp_path):
    (tmp_path / "a file").write_text("not a folder")
    unwritable = tmp_path / "a file" / "home"  # can't be made, even by root (as a read-only home can't)
    code, said = chat_at_a_terminal(unwritable, b"what colour is the sky?\r", b"bye\r")
    assert code == 0 and "Traceback" not in said and "starmind> " in said and "Bye!" in said
    assert "could not be kept" in said and "STARMIND_HISTORY=off" in said
    (tmp_path / "unreadable").mkdir()  # a folder where the file should be: neither read nor written
    code, said = chat_at_a_terminal(tmp_path, b"bye\r", STARMIND_HISTORY=str(tmp_path / "unreadable"))
    assert code == 0 and "Traceback" not in said and "Bye!" in said


def test_the_history_keeps_the_last_lines_and_no_repeats(tmp_path):
    path = tmp_path / "history"
    typed = iter([f"what is {n} plus {n}?" for n in range(chat_history.LENGTH + 100)] + ["hi", "hi", "  "])
    with chat_history.line_editing(path, interactive=True, read=lambda prompt: next(typed)) as read:
        lines = [read("you> ") for _ in range(chat_history.LENGTH + 103)]
    assert lines[-3:] == ["hi", "hi", "  "]
    kept = path.read_text().splitlines()
    assert (
        len(kept) == chat_history.LENGTH
        and kept[0] == "what is 101 plus 101?"
        and kept[-2:]
        == [
            "what is 599 plus 599?",
            "hi",
        ]
    )
    with chat_history.line_editing(path, interactive=True, read=lambda prompt: "bye") as read:
        assert readline.get_current_history_length() == chat_history.LENGTH  # loaded again
        assert readline.get_history_item(chat_history.LENGTH) == "hi"


def test_piped_lines_are_not_kept(tmp_path):
    with chat_history.line_editing(tmp_path / "history", interactive=False, read=lambda prompt: "hi") as read:
        assert read("you> ") == "hi"
    assert not (tmp_path / "history").exists()


def test_where_the_history_is(monkeypatch, tmp_path):
    monkeypatch.delenv("STARMIND_HISTORY", raising=False)
    monkeypatch.setenv("STARMIND_HOME", str(tmp_path))
    assert chat_history.default_path() == tmp_path / "chat_history"
    monkeypatch.setenv("STARMIND_HISTORY", str(tmp_path / "elsewhere"))
    assert chat_history.default_path() == tmp_path / "elsewhere"
    for off in ("off", "0", "", "OFF"):
        monkeypatch.setenv("STARMIND_HISTORY", off)
        assert chat_history.default_path() is None
    outside = {name: value for name, value in os.environ.items() if name != "STARMIND_HISTORY"}

    def help_text(**env) -> str:
        command = [sys.executable, "-m", "starmind_edge", "--help"]
        env = {**outside, "STARMIND_HOME": str(tmp_path), "COLUMNS": "500", **env}
        return subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout

    assert f"in {tmp_path / 'chat_history'}; delete it to clear it, or set STARMIND_HISTORY=off" in help_text()
    assert "nowhere, as STARMIND_HISTORY is off" in help_text(STARMIND_HISTORY="off")
