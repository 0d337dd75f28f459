"""Numbered placeholders are filled in one pass, whatever the values hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from einwandfrei.placeholders import fill


def test_markers_are_replaced_in_any_order() -> None:
    assert fill("%2 von %1", "a", "b") == "b von a"
    assert fill("%1 and %1", 3) == "3 and 3"


def test_a_marker_inside_a_value_stays_as_it_is() -> None:
    assert fill("Imported %1: %2 new", "offer %2.json", 5) == "Imported offer %2.json: 5 new"


def test_markers_without_a_value_stay() -> None:
    assert fill("%1 of %3", "x") == "x of %3"


@given(st.text(), st.text())
def test_values_appear_verbatim(first: str, second: str) -> None:
    assert fill("<%1|%2>", first, second) == f"<{first}|{second}>"
