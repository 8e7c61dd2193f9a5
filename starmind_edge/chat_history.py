"""Line editing in `starmind chat`, and the lines it keeps from one run to the next.

Where Python has readline (Linux, macOS; not Windows' plain console), the arrow keys move along a line, and Up and
Down (or Ctrl+P and Ctrl+N) go back through the lines typed before, in this chat and in earlier ones. The last
``LENGTH`` lines are kept in ``~/.starmind/chat_history`` (``STARMIND_HOME`` moves the folder, as it moves the
learned facts), a text file only its owner may read. It holds what was typed, so on a shared computer delete it to
clear it, or keep nothing: ``starmind chat --no-history`` or ``STARMIND_HISTORY=off``
(``STARMIND_HISTORY=FILE`` keeps it in another file). A line the safeguarding rules match ("my dad hits me", "how
do I make a bomb") is never kept. Only a chat typed at a terminal is kept, not lines piped in. A file that can't be
read or written (a read-only home) only means no history: the chat goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .safeguarding import check

LENGTH = 500
OFF = ("", "0", "off", "no", "false", "none")


def default_path() -> Path | None:
    """The history file `starmind chat` keeps, or None when ``STARMIND_HISTORY`` turns it off."""
    chosen = os.environ.get("STARMIND_HISTORY")
    if chosen is not None:
        return None if chosen.strip().lower() in OFF else Path(chosen).expanduser()
    return Path(os.environ.get("STARMIND_HOME") or Path.home() / ".starmind") / "chat_history"


def private(line: str) -> bool:
    """A line never written to the history: one the safeguarding rules match, even where the worry score would
    call it ordinary."""
    return check(line, veto=False) is not None


@contextmanager
def line_editing(
    path: Path | None, interactive: bool | None = None, read: Callable[[str], str] = input
) -> Iterator[Callable[[str], str]]:
    """Yields the ``read`` for `Starmind.chat`: ``input`` with line editing, and the history in ``path`` (None: this
    chat's lines only) loaded first and saved at the end. ``interactive`` (default: whether stdin and stdout are a
    terminal) says whether to keep the lines at all."""
    try:
        import readline
    except ImportError:  # Windows' plain console: input() as it is
        yield read
        return
    if interactive is None:
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if not interactive:
        yield read
        return
    readline.set_auto_history(False)  # lines are added below, less those that are private
    readline.clear_history()
    readline.set_history_length(LENGTH)
    if path is not None:
        try:
            readline.read_history_file(str(path))
        except (OSError, ValueError):
            pass  # none yet, or unreadable: start without one

    def reading(prompt: str) -> str:
        line = read(prompt)
        count = readline.get_current_history_length()
        if line.strip() and not private(line) and (not count or readline.get_history_item(count) != line):
            readline.add_history(line)
        return line

    try:
        yield reading
    finally:
        if path is not None:
            _save(readline, Path(path))


def _save(readline, path: Path) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        readline.write_history_file(str(path))
    except (OSError, ValueError) as err:
        print(f"starmind: the chat history could not be kept in {path} ({err}); STARMIND_HISTORY=off stops trying.",
              file=sys.stderr)  # fmt: skip
        return
    try:
        path.chmod(0o600)  # what a child typed is for their eyes only (GNU readline makes it so already)
    except OSError:
        pass
