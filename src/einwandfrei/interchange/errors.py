"""The error for a file that cannot be imported."""

from __future__ import annotations


class InterchangeError(Exception):
    """A file was refused; `str()` is one sentence naming the record or line and the reason."""
