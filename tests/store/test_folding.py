"""The one normalisation: German spellings fold together, and highlighting maps back exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from einwandfrei.planning.folding import fold, fold_with_offsets, match_spans, search_terms


def test_german_spellings_fold_together() -> None:
    assert fold("Straße") == fold("strasse") == fold("STRASSE")
    assert fold("Übernahme") == fold("Ubernahme") == fold("Uebernahme") == fold("UEBERNAHME")
    assert fold("hartnäckig") == fold("hartnackig") == fold("hartnaeckig")
    assert fold("Öl") == fold("Oel") == fold("ol")
    assert fold("Café") == fold("cafe")


def test_search_terms_split_where_the_index_splits() -> None:
    assert search_terms("E-Mail, bitte!") == ["e", "mail", "bitte"]
    assert search_terms('"NEAR(x)" OR *') == ["near", "x", "or"]
    assert search_terms("😀 -- ** ") == []


def test_match_spans_highlight_the_typed_words() -> None:
    text = "Sie sind aber hartnäckig! Die Übernahme an der Straße."
    spans = match_spans(text, "hartn uebern strasse")
    assert [text[start:end] for start, end in spans] == ["hartn", "Übern", "Straße"]


def test_match_spans_cover_a_folded_away_letter() -> None:
    text = "Uebernahme"
    assert [text[a:b] for a, b in match_spans(text, "ueb")] == ["Ueb"]


@given(st.text(max_size=80))
def test_fold_with_offsets_agrees_with_fold(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded)
    assert offsets == sorted(offsets)
    assert all(0 <= offset < len(text) for offset in offsets)


@given(st.text(max_size=60), st.text(max_size=20))
def test_match_spans_are_ordered_and_inside_the_text(text: str, query: str) -> None:
    spans = match_spans(text, query)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
        assert any(term in fold(text[start:end]) for term in search_terms(query))


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ ", min_size=1, max_size=40))
def test_every_word_prefix_finds_its_word(text: str) -> None:
    for word in text.split():
        for length in range(1, len(word) + 1):
            prefix_terms = search_terms(word[:length])
            word_terms = search_terms(word)
            if prefix_terms and word_terms:
                assert word_terms[0].startswith(prefix_terms[0])
