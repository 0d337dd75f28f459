"""Call plans: reading one as `planning.Plan`, saving it whole, and the Trash.

`save_plan` writes a plan in one transaction: the customer (created or updated), the plan and its
key messages, questions, objections and checklist, any new question for the bank and any new
objection or response for the library, and the used/worked counters of the responses its log
counts (as the difference to the stored version, see `planning.call_log`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, func, select

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.bank_rules import identity, normalise_text
from einwandfrei.planning.call_log import CounterChange, contributions, counter_changes
from einwandfrei.planning.plan import (
    CallOutcome,
    ChecklistTick,
    CustomerInfo,
    Plan,
    PlannedObjection,
    PlannedQuestion,
    PlanStatus,
)
from einwandfrei.store.calls.customers import upsert_customer
from einwandfrei.store.calls.question_bank import next_question_position
from einwandfrei.store.calls.team_outbox import record_team_counts
from einwandfrei.store.db import tables
from einwandfrei.store.db.errors import ConflictError, NotFoundError
from einwandfrei.store.library.record_reading import read_meta

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.models import (
        CallPlan,
        Customer,
        Objection,
        PlanObjection,
        PlanQuestion,
        Question,
        Response,
    )

_plans = tables.call_plans.c
_customers = tables.customers.c
_messages = tables.plan_key_messages.c
_questions = tables.plan_questions.c
_plan_objections = tables.plan_objections.c
_objections = tables.objections.c
_responses = tables.responses.c
_checklist = tables.plan_checklist_entries.c


class PlanChangedError(ConflictError):
    """The plan was saved elsewhere after it was opened here."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This plan was changed in another window since you opened it; "
                    "close it and open it again to see the changes.",
                )
            )
        )


def _plan_missing() -> NotFoundError:
    return NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "That call plan no longer exists.")))


def _status(value: Any) -> PlanStatus:
    return PlanStatus(str(getattr(value, "value", value)))


def _plan_from_row(connection: Connection, row: Row[Any]) -> Plan:
    plan_id = row.id
    messages = connection.execute(
        select(_messages.text)
        .where(_messages.plan_id == plan_id)
        .order_by(_messages.position, _messages.id)
    ).scalars()
    questions = connection.execute(
        select(_questions.text, _questions.question_id)
        .where(_questions.plan_id == plan_id)
        .order_by(_questions.position, _questions.id)
    )
    objections = connection.execute(
        select(
            _objections.text.label("objection_text"),
            _plan_objections.objection_id,
            func.coalesce(_responses.text, "").label("response_text"),
            _plan_objections.response_id,
            _plan_objections.was_expected,
            _plan_objections.came_up,
            _plan_objections.response_worked,
        )
        .select_from(
            tables.plan_objections.join(
                tables.objections, _objections.id == _plan_objections.objection_id
            ).outerjoin(tables.responses, _responses.id == _plan_objections.response_id)
        )
        .where(_plan_objections.plan_id == plan_id)
        .order_by(_plan_objections.position, _plan_objections.id)
    )
    checklist = connection.execute(
        select(_checklist.text, _checklist.is_done, _checklist.checklist_item_id)
        .where(_checklist.plan_id == plan_id)
        .order_by(_checklist.position, _checklist.id)
    )
    return Plan(
        customer=CustomerInfo(
            name=row.name,
            company=row.company,
            role=row.role,
            id=row.customer_id,
            notes=row.notes,
        ),
        status=_status(row.status),
        scheduled_at=row.scheduled_at,
        goal=row.goal,
        minimum_goal=row.minimum_goal,
        timing_notes=row.timing_notes,
        opener=row.opener,
        fallback=row.fallback,
        key_messages=tuple(messages),
        questions=tuple(PlannedQuestion(q.text, q.question_id) for q in questions),
        objections=tuple(
            PlannedObjection(
                objection_text=o.objection_text,
                objection_id=o.objection_id,
                response_text=o.response_text,
                response_id=o.response_id,
                was_expected=bool(o.was_expected),
                came_up=bool(o.came_up),
                response_worked=None if o.response_worked is None else bool(o.response_worked),
            )
            for o in objections
        ),
        checklist=tuple(
            ChecklistTick(c.text, bool(c.is_done), c.checklist_item_id) for c in checklist
        ),
        outcome=CallOutcome(
            goal_reached=row.goal_reached,
            minimum_goal_reached=row.minimum_goal_reached,
            notes=row.outcome,
            next_contact_at=row.next_contact_at,
            next_contact_agreed=row.next_contact_agreed,
            logged_at=row.logged_at,
        ),
        previous_plan_id=row.previous_plan_id,
        id=plan_id,
        version=row.version,
    )


