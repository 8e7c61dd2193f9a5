"""Errors a child or teacher can act on."""


class StarmindError(Exception):
    """Something is wrong with the set-up; the message says what to do."""


class ModelError(StarmindError):
    """A model bundle is missing, incomplete or damaged."""


class MemoryFileError(StarmindError):
    """The file of remembered facts cannot be read; it is left untouched."""


class InputError(StarmindError, ValueError):
    """Something given to Starmind can't be used (an empty fact, a temperature below 0); the message says what to
    give instead."""
