"""Microphones: record 16 kHz mono sound with ALSA's ``arecord`` (no Python sound library needed), or play a WAV file
as if a child said it into one (for tests, lessons without a microphone, and examples on a laptop).

A USB microphone shows up as a capture device, /dev/snd/pcmC<card>D<device>c; ``plughw`` converts the 44.1 or 48 kHz
many of them record at. `STARMIND_MIC` chooses one ("plughw:1,0"), or a WAV file to hear instead.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from collections.abc import Iterator

from .errors import StarmindError
from .sound import RATE, read_wav

CHUNK = RATE // 10 * 2  # bytes in a tenth of a second
NO_MICROPHONE = (
    "🎤 I can't hear anything: no microphone found. Plug a USB microphone into the Pi (on a Pi Zero 2 W, through a "
    "micro-USB OTG adapter in the port marked USB), then check it shows up with: arecord -l"
)


class NoMicrophoneError(StarmindError):
    """There is no microphone, or it can't record; the message says what to plug in or install."""


def microphones() -> list[str]:
    """Every capture device, as ALSA names like "plughw:1,0" ([] when none is plugged in). Opens nothing."""
    found = []
    for node in sorted(glob.glob("/dev/snd/pcmC*D*c")):
        match = re.search(r"pcmC(\d+)D(\d+)c$", node)
        if match:
            found.append(f"plughw:{match[1]},{match[2]}")
    return found


def open_microphone(device=None):
    """The microphone to record from: ``device``, else `STARMIND_MIC`, else the first one plugged in. A name ending in
    .wav is a `SoundFile` heard instead of a microphone; anything with a ``chunks()`` method is used as it is."""
    if hasattr(device, "chunks"):
        return device
    device = device or os.environ.get("STARMIND_MIC", "").strip() or None
    if device is not None and device.lower().endswith(".wav"):
        return SoundFile(device)
    return Microphone(device)


class SoundFile:
    """A WAV file heard as if it were said into a microphone, a tenth of a second at a time, always to its end
    (letting go of a talk button does not cut a recording short)."""

    stops_when_let_go = False

    def __init__(self, path: str):
        self.path = path
        self._pcm = read_wav(path)

    def chunks(self) -> Iterator[bytes]:
        for start in range(0, len(self._pcm), CHUNK):
            yield self._pcm[start : start + CHUNK]

    def __repr__(self) -> str:
        return f"<SoundFile {self.path}>"


class Microphone:
    """A USB microphone, recorded with ``arecord`` a tenth of a second at a time for as long as you read `chunks`."""

    stops_when_let_go = True

    def __init__(self, device: str | None = None):
        if shutil.which("arecord") is None:
            raise NoMicrophoneError("🎤 To record sound I need ALSA's arecord: sudo apt install alsa-utils")
        if device is None:
            found = microphones()
            if not found:
                raise NoMicrophoneError(NO_MICROPHONE)
            device = found[0]
        self.device = device

    def chunks(self) -> Iterator[bytes]:
        command = ["arecord", "-q", "-D", self.device, "-f", "S16_LE", "-r", str(RATE), "-c", "1", "-t", "raw"]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        got_sound = False
        try:
            while True:
                chunk = process.stdout.read(CHUNK)
                if not chunk:
                    break
                got_sound = True
                yield chunk
        finally:
            if process.poll() is None:
                process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            problem = process.stderr.read().decode("utf-8", "replace").strip().splitlines()
            process.stdout.close()
            process.stderr.close()
        if not got_sound:
            why = problem[-1] if problem else f"arecord stopped with code {process.returncode}"
            raise NoMicrophoneError(
                f"🎤 I couldn't record from {self.device} ({why}). Is the microphone plugged in, and is it the right one? "
                'arecord -l lists them; choose one with Ears(microphone="plughw:1,0") or STARMIND_MIC=plughw:1,0'
            )

    def __repr__(self) -> str:
        return f"<Microphone {self.device}>"
