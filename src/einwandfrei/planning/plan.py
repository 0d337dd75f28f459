"""A call plan as plain, immutable data: what the wizard edits and the store saves."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class PlanStatus(enum.StrEnum):
    """Being written, ready for the call, or logged after it (values as stored)."""

    DRAFT = "draft"
    PLANNED = "planned"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class CustomerInfo:
    """A customer as a plan names it; `id` None means a new customer, created on save."""

    name: str
    company: str = ""
    role: str = ""
    id: int | None = None
    notes: str = ""

    def label(self) -> str:
        """ "Name · Company" (or just the name)."""
        return f"{self.name} · {self.company}" if self.company else self.name


@dataclass(frozen=True, slots=True)
class PlannedQuestion:
    """An open question for the call; `question_id` None means it goes into the bank on save."""

    text: str
    question_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlannedObjection:
    """An objection expected in (or met during) the call and the answer chosen for it.

    `objection_id` None means a new objection that goes into the library on save; `response_id`
    None with a `response_text` means a new response that goes into the library on save.
    """

    objection_text: str
    objection_id: int | None = None
    response_text: str = ""
    response_id: int | None = None
    was_expected: bool = True
    came_up: bool = False
    response_worked: bool | None = None

    @property
    def has_response(self) -> bool:
        """Whether an answer is chosen (an existing one or a new text)."""
        return self.response_id is not None or bool(self.response_text.strip())


@dataclass(frozen=True, slots=True)
class ChecklistTick:
    """A checklist item in a plan, ticked or not."""

    text: str
    done: bool = False
    checklist_item_id: int | None = None


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """What the salesperson logs after the call."""

    goal_reached: bool | None = None
    minimum_goal_reached: bool | None = None
    notes: str = ""
    next_contact_at: datetime | None = None
    next_contact_agreed: bool | None = None
    logged_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything about one call: the preparation and, once logged, the outcome.

    `id` None means not saved yet. `version` is the stored version the plan was read at; saving
    with a stale version is refused, so two windows never overwrite each other silently.
    """

    customer: CustomerInfo
    status: PlanStatus = PlanStatus.DRAFT
    scheduled_at: datetime | None = None
    goal: str = ""
    minimum_goal: str = ""
    timing_notes: str = ""
    opener: str = ""
    fallback: str = ""
    key_messages: tuple[str, ...] = ()
    questions: tuple[PlannedQuestion, ...] = ()
    objections: tuple[PlannedObjection, ...] = ()
    checklist: tuple[ChecklistTick, ...] = ()
    outcome: CallOutcome = field(default_factory=CallOutcome)
    previous_plan_id: int | None = None
    id: int | None = None
    version: int | None = None

    @property
    def is_logged(self) -> bool:
        """Whether the call happened and was logged."""
        return self.status is PlanStatus.DONE

    def open_checklist(self) -> tuple[ChecklistTick, ...]:
        """The checklist items not ticked (shown in the summary and on the cheat sheet)."""
        return tuple(tick for tick in self.checklist if not tick.done)

    def has_content(self) -> bool:
        """Whether anything was typed or chosen that would be lost by discarding the plan."""
        texts = (self.goal, self.minimum_goal, self.timing_notes, self.opener, self.fallback)
        return (
            any(text.strip() for text in texts)
            or bool(self.customer.name.strip())
            or bool(self.key_messages or self.questions or self.objections)
            or any(tick.done for tick in self.checklist)
        )
