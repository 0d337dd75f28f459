"""Editors for the question bank and the checklist template: add, reword, reorder, remove.

Every change is saved at once (through `store.questions` / `store.checklist`) and can be undone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from einwandfrei.planning.bank_rules import check_text, normalise_text
from einwandfrei.planning.changes import Change
from einwandfrei.store.calls.question_bank import TextRefusedError
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.plan_wording import text_problem_text
from einwandfrei.ui.calls.wizard.page_base import hint_label, problem_label
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.calls_steps import push_done
from einwandfrei.ui.widgets.item_list_model import ItemListModel
from einwandfrei.ui.widgets.ordered_list import ListNames, OrderedList


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
        self.intro = hint_label("", self)
        self.list = OrderedList(
            self.model,
            ListNames.prefixed(name, view=f"{name}List", add=f"{name}Add", input=f"{name}Input"),
            self,
            adding=True,
            add=self._add,
            move=self._move,
            remove=self._remove,
        )
        self.view = self.list.view
        assert self.list.input is not None
        self.input: QLineEdit = self.list.input
        self.add_button = self.list.add_button
        self.edit_button = self.list.edit_button
        self.up_button = self.list.up_button
        self.down_button = self.list.down_button
        self.remove_button = self.list.remove_button
        self.problem = problem_label(f"{name}Problem", self)
        self.hint = hint_label("", self, f"{name}Hint")
        self.hint.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(close)
        # Tab: the list, what to add, then the buttons beside the list.
        order = (
            self.view,
            self.input,
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        close.rejected.connect(self.reject)
        self.input.textChanged.connect(self._typed)
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
        if current is not None:
            self.list.select_row(_row_of(entries, lambda entry: entry.id == current.id))

    def current_entry(self) -> Entry | None:
        """The selected entry."""
        row = self.list.current_row()
        return self.model.items[row] if row >= 0 else None

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

    def _add(self, text: str) -> int | None:
        problem = check_text(text, [entry.text for entry in self.model.items])
        if problem is not None:
            self._show_problem(text_problem_text(problem))
            return None
        added: list[int] = []
        if not self._run(lambda: added.append(self.store_add(text))):
            return None
        state: dict[str, object] = {"id": added[0], "restore": None}

        def undo() -> None:
            state["restore"] = self.store_remove(Entry(_id(state), text))

        def redo() -> None:
            restore = state["restore"]
            if callable(restore):
                _keep_id(state, restore())

        push_done(self.context, self.tr("Add “%1”").replace("%1", text.strip()), undo, redo)
        self.reload()
        shown = normalise_text(text)
        return _row_of(self.model.items, lambda entry: entry.text == shown)

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
        return Entry(entry.id, normalise_text(text), entry.active)

    def _move(self, row: int, offset: int) -> int | None:
        before = [entry.id for entry in self.model.items]
        after = list(before)
        after.insert(row + offset, after.pop(row))
        if not self._run(lambda: self.store_order(after)):
            return None
        push_done(
            self.context,
            self.tr("Reorder"),
            undo=lambda: self.store_order(before),
            redo=lambda: self.store_order(after),
        )
        self.reload()
        return row + offset

    def _remove(self, row: int) -> int | None:
        entry = self.model.items[row]
        restore: list[Callable[[], object]] = []
        if not self._run(lambda: restore.append(self.store_remove(entry))):
            return None
        state: dict[str, object] = {"id": entry.id, "restore": restore[0]}

        def undo() -> None:
            restore_entry = state["restore"]
            if callable(restore_entry):
                _keep_id(state, restore_entry())

        def redo() -> None:
            state["restore"] = self.store_remove(Entry(_id(state), entry.text))

        push_done(self.context, self.tr("Remove “%1”").replace("%1", entry.text), undo, redo)
        self.reload()
        return min(row, self.model.rowCount() - 1)


def _row_of(entries: Sequence[Entry], wanted: Callable[[Entry], bool]) -> int | None:
    return next((row for row, entry in enumerate(entries) if wanted(entry)), None)


def _id(state: dict[str, object]) -> int:
    value = state["id"]
    assert isinstance(value, int)
    return value


def _keep_id(state: dict[str, object], restored: object) -> None:
    """Remember the id an entry came back under (a removed checklist item may get a new one)."""
    if isinstance(restored, int):
        state["id"] = restored
