"""The starter libraries: complete, in both languages, written for this product."""

from __future__ import annotations

import pytest

from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.planning.library_content import LibraryContent
from einwandfrei.resources import starter_library_text

REQUIRED_TOPICS = {
    "en": [
        "expensive",
        "budget",
        "discount",
        "quarter",
        "think about it",
        "boss",
        "procurement",
        "supplier",
        "in-house",
        "contract",
        "never heard",
        "tried",
        "email",
        "have time",
        "not interested",
        "You are persistent!",
    ],
    "de": [
        "teuer",
        "Budget",
        "Rabatt",
        "Quartal",
        "überlegen",
        "Chef",
        "Einkauf",
        "Lieferanten",
        "intern",
        "Vertrag",
        "noch nie",
        "versucht",
        "E-Mail",
        "keine Zeit",
        "kein Interesse",
        "Sie sind aber hartnäckig!",
    ],
}


def _starter(language: str) -> LibraryContent:
    return parse_library_json(starter_library_text(language))


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_starter_library_is_complete(language: str) -> None:
    content = _starter(language)
    assert content.language == language
    assert len(content.objections) >= 40
    assert len({o.category for o in content.objections}) >= 8
    for objection in content.objections:
        assert len(objection.responses) >= 2, objection.text
        assert all(response.technique for response in objection.responses), objection.text
        assert objection.concern, objection.text
        assert 1 <= len(objection.probing_questions) <= 2, objection.text
        # How customers say it: at least three ways, none the objection's own words again.
        assert len(objection.phrasings) >= 3, objection.text
        assert objection.text not in objection.phrasings
    assert len(content.questions) >= 20
    assert len(content.checklist) >= 8


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_starter_covers_the_usual_objections(language: str) -> None:
    texts = " ".join(o.text for o in _starter(language).objections)
    missing = [
        topic for topic in REQUIRED_TOPICS[language] if topic.casefold() not in texts.casefold()
    ]
    assert missing == []


def test_the_persistence_reframe_answers_first() -> None:
    english = next(o for o in _starter("en").objections if o.text == "You are persistent!")
    assert english.responses[0].text.startswith(
        "Yes, we are, in everything: in delivery, in quality"
    )
    german = next(o for o in _starter("de").objections if o.text == "Sie sind aber hartnäckig!")
    assert german.responses[0].text.startswith("Ja, wir sind hartnäckig – und zwar in allem")


def test_the_two_languages_are_parallel_and_swiss() -> None:
    english, german = _starter("en"), _starter("de")
    assert len(english.objections) == len(german.objections)
    assert [o.kind for o in english.objections] == [o.kind for o in german.objections]
    assert "ß" not in starter_library_text("de")


def test_phrasings_are_spoken_sentences_of_their_own() -> None:
    for language in ("en", "de"):
        phrasings = [p for o in _starter(language).objections for p in o.phrasings]
        assert len(phrasings) == len(set(phrasings)), language  # no phrasing serves two
        assert all(p[0].isupper() and p[-1] in ".?!" for p in phrasings), language
