"""The team dialog's top: the URL to connect to, or the link with Pull Now and Disconnect…."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.ui.team.wording import password_note
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel

CONNECT_PAGE, LINKED_PAGE = 0, 1


class LinkPages(QStackedWidget):
    """Page 0: not linked (a URL and Connect); page 1: linked (who, where, Pull Now,
    Disconnect…). The dialog connects the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamLinkPages")
        self.addWidget(self._connect_page())
        self.addWidget(self._linked_page())

    def _connect_page(self) -> QWidget:
        page = QWidget(self)
        self.url = QLineEdit(page)
        self.url.setObjectName("teamUrl")
        self.url.setAccessibleName(self.tr("Team server URL"))
        self.url.setPlaceholderText("postgresql://you@db.example/sales")
        self.connect_button = QPushButton(self.tr("C&onnect"), page)
        self.connect_button.setObjectName("teamConnect")
        label = QLabel(self.tr("Team server &URL:"), page)
        label.setBuddy(self.url)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.url, 1)
        row.addWidget(self.connect_button)
        note = SecondaryLabel(password_note(), page)
        note.setObjectName("teamPasswordNote")
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(note)
        return page

    def _linked_page(self) -> QWidget:
        page = QWidget(self)
        self.link_text = QLabel(page)
        self.link_text.setObjectName("teamLink")
        self.link_text.setWordWrap(True)
        self.pull_button = QPushButton(self.tr("&Pull Now"), page)
        self.pull_button.setObjectName("teamPullNow")
        self.pull_button.setToolTip(self.tr("Send what waits, then bring the team's new revisions"))
        self.disconnect_button = QPushButton(self.tr("Disconnec&t…"), page)
        self.disconnect_button.setObjectName("teamDisconnect")
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.link_text, 1)
        layout.addWidget(self.pull_button)
        layout.addWidget(self.disconnect_button)
        return page

    def show_linked(self, linked: bool) -> None:
        """The linked page, or the one to connect."""
        self.setCurrentIndex(LINKED_PAGE if linked else CONNECT_PAGE)
