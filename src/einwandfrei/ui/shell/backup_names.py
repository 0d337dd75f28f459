"""How the window names a backup: its local date and time, why it was made, and whether it
failed its check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def describe_backup(path: Path) -> str:
    """A backup as the user knows it: its local date and time, why it was made, and whether it
    failed its check when it was written."""
    from einwandfrei.store.db.backup_ladder import Check, parse_backup_name

    backup = parse_backup_name(path)
    if backup is None:
        return path.name
    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp())),
        QLocale.FormatType.ShortFormat,
    )
    label = backup.label
    if label.startswith("before-upgrade"):
        reason = QCoreApplication.translate("Backups", "before an upgrade")
    elif label == "before-restore":
        reason = QCoreApplication.translate("Backups", "before a restore")
    elif label == "manual":
        reason = QCoreApplication.translate("Backups", "made by you")
    else:
        reason = QCoreApplication.translate("Backups", "automatic")
    if backup.check is Check.FAILED:
        return QCoreApplication.translate("Backups", "{when} ({reason}, damaged)").format(
            when=when, reason=reason
        )
    return QCoreApplication.translate("Backups", "{when} ({reason})").format(
        when=when, reason=reason
    )
