"""Sound for the ears: WAV files (any rate, mono or stereo) turned into the 16 kHz mono 16-bit samples they hear."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from .errors import InputError

RATE = 16000  # samples per second the ears hear
_TAPS = 63  # length of the low-pass filter used before slowing a recording down to RATE


def read_wav(path: str | Path) -> bytes:
    """The sound in a WAV file as 16 kHz mono 16-bit samples, whatever rate and channels it was recorded with."""
    try:
        with wave.open(str(path), "rb") as wav:
            rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
            frames = wav.readframes(wav.getnframes())
    except FileNotFoundError:
        raise InputError(f"There is no sound file at {path}.") from None
    except (wave.Error, EOFError, OSError) as err:
        raise InputError(f"{path} is not a WAV sound file I can read ({err}). Save it as WAV (16-bit PCM).") from None
    if width != 2:
        raise InputError(f"{path} has {8 * width}-bit sound; save it as 16-bit PCM WAV.")
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float32)
    samples = samples[: len(samples) // channels * channels].reshape(-1, channels).mean(axis=1)
    return to_pcm(resample(samples, rate))


def resample(samples: np.ndarray, rate: int) -> np.ndarray:
    """Samples recorded at ``rate`` per second, at `RATE` instead (low-passed first when slowing down)."""
    if rate == RATE or len(samples) == 0:
        return samples
    if rate > RATE:
        cutoff = 0.45 * RATE / rate  # of the original rate: keep what 16 kHz can hold, without aliasing
        n = np.arange(_TAPS) - (_TAPS - 1) / 2
        taps = np.sinc(2 * cutoff * n) * np.hamming(_TAPS)
        samples = np.convolve(samples, taps / taps.sum(), mode="same")
    times = np.arange(int(len(samples) * RATE / rate)) * (rate / RATE)
    return np.interp(times, np.arange(len(samples)), samples)


def to_pcm(samples: np.ndarray) -> bytes:
    """Float samples as 16-bit little-endian PCM bytes (clipped, never wrapped round)."""
    return np.clip(np.round(samples), -32768, 32767).astype("<i2").tobytes()


def seconds(pcm: bytes) -> float:
    """How long 16 kHz mono 16-bit sound lasts."""
    return len(pcm) / (2 * RATE)
