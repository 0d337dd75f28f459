"""What the user typed, turned into FTS5 MATCH expressions for each stage of the search.

Whatever is typed — quotes, `*`, `NEAR`, `AND`, parentheses, a lone hyphen, emoji — never reaches
FTS5's query syntax as an operator: the query is split into folded words (`search_terms`), every
word is quoted, and only this module writes the operators between them. The last word is a prefix,
as when typing.

Each word is looked for in several ways, one stage after the other (see `search`):

1. `customer_words`: as typed, in the objection's text, phrasings and tags;
2. `other_forms`: or by its stem (as the beginning of a word: "entscheid" finds "entscheidet") or
   another spelling, among the forms of the customer's words;
3. `compound_parts`: or as the beginning of a part of a long word ("frist" in "Kündigungsfrist"),
   or by the sound key of its stem ("Aufwand" → "aufwendig");
4. `anywhere`: as typed or by its stem, in everything searchable (concern, responses, …).

Two neighbouring words may also be meant as one ("e mail" = "email", "drei mal" = "dreimal"): every
stage also accepts the query with one such pair joined.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from einwandfrei.planning.folding import search_terms
from einwandfrei.planning.word_forms import (
    PREFIX_STEM_LENGTH,
    joined,
    query_keys,
    query_stems,
    raw_words,
)

# Words beyond this many are ignored: a pasted paragraph must not build a huge expression.
MAX_TERMS = 12
# Two typed words are also tried joined when they make a word no longer than this.
MAX_JOINED = 24
# A word (or stem) this long is also looked for inside compounds.
PART_LENGTH = 4


@dataclass(frozen=True, slots=True)
class Term:
    """One typed word: folded, its stems (folded), and whether it is still being typed."""

    word: str
    stems: tuple[str, ...] = ()
    prefix: bool = False
    keys: tuple[str, ...] = ()  # sound keys of the stems (see `word_forms.sound_key`)


def parse(query: str) -> list[Term]:
    """The words of `query` with their stems; the last one is a prefix."""
    terms: list[Term] = []
    for raw in raw_words(query):
        folded = search_terms(raw)
        if len(folded) == 1:
            terms.append(Term(folded[0], query_stems(raw), keys=query_keys(raw)))
        else:  # a word SQLite splits (an exotic script): its pieces, without stems
            terms.extend(Term(piece) for piece in folded)
    if not terms:
        # Characters `raw_words` does not see as letters may still be words to SQLite.
        terms = [Term(piece) for piece in search_terms(query)]
    terms = terms[:MAX_TERMS]
    if terms:
        last = terms[-1]
        terms[-1] = Term(last.word, last.stems, prefix=True, keys=last.keys)
    return terms


def _variants(terms: list[Term]) -> list[list[Term]]:
    """The terms as typed, and with each neighbouring pair joined into one word."""
    variants = [terms]
    for index in range(len(terms) - 1):
        first, second = terms[index], terms[index + 1]
        whole = joined(first.word, second.word)
        if whole is None or len(whole) > MAX_JOINED:
            continue
        one = Term(whole, query_stems(whole), second.prefix, query_keys(whole))
        variants.append([*terms[:index], one, *terms[index + 2 :]])
    return variants


def _quoted(word: str, prefix: bool) -> str:
    return f'"{word}"*' if prefix else f'"{word}"'


def _stem_alternatives(term: Term) -> list[str]:
    alternatives = [_quoted(term.word, term.prefix)]
    alternatives.extend(
        _quoted(stem, len(stem) >= PREFIX_STEM_LENGTH) for stem in term.stems if stem != term.word
    )
    return alternatives


def _part_alternatives(term: Term) -> list[str]:
    candidates = dict.fromkeys((term.word, *term.stems))
    return [_quoted(word, True) for word in candidates if len(word) >= PART_LENGTH]


def _either(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def _any_variant(terms: list[Term], each: Callable[[Term], str]) -> str:
    conjunctions = [" AND ".join(each(term) for term in variant) for variant in _variants(terms)]
    if len(conjunctions) == 1:
        return conjunctions[0]
    return " OR ".join(f"({conjunction})" for conjunction in conjunctions)


def customer_words(terms: list[Term]) -> str | None:
    """Stage 1: every word as typed, in the text, phrasings or tags (`search_objections`)."""
    if not terms:
        return None
    return _any_variant(terms, lambda term: _quoted(term.word, term.prefix))


def other_forms(terms: list[Term]) -> str | None:
    """Stage 2: every word as typed or by a stem, among the forms (`search_forms`)."""
    if not terms:
        return None
    return "{forms} : (" + _any_variant(terms, lambda t: _either(_stem_alternatives(t))) + ")"


def compound_parts(terms: list[Term]) -> str | None:
    """Stage 3: as stage 2, or as the beginning of a part of a long word, or by a sound key; None
    when no word is long enough for either (the stage would find nothing stage 2 did not)."""
    if not any(_part_alternatives(term) or term.keys for term in terms):
        return None

    def each(term: Term) -> str:
        alternatives = _stem_alternatives(term) + [_quoted(key, False) for key in term.keys]
        forms = "{forms} : " + _either(alternatives)
        parts = _part_alternatives(term)
        if not parts:
            return f"({forms})"
        return f"({forms} OR {{parts}} : {_either(parts)})"

    return _any_variant(terms, each)


def anywhere(terms: list[Term]) -> str | None:
    """Stage 4: every word as typed or by a stem, anywhere (`search_documents`)."""
    if not terms:
        return None
    return _any_variant(terms, lambda term: _either(_stem_alternatives(term)))
