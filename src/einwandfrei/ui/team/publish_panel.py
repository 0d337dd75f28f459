"""The team dialog's Publish tab (editors): which categories, a message for the changelog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.ui.widgets.secondary_text import SecondaryLabel


class PublishPanel(QWidget):
    """Choose what to publish; `publishRequested(categories or None, message)`."""

    publishRequested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishPanel")
        explanation = SecondaryLabel(
            self.tr(
                "Publishing sends the objections that are new to the team or changed here since "
                "the last pull, with their responses, follow-ups and concerns, as one new team "
                "revision. Team objections you moved to the Trash are deleted for the team."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.everything = QCheckBox(
            self.tr("&Everything: all categories, the question bank and the checklist"), self
        )
        self.everything.setObjectName("publishEverything")
        self.everything.setChecked(True)
        self.categories = QListWidget(self)
        self.categories.setObjectName("publishCategories")
        self.categories.setAccessibleName(self.tr("Categories to publish"))
        self.categories.setEnabled(False)
        self.everything.toggled.connect(lambda on: self.categories.setEnabled(not on))
        self.message = QLineEdit(self)
        self.message.setObjectName("publishMessage")
        self.message.setAccessibleName(self.tr("Message for the changelog"))
        self.message.setPlaceholderText(self.tr("What changed, for the team's changelog"))
        self.message.setMaxLength(2000)
        self.publish = QPushButton(self.tr("Publis&h"), self)
        self.publish.setObjectName("publishButton")
        self.publish.clicked.connect(self._publish)
        form = QFormLayout()
        form.addRow(self.tr("&Message:"), self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.publish)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.everything)
        layout.addWidget(self.categories, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        self.setTabOrder(self.everything, self.categories)
        self.setTabOrder(self.categories, self.message)
        self.setTabOrder(self.message, self.publish)

    def set_categories(self, names: Sequence[str]) -> None:
        """The library's categories to choose from (none ticked)."""
        self.categories.clear()
        for name in names:
            item = QListWidgetItem(name, self.categories)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def chosen(self) -> list[str] | None:
        """The ticked categories (None: everything)."""
        if self.everything.isChecked():
            return None
        return [
            item.text()
            for item in (self.categories.item(row) for row in range(self.categories.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def _publish(self) -> None:
        self.publishRequested.emit(self.chosen(), self.message.text())
