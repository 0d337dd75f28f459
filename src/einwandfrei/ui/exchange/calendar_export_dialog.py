"""File ▸ Export Calendar…: which days, and whether the free-text notes go along."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.ui.calls.plan_wording import to_qdate


class CalendarExportDialog(QDialog):
    """From which day, for how many days (or all that is planned), with or without notes."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarExportDialog")
        self.setWindowTitle(self.tr("Export Calendar"))
        intro = QLabel(
            self.tr(
                "Planned calls and the next contacts customers agreed to, as a calendar file "
                "for Outlook, Google Calendar or Thunderbird. Export again later: the events "
                "are updated, not added twice."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.first_day = QDateEdit(self)
        self.first_day.setObjectName("calendarExportFrom")
        self.first_day.setCalendarPopup(True)
        self.first_day.setDate(to_qdate(today) if today is not None else QDate.currentDate())
        self.days = QSpinBox(self)
        self.days.setObjectName("calendarExportDays")
        self.days.setRange(0, 3650)
        self.days.setSpecialValueText(self.tr("All that is planned"))
        self.days.setSuffix(self.tr(" days"))
        self.with_notes = QCheckBox(self.tr("Include &notes"), self)
        self.with_notes.setObjectName("calendarExportNotes")
        self.with_notes.setToolTip(
            self.tr(
                "The customer's situation, notes from the last call and about the customer. "
                "Calendars are often shared or synchronised: leave them out unless you need them."
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("calendarExportAccept")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.first_day)
        form.addRow(self.tr("F&or:"), self.days)
        form.addRow("", self.with_notes)
        for field, label in ((self.first_day, self.tr("From")), (self.days, self.tr("For"))):
            field.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.first_day, self.days)
        self.setTabOrder(self.days, self.with_notes)
        self.setTabOrder(self.with_notes, self.buttons)
        self.resize(460, self.sizeHint().height())

    def choice(self) -> tuple[date, int | None, bool]:
        """The first day, the number of days (None: all) and whether notes go along."""
        chosen = self.first_day.date()
        days = self.days.value()
        return (
            date(chosen.year(), chosen.month(), chosen.day()),
            days or None,
            self.with_notes.isChecked(),
        )
