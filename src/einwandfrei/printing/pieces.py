"""What the layouts share: the objection-and-answer block, dates, the page footer, the locale."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QTime
from PySide6.QtGui import QFontMetricsF

from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord
from einwandfrei.printing.blocks import KEEP_MARK, Canvas
from einwandfrei.printing.composer import Caption, Drawable
from einwandfrei.printing.style import GREY, base_font, escape, quoted, technique

# The long weekday in a date format, with the commas and spaces that set it apart.
_WEEKDAY = re.compile(r"[\s,\u060c]*dddd[\s,.\u060c]*")


def date_format(locale: QLocale, *, weekday: bool = True) -> str:
    """The locale's long date format, abbreviated; with or without the weekday.

    en_US "Tue, Mar 4, 2025", en_GB "Tue, 4 Mar 2025", German "Di., 4. März 2025" — the order
    and punctuation are the locale's own, as on screen.
    """
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    if not weekday:
        long = _WEEKDAY.sub(" ", long).strip(" ,\u060c")
    return long.replace("dddd", "ddd").replace("MMMM", "MMM")


def format_when(moment: datetime | None, locale: QLocale) -> str:
    """A call's date and time in local time, in the locale's order ("Tue, Mar 4, 2025, 9:00 AM"
    in the US, "Tue, 4 Mar 2025, 09:00" in Britain), or "" without one."""
    if moment is None:
        return ""
    local = moment.astimezone()
    date = locale.toString(QDate(local.year, local.month, local.day), date_format(locale))
    time = locale.toString(
        QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return QCoreApplication.translate("Printing", "%1, %2").replace("%1", date).replace("%2", time)


def format_date(moment: datetime, locale: QLocale) -> str:
    """A date alone, in the locale's order ("Mar 4, 2025", "4 Mar 2025", "4. März 2025")."""
    local = moment.astimezone()
    day = QDate(local.year, local.month, local.day)
    return locale.toString(day, date_format(locale, weekday=False))


def marker(objection: ObjectionRecord) -> str:
    """The quiet line above an objection: its category in capitals (or nothing)."""
    if not objection.category:
        return ""
    return f'<p class="marker">{escape(objection.category.upper())}</p>'


def response_html(response: ResponseRecord, *, arrow: bool = True) -> str:
    """A response with its technique in grey small capitals, and its follow-up question."""
    technique_html = "\u2002" + technique(response.technique) if response.technique else ""
    prefix = "→\u00a0" if arrow else ""
    parts = [f'<p class="response">{KEEP_MARK}{prefix}{escape(response.text)}{technique_html}</p>']
    if response.follow_up.strip():
        parts.append(f'<p class="follow-up">?\u00a0{escape(response.follow_up)}</p>')
    return "".join(parts)


def no_response_html() -> str:
    """What stands where an objection has no prepared response yet."""
    text = QCoreApplication.translate("Printing", "No response prepared yet.")
    return f'<p class="response">{KEEP_MARK}<span class="none">{escape(text)}</span></p>'


def objection_with_response(
    objection: ObjectionRecord, response: ResponseRecord | None, *, with_marker: bool = True
) -> str:
    """The compact block of the cheat sheet: marker, objection, response, follow-up question."""
    head = marker(objection) if with_marker else ""
    body = response_html(response) if response is not None else no_response_html()
    return f'{head}<p class="objection">{quoted(objection.text)}</p>{body}'


def footer_items(
    canvas: Canvas,
    left: float,
    width: float,
    bottom: float,
    number: int,
    count: int,
    *,
    note: str = "",
) -> list[Drawable]:
    """ "Einwandfrei · page X of Y" small and grey on the right of the bottom line; `note` left."""
    text = (
        QCoreApplication.translate("Printing", "Einwandfrei · page %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(count))
    )
    font = base_font(canvas.scale.small)
    height = canvas.pt(canvas.scale.small * 1.5)
    rect = QRectF(left, bottom - height, width, height)
    items: list[Drawable] = [Caption(text, rect, font, GREY, right_aligned=True)]
    if note:
        metrics = QFontMetricsF(font, canvas.device)
        room = width - metrics.horizontalAdvance(text) - canvas.mm(8)
        items.append(Caption(elided(note, metrics, room), rect, font, GREY))
    return items


# More characters than any printed line holds.
_LONGEST_LINE = 500


def elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    """`text` cut short with "…" to fit `width` (one line)."""
    text = text[:_LONGEST_LINE]  # measuring a huge text character by character would take ages
    if metrics.horizontalAdvance(text) <= width:
        return text
    while text and metrics.horizontalAdvance(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"
