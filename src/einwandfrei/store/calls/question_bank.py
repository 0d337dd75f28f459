"""The open-question bank: list, add, edit, reorder, and the Trash."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.bank_rules import TextProblem, check_text, normalise_text
from einwandfrei.store.db import tables
from einwandfrei.store.db.errors import ConflictError, NotFoundError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.models import Question

_questions = tables.questions.c


@dataclass(frozen=True, slots=True)
class BankQuestion:
    """A question of the bank, with its place in the list."""

    id: int
    text: str
    position: int


class TextRefusedError(ConflictError):
    """A text the bank or the checklist template cannot take; `problem` says why."""

    def __init__(self, problem: TextProblem) -> None:
        messages = {
            TextProblem.EMPTY: QT_TRANSLATE_NOOP("Messages", "The text is empty."),
            TextProblem.DUPLICATE: QT_TRANSLATE_NOOP(
                "Messages", "That text is already in the list."
            ),
            TextProblem.TOO_LONG: QT_TRANSLATE_NOOP(
                "Messages", "The text is too long for one line."
            ),
        }
        super().__init__(Message(messages[problem]))
        self.problem = problem


def list_questions(connection: Connection, *, deleted: bool = False) -> list[BankQuestion]:
    """The bank in order (or, with `deleted`, the questions in the Trash)."""
    condition = _questions.deleted_at.is_not(None) if deleted else _questions.deleted_at.is_(None)
    rows = connection.execute(
        select(_questions.id, _questions.text, _questions.position)
        .where(condition)
        .order_by(_questions.position, _questions.id)
    )
    return [BankQuestion(row.id, row.text, row.position) for row in rows]


def _live_texts(session: Session, *, except_id: int | None = None) -> list[str]:
    query = select(_questions.text).where(_questions.deleted_at.is_(None))
    if except_id is not None:
        query = query.where(_questions.id != except_id)
    return list(session.scalars(query))


def add_question(library: Library, text: str, *, position: int | None = None) -> int:
    """Add a question to the bank (at the end, or at `position`); returns its id."""
    from einwandfrei.store.models import Question

    with library.session() as session:
        problem = check_text(text, _live_texts(session))
        if problem is not None:
            raise TextRefusedError(problem)
        live = list(
            session.scalars(
                select(Question)
                .where(Question.deleted_at.is_(None))
                .order_by(Question.position, Question.id)
            )
        )
        question = Question(text=normalise_text(text))
        index = len(live) if position is None else max(0, min(position, len(live)))
        live.insert(index, question)
        session.add(question)
        _renumber(live)
        session.flush()
        return question.id


def rename_question(library: Library, question_id: int, text: str) -> None:
    """Change a question's wording."""
    with library.session() as session:
        question = _get(session, question_id)
        problem = check_text(text, _live_texts(session, except_id=question_id))
        if problem is not None:
            raise TextRefusedError(problem)
        question.text = normalise_text(text)


def set_question_deleted(library: Library, question_id: int, deleted: bool) -> None:
    """Move a question to the Trash, or restore it (plans keep their own copy of the text)."""
    from einwandfrei.store.models import utc_now

    with library.session() as session:
        question = _get(session, question_id)
        if not deleted and check_text(question.text, _live_texts(session)) is not None:
            raise TextRefusedError(TextProblem.DUPLICATE)
        question.deleted_at = utc_now() if deleted else None


def reorder_questions(library: Library, ordered_ids: Sequence[int]) -> None:
    """Put the live questions in the order of `ordered_ids` (others keep their order, after)."""
    from einwandfrei.store.models import Question

    with library.session() as session:
        live = list(
            session.scalars(
                select(Question)
                .where(Question.deleted_at.is_(None))
                .order_by(Question.position, Question.id)
            )
        )
        rank = {question_id: index for index, question_id in enumerate(ordered_ids)}
        live.sort(key=lambda question: rank.get(question.id, len(rank)))
        _renumber(live)


def next_question_position(session: Session) -> int:
    """The position after the last question."""
    return int(session.scalar(select(func.coalesce(func.max(_questions.position), -1) + 1)) or 0)


def _get(session: Session, question_id: int) -> Question:
    from einwandfrei.store.models import Question

    question = session.get(Question, question_id)
    if question is None:
        raise NotFoundError(
            Message(QT_TRANSLATE_NOOP("Messages", "That question is no longer in the bank."))
        )
    return question


def _renumber(questions: list[Question]) -> None:
    for position, question in enumerate(questions):
        if question.position != position:
            question.position = position
