"""The plan's rules: what each step needs before the call."""

from __future__ import annotations

from datetime import UTC, datetime

from einwandfrei.planning.plan import CustomerInfo, Plan, PlannedObjection, PlannedQuestion
from einwandfrei.planning.validation import (
    MIN_QUESTIONS,
    Problem,
    ProblemCode,
    Step,
    check_customer,
    check_goals,
    check_objections,
    check_questions,
    check_timing,
    first_incomplete_step,
    validate_plan,
)


def codes(problems: list[Problem]) -> list[ProblemCode]:
    return [problem.code for problem in problems]


def complete_plan() -> Plan:
    return Plan(
        customer=CustomerInfo("Anna Keller", "Müller AG"),
        scheduled_at=datetime(2025, 3, 4, 9, tzinfo=UTC),
        goal="Pilot agreed for Q2",
        minimum_goal="Their OK to get back in touch on 18 March",
        opener="Is now a good moment, or shall I call at two?",
        fallback="Offer Thursday morning",
        questions=tuple(PlannedQuestion(text) for text in ("What?", "How?", "Why?")),
        objections=(PlannedObjection("Too expensive", 1, "Compared to what?", 2),),
    )


def test_a_complete_plan_has_no_problems() -> None:
    assert validate_plan(complete_plan()) == []
    assert first_incomplete_step(complete_plan()) is Step.SUMMARY


def test_customer_needs_a_name_and_the_call_a_time() -> None:
    assert codes(check_customer(CustomerInfo("  "), has_call_time=False)) == [
        ProblemCode.CUSTOMER_NAME_EMPTY,
        ProblemCode.CALL_TIME_MISSING,
    ]
    assert check_customer(CustomerInfo("Anna")) == []


def test_goal_and_minimum_goal_must_not_be_blank() -> None:
    assert codes(check_goals("", " \n")) == [
        ProblemCode.GOAL_EMPTY,
        ProblemCode.MINIMUM_GOAL_EMPTY,
    ]
    assert codes(check_goals("Pilot", "")) == [ProblemCode.MINIMUM_GOAL_EMPTY]
    assert all(problem.step is Step.GOAL for problem in check_goals("", ""))


def test_timing_needs_an_opener_and_a_fallback() -> None:
    assert codes(check_timing("", "")) == [ProblemCode.OPENER_EMPTY, ProblemCode.FALLBACK_EMPTY]
    assert check_timing("Is now good?", "Tomorrow at ten") == []


def test_fewer_than_three_questions_are_counted() -> None:
    problems = check_questions([PlannedQuestion("What matters to you?")])
    assert codes(problems) == [ProblemCode.TOO_FEW_QUESTIONS]
    assert (problems[0].count, problems[0].needed) == (1, MIN_QUESTIONS)


def test_duplicate_questions_do_not_count_twice() -> None:
    questions = [PlannedQuestion(text) for text in ("What?", "How?", " what? ", "")]
    problems = check_questions(questions)
    assert codes(problems) == [ProblemCode.TOO_FEW_QUESTIONS, ProblemCode.DUPLICATE_QUESTION]
    assert problems[0].count == 2
    assert problems[1].subject == " what? "


def test_objections_need_one_expected_and_an_answer_each() -> None:
    assert codes(check_objections([])) == [ProblemCode.NO_OBJECTIONS]
    unexpected_only = [PlannedObjection("Send me an email", 3, was_expected=False)]
    assert codes(check_objections(unexpected_only)) == [ProblemCode.NO_OBJECTIONS]
    problems = check_objections(
        [PlannedObjection("Too expensive", 1), PlannedObjection("Later", 2, "A new answer")]
    )
    assert codes(problems) == [ProblemCode.RESPONSE_MISSING]
    assert problems[0].subject == "Too expensive"


def test_a_draft_resumes_at_its_first_incomplete_step() -> None:
    from dataclasses import replace

    plan = replace(complete_plan(), questions=())
    assert first_incomplete_step(plan) is Step.QUESTIONS
    assert first_incomplete_step(replace(plan, goal="")) is Step.GOAL
