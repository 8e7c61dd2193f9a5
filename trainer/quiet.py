"""Hide TensorFlow's start-up noise: the C++ log lines (oneDNN, XLA, SavedModel, CPU features) that it writes
straight to the process's stderr, which no Python setting reaches once TensorFlow has started logging.

Python's own stderr (warnings, tracebacks, our messages) is untouched; only lines written below Python go through
the filter, and errors (E and F lines) still show. `STARMIND_TF_LOGS=1` shows everything.
"""

from __future__ import annotations

import atexit
import os
import re
import sys
import threading

NOISE = re.compile(
    rb"^(?:[IW]\d{4} [\d:. ]+\d+ [\w.]+:\d+\]"  # absl INFO and WARNING lines: I0000 00:00:1796271768.52 19415 port.cc:153]
    rb"|WARNING: All log messages before absl::InitializeLog\(\)"
    rb"|To enable the following instructions: .* rebuild TensorFlow)"
)


def hide_tensorflow_noise() -> None:
    """From now on, drop TensorFlow's INFO and WARNING log lines from this process's stderr."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    if os.environ.get("STARMIND_TF_LOGS") == "1" or getattr(hide_tensorflow_noise, "done", False):
        return
    try:
        real = os.dup(2)
        sys.stderr.flush()
        sys.stderr = open(real, "w", buffering=1, encoding=sys.stderr.encoding, errors="backslashreplace", closefd=False)
    except (OSError, AttributeError, ValueError):
        return  # no real stderr (an IDE, pytest's capture): nothing to filter
    read, write = os.pipe()
    os.dup2(write, 2)
    os.close(write)

    def forward():
        with open(read, "rb") as lines:
            for line in lines:
                if not NOISE.match(line):
                    os.write(real, line)

    thread = threading.Thread(target=forward, name="tensorflow-noise-filter", daemon=True)
    thread.start()

    def finish():  # let the last lines through before the process ends
        os.dup2(real, 2)
        thread.join(timeout=2)

    atexit.register(finish)
    hide_tensorflow_noise.done = True
