"""One response in the editor: its handle, number, technique and usage; its text; its follow-up."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
)

from einwandfrei.ui.library.search_highlight import MatchHighlighter
from einwandfrei.ui.widgets.elided_combo import ElidedComboBox
from einwandfrei.ui.widgets.text_fields import FieldBinding, GrowingTextEdit, route_undo_to_window

if TYPE_CHECKING:
    from einwandfrei.store.library.list_views import NamedEntry
    from einwandfrei.store.library.objection_detail import ResponseDetail
    from einwandfrei.ui.library.response_card_list import ResponseList

RESPONSE_MIME = "application/x-einwandfrei-response-id"


class ResponseCard(QFrame):
    """One response: handle, number, technique, usage, remove; its text; its follow-up question."""

    def __init__(self, owner: ResponseList, response: ResponseDetail | None) -> None:
        super().__init__(owner)
        self.setObjectName("responseCard")
        self.owner = owner
        self.response_id = None if response is None else response.id
        self._offered: tuple[tuple[int, str], ...] | None = None
        self.setProperty("active", False)

        self.handle = QLabel("⠿", self)
        self.handle.setCursor(Qt.CursorShape.OpenHandCursor)
        self.handle.setToolTip(self.tr("Drag to reorder (or Alt+Up / Alt+Down)"))
        self.handle.installEventFilter(self)
        self.number = QLabel(self)
        self.number.setObjectName("responseNumber")
        font = self.number.font()
        font.setBold(True)
        self.number.setFont(font)
        # As wide as a usual technique's name, not the longest: a narrow editor is not pushed
        # wider than the window (a long name ends in "…" and shows whole in its tip).
        self.technique = ElidedComboBox(self, minimum_characters=26)
        self.technique.setObjectName("responseTechnique")
        self.technique.setAccessibleName(self.tr("Technique"))
        self.technique.activated.connect(self._technique_chosen)
        self.usage = QLabel(self)
        self.usage.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.remove = QToolButton(self)
        self.remove.setObjectName("removeResponse")
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove this response"))
        self.remove.setAccessibleName(self.tr("Remove this response"))
        self.remove.clicked.connect(lambda: owner.remove_card(self))

        self.text = GrowingTextEdit(self, min_lines=2)
        self.text.setObjectName("responseText")
        self.text.setAccessibleName(self.tr("Response"))
        self.text.setPlaceholderText(self.tr("What you answer, in your own words…"))
        self.text_binding = FieldBinding(self.text, required=True)
        self.text_binding.committed.connect(self._text_committed)
        self.highlighter = MatchHighlighter(self.text.document(), self.palette())
        self.follow_up = QLineEdit(self)
        self.follow_up.setObjectName("responseFollowUp")
        self.follow_up.setAccessibleName(self.tr("Follow-up question"))
        self.follow_up.setPlaceholderText(self.tr("Follow-up question (optional)"))
        route_undo_to_window(self.follow_up)
        self.follow_up_binding = FieldBinding(self.follow_up)
        self.follow_up_binding.committed.connect(self._follow_up_committed)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(8)
        header.addWidget(self.handle)
        header.addWidget(self.number)
        header.addWidget(self.technique)
        header.addStretch(1)
        header.addWidget(self.usage)
        header.addWidget(self.remove)
        follow = QHBoxLayout()
        follow.setContentsMargins(0, 0, 0, 0)
        arrow = QLabel("↳", self)
        arrow.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        follow.addWidget(arrow)
        follow.addWidget(self.follow_up, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.text)
        layout.addLayout(follow)
        if response is not None:
            self.load(response)

    def load(self, response: ResponseDetail) -> None:
        """Show the stored response (edits in progress in a focused field are kept)."""
        self.response_id = response.id
        self.text_binding.load(response.text)
        self.follow_up_binding.load(response.follow_up)
        self._select_technique(response.technique_id)
        if response.times_used:
            self.usage.setText(
                self.tr("worked %1 of %2")
                .replace("%1", str(response.times_worked))
                .replace("%2", str(response.times_used))
            )
            self.usage.setToolTip(self.tr("How often this response worked in logged calls"))
        else:
            self.usage.clear()

    def set_techniques(self, techniques: Sequence[NamedEntry]) -> None:
        """Offer these techniques (keeping the selected one)."""
        offered = tuple((entry.id, entry.name) for entry in techniques)
        if offered == self._offered:
            return
        self._offered = offered
        selected = self.technique_id()
        self.technique.blockSignals(True)
        self.technique.clear()
        self.technique.addItem(self.tr("No technique"), None)
        for entry in techniques:
            self.technique.addItem(entry.name, entry.id)
        self.technique.blockSignals(False)
        self._select_technique(selected)

    def _select_technique(self, technique_id: int | None) -> None:
        index = self.technique.findData(technique_id) if technique_id is not None else 0
        self.technique.setCurrentIndex(max(index, 0))

    def technique_id(self) -> int | None:
        """The technique chosen in the card."""
        data = self.technique.currentData()
        return None if data is None else int(data)

    def end_sessions(self) -> None:
        """The next edits in this card start new undo steps."""
        self.text_binding.end_session()
        self.follow_up_binding.end_session()

    def set_number(self, number: int) -> None:
        """Show the card's place."""
        self.number.setText(str(number))

    def set_active(self, active: bool) -> None:
        """Show whether the focus is in this card."""
        if bool(self.property("active")) != active:
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)

    def flush(self) -> bool:
        """Report edits still waiting for the pause in typing; False if one could not be saved."""
        text_saved = self.text_binding.flush()
        return self.follow_up_binding.flush() and text_saved

    def _technique_chosen(self) -> None:
        if self.response_id is not None and self.owner.objection_id is not None:
            self.owner.requests().set_response_technique(
                self.owner.objection_id, self.response_id, self.technique_id()
            )

    def _text_committed(self, previous: str, new: str, session: int) -> None:
        objection_id = self.owner.objection_id
        if objection_id is None:
            return
        if self.response_id is None:
            response_id = self.owner.requests().add_response(
                objection_id, new, self.technique_id(), self.follow_up.text().strip(), session
            )
            if response_id is None:
                self.text_binding.saved = previous
                return
            self.response_id = response_id
            self.follow_up_binding.saved = self.follow_up.text().strip()
            self.owner.draft_became_response(self)
        elif not self.owner.requests().edit_response_text(
            objection_id, self.response_id, "text", previous, new, session
        ):
            self.text_binding.saved = previous

    def _follow_up_committed(self, previous: str, new: str, session: int) -> None:
        objection_id = self.owner.objection_id
        if self.response_id is None or objection_id is None:
            return  # a draft: the follow-up goes in with the response
        if not self.owner.requests().edit_response_text(
            objection_id, self.response_id, "follow_up", previous, new, session
        ):
            self.follow_up_binding.saved = previous

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.handle and isinstance(event, QMouseEvent):
            if event.type() == QEvent.Type.MouseButtonPress:
                self._press = event.position().toPoint()
            elif (
                event.type() == QEvent.Type.MouseMove
                and event.buttons() & Qt.MouseButton.LeftButton
                and self.response_id is not None
                and (
                    event.position().toPoint() - getattr(self, "_press", QPoint())
                ).manhattanLength()
                >= QApplication.startDragDistance()
            ):
                self._start_drag()
                return True
        return super().eventFilter(watched, event)

    def _start_drag(self) -> None:
        mime = QMimeData()
        mime.setData(RESPONSE_MIME, QByteArray(str(self.response_id).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab().scaledToWidth(max(120, self.width() // 2)))
        drag.exec(Qt.DropAction.MoveAction)
