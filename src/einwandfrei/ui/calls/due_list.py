"""The Due list: customers whose agreed next contact is today or overdue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.follow_ups import DueFollowUp
from einwandfrei.store.calls.plan_lists import due_now
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.plan_wording import format_when, overdue_text
from einwandfrei.ui.widgets.item_list_model import ItemListModel


def _due_text(item: DueFollowUp) -> str:
    text = (
        f"{item.customer.label()} — {overdue_text(item.days_overdue)} "
        f"({format_when(item.next_contact_at)})"
    )
    if item.prepared_plan_id is not None:
        text += " · " + QCoreApplication.translate("DueListWidget", "plan ready")
    return text


def _overdue(item: DueFollowUp) -> bool:
    return item.days_overdue > 0


class DueListWidget(QFrame):
    """The Due list with a button to prepare (or open) the call for the selected customer."""

    prepareRequested = Signal(object)  # DueFollowUp
    dueCountChanged = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._library = library
        self.model: ItemListModel[DueFollowUp] = ItemListModel(
            _due_text, parent=self, bold=_overdue
        )
        self.title = QLabel(self)
        self.title.setObjectName("dueTitle")
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.view = QListView(self)
        self.view.setObjectName("dueView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prepare_button = QPushButton(self.tr("Prepare the &follow-up"), self)
        self.prepare_button.setObjectName("prepareFollowUp")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.prepare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.view)
        self.prepare_button.clicked.connect(self._prepare_current)
        self.view.activated.connect(self._prepare_index)
        self.view.doubleClicked.connect(self._prepare_index)

    def set_library(self, library: Library) -> None:
        """Read from another library from now on."""
        self._library = library

    def refresh(self, today: Any) -> None:
        """Read the Due list as of `today` (a date)."""
        with self._library.read() as connection:
            due = due_now(connection, today)
        self.model.set_items(due)
        if due:
            self.title.setText(
                self.tr("Due follow-ups: %1 customers agreed to hear from you by today.").replace(
                    "%1", str(len(due))
                )
                if len(due) > 1
                else self.tr("Due follow-up: 1 customer agreed to hear from you by today.")
            )
            self.view.setCurrentIndex(self.model.index(0))
        else:
            self.title.setText(self.tr("No follow-ups due today."))
        self.view.setVisible(bool(due))
        if due:
            rows = min(len(due), 4)
            frame = 2 * self.view.frameWidth()
            self.view.setFixedHeight(rows * max(self.view.sizeHintForRow(0), 1) + frame + 2)
        self.prepare_button.setVisible(bool(due))
        self.dueCountChanged.emit(len(due))

    def _prepare_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.prepareRequested.emit(self.model.items[index.row()])

    def _prepare_current(self) -> None:
        self._prepare_index(self.view.currentIndex())
