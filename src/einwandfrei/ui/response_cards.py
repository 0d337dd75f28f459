"""The responses of the objection in the editor: one card each, edited in place.

A card holds the response's text, its technique and an optional follow-up question. Cards are
reordered by dragging their handle or with Alt+Up/Alt+Down; a new response starts as a draft card
and becomes a response as soon as it has words (a draft left empty disappears).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.ui.edit_requests import EditRequests
from einwandfrei.ui.highlight import MatchHighlighter
from einwandfrei.ui.text_fields import FieldBinding, GrowingTextEdit, route_undo_to_window

if TYPE_CHECKING:
    from einwandfrei.store.details import ResponseDetail
    from einwandfrei.store.views import NamedEntry

RESPONSE_MIME = "application/x-einwandfrei-response-id"

CARD_STYLE = """
QFrame#responseCard {
    border: 1px solid palette(mid);
    border-radius: 6px;
    background: palette(base);
}
QFrame#responseCard[active="true"] { border: 1px solid palette(highlight); }
QFrame#responseCard QPlainTextEdit, QFrame#responseCard QLineEdit {
    border: none;
    background: transparent;
}
"""


class ResponseCard(QFrame):
    """One response: handle, number, technique, usage, remove; its text; its follow-up question."""

    def __init__(self, owner: ResponseList, response: ResponseDetail | None) -> None:
        super().__init__(owner)
        self.setObjectName("responseCard")
        self.owner = owner
        self.response_id = None if response is None else response.id
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
        self.technique = QComboBox(self)
        self.technique.setObjectName("responseTechnique")
        self.technique.setToolTip(self.tr("Technique"))
        self.technique.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        self.text.setPlaceholderText(self.tr("What you answer, in your own words…"))
        self.text_binding = FieldBinding(self.text, required=True)
        self.text_binding.committed.connect(self._text_committed)
        self.highlighter = MatchHighlighter(self.text.document(), self.palette())
        self.follow_up = QLineEdit(self)
        self.follow_up.setObjectName("responseFollowUp")
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

    def set_number(self, number: int) -> None:
        """Show the card's place."""
        self.number.setText(str(number))

    def set_active(self, active: bool) -> None:
        """Show whether the focus is in this card."""
        if bool(self.property("active")) != active:
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)

    def flush(self) -> None:
        """Report edits still waiting for the pause in typing."""
        self.text_binding.flush()
        self.follow_up_binding.flush()

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


