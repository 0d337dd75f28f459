"""Editing rules of the question bank and the checklist template (texts the user owns)."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence

from einwandfrei.planning.folding import search_terms

MAX_TEXT_LENGTH = 500


class TextProblem(enum.StrEnum):
    """Why a text cannot go into the bank or the template."""

    EMPTY = "empty"
    DUPLICATE = "duplicate"
    TOO_LONG = "too_long"


def normalise_text(text: str) -> str:
    """One line, single spaces, no space around it."""
    return " ".join(text.split())


def identity(text: str) -> str:
    """How duplicates are recognised: case and spacing do not matter."""
    return normalise_text(text).casefold()


def check_text(
    text: str, existing: Iterable[str], *, ignore: str | None = None
) -> TextProblem | None:
    """Whether `text` may be added (or an entry renamed to it): not empty, not too long, not already
    there. `ignore` is the entry's current text when renaming."""
    cleaned = normalise_text(text)
    if not cleaned:
        return TextProblem.EMPTY
    if len(cleaned) > MAX_TEXT_LENGTH:
        return TextProblem.TOO_LONG
    skip = identity(ignore) if ignore is not None else None
    key = identity(cleaned)
    if any(identity(other) == key and identity(other) != skip for other in existing):
        return TextProblem.DUPLICATE
    return None


# Questions starting like this invite a yes or a no, not a story.
_CLOSED_STARTS = {
    "en": (
        "am",
        "are",
        "can",
        "could",
        "did",
        "do",
        "does",
        "had",
        "has",
        "have",
        "is",
        "may",
        "might",
        "shall",
        "should",
        "was",
        "were",
        "will",
        "would",
        "isn't",
        "aren't",
        "don't",
        "doesn't",
        "won't",
        "wouldn't",
    ),
    "de": (
        "bin",
        "bist",
        "darf",
        "durfen",
        "gibt",
        "hast",
        "hat",
        "hatte",
        "hatten",
        "haben",
        "ist",
        "kann",
        "konnen",
        "konnten",
        "mochten",
        "sind",
        "soll",
        "sollen",
        "sollte",
        "war",
        "waren",
        "werden",
        "wird",
        "wurden",
        "wollen",
        "willst",
        "mussen",
    ),
}
_TRAILING_PUNCTUATION = re.compile(r"[\s?!.…]+$")


def looks_closed(question: str) -> bool:
    """Whether a question probably invites only yes or no ("Do you …?", "Haben Sie …?").

    A hint, never a rule: "Is there anything …" may still open a conversation.
    """
    terms = search_terms(_TRAILING_PUNCTUATION.sub("", question))
    if not terms:
        return False
    first = terms[0]
    return any(first in starts for starts in _CLOSED_STARTS.values())


def filter_texts(texts: Sequence[str], query: str) -> list[int]:
    """Indexes of the texts containing every word of `query` (as a word start), in order.

    Folded like the library search, so "hartnackig" finds "hartnäckig".
    """
    terms = search_terms(query)
    if not terms:
        return list(range(len(texts)))
    matches = []
    for index, text in enumerate(texts):
        words = search_terms(text)
        if all(any(word.startswith(term) for word in words) for term in terms):
            matches.append(index)
    return matches


def moved(items: Sequence[str], index: int, offset: int) -> list[str] | None:
    """The list with one entry moved by `offset` places, or None when it cannot move."""
    target = index + offset
    if not (0 <= index < len(items)) or not (0 <= target < len(items)) or offset == 0:
        return None
    result = list(items)
    result.insert(target, result.pop(index))
    return result
