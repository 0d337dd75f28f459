"""Shortcut names as the user's platform and language write them ("Strg+Z" in German)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def key_text(keys: str | Qt.Key | QKeySequence | QKeySequence.StandardKey) -> str:
    """The shortcut in the platform's own, translated notation, ready to put into a sentence."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)
