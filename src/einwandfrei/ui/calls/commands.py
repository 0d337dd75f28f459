"""Undoable changes to plans, the bank and the checklist, for the main window's undo stack.

Each change is done first (so a failure is reported before anything is pushed); the command
records how to undo and redo it. Undoing a plan edit writes the earlier version back, which also
puts the response counters back (see `store.plans.save_plan`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from einwandfrei.planning.plan import Plan
from einwandfrei.store.errors import LibraryError
from einwandfrei.store.plans import delete_plan, restore_plan, save_plan
from einwandfrei.ui.calls.context import CallsContext
from einwandfrei.ui.error_text import error_text

log = logging.getLogger(__name__)


class ActionCommand(QUndoCommand):
    """A change already made, with functions to undo and redo it."""

    def __init__(
        self,
        context: CallsContext,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._context = context
        self._undo = undo
        self._redo = redo
        self._done = True  # the change was made before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except LibraryError as error:
            log.warning("undo/redo of %r failed: %s", self.text(), error)
            self.setObsolete(True)
            self._context.prompts.show_error(None, error_text(error))
        self._context.notify()


def push_done(
    context: CallsContext, text: str, undo: Callable[[], object], redo: Callable[[], object]
) -> None:
    """Record a change that was just made on the undo stack (if there is one) and notify views."""
    if context.undo_stack is not None:
        context.undo_stack.push(ActionCommand(context, text, undo, redo))
    context.notify()


def save_plan_undoably(context: CallsContext, before: Plan | None, after: Plan, text: str) -> Plan:
    """Save `after`; undo writes `before` back (or moves a new plan to the Trash). Raises
    `LibraryError` when the save fails, with nothing changed."""
    library = context.library
    saved = save_plan(library, after)
    plan_id = saved.id
    assert plan_id is not None
    again = replace(saved, version=None)
    if before is None:
        push_done(
            context,
            text,
            undo=lambda: delete_plan(library, plan_id),
            redo=lambda: restore_plan(library, plan_id),
        )
    else:
        earlier = replace(before, version=None)
        push_done(
            context,
            text,
            undo=lambda: save_plan(library, earlier),
            redo=lambda: save_plan(library, again),
        )
    return saved


def delete_plan_undoably(context: CallsContext, plan_id: int) -> None:
    """Move a plan to the Trash; undo restores it."""
    library = context.library
    delete_plan(library, plan_id)
    push_done(
        context,
        QCoreApplication.translate("PlanCommands", "Delete call plan"),
        undo=lambda: restore_plan(library, plan_id),
        redo=lambda: delete_plan(library, plan_id),
    )


def restore_plan_undoably(context: CallsContext, plan_id: int) -> None:
    """Bring a plan back from the Trash; undo moves it back."""
    library = context.library
    restore_plan(library, plan_id)
    push_done(
        context,
        QCoreApplication.translate("PlanCommands", "Restore call plan"),
        undo=lambda: delete_plan(library, plan_id),
        redo=lambda: restore_plan(library, plan_id),
    )
