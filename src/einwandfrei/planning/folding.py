"""The one text normalisation that lets German spellings meet in search.

Both the indexed text and every query go through `fold`, so "Straße" and "strasse", "Übernahme",
"Ubernahme" and "Uebernahme", "hartnäckig" and "hartnackig" become the same search terms: case is
folded (ß → ss), diacritics are dropped (ä → a) and the German transliterations ae/oe/ue collapse to
a/o/u. The rule is applied to both sides, so words like "Quelle" fold to "qulle" in the text and in
the query alike and still find each other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_COMBINING_DIACRITICS = re.compile("[\u0300-\u036f]+")

# Characters that SQLite's unicode61 tokenizer certainly treats as parts of words: letters and
# numbers by the Unicode 3.2 tables, which are far older than SQLite's. Everything else separates
# words in a query, so a query term can never become a multi-token phrase inside the index.
_UNICODE_3_2 = unicodedata.ucd_3_2_0


def fold(text: str) -> str:
    """Fold text for searching: lower case, no diacritics, ß → ss, ae/oe/ue → a/o/u."""
    folded = text.casefold()
    if not folded.isascii():
        # German text is mostly ASCII plus umlauts: replace those directly, and decompose only
        # what is left that decomposition would change (3× faster on a large import).
        folded = folded.replace("ä", "a").replace("ö", "o").replace("ü", "u")
        if not folded.isascii() and not (
            unicodedata.is_normalized("NFKD", folded)
            and _COMBINING_DIACRITICS.search(folded) is None
        ):
            folded = _COMBINING_DIACRITICS.sub("", unicodedata.normalize("NFKD", folded))
    # Each pass removes an "e" right after a/o/u; none can create a match for a later pass.
    return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")


@lru_cache(maxsize=4096)
def _is_word_character(character: str) -> bool:
    return str(_UNICODE_3_2.category(character))[0] in "LN"


def search_terms(query: str) -> list[str]:
    """The folded words of a query, split where the search index would split them."""
    terms: list[str] = []
    current: list[str] = []
    for character in fold(query):
        if _is_word_character(character):
            current.append(character)
        elif current:
            terms.append("".join(current))
            current = []
    if current:
        terms.append("".join(current))
    return terms


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` together with, for each folded character, its index in `text`.

    A base character and the combining marks after it fold as one unit, so the result is the same
    string `fold` gives.
    """
    pieces: list[str] = []
    offsets: list[int] = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        folded = _COMBINING_DIACRITICS.sub(
            "", unicodedata.normalize("NFKD", text[start:end].casefold())
        )
        pieces.append(folded)
        offsets.extend([start] * len(folded))
        start = end
    joined = "".join(pieces)
    kept = [
        index
        for index, character in enumerate(joined)
        if not (character == "e" and index > 0 and joined[index - 1] in "aou")
    ]
    return "".join(joined[index] for index in kept), [offsets[index] for index in kept]


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of `query` occur in `text`, as (start, end) indexes for highlighting.

    Every query word matches the beginning of a word in the text, as the search does for the word
    being typed; spans do not overlap and come in text order.
    """
    terms = search_terms(query)
    if not terms or not text:
        return []
    folded, offsets = fold_with_offsets(text)
    spans: list[tuple[int, int]] = []
    word_start: int | None = None
    for index in range(len(folded) + 1):
        inside = index < len(folded) and _is_word_character(folded[index])
        if inside and word_start is None:
            word_start = index
        elif not inside and word_start is not None:
            word = folded[word_start:index]
            longest = max((len(term) for term in terms if word.startswith(term)), default=0)
            if longest:
                end = offsets[word_start + longest - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1
                start = offsets[word_start]
                if spans and start < spans[-1][1]:
                    # One character can fold to several words ("¼" → "1⁄4"): join their spans.
                    previous_start, previous_end = spans.pop()
                    start, end = previous_start, max(end, previous_end)
                spans.append((start, end))
            word_start = None
    return spans
