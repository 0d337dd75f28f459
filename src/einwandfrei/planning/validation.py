"""What a plan still lacks, step by step, as codes the UI puts into words.

Each wizard page checks its own part with one of the `check_*` functions; `validate_plan` runs all
of them. Nothing here is worded for the user: a `Problem` names what is missing and, where it
helps, a count or the objection concerned.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from einwandfrei.planning.plan import CustomerInfo, Plan, PlannedObjection, PlannedQuestion

# People love to talk about themselves: every plan holds at least this many open questions.
MIN_QUESTIONS = 3


class Step(enum.IntEnum):
    """The steps of preparing a call, in wizard order."""

    CUSTOMER = 0
    KNOWN = 1
    GOAL = 2
    TIMING = 3
    QUESTIONS = 4
    OBJECTIONS = 5
    CHECKLIST = 6
    SUMMARY = 7


class ProblemCode(enum.StrEnum):
    """Something a plan needs before the call."""

    CUSTOMER_NAME_EMPTY = "customer_name_empty"
    CALL_TIME_MISSING = "call_time_missing"
    GOAL_EMPTY = "goal_empty"
    MINIMUM_GOAL_EMPTY = "minimum_goal_empty"
    OPENER_EMPTY = "opener_empty"
    FALLBACK_EMPTY = "fallback_empty"
    TOO_FEW_QUESTIONS = "too_few_questions"
    DUPLICATE_QUESTION = "duplicate_question"
    NO_OBJECTIONS = "no_objections"
    RESPONSE_MISSING = "response_missing"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing missing: its code, the step it belongs to, and details for the wording.

    `count` and `needed` carry numbers (questions so far / needed); `subject` names the item
    concerned (the objection without a response, the duplicated question).
    """

    code: ProblemCode
    step: Step
    count: int = 0
    needed: int = 0
    subject: str = ""


def _blank(text: str) -> bool:
    return not text.strip()


def check_customer(customer: CustomerInfo, *, has_call_time: bool = True) -> list[Problem]:
    """Step 1: a customer needs a name, and the call a date."""
    problems = []
    if _blank(customer.name):
        problems.append(Problem(ProblemCode.CUSTOMER_NAME_EMPTY, Step.CUSTOMER))
    if not has_call_time:
        problems.append(Problem(ProblemCode.CALL_TIME_MISSING, Step.CUSTOMER))
    return problems


def _blanks(step: Step, *fields: tuple[str, ProblemCode]) -> list[Problem]:
    """A problem on `step` for each (text, code) whose text is blank, in the order given."""
    return [Problem(code, step) for text, code in fields if _blank(text)]


def check_goals(goal: str, minimum_goal: str) -> list[Problem]:
    """Step 3: the goal, and the minimum goal that even a "no" can reach."""
    return _blanks(
        Step.GOAL,
        (goal, ProblemCode.GOAL_EMPTY),
        (minimum_goal, ProblemCode.MINIMUM_GOAL_EMPTY),
    )


def check_timing(opener: str, fallback: str) -> list[Problem]:
    """Step 4: an opener that asks whether now is a good moment, and what to do if it is not."""
    return _blanks(
        Step.TIMING,
        (opener, ProblemCode.OPENER_EMPTY),
        (fallback, ProblemCode.FALLBACK_EMPTY),
    )


def check_questions(
    questions: tuple[PlannedQuestion, ...] | list[PlannedQuestion],
) -> list[Problem]:
    """Step 5: at least `MIN_QUESTIONS` different open questions."""
    problems = []
    seen: set[str] = set()
    distinct = 0
    for question in questions:
        key = " ".join(question.text.split()).casefold()
        if not key:
            continue
        if key in seen:
            problems.append(
                Problem(ProblemCode.DUPLICATE_QUESTION, Step.QUESTIONS, subject=question.text)
            )
            continue
        seen.add(key)
        distinct += 1
    if distinct < MIN_QUESTIONS:
        problems.insert(
            0,
            Problem(
                ProblemCode.TOO_FEW_QUESTIONS, Step.QUESTIONS, count=distinct, needed=MIN_QUESTIONS
            ),
        )
    return problems


def check_objections(
    objections: tuple[PlannedObjection, ...] | list[PlannedObjection],
) -> list[Problem]:
    """Step 6: at least one expected objection, each with the answer to use."""
    expected = [objection for objection in objections if objection.was_expected]
    if not expected:
        return [Problem(ProblemCode.NO_OBJECTIONS, Step.OBJECTIONS)]
    return [
        Problem(ProblemCode.RESPONSE_MISSING, Step.OBJECTIONS, subject=objection.objection_text)
        for objection in expected
        if not objection.has_response
    ]


def validate_plan(plan: Plan) -> list[Problem]:
    """Everything the plan lacks before it is ready for the call, in step order."""
    return [
        *check_customer(plan.customer, has_call_time=plan.scheduled_at is not None),
        *check_goals(plan.goal, plan.minimum_goal),
        *check_timing(plan.opener, plan.fallback),
        *check_questions(plan.questions),
        *check_objections(plan.objections),
    ]


def first_incomplete_step(plan: Plan) -> Step:
    """Where to resume a draft: the first step with a problem, else the summary."""
    problems = validate_plan(plan)
    return min((problem.step for problem in problems), default=Step.SUMMARY)