def _plan_query() -> Any:
    return select(
        tables.call_plans,
        _customers.name,
        _customers.company,
        _customers.role,
        _customers.notes,
    ).join(tables.customers, _customers.id == _plans.customer_id)


def read_plan(connection: Connection, plan_id: int) -> Plan:
    """One plan with everything in it (also from the Trash, for undo and restore)."""
    row = connection.execute(_plan_query().where(_plans.id == plan_id)).one_or_none()
    if row is None:
        raise _plan_missing()
    return _plan_from_row(connection, row)


def latest_plan(
    connection: Connection, customer_id: int, *, exclude_plan_id: int | None = None
) -> Plan | None:
    """The customer's most recent live plan by call date (the one a new plan carries forward)."""
    query = _plan_query().where(_plans.customer_id == customer_id, _plans.deleted_at.is_(None))
    if exclude_plan_id is not None:
        query = query.where(_plans.id != exclude_plan_id)
    row = connection.execute(
        query.order_by(
            _plans.scheduled_at.is_(None), _plans.scheduled_at.desc(), _plans.id.desc()
        ).limit(1)
    ).one_or_none()
    return None if row is None else _plan_from_row(connection, row)


def save_plan(library: Library, plan: Plan) -> Plan:
    """Write `plan` whole and return it as stored (with ids for everything new).

    A plan with an `id` replaces the stored one — refused with `PlanChangedError` if `version` is
    set and the stored plan has moved on; a plan in the Trash comes back. Writing a plan again
    after undo therefore restores it exactly, counters included.
    """
    with library.session() as session:
        row = write_plan(session, plan)
        return read_plan(session.connection(), row.id)


def write_plan(session: Session, plan: Plan) -> CallPlan:
    """`save_plan` inside `session`'s transaction (so that several plans are saved together);
    returns the plan's row, flushed."""
    from einwandfrei.store import models

    customer = upsert_customer(session, plan.customer)
    row = _plan_row(session, plan, customer)
    before = (
        {}
        if plan.id is None
        else contributions(
            _status(row.status), [_planned_from_row(entry) for entry in row.objections]
        )
    )
    row.customer = customer
    row.status = models.PlanStatus(plan.status.value)
    row.deleted_at = None
    # Also when only the lists change: the version must move, so a stale window is refused.
    row.updated_at = models.utc_now()
    row.previous_plan_id = plan.previous_plan_id
    _write_fields(row, plan)
    row.key_messages = [
        models.PlanKeyMessage(position=position, text=normalise_text(text))
        for position, text in enumerate(message for message in plan.key_messages if message.strip())
    ]
    row.questions = _question_rows(session, plan.questions)
    row.objections = _objection_rows(
        session, plan.objections, read_meta(session.connection(), "language")
    )
    row.checklist = [
        models.PlanChecklistEntry(
            position=position,
            text=tick.text,
            is_done=tick.done,
            checklist_item_id=tick.checklist_item_id,
        )
        for position, tick in enumerate(plan.checklist)
    ]
    session.flush()
    after = contributions(plan.status, [_planned_from_row(entry) for entry in row.objections])
    changes = counter_changes(before, after)
    _apply_counter_changes(session, changes)
    record_team_counts(session.connection(), changes)
    session.flush()
    return row


def _plan_row(session: Session, plan: Plan, customer: Customer) -> CallPlan:
    from einwandfrei.store import models

    if plan.id is None:
        new = models.CallPlan(customer=customer)
        session.add(new)
        return new
    stored = session.get(models.CallPlan, plan.id)
    if stored is None:
        raise _plan_missing()
    if plan.version is not None and stored.version != plan.version:
        raise PlanChangedError()
    return stored


