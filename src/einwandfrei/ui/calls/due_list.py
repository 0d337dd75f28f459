"""The Due list: customers whose agreed next contact is today or overdue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
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

Index = QModelIndex | QPersistentModelIndex


class DueListModel(QAbstractListModel):
    """Due follow-ups, the most overdue first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._due: list[DueFollowUp] = []

    @property
    def due(self) -> tuple[DueFollowUp, ...]:
        """The follow-ups shown."""
        return tuple(self._due)

    def set_due(self, due: list[DueFollowUp]) -> None:
        """Show these follow-ups."""
        self.beginResetModel()
        self._due = list(due)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._due)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._due):
            return None
        item = self._due[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = (
                f"{item.customer.label()} — {overdue_text(item.days_overdue)} "
                f"({format_when(item.next_contact_at)})"
            )
            if item.prepared_plan_id is not None:
                text += " · " + self.tr("plan ready")
            return text
        if role == Qt.ItemDataRole.FontRole and item.days_overdue > 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


class DueListWidget(QFrame):
    """The Due list with a button to prepare (or open) the call for the selected customer."""

    prepareRequested = Signal(object)  # DueFollowUp
    dueCountChanged = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._library = library
        self.model = DueListModel(self)
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
        self.model.set_due(due)
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
            self.prepareRequested.emit(self.model.due[index.row()])

    def _prepare_current(self) -> None:
        self._prepare_index(self.view.currentIndex())
