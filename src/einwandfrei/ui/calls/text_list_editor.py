"""Editors for the question bank and the checklist template: add, reword, reorder, remove.

Every change is saved at once (through `store.questions` / `store.checklist`) and can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.bank_rules import check_text
from einwandfrei.planning.changes import Change
from einwandfrei.store.calls.question_bank import TextRefusedError
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.plan_wording import text_problem_text
from einwandfrei.ui.calls.wizard.page_base import hint_label, problem_label
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.calls_steps import push_done
from einwandfrei.ui.widgets.event_hooks import on_enter
from einwandfrei.ui.widgets.item_list_model import ItemListModel


@dataclass(frozen=True, slots=True)
class Entry:
    """A line of the list being edited."""

    id: int
    text: str
    active: bool = True


class TextListEditor(QDialog):
    """A list of short texts the user owns, edited in place and saved with each change."""

    def __init__(self, context: CallsContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.resize(640, 520)
        self.context = context
        self.model: ItemListModel[Entry] = ItemListModel(
            self.entry_text, self._renamed, parent=self
        )
        self.view = QListView(self)
        self.view.setObjectName(f"{name}List")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.intro = hint_label("", self)
        self.input = QLineEdit(self)
        self.input.setObjectName(f"{name}Input")
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName(f"{name}Add")
        self.problem = problem_label(f"{name}Problem", self)
        self.hint = hint_label("", self, f"{name}Hint")
        self.hint.hide()
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setObjectName(f"{name}Up")
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setObjectName(f"{name}Down")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.extra_buttons = QVBoxLayout()
        buttons = QVBoxLayout()
        for button in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addLayout(self.extra_buttons)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(buttons)
        adding = QHBoxLayout()
        adding.addWidget(self.input, 1)
        adding.addWidget(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(middle, 1)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add)
        on_enter(self.input, self._add)
        self.input.textChanged.connect(self._typed)
        self.edit_button.clicked.connect(self._edit)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_current)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        # Queued: a change made from inside the model's own editing must not reset it mid-edit.
        context.bus.changed.connect(self._library_changed, Qt.ConnectionType.QueuedConnection)
        self.reload()

    # --- to implement -------------------------------------------------------------------------
    def read_entries(self) -> list[Entry]:
        """The list as stored."""
        raise NotImplementedError

    def store_add(self, text: str, position: int | None = None) -> int:
        """Add an entry; returns its id."""
        raise NotImplementedError

    def store_rename(self, entry_id: int, text: str) -> None:
        """Reword an entry."""
        raise NotImplementedError

    def store_remove(self, entry: Entry) -> Callable[[], object]:
        """Remove an entry; returns how to bring it back."""
        raise NotImplementedError

    def store_order(self, ids: list[int]) -> None:
        """Put the entries in this order."""
        raise NotImplementedError

    def entry_text(self, entry: Entry) -> str:
        """How an entry is shown."""
        return entry.text

    def typed_hint(self, text: str) -> str:
        """A hint about what is being typed ("" for none)."""
        del text
        return ""

    # --- shared -------------------------------------------------------------------------------
    def _library_changed(self, change: Change) -> None:
        if change.touches_bank():
            self.reload()

    def reload(self) -> None:
        """Show the list as stored, keeping the selection."""
        current = self.current_entry()
        entries = self.read_entries()
        self.model.set_items(entries)
        for row, entry in enumerate(entries):
            if current is not None and entry.id == current.id:
                self.view.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def current_entry(self) -> Entry | None:
        """The selected entry."""
        index = self.view.currentIndex()
        return self.model.items[index.row()] if index.isValid() else None

    def select_text(self, text: str) -> None:
        """Select the entry with this text."""
        for row, entry in enumerate(self.model.items):
            if entry.text == text:
                self.view.setCurrentIndex(self.model.index(row))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except TextRefusedError as error:
            self._show_problem(text_problem_text(error.problem))
            return False
        except LibraryError as error:
            self._show_problem(error_text(error))
            return False
        self._show_problem("")
        return True

    def _typed(self, text: str) -> None:
        hint = self.typed_hint(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._show_problem("")

    def _add(self) -> None:
        text = self.input.text()
        problem = check_text(text, [entry.text for entry in self.model.items])
        if problem is not None:
            self._show_problem(text_problem_text(problem))
            return
        added: list[int] = []
        if not self._run(lambda: added.append(self.store_add(text))):
            return
        state: dict[str, object] = {"id": added[0], "restore": None}

        def undo() -> None:
            state["restore"] = self.store_remove(Entry(_id(state), text))

        def redo() -> None:
            restore = state["restore"]
            if callable(restore):
                _keep_id(state, restore())

        push_done(self.context, self.tr("Add “%1”").replace("%1", text.strip()), undo, redo)
        self.input.clear()
        self.reload()
        self.select_text(" ".join(text.split()))

    def _renamed(self, entry: Entry, text: str) -> Entry:
        old = entry.text
        others = [other.text for other in self.model.items if other.id != entry.id]
        problem = check_text(text, others)
        if problem is not None:
            self._show_problem(text_problem_text(problem))
            return entry
        if not self._run(lambda: self.store_rename(entry.id, text)):
            return entry
        push_done(
            self.context,
            self.tr("Reword “%1”").replace("%1", old),
            undo=lambda: self.store_rename(entry.id, old),
            redo=lambda: self.store_rename(entry.id, text),
        )
        return Entry(entry.id, " ".join(text.split()), entry.active)

    def _edit(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def _move(self, offset: int) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        before = [entry.id for entry in self.model.items]
        row = index.row()
        target = row + offset
        if not 0 <= target < len(before):
            return
        after = list(before)
        after.insert(target, after.pop(row))
        if not self._run(lambda: self.store_order(after)):
            return
        push_done(
            self.context,
            self.tr("Reorder"),
            undo=lambda: self.store_order(before),
            redo=lambda: self.store_order(after),
        )
        self.reload()
        self.view.setCurrentIndex(self.model.index(target))

    def remove_current(self) -> None:
        """Remove the selected entry (undoable)."""
        entry = self.current_entry()
        if entry is None:
            return
        restore: list[Callable[[], object]] = []
        if not self._run(lambda: restore.append(self.store_remove(entry))):
            return
        state: dict[str, object] = {"id": entry.id, "restore": restore[0]}

        def undo() -> None:
            restore_entry = state["restore"]
            if callable(restore_entry):
                _keep_id(state, restore_entry())

        def redo() -> None:
            state["restore"] = self.store_remove(Entry(_id(state), entry.text))

        push_done(self.context, self.tr("Remove “%1”").replace("%1", entry.text), undo, redo)
        self.reload()

    def _update_buttons(self, *_args: QModelIndex) -> None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else -1
        count = self.model.rowCount()
        self.edit_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)


def _id(state: dict[str, object]) -> int:
    value = state["id"]
    assert isinstance(value, int)
    return value


def _keep_id(state: dict[str, object], restored: object) -> None:
    """Remember the id an entry came back under (a removed checklist item may get a new one)."""
    if isinstance(restored, int):
        state["id"] = restored
