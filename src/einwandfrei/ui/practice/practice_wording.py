"""The words of practice, translated (context "PracticeWording"): grades, intervals, counts.

Counts pick their singular or plural sentence here, so English needs no translation file.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate


def counted(count: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with `%1` replaced by the count (both already translated)."""
    return one if count == 1 else many.replace("%1", QLocale().toString(count))


def quoted(text: str) -> str:
    """`text` in the quotation marks of the user's language ("…", „…“, «…»)."""
    return QLocale().quoteString(text)


def rating_name(rating: int) -> str:
    """Again, Hard, Good or Easy (the ratings 1 to 4)."""
    if rating == 1:
        return translate("PracticeWording", "Again")
    if rating == 2:
        return translate("PracticeWording", "Hard")
    if rating == 3:
        return translate("PracticeWording", "Good")
    return translate("PracticeWording", "Easy")


def interval_text(interval: timedelta) -> str:
    """A short, rounded waiting time: "<1 min", "10 min", "3 h", "4 days", "2 mo", "1.5 yr"."""
    seconds = max(0.0, interval.total_seconds())
    if seconds < 60:
        return translate("PracticeWording", "<1 min")
    minutes = round(seconds / 60)
    if minutes < 60:
        return translate("PracticeWording", "%1 min").replace("%1", str(minutes))
    hours = round(seconds / 3600)
    if hours < 24:
        return translate("PracticeWording", "%1 h").replace("%1", str(hours))
    days = round(seconds / 86400)
    if days < 31:
        return counted(
            days,
            translate("PracticeWording", "1 day"),
            translate("PracticeWording", "%1 days"),
        )
    if days < 365:
        return translate("PracticeWording", "%1 mo").replace("%1", str(round(days / 30.4)))
    years = QLocale().toString(days / 365.25, "f", 1)
    return translate("PracticeWording", "%1 yr").replace("%1", years)


def due_drills_text(count: int) -> str:
    """ "12 drills due" for the main window's indicator ("No drills due" for none)."""
    if count == 0:
        return translate("PracticeWording", "No drills due")
    return counted(
        count,
        translate("PracticeWording", "1 drill due"),
        translate("PracticeWording", "%1 drills due"),
    )


def objections_text(count: int) -> str:
    """ "1 objection", "12 objections"."""
    return counted(
        count,
        translate("PracticeWording", "1 objection"),
        translate("PracticeWording", "%1 objections"),
    )


def day_text(day: date, today: date) -> str:
    """ "today", "tomorrow", a weekday within the week, else a short date."""
    if day == today:
        return translate("PracticeWording", "today")
    if day == today + timedelta(days=1):
        return translate("PracticeWording", "tomorrow")
    qdate = QDate(day.year, day.month, day.day)
    if day < today + timedelta(days=7):
        return QLocale().dayName(qdate.dayOfWeek(), QLocale.FormatType.LongFormat)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat)


def call_label(customer: str, scheduled_at: datetime | None) -> str:
    """ "Anna Keller · Fri 6 Mar, 10:00" (local time), or the name alone for an undated plan."""
    if scheduled_at is None:
        return customer
    local = scheduled_at.astimezone()
    locale = QLocale()
    qdate = QDate(local.year, local.month, local.day)
    when = "{} {}, {:02d}:{:02d}".format(
        locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat),
        locale.toString(qdate, translate("PracticeWording", "d MMM", "date of a call")),
        local.hour,
        local.minute,
    )
    return f"{customer} · {when}"


def duration_text(milliseconds: int) -> str:
    """A session's length: "under a minute", "1 minute", "6 minutes"."""
    minutes = round(milliseconds / 60000)
    if minutes < 1:
        return translate("PracticeWording", "under a minute")
    return counted(
        minutes,
        translate("PracticeWording", "1 minute"),
        translate("PracticeWording", "%1 minutes"),
    )


def percent_text(share: float) -> str:
    """ "87 %" in the locale's way."""
    return translate("PracticeWording", "%1 %").replace(
        "%1", QLocale().toString(round(share * 100))
    )