def _write_fields(row: CallPlan, plan: Plan) -> None:
    outcome = plan.outcome
    values: dict[str, object] = {
        "scheduled_at": plan.scheduled_at,
        "goal": plan.goal.strip(),
        "minimum_goal": plan.minimum_goal.strip(),
        "timing_notes": plan.timing_notes.strip(),
        "opener": plan.opener.strip(),
        "fallback": plan.fallback.strip(),
        "outcome": outcome.notes.strip(),
        "goal_reached": outcome.goal_reached,
        "minimum_goal_reached": outcome.minimum_goal_reached,
        "next_contact_at": outcome.next_contact_at,
        "next_contact_agreed": outcome.next_contact_agreed,
        "logged_at": outcome.logged_at,
    }
    for attribute, value in values.items():
        if getattr(row, attribute) != value:
            setattr(row, attribute, value)


def _planned_from_row(entry: PlanObjection) -> PlannedObjection:
    return PlannedObjection(
        objection_text="",
        objection_id=entry.objection_id,
        response_id=entry.response_id,
        was_expected=entry.was_expected,
        came_up=entry.came_up,
        response_worked=entry.response_worked,
    )


def _question_rows(session: Session, questions: tuple[PlannedQuestion, ...]) -> list[PlanQuestion]:
    from einwandfrei.store import models

    bank: dict[str, Question] | None = None
    rows = []
    for position, question in enumerate(questions):
        text = normalise_text(question.text)
        if not text:
            continue
        if question.question_id is not None:
            rows.append(
                models.PlanQuestion(position=position, text=text, question_id=question.question_id)
            )
            continue
        if bank is None:
            bank = {
                identity(entry.text): entry
                for entry in session.scalars(
                    select(models.Question).where(models.Question.deleted_at.is_(None))
                )
            }
        entry = bank.get(identity(text))
        if entry is None:
            entry = models.Question(text=text, position=next_question_position(session))
            session.add(entry)
            bank[identity(text)] = entry
        rows.append(models.PlanQuestion(position=position, text=text, question=entry))
    return rows


def _objection_rows(
    session: Session, objections: tuple[PlannedObjection, ...], language: str
) -> list[PlanObjection]:
    from einwandfrei.store import models

    rows = []
    for position, planned in enumerate(objections):
        if planned.objection_id is not None:
            objection = session.get(models.Objection, planned.objection_id)
            if objection is None:
                raise NotFoundError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "The objection “{text}” is no longer in the library."
                        ),
                        text=planned.objection_text,
                    )
                )
        else:
            text = planned.objection_text.strip()
            if not text:
                continue
            objection = models.Objection(text=text, language=language)
            session.add(objection)
        response: Response | None = None
        if planned.response_id is not None:
            response = session.get(models.Response, planned.response_id)
        elif planned.response_text.strip():
            response = _new_response(session, objection, planned.response_text.strip())
        rows.append(
            models.PlanObjection(
                position=position,
                objection=objection,
                response=response,
                was_expected=planned.was_expected,
                came_up=planned.came_up,
                response_worked=planned.response_worked,
            )
        )
    return rows


def _new_response(session: Session, objection: Objection, text: str) -> Response:
    """A response written while planning, appended to its objection in the library (or the
    existing one with the same text)."""
    from einwandfrei.store import models

    for existing in objection.responses:
        if existing.deleted_at is None and identity(existing.text) == identity(text):
            return existing
    position = max((existing.position for existing in objection.responses), default=-1) + 1
    response = models.Response(text=text, position=position)
    objection.responses.append(response)
    return response


def _apply_counter_changes(session: Session, changes: dict[int, CounterChange]) -> None:
    from einwandfrei.store import models

    for response_id, change in changes.items():
        response = session.get(models.Response, response_id)
        if response is None:
            continue
        response.times_used = max(0, response.times_used + change.used)
        response.times_worked = max(
            0, min(response.times_used, response.times_worked + change.worked)
        )


def set_plan_deleted(library: Library, plan_id: int, deleted: bool) -> None:
    """Move a plan to the Trash, or restore it; its counters stay as they are."""
    from einwandfrei.store import models

    with library.session() as session:
        row = session.get(models.CallPlan, plan_id)
        if row is None:
            raise _plan_missing()
        row.deleted_at = models.utc_now() if deleted else None


def delete_plan(library: Library, plan_id: int) -> None:
    """Move a plan to the Trash."""
    set_plan_deleted(library, plan_id, True)


def restore_plan(library: Library, plan_id: int) -> None:
    """Bring a plan back from the Trash."""
    set_plan_deleted(library, plan_id, False)
