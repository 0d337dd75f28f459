"""The words and date formats of call planning, translated (context "PlanWording")."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from einwandfrei.planning.bank_rules import TextProblem
from einwandfrei.planning.call_log import LogProblem, LogProblemCode
from einwandfrei.planning.follow_ups import ConsentRecord
from einwandfrei.planning.plan import PlanStatus
from einwandfrei.planning.validation import Problem, ProblemCode


def problem_text(problem: Problem) -> str:
    """One sentence saying what a plan step lacks."""
    code = problem.code
    if code is ProblemCode.CUSTOMER_NAME_EMPTY:
        return QCoreApplication.translate(
            "PlanWording", "Name the customer, or pick one from the list."
        )
    if code is ProblemCode.CALL_TIME_MISSING:
        return QCoreApplication.translate("PlanWording", "Choose when you will call.")
    if code is ProblemCode.GOAL_EMPTY:
        return QCoreApplication.translate(
            "PlanWording", "Write down what this call should achieve."
        )
    if code is ProblemCode.MINIMUM_GOAL_EMPTY:
        return QCoreApplication.translate(
            "PlanWording",
            "Even a “no” can reach a minimum goal: at least their OK to get back in touch "
            "on a named day.",
        )
    if code is ProblemCode.OPENER_EMPTY:
        return QCoreApplication.translate(
            "PlanWording", "Write an opener that asks whether now is a good moment."
        )
    if code is ProblemCode.FALLBACK_EMPTY:
        return QCoreApplication.translate(
            "PlanWording", "Say what you will propose if now is not a good moment."
        )
    if code is ProblemCode.TOO_FEW_QUESTIONS:
        missing = problem.needed - problem.count
        if missing == 1:
            return (
                QCoreApplication.translate(
                    "PlanWording", "Pick one more open question: %1 of %2 chosen."
                )
                .replace("%1", str(problem.count))
                .replace("%2", str(problem.needed))
            )
        return (
            QCoreApplication.translate(
                "PlanWording",
                "Pick at least %1 open questions that get them talking: %2 of %1 chosen.",
            )
            .replace("%1", str(problem.needed))
            .replace("%2", str(problem.count))
        )
    if code is ProblemCode.DUPLICATE_QUESTION:
        return QCoreApplication.translate("PlanWording", "“%1” is in the list twice.").replace(
            "%1", problem.subject
        )
    if code is ProblemCode.NO_OBJECTIONS:
        return QCoreApplication.translate(
            "PlanWording", "Add at least one objection you expect — search the library above."
        )
    return QCoreApplication.translate(
        "PlanWording", "Choose the response to use for “%1”."
    ).replace("%1", problem.subject)


def log_problem_text(problem: LogProblem) -> str:
    """One sentence saying what a call log lacks."""
    code = problem.code
    if code is LogProblemCode.GOAL_ANSWER_MISSING:
        return QCoreApplication.translate("PlanWording", "Say whether the goal was reached.")
    if code is LogProblemCode.MINIMUM_GOAL_ANSWER_MISSING:
        return QCoreApplication.translate(
            "PlanWording", "Say whether the minimum goal was reached."
        )
    if code is LogProblemCode.AGREED_WITHOUT_DATE:
        return QCoreApplication.translate("PlanWording", "Choose the date the customer agreed to.")
    return QCoreApplication.translate(
        "PlanWording", "Choose the answer that worked for “%1”."
    ).replace("%1", problem.subject)


def text_problem_text(problem: TextProblem) -> str:
    """Why a text cannot go into the question bank or the checklist."""
    if problem is TextProblem.EMPTY:
        return QCoreApplication.translate("PlanWording", "Type the text first.")
    if problem is TextProblem.DUPLICATE:
        return QCoreApplication.translate("PlanWording", "That is already in the list.")
    return QCoreApplication.translate(
        "PlanWording", "That is too long for one line; keep it short."
    )


def status_text(status: PlanStatus) -> str:
    """The plan's state, as the lists show it."""
    if status is PlanStatus.DRAFT:
        return QCoreApplication.translate("PlanWording", "Draft")
    if status is PlanStatus.PLANNED:
        return QCoreApplication.translate("PlanWording", "Planned")
    return QCoreApplication.translate("PlanWording", "Logged")


def yes_no(value: bool | None) -> str:
    """Yes, No, or a dash when not recorded."""
    if value is None:
        return "–"
    return (
        QCoreApplication.translate("PlanWording", "Yes")
        if value
        else QCoreApplication.translate("PlanWording", "No")
    )


def consent_text(record: ConsentRecord) -> str:
    """How often a customer agreed to a next contact."""
    if record.asked == 0:
        return QCoreApplication.translate("PlanWording", "Not asked for a next contact yet.")
    text = (
        QCoreApplication.translate("PlanWording", "Agreed to a next contact in %1 of %2 calls.")
        .replace("%1", str(record.agreed))
        .replace("%2", str(record.asked))
    )
    if record.needs_care:
        text += " " + QCoreApplication.translate(
            "PlanWording",
            "Declined twice in a row: ask what would make a next contact welcome for them.",
        )
    return text


def overdue_text(days: int) -> str:
    """ "Today", "1 day overdue", "5 days overdue"."""
    if days <= 0:
        return QCoreApplication.translate("PlanWording", "Today")
    if days == 1:
        return QCoreApplication.translate("PlanWording", "1 day overdue")
    return QCoreApplication.translate("PlanWording", "%1 days overdue").replace("%1", str(days))


def due_text(count: int) -> str:
    """ "3 follow-ups due", "1 follow-up due", or "" (for the main window's status area)."""
    if count <= 0:
        return ""
    if count == 1:
        return QCoreApplication.translate("PlanWording", "1 follow-up due")
    return QCoreApplication.translate("PlanWording", "%1 follow-ups due").replace("%1", str(count))


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime."""
    local = moment.astimezone()
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (local) as an aware datetime in UTC."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=UTC)


def _medium_format(locale: QLocale) -> str:
    return (
        locale.dateFormat(QLocale.FormatType.LongFormat)
        .replace("dddd", "ddd")
        .replace("MMMM", "MMM")
    )


def format_day(day: date) -> str:
    """A day in words, in the user's locale ("Tuesday, 18 March 2025")."""
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def format_short_day(day: date) -> str:
    """A day, abbreviated ("Tue, 18 Mar 2025")."""
    locale = QLocale()
    return locale.toString(to_qdate(day), _medium_format(locale))


def format_when(moment: datetime | None) -> str:
    """A call's date and time in the user's locale ("Tue, 4 Mar 2025, 10:00"), or a dash."""
    if moment is None:
        return "–"
    local = moment.astimezone()
    locale = QLocale()
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return (
        QCoreApplication.translate("PlanWording", "%1, %2")
        .replace("%1", format_short_day(local.date()))
        .replace("%2", time_text)
    )


def datetime_edit_format() -> str:
    """The display format of date-and-time fields ("Tue, 4 Mar 2025, 10:00")."""
    locale = QLocale()
    return f"{_medium_format(locale)}, {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
