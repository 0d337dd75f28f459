"""The responses of the objection in the editor: one card each, edited in place.

A card holds the response's text, its technique and an optional follow-up question. Cards are
reordered by dragging their handle or with Alt+Up/Alt+Down; a new response starts as a draft card
and becomes a response as soon as it has words (a draft left empty disappears).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from einwandfrei.ui.library.edit_requests import EditRequests
from einwandfrei.ui.library.response_card import RESPONSE_MIME, ResponseCard

if TYPE_CHECKING:
    from einwandfrei.store.library.list_views import NamedEntry
    from einwandfrei.store.library.objection_detail import ResponseDetail

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
        """Show an objection's responses, reusing the cards already there."""
        previous = list(self._cards)
        if objection_id != self.objection_id:
            # Another objection: its responses take over the cards in order (building cards is
            # the slow part of showing an objection); drafts of the last one go.
            pool = [card for card in self._cards if card.response_id is not None]
            for card in self._cards:
                if card.response_id is None:
                    self._drop(card)
            for card in pool:
                card.response_id = None
                card.end_sessions()
            existing: dict[int, ResponseCard] = {}
            drafts: list[ResponseCard] = []
        else:
            pool = []
            existing = {c.response_id: c for c in self._cards if c.response_id is not None}
            drafts = [card for card in self._cards if card.response_id is None]
        self.objection_id = objection_id
        self._techniques = list(techniques)
        self._query = query
        ordered: list[ResponseCard] = []
        for response in responses:
            known = existing.pop(response.id) if response.id in existing else None
            card = known or (pool.pop(0) if pool else self._adopt_draft(drafts, response.text))
            card.set_techniques(techniques)
            card.load(response)
            ordered.append(card)
        for card in [*existing.values(), *pool]:
            self._drop(card)
        self._cards = ordered + drafts
        if self._cards != previous:
            self._relayout()
        else:
            for card in self._cards:
                card.highlighter.set_query(query)

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

    def flush(self) -> bool:
        """Report every edit still waiting for the pause in typing; False if one was not saved."""
        saved = [card.flush() for card in list(self._cards)]  # every card, even after a failure
        return all(saved)

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
