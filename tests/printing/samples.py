"""Call plans and libraries for the printing tests, written through the ORM models."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_objections, read_questions
from einwandfrei.store.models.calls import (
    CallPlan,
    Customer,
    PlanChecklistEntry,
    PlanKeyMessage,
    PlanObjection,
    PlanQuestion,
    PlanStatus,
)

CALL_TIME = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)


def add_plan(
    library: Library,
    objection_ids: Sequence[int],
    *,
    customer: str = "Anna Keller",
    company: str = "Müller AG",
    role: str = "Head of Purchasing",
    phone: str = "",
    email: str = "",
    goal: str = "Pilot agreed for Q2",
    minimum_goal: str = "Their OK to call back on 18 March",
    opener: str = "Is now a good moment, or shall I call you at two?",
    fallback: str = "Offer Thursday at ten instead, and ask what would suit them.",
    timing_notes: str = "Quarter end: budget talks this week.",
    key_messages: Sequence[str] = ("30% less set-up time", "Support in Swiss German"),
    questions: Sequence[str] | None = None,
    checklist: Sequence[tuple[str, bool]] = (
        ("Headset tested", True),
        ("CRM notes of the last call read", False),
        ("Reference customer in the same industry ready", False),
    ),
    chosen: dict[int, int] | None = None,
) -> int:
    """A plan for a call with `objection_ids` expected; `chosen` maps objection → response id."""
    if questions is None:
        with library.read() as connection:
            questions = [question.text for question in read_questions(connection)[:3]]
    with library.session() as session:
        person = Customer(name=customer, company=company, role=role, phone=phone, email=email)
        plan = CallPlan(
            customer=person,
            status=PlanStatus.PLANNED,
            scheduled_at=CALL_TIME,
            goal=goal,
            minimum_goal=minimum_goal,
            timing_notes=timing_notes,
            opener=opener,
            fallback=fallback,
        )
        plan.key_messages = [
            PlanKeyMessage(position=index, text=text) for index, text in enumerate(key_messages)
        ]
        plan.questions = [
            PlanQuestion(position=index, text=text) for index, text in enumerate(questions)
        ]
        plan.objections = [
            PlanObjection(
                position=index,
                objection_id=objection_id,
                response_id=(chosen or {}).get(objection_id),
            )
            for index, objection_id in enumerate(objection_ids)
        ]
        plan.checklist = [
            PlanChecklistEntry(position=index, text=text, is_done=done)
            for index, (text, done) in enumerate(checklist)
        ]
        session.add(plan)
        session.flush()
        return plan.id


def objection_ids(library: Library, count: int | None = None) -> list[int]:
    """The ids of the library's objections in display order (the first `count`)."""
    with library.read() as connection:
        ids = [record.id for record in read_objections(connection) if record.id is not None]
    return ids if count is None else ids[:count]


def add_objection(
    library: Library,
    text: str,
    responses: Sequence[tuple[str, str]] = (),
    *,
    category: str | None = None,
    concern: str = "",
    probing: str = "",
    tags: Sequence[str] = (),
) -> int:
    """A new objection with (response, follow-up) pairs; the category and tags must exist."""
    from sqlalchemy import select

    from einwandfrei.store.models.library import Category, Objection, Response, Tag

    with library.session() as session:
        objection = Objection(text=text, concern=concern, probing_questions=probing)
        if category is not None:
            objection.category = session.scalars(
                select(Category).where(Category.name == category)
            ).one()
        objection.tags = [
            session.scalars(select(Tag).where(Tag.name == name)).one() for name in tags
        ]
        objection.responses = [
            Response(text=answer, follow_up=follow_up, position=index)
            for index, (answer, follow_up) in enumerate(responses)
        ]
        session.add(objection)
        session.flush()
        return objection.id
