"""Checklist items the plan covers itself: the rule, and the starter library that names them."""

from __future__ import annotations

import json

import pytest

from einwandfrei.planning.checklist_coverage import (
    BUILT_IN_ITEMS,
    PlanFact,
    PlanFacts,
    auto_ticked,
    fact_of,
    is_covered,
    still_open,
)
from einwandfrei.planning.plan import ChecklistTick, PlannedObjection, PlannedQuestion
from einwandfrei.resources import resource

OPENER = "Opener ready that asks whether now is a good moment"
QUESTIONS = "Three open questions ready that get the customer talking about themselves"
GOALS = "Goal and minimum goal written down (at least: OK for a next contact at a named time)"
OBJECTIONS = "Expected objections and chosen answers ready"
KEY_MESSAGES = "Key messages to repeat noted: the customer remembers only part of the last call"

COMPLETE = PlanFacts(
    goal="Pilot agreed",
    minimum_goal="A callback",
    opener="Is now a good moment?",
    key_messages=("30% less set-up time",),
    questions=tuple(PlannedQuestion(text) for text in ("One?", "Two?", "Three?")),
    objections=(PlannedObjection("Too expensive", 1, response_id=2),),
)


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_built_in_item_is_in_the_starter_checklist(language: str) -> None:
    starter = json.loads(resource("starter", f"starter-{language}.json").read_text("utf-8"))
    facts = [fact_of(item["text"]) for item in starter["checklist"]]
    assert {fact for fact in facts if fact is not None} == set(PlanFact)
    assert len([fact for fact in facts if fact is not None]) == len(PlanFact)  # once each
    assert len(BUILT_IN_ITEMS) == len(PlanFact)


def test_items_are_recognised_by_their_whole_text_case_and_spacing_aside() -> None:
    assert fact_of(OPENER) is PlanFact.OPENER
    assert fact_of("  opener READY that asks whether   now is a good moment ") is PlanFact.OPENER
    assert fact_of("Einstieg bereit, der fragt, ob es gerade passt") is PlanFact.OPENER
    # A reworded item, or one that merely mentions a goal, is the user's own.
    assert fact_of("Opener ready") is None
    assert fact_of("Ask about their goals for next year") is None
    assert fact_of("Headset tested") is None


@pytest.mark.parametrize(
    ("text", "lacking"),
    [
        (GOALS, PlanFacts(goal="Pilot agreed")),  # no minimum goal
        (KEY_MESSAGES, PlanFacts(key_messages=("  ",))),
        (QUESTIONS, PlanFacts(questions=(PlannedQuestion("One?"), PlannedQuestion("one?")))),
        (OPENER, PlanFacts(opener=" ")),
        (OBJECTIONS, PlanFacts(objections=(PlannedObjection("Too expensive", 1),))),  # no answer
        (OBJECTIONS, PlanFacts()),
    ],
)
def test_each_item_is_covered_exactly_while_its_fact_holds(text: str, lacking: PlanFacts) -> None:
    tick = ChecklistTick(text)
    assert is_covered(tick, COMPLETE)
    assert not is_covered(tick, lacking)


def test_auto_ticking_follows_the_plan_and_leaves_the_users_items_alone() -> None:
    checklist = (
        ChecklistTick("Headset tested", True),
        ChecklistTick(OPENER, False),  # the plan has an opener: ticked
        ChecklistTick("CRM open", False),
        ChecklistTick(QUESTIONS, True),  # ticked by hand, but only two questions: unticked
    )
    facts = PlanFacts(opener="Now a good moment?", questions=(PlannedQuestion("One?"),) * 2)
    assert [tick.done for tick in auto_ticked(checklist, facts)] == [True, True, False, False]
    assert [tick.text for tick in still_open(checklist, facts)] == ["CRM open", QUESTIONS]
    assert [tick.text for tick in still_open(checklist, COMPLETE)] == ["CRM open"]
