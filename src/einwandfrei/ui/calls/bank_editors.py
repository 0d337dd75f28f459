"""The question bank editor and the checklist template editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from einwandfrei.planning.bank_rules import looks_closed
from einwandfrei.store.calls.checklist_template import (
    add_checklist_item,
    list_checklist,
    remove_checklist_item,
    reorder_checklist,
    restore_checklist_item,
    update_checklist_item,
)
from einwandfrei.store.calls.question_bank import (
    add_question,
    list_questions,
    rename_question,
    reorder_questions,
    set_question_deleted,
)
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.text_list_editor import Entry, TextListEditor
from einwandfrei.ui.undo.calls_steps import push_done


class QuestionBankEditor(TextListEditor):
    """The open questions that plans pick from; removed questions go to the Trash."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "questionBankEditor", parent)
        self.setWindowTitle(self.tr("Question bank"))
        self.intro.setText(
            self.tr(
                "Open questions get customers talking about themselves. Plans pick at least "
                "three from here."
            )
        )
        self.input.setPlaceholderText(self.tr("A new open question, e.g. “What is on your desk?”"))
        self.list.set_accessible_names(self.tr("Open questions"), self.tr("New open question"))

    def read_entries(self) -> list[Entry]:
        with self.context.library.read() as connection:
            return [Entry(q.id, q.text) for q in list_questions(connection)]

    def store_add(self, text: str, position: int | None = None) -> int:
        return add_question(self.context.library, text, position=position)

    def store_rename(self, entry_id: int, text: str) -> None:
        rename_question(self.context.library, entry_id, text)

    def store_remove(self, entry: Entry) -> Callable[[], object]:
        library = self.context.library
        set_question_deleted(library, entry.id, True)
        return lambda: set_question_deleted(library, entry.id, False)

    def store_order(self, ids: list[int]) -> None:
        reorder_questions(self.context.library, ids)

    def typed_hint(self, text: str) -> str:
        if text.strip() and looks_closed(text):
            return self.tr(
                "This may invite only a yes or a no. Open questions start with what, how or why."
            )
        return ""


class ChecklistEditor(TextListEditor):
    """The user's pre-call checklist; new plans start with its active items."""

    def __init__(self, context: CallsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "checklistEditor", parent)
        self.setWindowTitle(self.tr("Pre-call checklist"))
        self.intro.setText(
            self.tr(
                "What you check before every call. New plans start with the items in use; "
                "plans you already made keep their own copy."
            )
        )
        self.input.setPlaceholderText(self.tr("A new item, e.g. “Headset tested”"))
        self.list.set_accessible_names(self.tr("Checklist items"), self.tr("New checklist item"))
        self.toggle_button = QPushButton(self.tr("Not in new &plans"), self)
        self.toggle_button.setObjectName("checklistEditorToggle")
        self.list.add_extra_button(self.toggle_button)
        self.toggle_button.clicked.connect(self.toggle_current)
        self.view.selectionModel().currentChanged.connect(self._update_toggle)
        self._update_toggle()

    def entry_text(self, entry: Entry) -> str:
        if entry.active:
            return entry.text
        return self.tr("%1 (not in new plans)").replace("%1", entry.text)

    def read_entries(self) -> list[Entry]:
        with self.context.library.read() as connection:
            return [Entry(item.id, item.text, item.active) for item in list_checklist(connection)]

    def store_add(self, text: str, position: int | None = None) -> int:
        return add_checklist_item(self.context.library, text, position=position)

    def store_rename(self, entry_id: int, text: str) -> None:
        update_checklist_item(self.context.library, entry_id, text=text)

    def store_remove(self, entry: Entry) -> Callable[[], object]:
        library = self.context.library
        removed = remove_checklist_item(library, entry.id)
        return lambda: restore_checklist_item(library, removed)

    def store_order(self, ids: list[int]) -> None:
        reorder_checklist(self.context.library, ids)

    def toggle_current(self) -> None:
        """Switch whether new plans include the selected item (undoable)."""
        entry = self.current_entry()
        if entry is None:
            return
        library = self.context.library
        active = not entry.active
        update_checklist_item(library, entry.id, active=active)
        push_done(
            self.context,
            self.tr("Change “%1”").replace("%1", entry.text),
            undo=lambda: update_checklist_item(library, entry.id, active=not active),
            redo=lambda: update_checklist_item(library, entry.id, active=active),
        )
        self.reload()
        self._update_toggle()

    def _update_toggle(self, *_args: object) -> None:
        entry = self.current_entry()
        self.toggle_button.setEnabled(entry is not None)
        if entry is not None and not entry.active:
            self.toggle_button.setText(self.tr("Use in new &plans"))
        else:
            self.toggle_button.setText(self.tr("Not in new &plans"))
