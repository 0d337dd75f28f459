"""Printed dates follow the locale: its order, its punctuation, its names."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDateTime, QLocale, QTime

from einwandfrei.planning.library_part import LibraryPart
from einwandfrei.printing.booklet import Booklet
from einwandfrei.printing.pieces import date_format, format_date, format_when
from einwandfrei.store.library.print_selection import SelectedObjections

pytestmark = pytest.mark.usefixtures("qapp")

# Noon UTC is the same day from UTC-11 to UTC+11: the machine's time zone cannot move it.
NOON = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)


def local_time(locale: QLocale, moment: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).time()
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(QTime(local.hour(), local.minute()), short)


@pytest.mark.parametrize(
    ("name", "with_weekday", "without"),
    [
        ("en_US", "Tue, Mar 4, 2025", "Mar 4, 2025"),
        ("en_GB", "Tue, 4 Mar 2025", "4 Mar 2025"),
        ("de_CH", "Di., 4. März 2025", "4. März 2025"),
        ("de_DE", "Di., 4. März 2025", "4. März 2025"),
        ("ja_JP", "2025年3月4日火", "2025年3月4日"),  # the weekday at the end goes as well
    ],
)
def test_dates_in_each_locales_order(name: str, with_weekday: str, without: str) -> None:
    locale = QLocale(name)
    assert format_when(NOON, locale) == f"{with_weekday}, {local_time(locale, NOON)}"
    assert format_date(NOON, locale) == without


@pytest.mark.parametrize(
    ("name", "with_weekday", "without"),
    [
        ("en_US", "ddd, MMM d, yyyy", "MMM d, yyyy"),
        ("en_GB", "ddd, d MMM yyyy", "d MMM yyyy"),
        ("de_CH", "ddd, d. MMM yyyy", "d. MMM yyyy"),
    ],
)
def test_the_formats_are_short_and_in_the_locales_order(
    name: str, with_weekday: str, without: str
) -> None:
    locale = QLocale(name)
    assert (date_format(locale), date_format(locale, weekday=False)) == (with_weekday, without)


@pytest.mark.parametrize("name", ["en_US", "en_GB", "de_CH", "fr_FR", "hu_HU", "ar_EG", "pt_BR"])
def test_the_format_is_the_locales_long_format_shortened(name: str) -> None:
    locale = QLocale(name)
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    assert "dddd" not in date_format(locale) and "MMMM" not in date_format(locale)
    short = date_format(locale, weekday=False)
    assert "ddd" not in short and short[0].isalnum() and short[-1] not in ", \u060c"
    # Day, month and year keep the locale's order.
    assert fields(short) == [field for field in fields(long) if field != "dddd"]


def fields(date_format: str) -> list[str]:
    """ "dddd, MMMM d, yyyy" → ["dddd", "M", "d", "y"]: the fields in order, months as "M"."""
    return [
        field if field == "dddd" else field[0]
        for field in re.findall(r"d+|M+|y+", re.sub(r"'[^']*'", "", date_format))
    ]


def test_the_booklet_is_dated_in_the_locales_order() -> None:
    selected = SelectedObjections(LibraryPart(), (), ())
    american = Booklet(selected, locale=QLocale("en_US"), printed=NOON)
    assert american.subtitle() == "0 objections · Mar 4, 2025"
    british = Booklet(selected, locale=QLocale("en_GB"), printed=NOON)
    assert british.subtitle().endswith("· 4 Mar 2025")


def test_a_call_without_a_date_prints_none() -> None:
    assert format_when(None, QLocale("en_US")) == ""
