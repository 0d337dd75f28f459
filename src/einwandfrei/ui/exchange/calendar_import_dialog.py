"""Calls ▸ Import Meetings from Calendar…: the meetings of a calendar file as draft call plans,
ticked by the user before anything is created."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.messages import Message
from einwandfrei.store.calls.calendar_drafts import DraftProposal, DraftState
from einwandfrei.ui.calls.plan_wording import format_when
from einwandfrei.ui.error_text import message_text
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel

WHEN, CUSTOMER, MEETING = range(3)


class CalendarImportDialog(QDialog):
    """A table of the file's meetings, each with the customer its draft would be for; the new
    ones are ticked, those imported before or without a customer are shown but cannot be."""

    def __init__(
        self,
        file_name: str,
        proposals: Sequence[DraftProposal],
        left_out: Message | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarImportDialog")
        self.setWindowTitle(self.tr("Meetings from %1").replace("%1", file_name))
        self.proposals = list(proposals)

        intro = QLabel(
            self.tr(
                "Tick the meetings to prepare as draft call plans. Nothing is created until "
                "you choose Create Drafts."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.proposals), 3, self)
        self.table.setObjectName("calendarImportTable")
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Customer"), self.tr("Meeting")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEETING, QHeaderView.ResizeMode.Stretch)
        for row, proposal in enumerate(self.proposals):
            self._fill_row(row, proposal)
        self.table.itemChanged.connect(lambda _item: self._update_button())
        self.table.installEventFilter(self)

        self.left_out = SecondaryLabel(message_text(left_out) if left_out else "", self)
        self.left_out.setObjectName("calendarImportLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.setVisible(left_out is not None)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(
            self.tr("Create Drafts"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("calendarImportCreate")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.table.setFocus()
        if self.proposals:
            self.table.setCurrentCell(0, WHEN)
        self._update_button()

    def _fill_row(self, row: int, proposal: DraftProposal) -> None:
        meeting = proposal.meeting
        when = QTableWidgetItem(format_when(meeting.start))
        if proposal.state is DraftState.NO_CUSTOMER:
            customer_text = self.tr("No customer found")
        elif proposal.customer is not None and proposal.is_new_customer:
            customer_text = self.tr("%1 (new customer)").replace("%1", proposal.customer.label())
        else:
            customer_text = proposal.customer.label() if proposal.customer else ""
        meeting_text = meeting.summary
        if proposal.state is DraftState.ALREADY_IMPORTED:
            meeting_text = self.tr("%1 (imported before)").replace("%1", meeting.summary)
        customer = QTableWidgetItem(customer_text)
        title = QTableWidgetItem(meeting_text)
        if meeting.location:
            title.setToolTip(meeting.location)
        offered = proposal.state is DraftState.NEW
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if offered:
            when.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            when.setCheckState(Qt.CheckState.Checked)
        else:
            for item in (when, customer, title):
                item.setFlags(Qt.ItemFlag.ItemIsSelectable)  # shown, greyed, not offered
        customer.setFlags(customer.flags() & ~Qt.ItemFlag.ItemIsEditable)
        title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, WHEN, when)
        self.table.setItem(row, CUSTOMER, customer)
        self.table.setItem(row, MEETING, title)

    def _toggle(self, row: int) -> None:
        box = self.table.item(row, WHEN)
        if box is not None and box.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = box.checkState() == Qt.CheckState.Checked
            box.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space ticks or unticks the current row, whichever of its cells is current."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and self.table.currentRow() >= 0
        ):
            self._toggle(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)

    def _update_button(self) -> None:
        self.create_button.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[DraftProposal]:
        """The ticked proposals, in order."""
        chosen = []
        for row, proposal in enumerate(self.proposals):
            item = self.table.item(row, WHEN)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(proposal)
        return chosen
