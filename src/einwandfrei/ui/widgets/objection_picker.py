"""Find a library objection by typing, or take what was typed as a new one.

The pre-call wizard's objections page and the after-call log share this widget: a search field, a
short list of the best matches, and the buttons Add and Add as new.

Searching is cheap on the keyboard and on the database:
- the field is the main window's `SearchField`, so typing is searched once it pauses (with the
  same timing), not on every key;
- fewer than `MIN_QUERY_LENGTH` characters match much of a large library and are rarely what one
  means: they are searched only when Enter asks for it;
- at most `limit` objections are read, through the store's own search.

Keys: Down moves from the field into the list, Up from the list's first row back to the field.
Enter adds the current match; in the field it first brings the results up to date with what is
typed, and a query too short to be searched by itself is only searched (the next Enter adds).
Esc clears the field; in an empty field it is left to the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.bank_rules import normalise_text
from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.store.library.search import search
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.library.search_field import SearchField
from einwandfrei.ui.widgets.clear_button import enable_clear_button
from einwandfrei.ui.widgets.item_list_model import ItemListModel

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from einwandfrei.store.db.connection import Library

    SearchFunction = Callable[[Connection, str, int], list[ObjectionRecord]]

# Shorter queries are searched only on Enter.
MIN_QUERY_LENGTH = 2
DEFAULT_LIMIT = 30

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ENTER_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in _ENTER_KEYS and event.modifiers() in _ENTER_MODIFIERS


class PickerField(SearchField):
    """The search field: `entered` on Enter (which then presses no dialog button); Esc clears the
    text, and in an empty field it is left to the dialog (which closes)."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_enter(event):
            self.entered.emit()
            return
        if event.key() == Qt.Key.Key_Escape and not self.text():
            event.ignore()
            return
        super().keyPressEvent(event)


class _ResultKeys(QObject):
    """Enter in the results list adds the current match; Up on its first row goes to the field."""

    def __init__(self, picker: ObjectionPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if _is_enter(event):
                self._picker.pick_current()
                return True
            if event.key() == Qt.Key.Key_Up and self._picker.results.currentIndex().row() <= 0:
                self._picker.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)


