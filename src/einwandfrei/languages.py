"""The languages Einwandfrei ships, and which one the system asks for (without Qt)."""

from __future__ import annotations

import locale
import os

SUPPORTED_LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "en"


def _normalise(tag: str) -> str | None:
    tag = tag.strip().lower()
    if tag.startswith(("de", "german")):
        return "de"
    if tag.startswith(("en", "english")):
        return "en"
    return None


def system_language() -> str:
    """German where the user's locale is de*, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return _normalise(value) or DEFAULT_LANGUAGE
    # LANGUAGE is a priority list ("de_CH:de:en"); its first entry counts.
    first = os.environ.get("LANGUAGE", "").split(":")[0]
    if first:
        return _normalise(first) or DEFAULT_LANGUAGE
    current = locale.getlocale()[0] or ""
    return _normalise(current) or DEFAULT_LANGUAGE
