"""A call plan read for printing: plain frozen records, no ORM objects and no Qt.

    with library.read() as connection:
        plan = read_plan(connection, plan_id)

`read_plan` accepts a SQLAlchemy `Connection` (from `Library.read()`) or a sqlite3 connection (the
fast path of `einwandfrei sheet`). Each expected objection comes with the response the user chose
for it, or, when none is chosen (or the chosen one went to the Trash), the best one by success rate
and position. Objections in the Trash and objections that were only logged after the call (not
expected) are left out; the checklist holds the items still open — not ticked, and not covered by
the plan itself (`planning.checklist_coverage`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning import plan as planning
from einwandfrei.planning.checklist_coverage import PlanFacts, still_open
from einwandfrei.planning.library_content import ObjectionRecord, ResponseRecord
from einwandfrei.store.db.errors import NotFoundError
from einwandfrei.store.db.sqlite_access import AnyConnection, driver_connection
from einwandfrei.store.library.print_selection import best_response
from einwandfrei.store.library.record_reading import read_objections


@dataclass(frozen=True, slots=True)
class PlannedObjection:
    """An objection expected in the call and the response to give."""

    objection: ObjectionRecord
    response: ResponseRecord | None  # None only when the objection has no responses at all
    chosen: bool  # True when the user picked `response` in the plan, False for the best one

    @property
    def follow_up(self) -> str:
        """The question to ask after the response ("" if there is none)."""
        return self.response.follow_up if self.response is not None else ""


@dataclass(frozen=True, slots=True)
class PlanForPrinting:
    """Everything a call cheat sheet shows, in the plan's own order."""

    id: int
    customer_name: str
    customer_company: str = ""
    customer_role: str = ""
    customer_phone: str = ""
    customer_email: str = ""
    scheduled_at: datetime | None = None  # timezone-aware (UTC)
    goal: str = ""
    minimum_goal: str = ""
    key_messages: tuple[str, ...] = ()
    timing_notes: str = ""
    opener: str = ""
    fallback: str = ""
    questions: tuple[str, ...] = ()
    objections: tuple[PlannedObjection, ...] = ()
    open_checklist: tuple[str, ...] = ()


class PlanNotFoundError(NotFoundError):
    """No call plan has that id (or it is in the Trash)."""

    def __init__(self, plan_id: int) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("Messages", "There is no call plan with the number {number}."),
                number=plan_id,
            )
        )
        self.plan_id = plan_id


def read_plan(connection: AnyConnection, plan_id: int) -> PlanForPrinting:
    """The call plan `plan_id` for printing; raises `PlanNotFoundError` if there is none."""
    db = driver_connection(connection)
    row = db.execute(
        "SELECT p.scheduled_at, p.goal, p.minimum_goal, p.timing_notes, p.opener, p.fallback, "
        "c.name, c.company, c.role, c.phone, c.email "
        "FROM call_plans p JOIN customers c ON c.id = p.customer_id "
        "WHERE p.id = ? AND p.deleted_at IS NULL",
        (plan_id,),
    ).fetchone()
    if row is None:
        raise PlanNotFoundError(plan_id)

    def texts(table: str) -> tuple[str, ...]:
        return tuple(
            text
            for (text,) in db.execute(
                f"SELECT text FROM {table} WHERE plan_id = ? ORDER BY position, id",
                (plan_id,),
            )
        )

    chosen_rows = db.execute(
        "SELECT po.objection_id, po.response_id FROM plan_objections po "
        "WHERE po.plan_id = ? AND po.was_expected ORDER BY po.position, po.id",
        (plan_id,),
    ).fetchall()
    key_messages = texts("plan_key_messages")
    questions = texts("plan_questions")
    records = {
        record.id: record
        for record in read_objections(db, [objection_id for objection_id, _ in chosen_rows])
    }
    objections = []
    for objection_id, response_id in chosen_rows:
        record = records.get(objection_id)
        if record is not None:
            objections.append(_planned(record, response_id))
    facts = PlanFacts(
        goal=row[1],
        minimum_goal=row[2],
        opener=row[4],
        key_messages=key_messages,
        questions=tuple(planning.PlannedQuestion(text) for text in questions),
        # An objection counts as answered when the sheet prints an answer (chosen or best).
        objections=tuple(
            planning.PlannedObjection(
                "",
                planned.objection.id,
                response_id=planned.response.id if planned.response is not None else None,
            )
            for planned in objections
        ),
    )
    return PlanForPrinting(
        id=plan_id,
        customer_name=row[6],
        customer_company=row[7],
        customer_role=row[8],
        customer_phone=row[9],
        customer_email=row[10],
        scheduled_at=_utc(row[0]),
        goal=row[1],
        minimum_goal=row[2],
        key_messages=key_messages,
        timing_notes=row[3],
        opener=row[4],
        fallback=row[5],
        questions=questions,
        objections=tuple(objections),
        open_checklist=_open_checklist(db, plan_id, facts),
    )


def _open_checklist(db: sqlite3.Connection, plan_id: int, facts: PlanFacts) -> tuple[str, ...]:
    checklist = [
        planning.ChecklistTick(text, bool(done))
        for text, done in db.execute(
            "SELECT text, is_done FROM plan_checklist_entries WHERE plan_id = ? "
            "ORDER BY position, id",
            (plan_id,),
        )
    ]
    return tuple(tick.text for tick in still_open(checklist, facts))


def _planned(record: ObjectionRecord, response_id: int | None) -> PlannedObjection:
    for response in record.responses:
        if response.id == response_id:
            return PlannedObjection(record, response, chosen=True)
    return PlannedObjection(record, best_response(record.responses), chosen=False)


def _utc(stored: str | None) -> datetime | None:
    """A stored timestamp (naive UTC text, as SQLAlchemy writes it) as an aware datetime."""
    if not stored:
        return None
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)
