"""Paper by locale, and user text made safe for the page (no display needed)."""

from __future__ import annotations

import pytest

from einwandfrei.printing.jobs import LayoutKind, PrintRequest
from einwandfrei.printing.paper import Paper, card_paper_for, sheet_paper_for, territory_of
from einwandfrei.printing.style import escape


@pytest.mark.parametrize(
    ("locale_name", "sheet", "card"),
    [
        ("de_CH.UTF-8", Paper.A4, Paper.A6),
        ("de_DE", Paper.A4, Paper.A6),
        ("en_GB.UTF-8", Paper.A4, Paper.A6),
        ("fr_CH", Paper.A4, Paper.A6),
        ("en_US.UTF-8", Paper.LETTER, Paper.INDEX_CARD),
        ("en-CA", Paper.LETTER, Paper.INDEX_CARD),
        ("es_MX.utf8@euro", Paper.LETTER, Paper.INDEX_CARD),
        ("de", Paper.A4, Paper.A6),
        ("", Paper.A4, Paper.A6),
    ],
)
def test_paper_follows_the_locale(locale_name: str, sheet: Paper, card: Paper) -> None:
    assert sheet_paper_for(locale_name) is sheet
    assert card_paper_for(locale_name) is card
    assert PrintRequest(LayoutKind.BOOKLET).paper_for(locale_name) is sheet
    assert PrintRequest(LayoutKind.CARDS).paper_for(locale_name) is card
    assert PrintRequest(LayoutKind.SHEET, paper=Paper.A6).paper_for(locale_name) is Paper.A6


def test_territory_of() -> None:
    assert territory_of("de_CH.UTF-8") == "CH"
    assert territory_of("en-us") == "US"
    assert territory_of("C") == ""


def test_the_paper_locale_comes_from_lc_paper(monkeypatch: pytest.MonkeyPatch) -> None:
    from einwandfrei.printing.jobs import paper_locale_name

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_PAPER", "de_CH.UTF-8")
    assert paper_locale_name() == "de_CH.UTF-8"
    monkeypatch.setenv("LC_ALL", "en_CA.UTF-8")
    assert paper_locale_name() == "en_CA.UTF-8"


@pytest.mark.parametrize(
    ("typed", "html"),
    [
        ("<b>bold</b> & <script>", "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;"),
        ("&amp; stays &amp;", "&amp;amp; stays &amp;amp;"),
        ("two\nlines\r\nand\rmore", "two<br/>lines<br/>and<br/>more"),
        ("tab\there", "tab here"),
        ("bell\x07 and nul\x00 gone\x7f", "bell and nul gone"),
        ("  Grüezi „mitenand“  ", "Grüezi „mitenand“"),
        ('"quotes" stay', '"quotes" stay'),
    ],
)
def test_escape_shows_exactly_what_was_typed(typed: str, html: str) -> None:
    assert escape(typed) == html
