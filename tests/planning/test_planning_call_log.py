"""The log after a call and the counters it moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from einwandfrei.planning.call_log import (
    CounterChange,
    LogProblemCode,
    apply_log,
    check_log,
    contributions,
    counter_changes,
    next_contact_in_past,
    success_rate,
)
from einwandfrei.planning.plan import CallOutcome, CustomerInfo, Plan, PlannedObjection, PlanStatus

NOW = datetime(2025, 3, 4, 10, tzinfo=UTC)


def test_log_needs_both_goal_answers_and_a_date_when_agreed() -> None:
    problems = check_log(CallOutcome(next_contact_agreed=True), ())
    assert [problem.code for problem in problems] == [
        LogProblemCode.GOAL_ANSWER_MISSING,
        LogProblemCode.MINIMUM_GOAL_ANSWER_MISSING,
        LogProblemCode.AGREED_WITHOUT_DATE,
    ]
    complete = CallOutcome(False, True, next_contact_at=NOW, next_contact_agreed=True)
    assert check_log(complete, ()) == []


def test_an_answer_that_worked_must_be_named() -> None:
    objections = (PlannedObjection("Too expensive", 1, came_up=True, response_worked=True),)
    problems = check_log(CallOutcome(True, True), objections)
    assert [(p.code, p.subject) for p in problems] == [
        (LogProblemCode.WORKED_WITHOUT_RESPONSE, "Too expensive")
    ]


def test_apply_log_marks_done_and_drops_verdicts_of_objections_not_met() -> None:
    plan = Plan(CustomerInfo("Anna"), status=PlanStatus.PLANNED)
    objections = (
        PlannedObjection("Too expensive", 1, "", 11, came_up=True, response_worked=True),
        PlannedObjection("No time", 2, "", 21, came_up=False, response_worked=True),
    )
    logged = apply_log(plan, CallOutcome(True, True), objections, logged_at=NOW)
    assert logged.status is PlanStatus.DONE
    assert logged.outcome.logged_at == NOW
    assert [o.response_worked for o in logged.objections] == [True, None]


def test_contributions_count_only_logged_plans_and_met_objections() -> None:
    objections = [
        PlannedObjection("a", 1, "", 11, came_up=True, response_worked=True),
        PlannedObjection("b", 2, "", 11, came_up=True, response_worked=False),
        PlannedObjection("c", 3, "", 31, came_up=False),
        PlannedObjection("d", 4, "", None, came_up=True, response_worked=None),
    ]
    assert contributions(PlanStatus.PLANNED, objections) == {}
    assert contributions(PlanStatus.DONE, objections) == {11: CounterChange(2, 1)}


def test_counter_changes_are_the_difference() -> None:
    before = {11: CounterChange(1, 1), 21: CounterChange(1, 0)}
    after = {11: CounterChange(1, 0), 31: CounterChange(1, 1), 21: CounterChange(1, 0)}
    assert counter_changes(before, after) == {
        11: CounterChange(0, -1),
        31: CounterChange(1, 1),
    }
    assert counter_changes(after, after) == {}


def test_success_rate() -> None:
    assert success_rate(0, 0) is None
    assert success_rate(4, 3) == 0.75
    assert success_rate(2, 5) == 1.0


def test_a_next_contact_before_now_is_in_the_past() -> None:
    minute = timedelta(minutes=1)
    assert next_contact_in_past(CallOutcome(next_contact_at=NOW - minute), NOW)
    assert not next_contact_in_past(CallOutcome(next_contact_at=NOW), NOW)
    assert not next_contact_in_past(CallOutcome(next_contact_at=NOW + minute), NOW)
    assert not next_contact_in_past(CallOutcome(), NOW)  # no next contact planned
