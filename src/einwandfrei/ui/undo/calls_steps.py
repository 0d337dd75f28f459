"""Undoable changes to plans, customers, the bank and the checklist, for the main window's undo
stack.

Each change is done first (so a failure is reported before anything is pushed); the command
records how to undo and redo it. Undoing a plan edit writes the earlier version back, which also
puts the response counters back (see `store.plans.save_plan`); the customer's name, company, role
and notes go back only where the edit changed them and nothing changed them since (see
`store.customers.customer_to_write_back`), and whether the customer is in the Trash stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from einwandfrei.planning.changes import Change
from einwandfrei.planning.plan import CustomerInfo, Plan
from einwandfrei.store.calls.customers import (
    CustomerDetails,
    customer_to_write_back,
    set_customer_deleted,
    update_customer,
)
from einwandfrei.store.calls.plans import delete_plan, restore_plan, save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.undo.steps import Step


class CallsSteps:
    """Where the Calls changes report to once undone or redone: the change goes on the bus (made
    by the undo stack), and a change that cannot be taken back or made again is explained over
    the active window (the one where Undo or Redo was chosen)."""

    def __init__(self, context: CallsContext) -> None:
        self._context = context

    def after_step(self, change: Change, focus: int | None) -> None:
        del focus
        self._context.publish(change.by(self._context.undo_stack))

    def step_failed(self, message: str) -> None:
        self._context.show_error(QApplication.activeWindow(), message)

    def explain(self, error: Exception) -> str:
        return error_text(error)


class ActionCommand(Step):
    """A change already made, with functions to undo and redo it (see `ui.undo.steps.Step`: a
    failing undo or redo is reported and the command dropped)."""

    def __init__(
        self,
        context: CallsContext,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        change: Change,
    ) -> None:
        super().__init__(CallsSteps(context), text, lambda: change, do=redo, undo=undo)


def push_done(
    context: CallsContext,
    text: str,
    undo: Callable[[], object],
    redo: Callable[[], object],
    change: Change | None = None,
) -> None:
    """Record a change that was just made on the undo stack (if there is one) and publish it;
    `change` says what it touched (by default the question bank or the checklist template, what
    the list editors change)."""
    done = change or Change.question_bank()
    if context.undo_stack is not None:
        context.undo_stack.push(ActionCommand(context, text, undo, redo, done))
    context.publish(done)


def save_plan_undoably(context: CallsContext, before: Plan | None, after: Plan, text: str) -> Plan:
    """Save `after`; undo writes `before` back (or moves a new plan to the Trash). Raises
    `LibraryError` when the save fails, with nothing changed."""
    library = context.library
    saved = save_plan(library, after)
    plan_id = saved.id
    assert plan_id is not None
    again = replace(saved, version=None)
    named = [o.objection_id for o in (*saved.objections, *(before.objections if before else ()))]
    change = Change.plan_saved(i for i in named if i is not None)
    if before is None:
        push_done(
            context,
            text,
            undo=lambda: delete_plan(library, plan_id),
            redo=lambda: restore_plan(library, plan_id),
            change=change,
        )
    else:
        earlier = replace(before, version=None)
        push_done(
            context,
            text,
            undo=lambda: write_back(library, earlier, replacing=saved),
            redo=lambda: write_back(library, again, replacing=earlier),
            change=change,
        )
    return saved


def write_back(library: Library, plan: Plan, *, replacing: Plan) -> Plan:
    """Save an earlier (undo) or later (redo) version of a plan over `replacing`, without taking
    back what was changed since about its customer (see `customer_to_write_back`)."""
    with library.read() as connection:
        customer = customer_to_write_back(connection, plan.customer, replacing.customer)
    return save_plan(library, replace(plan, customer=customer))


def delete_plan_undoably(context: CallsContext, plan_id: int) -> None:
    """Move a plan to the Trash; undo restores it."""
    library = context.library
    delete_plan(library, plan_id)
    push_done(
        context,
        QCoreApplication.translate("PlanCommands", "Delete call plan"),
        undo=lambda: restore_plan(library, plan_id),
        redo=lambda: delete_plan(library, plan_id),
        change=Change.plan_trashed(),
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
        change=Change.plan_trashed(),
    )


def update_customer_undoably(
    context: CallsContext, before: CustomerDetails, after: CustomerDetails
) -> CustomerDetails:
    """Write a customer's edited details; undo writes the earlier ones back. Raises
    `LibraryError` when the change cannot be made, with nothing changed."""
    library = context.library
    stored = update_customer(library, after)
    push_done(
        context,
        QCoreApplication.translate("PlanCommands", "Edit customer “%1”").replace("%1", stored.name),
        undo=lambda: update_customer(library, before),
        redo=lambda: update_customer(library, stored),
        change=Change.customer_details(),
    )
    return stored


def trash_customer_undoably(context: CallsContext, customer: CustomerDetails) -> None:
    """Move a customer to the Trash (out of the lists; their plans are kept); undo brings them
    back."""
    library = context.library
    set_customer_deleted(library, customer.id, True)
    push_done(
        context,
        QCoreApplication.translate("PlanCommands", "Move “%1” to the Trash").replace(
            "%1", customer.name
        ),
        undo=lambda: set_customer_deleted(library, customer.id, False),
        redo=lambda: set_customer_deleted(library, customer.id, True),
        change=Change.customer_details(),
    )


def restore_customer_undoably(context: CallsContext, customer: CustomerInfo) -> None:
    """Bring a customer back from the Trash (into the lists and the wizard, with their plans);
    undo moves them back."""
    library = context.library
    customer_id = customer.id
    if customer_id is None:
        return
    set_customer_deleted(library, customer_id, False)
    push_done(
        context,
        QCoreApplication.translate("PlanCommands", "Restore customer “%1”").replace(
            "%1", customer.name
        ),
        undo=lambda: set_customer_deleted(library, customer_id, True),
        redo=lambda: set_customer_deleted(library, customer_id, False),
        change=Change.customer_details(),
    )
