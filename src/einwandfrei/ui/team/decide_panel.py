"""The team dialog's queue of suggestions (editors): read one, approve it or reject it with a
reason the suggester sees."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.team.content import TeamObjection
from einwandfrei.ui.team.wording import moment_text

if TYPE_CHECKING:
    from einwandfrei.team.suggestions import Suggestion

_NUMBER = Qt.ItemDataRole.UserRole + 1


class DecidePanel(QWidget):
    """Suggestions waiting for a decision; `approveRequested(number)`,
    `rejectRequested(number, reason)`."""

    approveRequested = Signal(int)
    rejectRequested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decidePanel")
        self._suggestions: dict[int, Suggestion] = {}
        self.queue = QListWidget(self)
        self.queue.setObjectName("decideQueue")
        self.queue.setAccessibleName(self.tr("Suggestions waiting for a decision"))
        self.details = QTextBrowser(self)
        self.details.setObjectName("decideDetails")
        self.details.setAccessibleName(self.tr("The suggestion"))
        self.details.setOpenLinks(False)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("decideReason")
        self.reason.setAccessibleName(self.tr("Reason for a rejection"))
        self.reason.setPlaceholderText(
            self.tr("Why not? (needed to reject; the suggester sees it)")
        )
        self.approve = QPushButton(self.tr("&Approve"), self)
        self.approve.setObjectName("decideApprove")
        self.approve.setToolTip(self.tr("The suggestion becomes a new team revision"))
        self.reject = QPushButton(self.tr("&Reject"), self)
        self.reject.setObjectName("decideReject")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.details)
        splitter.setSizes([280, 420])
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.reject)
        row.addWidget(self.approve)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.setTabOrder(self.queue, self.details)
        self.setTabOrder(self.details, self.reason)
        self.setTabOrder(self.reason, self.reject)
        self.setTabOrder(self.reject, self.approve)
        self.queue.currentItemChanged.connect(lambda *_: self._show_current())
        self.reason.textChanged.connect(lambda _text: self._enable())
        self.approve.clicked.connect(self._approve)
        self.reject.clicked.connect(self._reject)
        self._show_current()

    def set_queue(self, suggestions: Sequence[Suggestion]) -> None:
        """Show these suggestions (oldest first), keeping the chosen one where it still waits."""
        kept = self.current_number()
        self._suggestions = {suggestion.number: suggestion for suggestion in suggestions}
        self.queue.clear()
        for suggestion in suggestions:
            words = " ".join(suggestion.text.split())
            label = (
                self.tr("#%1 from %2: “%3”")
                .replace("%1", str(suggestion.number))
                .replace("%2", suggestion.suggested_by)
                .replace("%3", words if len(words) <= 70 else words[:69] + "…")
            )
            item = QListWidgetItem(label, self.queue)
            item.setToolTip(f"{label}\n{suggestion.reason}")
            item.setData(_NUMBER, suggestion.number)
            if suggestion.number == kept:
                self.queue.setCurrentItem(item)
        if self.queue.currentItem() is None and self.queue.count():
            self.queue.setCurrentRow(0)
        self._show_current()

    def current_number(self) -> int | None:
        """The number of the suggestion chosen."""
        item = self.queue.currentItem()
        return None if item is None else int(item.data(_NUMBER))

    def _show_current(self) -> None:
        number = self.current_number()
        suggestion = None if number is None else self._suggestions.get(number)
        if suggestion is None:
            none = self.tr("No suggestion is waiting for a decision.")
            self.details.setHtml(f"<p><i>{html.escape(none)}</i></p>")
        else:
            self.details.setHtml(self._describe(suggestion))
        self.details.verticalScrollBar().setValue(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.current_number() is not None
        self.approve.setEnabled(chosen)
        self.reject.setEnabled(chosen and bool(self.reason.text().strip()))

    def _describe(self, suggestion: Suggestion) -> str:
        kind = (
            self.tr("A new objection")
            if suggestion.new
            else self.tr("A change to team revision %1").replace(
                "%1", str(suggestion.base_revision)
            )
        )
        who = (
            self.tr("from %1, %2")
            .replace("%1", suggestion.suggested_by)
            .replace("%2", moment_text(suggestion.suggested_at))
        )
        reason = self.tr("Reason:")
        parts = [
            f"<p><b>{html.escape(kind)}</b> {html.escape(who)}</p>",
            f"<p><b>{html.escape(reason)}</b> {html.escape(suggestion.reason)}</p>",
            "<hr>",
            f"<p style='font-size: large; font-weight: 600'>{html.escape(suggestion.text)}</p>",
        ]
        content = suggestion.content
        if isinstance(content, TeamObjection):
            if content.category:
                parts.append(f"<p>{html.escape(content.category)}</p>")
            if content.concern:
                heading = html.escape(self.tr("Behind it"))
                parts.append(f"<p><b>{heading}</b><br>{html.escape(content.concern)}</p>")
            items = "".join(
                f"<li>{html.escape(response.text)}</li>" for response in content.responses
            )
            heading = self.tr("Responses")
        parts.append(f"<p><b>{html.escape(heading)}</b></p><ol>{items}</ol>")
        return "".join(parts)

    def _approve(self) -> None:
        number = self.current_number()
        if number is not None:
            self.approveRequested.emit(number)

    def _reject(self) -> None:
        number = self.current_number()
        if number is not None and self.reason.text().strip():
            self.rejectRequested.emit(number, self.reason.text().strip())
