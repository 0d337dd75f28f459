"""What the layouts share: the objection-and-answer block, dates, the page footer, the locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QTime
from PySide6.QtGui import QFontMetricsF

from einwandfrei.printing.blocks import KEEP_MARK, Canvas
from einwandfrei.printing.composer import Caption, Drawable
from einwandfrei.printing.style import GREY, base_font, escape, quoted, technique
from einwandfrei.store.records import ObjectionRecord, ResponseRecord


def locale_for(language: str) -> QLocale:
    """The locale to print dates in: the system's if it speaks `language`, else that language's."""
    system = QLocale.system()
    if not language or QLocale(language).language() == system.language():
        return system
    return QLocale(language)


def format_when(moment: datetime | None, locale: QLocale) -> str:
    """A call's date and time in local time ("Tue 3 Dec 2024, 10:00"), or "" without one."""
    if moment is None:
        return ""
    local = moment.astimezone()
    date_format = QCoreApplication.translate("Printing", "ddd d MMM yyyy")
    date = locale.toString(QDate(local.year, local.month, local.day), date_format)
    time = locale.toString(
        QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return QCoreApplication.translate("Printing", "%1, %2").replace("%1", date).replace("%2", time)


def format_date(moment: datetime, locale: QLocale) -> str:
    """A date alone ("3 Dec 2024")."""
    local = moment.astimezone()
    day = QDate(local.year, local.month, local.day)
    return locale.toString(day, QCoreApplication.translate("Printing", "d MMM yyyy"))


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


def elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    """`text` cut short with "…" to fit `width` (one line)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    while text and metrics.horizontalAdvance(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"
