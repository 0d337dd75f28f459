"""Editing rules of the question bank and the checklist template, and the date suggestions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from einwandfrei.planning.bank_rules import (
    MAX_TEXT_LENGTH,
    TextProblem,
    check_text,
    filter_texts,
    looks_closed,
    moved,
    normalise_text,
)
from einwandfrei.planning.suggestions import (
    next_working_day,
    suggested_call_time,
    suggested_follow_up_day,
)


def test_texts_are_normalised_and_checked() -> None:
    assert normalise_text("  What   is\non your desk? ") == "What is on your desk?"
    existing = ["What is on your desk?", "How do you decide?"]
    assert check_text("   ", existing) is TextProblem.EMPTY
    assert check_text("what IS on your  desk?", existing) is TextProblem.DUPLICATE
    assert check_text("x" * (MAX_TEXT_LENGTH + 1), existing) is TextProblem.TOO_LONG
    assert check_text("What keeps you busy?", existing) is None
    # Renaming an entry to a new spelling of itself is fine.
    assert check_text("What is on your DESK?", existing, ignore="What is on your desk?") is None


@pytest.mark.parametrize(
    ("question", "closed"),
    [
        ("Do you have a budget?", True),
        ("Is now a good moment?", True),
        ("Haben Sie ein Budget?", True),
        ("Könnten Sie sich vorstellen …?", True),
        ("What is on your desk this quarter?", False),
        ("Wie entscheiden Sie solche Fragen?", False),
        ("Erzählen Sie mal: was läuft gut?", False),
        ("", False),
    ],
)
def test_closed_questions_are_recognised(question: str, closed: bool) -> None:
    assert looks_closed(question) is closed


def test_filter_texts_folds_like_the_search() -> None:
    texts = ["Was hat für Sie Priorität?", "Wie gross ist das Team?", "What matters?"]
    assert filter_texts(texts, "fur prio") == [0]
    assert filter_texts(texts, "groß") == [1]
    assert filter_texts(texts, "  ") == [0, 1, 2]
    assert filter_texts(texts, "zzz") == []


def test_moved() -> None:
    assert moved(["a", "b", "c"], 0, 1) == ["b", "a", "c"]
    assert moved(["a", "b", "c"], 2, -2) == ["c", "a", "b"]
    assert moved(["a", "b"], 0, -1) is None
    assert moved(["a", "b"], 1, 0) is None


def test_follow_up_is_two_weeks_out_on_a_working_day() -> None:
    assert suggested_follow_up_day(date(2025, 3, 4)) == date(2025, 3, 18)  # Tue → Tue
    assert suggested_follow_up_day(date(2025, 3, 8)) == date(2025, 3, 24)  # Sat → Mon
    assert next_working_day(date(2025, 3, 9)) == date(2025, 3, 10)


def test_suggested_call_time() -> None:
    assert suggested_call_time(datetime(2025, 3, 4, 9, 20)) == datetime(2025, 3, 4, 10)
    assert suggested_call_time(datetime(2025, 3, 4, 17, 5)) == datetime(2025, 3, 5, 10)
    assert suggested_call_time(datetime(2025, 3, 7, 18)) == datetime(2025, 3, 10, 10)  # Fri eve
    assert suggested_call_time(datetime(2025, 3, 8, 9)) == datetime(2025, 3, 10, 10)  # Saturday
