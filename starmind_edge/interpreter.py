"""Find a TFLite interpreter: LiteRT (`ai-edge-litert`) first, then TensorFlow's own if it is already installed."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import platform
import sys

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


MADV_DONTNEED = 4  # <sys/mman.h> on Linux, every architecture


def release_file_pages(path: str) -> int:
    """Let go of the pages of `path` that the interpreter has mapped, once it has read them (Linux only); returns
    how many mappings were released.

    The interpreter maps model.tflite rather than reading it into memory, and checking the flatbuffer and XNNPACK
    packing its own copy of the weights read every page of it: 3.7 MB of resident memory for a file the runtime
    then hardly reads (a row of the embedding a token, a few tables). madvise(MADV_DONTNEED) on a shared read-only
    mapping (TFLite maps the file PROT_READ, MAP_SHARED) only drops its pages from this process: the file is
    unchanged, and a page read again comes back from the page cache as it was. Private or writable mappings are
    left alone: there, it could throw away changes."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        import ctypes  # already loaded: LiteRT uses it for delegates

        madvise = ctypes.CDLL(None, use_errno=True).madvise
        madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        target, released = os.path.realpath(path), 0
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                fields = line.split(maxsplit=5)
                perms = fields[1] if len(fields) == 6 else "----"
                if perms[1] == "-" and perms[3] == "s" and fields[5].rstrip("\n") == target:  # not writable, shared
                    start, end = (int(address, 16) for address in fields[0].split("-"))
                    released += madvise(start, end - start, MADV_DONTNEED) == 0
        return released
    except (OSError, AttributeError, ValueError):  # no /proc, no libc madvise: keep the pages
        return 0


def load_interpreter(model_path: str, threads: int | None = None):
    """An interpreter for `model_path` with its tensors allocated."""
    cls = interpreter_class()
    with _without_runtime_log():
        interpreter = cls(model_path=model_path, num_threads=threads or default_threads())
        release_file_pages(model_path)  # the flatbuffer check read every page; XNNPACK reads only the weights again
        interpreter.allocate_tensors()
        release_file_pages(model_path)  # XNNPACK packed its own copy of the weights: the file's pages can go
    return interpreter