class ObjectionPicker(QWidget):
    """A search field with Add and Add-as-new buttons in one row, and the matches below.

    `picked(record)` fires when a match is added (Enter, Add, double-click); `newTyped(text)` when
    Add as new is pressed, with the typed text tidied. The caller names the parts (objectNames) and
    gives their texts, so each dialog keeps its own wording and translations.

    `search_function(connection, query, limit)` is how the picker searches; it defaults to the
    store's `search` and may be replaced (for instance, to count searches in a test).
    """

    picked = Signal(object)
    newTyped = Signal(str)

    def __init__(
        self,
        library: Library,
        *,
        names: tuple[str, str, str, str],
        add_text: str,
        new_text: str,
        placeholder: str,
        limit: int = DEFAULT_LIMIT,
        hide_when_empty: bool = False,
        display: Callable[[ObjectionRecord], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`names`: the objectNames of the field, the results list, Add and Add as new."""
        super().__init__(parent)
        self.library = library
        self.limit = limit
        self.search_function: SearchFunction = search
        self._hide_when_empty = hide_when_empty
        self._shown_for: str | None = ""  # the text the list shows results for; None: stale
        field_name, results_name, add_name, new_name = names

        self.field = PickerField(self)
        self.field.setObjectName(field_name)
        self.field.setPlaceholderText(placeholder)
        self.field.setToolTip("")
        self.field.setMinimumWidth(0)
        enable_clear_button(self.field)
        self.model: ItemListModel[ObjectionRecord] = ItemListModel(
            display or (lambda record: record.text), tooltip=lambda record: record.text, parent=self
        )
        self.results = QListView(self)
        self.results.setObjectName(results_name)
        self.field.setAccessibleName(self.tr("Search the library for an objection"))
        self.field.setAccessibleDescription(placeholder)
        self.results.setAccessibleName(self.tr("Matching objections"))
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.installEventFilter(_ResultKeys(self))
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(add_name)
        self.new_button = QPushButton(new_text, self)
        self.new_button.setObjectName(new_name)

        self.problem = QLabel(self)  # why a search failed; hidden while searches work
        self.problem.setObjectName(f"{field_name}Problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.results, 1)
        self.setFocusProxy(self.field)
        self.setTabOrder(self.field, self.add_button)
        self.setTabOrder(self.add_button, self.new_button)
        self.setTabOrder(self.new_button, self.results)

        self.field.textChanged.connect(self._typed)
        self.field.searchChanged.connect(self._search)
        self.field.entered.connect(self._enter_pressed)
        self.field.leaveDown.connect(self._go_down)
        self.results.activated.connect(self._pick_index)
        self.add_button.clicked.connect(self._add_clicked)
        self.new_button.clicked.connect(self._new_clicked)
        self._show("", [])

    # --- what the pages use -------------------------------------------------------------------
    def text(self) -> str:
        """What is typed."""
        return self.field.text()

    def clear(self) -> None:
        """Empty the field and the results."""
        self.field.clear()

    def records(self) -> tuple[ObjectionRecord, ...]:
        """The matches shown, best first."""
        return self.model.items

    def search_now(self) -> None:
        """Show the results for what is typed now, however short, without waiting for a pause."""
        self.field.flush()
        if self._shown_for != self.field.text():
            self._run(self.field.text())

    def pick_current(self) -> None:
        """Add the current match (as Enter in the list does)."""
        self._pick_index(self.results.currentIndex())

    # --- searching ----------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if len(text.strip()) < MIN_QUERY_LENGTH:
            # Nothing to search yet: drop the old matches at once (no database work).
            self._show(text if not text.strip() else None, [])
        else:
            self._update_buttons()

    def _search(self, text: str) -> None:
        if len(text.strip()) >= MIN_QUERY_LENGTH:
            self._run(text)

    def _run(self, text: str) -> None:
        from einwandfrei.store.db.errors import LibraryError

        records: list[ObjectionRecord] = []
        if text.strip():
            try:
                with self.library.read() as connection:
                    records = self.search_function(connection, text, self.limit)
            except LibraryError as error:  # a busy or damaged library: say so, find nothing
                self.problem.setText(error_text(error))
                self.problem.show()
                self._show(text, [])
                return
        self.problem.hide()
        self._show(text, records)

    def _show(self, text: str | None, records: list[ObjectionRecord]) -> None:
        self._shown_for = text
        if records or self.model.rowCount():
            self.model.set_items(records)
        if records:
            self.results.setCurrentIndex(self.model.index(0))
        if self._hide_when_empty:
            self.results.setVisible(bool(records))
        self._update_buttons()

    def _pending(self) -> bool:
        """Whether a search for what is typed is due (it runs once typing pauses)."""
        text = self.field.text()
        return self._shown_for != text and len(text.strip()) >= MIN_QUERY_LENGTH

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.model.rowCount() > 0 or self._pending())
        self.new_button.setEnabled(bool(normalise_text(self.field.text())))

    # --- keys and buttons ---------------------------------------------------------------------
    def _enter_pressed(self) -> None:
        text = self.field.text()
        if self._shown_for != text and len(text.strip()) < MIN_QUERY_LENGTH:
            # A short query: Enter searches it; the next Enter adds what it found.
            self.search_now()
            return
        self.search_now()
        self.pick_current()

    def _go_down(self) -> None:
        if self.model.rowCount():
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_clicked(self) -> None:
        self.search_now()
        self.pick_current()

    def _new_clicked(self) -> None:
        typed = normalise_text(self.field.text())
        if typed:
            self.newTyped.emit(typed)

    def _pick_index(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < self.model.rowCount():
            self.picked.emit(self.model.items[index.row()])
