"""Find a TFLite interpreter: LiteRT (`ai-edge-litert`) first, then TensorFlow's own if it is already installed."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import platform

from .errors import StarmindError

INSTALL_HELP = "Starmind needs the LiteRT interpreter. Install it with:  pip install ai-edge-litert"


def interpreter_class():
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:
        if importlib.util.find_spec("tensorflow") is None:
            extra = ""
            if platform.machine() in ("armv7l", "armv6l"):
                extra = " (LiteRT needs a 64-bit OS: install 64-bit Raspberry Pi OS)"
            raise StarmindError(INSTALL_HELP + extra) from None
        from tensorflow.lite import Interpreter  # only where TensorFlow is already installed
    return Interpreter


def default_threads() -> int:
    """One: the model's matmuls are so small that splitting them costs more than it saves (measured on a 2-core
    x86 laptop: 4,050 tokens/s with one thread, 2,240 with two). Give ``threads=`` to try more on your machine."""
    return 1


@contextlib.contextmanager
def _without_runtime_log():
    """Hide the runtime's own start-up line ("INFO: Created TensorFlow Lite XNNPACK delegate"): it means nothing
    to a child. Python errors still raise as usual; only the C++ library's writes to stderr are dropped."""
    try:
        saved = os.dup(2)
    except OSError:  # no real stderr (some IDEs): nothing to hide
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def load_interpreter(model_path: str, threads: int | None = None):
    """An interpreter for `model_path` with its tensors allocated."""
    cls = interpreter_class()
    with _without_runtime_log():
        interpreter = cls(model_path=model_path, num_threads=threads or default_threads())
        interpreter.allocate_tensors()
    return interpreter
