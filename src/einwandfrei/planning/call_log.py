"""The log after a call, and what it does to each response's used/worked counters.

A logged plan counts once for every objection that came up with an answer: that answer was used,
and it worked if the salesperson says so. Saving a plan applies the difference between what the
stored version counted and what the new version counts, so editing or undoing a log never counts
twice.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime

from einwandfrei.planning.plan import CallOutcome, Plan, PlannedObjection, PlanStatus


class LogProblemCode(enum.StrEnum):
    """Something the log needs before it is saved."""

    GOAL_ANSWER_MISSING = "goal_answer_missing"
    MINIMUM_GOAL_ANSWER_MISSING = "minimum_goal_answer_missing"
    AGREED_WITHOUT_DATE = "agreed_without_date"
    WORKED_WITHOUT_RESPONSE = "worked_without_response"


@dataclass(frozen=True, slots=True)
class LogProblem:
    """One thing the log lacks; `subject` names the objection concerned, if any."""

    code: LogProblemCode
    subject: str = ""


@dataclass(frozen=True, slots=True)
class CounterChange:
    """How much one response's counters move."""

    used: int = 0
    worked: int = 0


def check_log(outcome: CallOutcome, objections: tuple[PlannedObjection, ...]) -> list[LogProblem]:
    """What the log still needs: both goal answers; a date if the customer agreed to one; an
    answer for every objection marked as having worked."""
    problems = []
    if outcome.goal_reached is None:
        problems.append(LogProblem(LogProblemCode.GOAL_ANSWER_MISSING))
    if outcome.minimum_goal_reached is None:
        problems.append(LogProblem(LogProblemCode.MINIMUM_GOAL_ANSWER_MISSING))
    if outcome.next_contact_agreed and outcome.next_contact_at is None:
        problems.append(LogProblem(LogProblemCode.AGREED_WITHOUT_DATE))
    problems.extend(
        LogProblem(LogProblemCode.WORKED_WITHOUT_RESPONSE, objection.objection_text)
        for objection in objections
        if objection.came_up and objection.response_worked and not objection.has_response
    )
    return problems


def next_contact_in_past(outcome: CallOutcome, now: datetime) -> bool:
    """Whether the next contact is set to a moment that has already gone by (a slip, nearly
    always: such a follow-up would be overdue on the Due list the moment the log is saved)."""
    return outcome.next_contact_at is not None and outcome.next_contact_at < now


def apply_log(
    plan: Plan,
    outcome: CallOutcome,
    objections: tuple[PlannedObjection, ...],
    *,
    logged_at: datetime,
) -> Plan:
    """The plan as logged: done, with the outcome and the objections as they were met.

    An objection that did not come up keeps no "worked" verdict.
    """
    cleaned = tuple(
        objection if objection.came_up else replace(objection, response_worked=None)
        for objection in objections
    )
    return replace(
        plan,
        status=PlanStatus.DONE,
        outcome=replace(outcome, logged_at=outcome.logged_at or logged_at),
        objections=cleaned,
    )


def contributions(
    status: PlanStatus, objections: tuple[PlannedObjection, ...] | list[PlannedObjection]
) -> dict[int, CounterChange]:
    """What a plan in `status` adds to the counters of the responses it used."""
    if status is not PlanStatus.DONE:
        return {}
    used: Counter[int] = Counter()
    worked: Counter[int] = Counter()
    for objection in objections:
        if objection.came_up and objection.response_id is not None:
            used[objection.response_id] += 1
            if objection.response_worked is True:
                worked[objection.response_id] += 1
    return {
        response_id: CounterChange(used[response_id], worked[response_id]) for response_id in used
    }


def counter_changes(
    before: dict[int, CounterChange], after: dict[int, CounterChange]
) -> dict[int, CounterChange]:
    """The per-response difference between two contributions (responses that do not move are left
    out)."""
    changes = {}
    for response_id in sorted(before.keys() | after.keys()):
        old = before.get(response_id, CounterChange())
        new = after.get(response_id, CounterChange())
        change = CounterChange(new.used - old.used, new.worked - old.worked)
        if change != CounterChange():
            changes[response_id] = change
    return changes


def success_rate(times_used: int, times_worked: int) -> float | None:
    """The share of calls in which a response worked, or None when it was never used."""
    if times_used <= 0:
        return None
    return min(1.0, max(0.0, times_worked / times_used))