class ResponseList(QWidget):
    """The cards of one objection's responses, in order."""

    draftDiscarded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("responseList")
        self.setAcceptDrops(True)
        self.setStyleSheet(CARD_STYLE)
        self.objection_id: int | None = None
        self._requests: EditRequests | None = None
        self._cards: list[ResponseCard] = []
        self._techniques: list[NamedEntry] = []
        self._query = ""
        self._drop_row: int | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def set_requests(self, requests: EditRequests) -> None:
        """Send edits to `requests`."""
        self._requests = requests

    def requests(self) -> EditRequests:
        """Where edits go."""
        assert self._requests is not None, "the editor has no library yet"
        return self._requests

    def cards(self) -> list[ResponseCard]:
        """The cards in order (a draft last)."""
        return list(self._cards)

    def response_ids(self) -> list[int]:
        """The ids of the responses shown, in order."""
        return [card.response_id for card in self._cards if card.response_id is not None]

    def show_responses(
        self,
        objection_id: int | None,
        responses: Sequence[ResponseDetail],
        techniques: Sequence[NamedEntry],
        query: str,
    ) -> None:
        """Show an objection's responses, reusing the cards of responses already shown."""
        if objection_id != self.objection_id:
            for card in self._cards:
                self._drop(card)
            self._cards = []
        self.objection_id = objection_id
        self._techniques = list(techniques)
        self._query = query
        existing = {card.response_id: card for card in self._cards if card.response_id is not None}
        drafts = [card for card in self._cards if card.response_id is None]
        ordered: list[ResponseCard] = []
        for response in responses:
            known = existing.pop(response.id) if response.id in existing else None
            card = known or self._adopt_draft(drafts, response.text)
            card.set_techniques(techniques)
            card.load(response)
            ordered.append(card)
        for card in existing.values():
            self._drop(card)
        self._cards = ordered + drafts
        self._relayout()

    def _drop(self, card: ResponseCard) -> None:
        # Out of the layout and out of sight now; deleted once the event loop gets to it.
        self._layout.removeWidget(card)
        card.hide()
        card.deleteLater()

    def _adopt_draft(self, drafts: list[ResponseCard], text: str) -> ResponseCard:
        # A draft whose response was just stored (the change is announced before the draft
        # learns its id) becomes that response's card.
        for card in drafts:
            if card.text.toPlainText().strip() == text:
                drafts.remove(card)
                return card
        return ResponseCard(self, None)

    def _relayout(self) -> None:
        for card in self._cards:
            self._layout.removeWidget(card)
        for number, card in enumerate(self._cards, start=1):
            self._layout.addWidget(card)
            card.set_number(number)
            card.highlighter.set_query(self._query)
            card.show()

    def add_draft(self) -> ResponseCard:
        """Start a new response at the end and put the cursor in it."""
        drafts = [card for card in self._cards if card.response_id is None]
        card = drafts[0] if drafts else ResponseCard(self, None)
        if not drafts:
            card.set_techniques(self._techniques)
            self._cards.append(card)
            self._relayout()
        card.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return card

    def draft_became_response(self, card: ResponseCard) -> None:
        """A draft got its words and is now a stored response."""
        self._relayout()

    def remove_card(self, card: ResponseCard) -> None:
        """The card's remove button: drop a draft, or remove the response."""
        if card.response_id is None:
            self._discard(card)
        elif self.objection_id is not None:
            self.requests().remove_response(self.objection_id, card.response_id)

    def _discard(self, card: ResponseCard) -> None:
        if card in self._cards:
            self._cards.remove(card)
            self._drop(card)
            self._relayout()
            self.draftDiscarded.emit()

    def flush(self) -> None:
        """Report every edit still waiting for the pause in typing."""
        for card in list(self._cards):
            card.flush()

    def focused_card(self) -> ResponseCard | None:
        """The card the keyboard focus is in."""
        focus = QApplication.focusWidget()
        for card in self._cards:
            if focus is not None and (focus is card or card.isAncestorOf(focus)):
                return card
        return None

    def move_focused(self, offset: int) -> bool:
        """Move the focused response up (-1) or down (+1)."""
        card = self.focused_card()
        if card is None or card.response_id is None or self.objection_id is None:
            return False
        card.flush()
        order = self.response_ids()
        index = order.index(card.response_id)
        target = index + offset
        if not 0 <= target < len(order):
            return False
        order.insert(target, order.pop(index))
        return self.requests().reorder_responses(self.objection_id, order)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for card in list(self._cards):
            inside = new is not None and (new is card or card.isAncestorOf(new))
            card.set_active(inside)
            was_inside = old is not None and (old is card or card.isAncestorOf(old))
            if (
                was_inside
                and not inside
                and card.response_id is None
                and not card.text.toPlainText().strip()
            ):
                self._discard(card)

    # Drag and drop ---------------------------------------------------------------------------

    def _row_at(self, y: int) -> int:
        for row, card in enumerate(self._cards):
            if y < card.geometry().center().y():
                return row
        return len(self._cards)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(RESPONSE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(RESPONSE_MIME):
            self._drop_row = self._row_at(event.position().toPoint().y())
            event.acceptProposedAction()
            self.update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_row = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        row, self._drop_row = self._row_at(event.position().toPoint().y()), None
        self.update()
        raw = bytes(event.mimeData().data(RESPONSE_MIME).data()).decode()
        order = self.response_ids()
        if not raw.isdigit() or int(raw) not in order or self.objection_id is None:
            return
        moved = int(raw)
        index = order.index(moved)
        order.pop(index)
        order.insert(row - 1 if row > index else row, moved)
        event.acceptProposedAction()
        self.requests().reorder_responses(self.objection_id, order)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drop_row is None or not self._cards:
            return
        if self._drop_row < len(self._cards):
            y = self._cards[self._drop_row].geometry().top() - self._layout.spacing() // 2
        else:
            y = self._cards[-1].geometry().bottom() + self._layout.spacing() // 2
        painter = QPainter(self)
        painter.fillRect(
            0, y - 1, self.width(), 3, self.palette().color(QPalette.ColorRole.Highlight)
        )
        painter.end()
