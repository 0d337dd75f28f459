"""“How customers say it”: the editor's list of an objection's phrasings.

The one ordered-list editor (`OrderedList`) with a field below it: type a phrasing and press Enter
(or Ins from the list), F2 edits, Ctrl+Up/Down reorder, Del removes. Every change is announced as
the whole new list (`edited`); the editor turns it into one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from einwandfrei.ui.widgets.item_list_model import ItemListModel
from einwandfrei.ui.widgets.ordered_list import ListNames, OrderedList

_VISIBLE_ROWS = 4


def _same(text: str) -> str:
    return text


def _renamed(_old: str, new: str) -> str:
    return new


class PhrasingsField(QWidget):
    """An objection's phrasings, edited in place; `edited` carries the whole list after a change."""

    edited = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectionPhrasings")
        self.model: ItemListModel[str] = ItemListModel(_same, _renamed, parent=self)
        self.list = OrderedList(
            self.model,
            ListNames.prefixed("phrasingList", add="addPhrasing", input="phrasingInput"),
            self,
            adding=True,
            add=self._add,
        )
        self.list.set_accessible_names(
            self.tr("How customers say it"), self.tr("New way customers say it")
        )
        self.list.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        assert self.list.input is not None
        self.input = self.list.input
        self.input.setPlaceholderText(
            self.tr("In the customer's words, e.g. “We don't have the money” — Enter adds")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.model.itemsEdited.connect(lambda: self.edited.emit(self.model.items))
        self.model.modelReset.connect(self._fit)
        self.model.rowsInserted.connect(self._fit)
        self.model.rowsRemoved.connect(self._fit)
        self._fit()

    def load(self, phrasings: Sequence[str]) -> None:
        """Show these phrasings (no `edited`)."""
        if tuple(phrasings) != self.model.items:
            self.model.set_items(list(phrasings))

    def phrasings(self) -> tuple[str, ...]:
        """The phrasings shown."""
        return self.model.items

    def _add(self, typed: str) -> int | None:
        text = " ".join(typed.split())
        if not text:
            return None
        known = [item.casefold() for item in self.model.items]
        if text.casefold() in known:
            return known.index(text.casefold())
        return self.model.append(text)

    def _fit(self, *_args: object) -> None:
        """As tall as its rows (one to `_VISIBLE_ROWS`), so the page stays short."""
        view = self.list.view
        rows = max(1, min(_VISIBLE_ROWS, self.model.rowCount()))
        row_height = view.sizeHintForRow(0) if self.model.rowCount() else 0
        row_height = max(row_height, view.fontMetrics().height() + 6)
        buttons = self.list.remove_button.sizeHint().height() * 4
        view.setFixedHeight(max(rows * row_height + 2 * view.frameWidth() + 4, buttons))
