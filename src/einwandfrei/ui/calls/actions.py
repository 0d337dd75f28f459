"""The Calls menu's actions, created for the main window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from einwandfrei.ui.calls.bank_editors import ChecklistEditor, QuestionBankEditor
from einwandfrei.ui.calls.calls_view import CallsView
from einwandfrei.ui.calls.plan_pane import PREPARE_CALL_KEYS


@dataclass(frozen=True)
class CallsActions:
    """The actions `create_calls_actions` made (all already in the menu)."""

    prepare_call: QAction
    log_call: QAction
    prepare_next: QAction
    delete_plan: QAction
    edit_checklist: QAction
    edit_question_bank: QAction
    edit_customer: QAction  # the customer pane's own, enabled while a customer is in sight
    trash_customer: QAction
    restore_customer: QAction  # the Trash tab's own, enabled while a trashed customer is selected
    forget_customer: QAction  # the Trash tab's own too: Delete Customer Permanently…


def create_calls_actions(window: QWidget, menu: QMenu, calls_view: CallsView) -> CallsActions:
    """Create the Calls actions, add them to `menu` and to `window` (so shortcuts work anywhere
    in it), and connect them to `calls_view`."""

    def action(name: str, text: str, shortcut: QKeySequence | None = None) -> QAction:
        created = QAction(text, window)
        created.setObjectName(name)
        if shortcut is not None:
            created.setShortcut(shortcut)
            created.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(created)
        menu.addAction(created)
        return created

    prepare = action(
        "actionPrepareCall",
        QCoreApplication.translate("CallsActions", "&Prepare a Call…"),
        QKeySequence(PREPARE_CALL_KEYS),
    )
    log_call = action(
        "actionLogCall",
        QCoreApplication.translate("CallsActions", "&Log the Call…"),
        QKeySequence("Ctrl+Shift+O"),
    )
    prepare_next = action(
        "actionPrepareNextCall",
        QCoreApplication.translate("CallsActions", "Prepare the &Next Call from This One"),
    )
    delete = action(
        "actionDeletePlan",
        QCoreApplication.translate("CallsActions", "Move Plan to &Trash"),
    )
    menu.addSeparator()
    pane = calls_view.customer_pane
    menu.addAction(pane.edit_action)
    menu.addAction(pane.trash_action)
    menu.addAction(calls_view.customer_trash.restore_action)
    menu.addAction(calls_view.customer_trash.forget_action)
    menu.addSeparator()
    checklist = action(
        "actionEditChecklist", QCoreApplication.translate("CallsActions", "Edit &Checklist…")
    )
    bank = action(
        "actionEditQuestionBank",
        QCoreApplication.translate("CallsActions", "Edit &Question Bank…"),
    )

    prepare.triggered.connect(lambda: calls_view.prepare_call())
    log_call.triggered.connect(calls_view.log_selected)
    prepare_next.triggered.connect(calls_view.prepare_next_selected)
    delete.triggered.connect(calls_view.delete_selected)

    def open_editor(kind: type[ChecklistEditor] | type[QuestionBankEditor]) -> None:
        editor = kind(calls_view.context, window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()

    checklist.triggered.connect(lambda: open_editor(ChecklistEditor))
    bank.triggered.connect(lambda: open_editor(QuestionBankEditor))
    return CallsActions(
        prepare,
        log_call,
        prepare_next,
        delete,
        checklist,
        bank,
        pane.edit_action,
        pane.trash_action,
        calls_view.customer_trash.restore_action,
        calls_view.customer_trash.forget_action,
    )
