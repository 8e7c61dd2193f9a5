"""The trainer's errors: things a user can cause, each with a message that says what to do.

Library code raises them; the command line (`trainer/cli.py`) prints the message, without a traceback.
"""

from __future__ import annotations


class TrainerError(Exception):
    """Something the trainer was asked to do can't be done; the message says why and what to do."""


class DataError(TrainerError, ValueError):
    """Something in the user's file can't be used; the message names the file and the row."""


class BundleError(TrainerError):
    """A bundle can't be used for this; the message says why and what to do."""


class ConversionError(TrainerError):
    """The converted .tflite file disagrees with the Keras model too often to be written as a bundle."""
