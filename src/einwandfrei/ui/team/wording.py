"""How the window words the team's state: moments, the link, what waits to go out."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

if TYPE_CHECKING:
    from einwandfrei.team.status import TeamStatus


def moment_text(moment: datetime) -> str:
    """A moment as the user reads it: the time alone today, else date and time (short)."""
    local = moment.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    if local.date() == date.today():
        return QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def offline_text(since: datetime) -> str:
    """The status bar's note while the team server cannot be reached."""
    return QCoreApplication.translate("Team", "Team library offline since %1").replace(
        "%1", moment_text(since)
    )


def status_lines(status: TeamStatus) -> list[str]:
    """The team status as the dialog shows it, one fact a line."""
    link = status.link
    if link is None:
        return [QCoreApplication.translate("Team", "This library is not linked to a team.")]
    lines = []
    if link.pulled_at is None:
        lines.append(QCoreApplication.translate("Team", "Nothing pulled yet."))
    else:
        lines.append(
            QCoreApplication.translate("Team", "Last pull: %1 (team revision %2, %3 team items).")
            .replace("%1", moment_text(link.pulled_at))
            .replace("%2", str(link.revision))
            .replace("%3", str(status.team_items))
        )
    if link.offline_since is not None:
        lines.append(
            QCoreApplication.translate(
                "Team", "The team server has been unreachable since %1; you work on as before."
            ).replace("%1", moment_text(link.offline_since))
        )
    if status.conflicts:
        lines.append(
            QCoreApplication.translate(
                "Team", "Objections you changed that the team changed too: %1."
            ).replace("%1", str(len(status.conflicts)))
        )
    lines.append(
        QCoreApplication.translate(
            "Team", "Suggestions waiting to be sent: %1; waiting for an editor: %2."
        )
        .replace("%1", str(status.suggestions_unsent))
        .replace("%2", str(status.suggestions_undecided))
    )
    lines.append(
        QCoreApplication.translate("Team", "Answer counts not yet sent: %1.").replace(
            "%1", str(status.counts_unsent)
        )
    )
    return lines


def privacy_note() -> str:
    """What leaves this computer, said plainly."""
    return QCoreApplication.translate(
        "Team",
        "What leaves this computer: only the playbook text you choose to suggest (editors: to "
        "publish) and, for each team response, how often it was used and how often it worked. "
        "Never a customer, a name or a note.",
    )


def password_note() -> str:
    """Where the password comes from."""
    return QCoreApplication.translate(
        "Team",
        "Einwandfrei never asks for or stores a password: PostgreSQL's own ~/.pgpass file, the "
        "PGPASSWORD variable or a service file supplies it, as for psql.",
    )
