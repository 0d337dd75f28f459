"""Preparing the next call from the last one."""

from __future__ import annotations

from datetime import UTC, datetime

from einwandfrei.planning.carry_forward import new_plan_for, next_plan_from, open_objections
from einwandfrei.planning.plan import (
    CallOutcome,
    ChecklistTick,
    CustomerInfo,
    Plan,
    PlannedObjection,
    PlannedQuestion,
    PlanStatus,
)

ANNA = CustomerInfo("Anna Keller", "Müller AG", id=7)
TEMPLATE = (ChecklistTick("Headset tested", True, 1), ChecklistTick("CRM open", False, 2))


def logged_plan(**outcome: object) -> Plan:
    return Plan(
        customer=ANNA,
        status=PlanStatus.DONE,
        scheduled_at=datetime(2025, 3, 4, 9, tzinfo=UTC),
        goal="Pilot agreed",
        minimum_goal="OK for a next call",
        key_messages=("30% less set-up time", "Support in Swiss German"),
        questions=(PlannedQuestion("What is on your desk?", 4),),
        objections=(
            PlannedObjection(
                "Too expensive", 1, "Compared to what?", 11, came_up=True, response_worked=True
            ),
            PlannedObjection("No time", 2, "Two minutes?", 21, came_up=True, response_worked=False),
            PlannedObjection("We have a supplier", 3, "What would they…", 31),
            PlannedObjection(
                "Send me an email",
                5,
                "Gladly — …",
                51,
                was_expected=False,
                came_up=True,
                response_worked=None,
            ),
        ),
        checklist=(ChecklistTick("Headset tested", True, 1),),
        outcome=CallOutcome(**outcome),  # type: ignore[arg-type]
        id=40,
        version=3,
    )


def test_key_messages_questions_and_open_objections_carry_forward() -> None:
    agreed = datetime(2025, 3, 18, 9, tzinfo=UTC)
    plan = next_plan_from(
        logged_plan(goal_reached=False, next_contact_at=agreed, next_contact_agreed=True),
        TEMPLATE,
        scheduled_at=datetime(2025, 3, 5, 9, tzinfo=UTC),
    )
    assert plan.status is PlanStatus.DRAFT
    assert (plan.id, plan.version, plan.previous_plan_id) == (None, None, 40)
    assert plan.customer == ANNA
    assert plan.key_messages == ("30% less set-up time", "Support in Swiss German")
    assert plan.questions == (PlannedQuestion("What is on your desk?", 4),)
    assert plan.goal == "Pilot agreed"  # not reached: stay consistent on it
    assert plan.minimum_goal == ""  # a new date, so a new minimum goal
    assert plan.scheduled_at == agreed
    assert plan.outcome == CallOutcome()
    assert [(o.objection_id, o.response_id) for o in plan.objections] == [
        (2, None),  # came up, answer did not work: choose another
        (3, 31),  # expected, did not come up
        (5, 51),  # came up unexpected, unclear whether the answer worked
    ]
    assert all(
        o.was_expected and not o.came_up and o.response_worked is None for o in plan.objections
    )
    assert plan.checklist == (ChecklistTick("Headset tested", False, 1), TEMPLATE[1])


def test_a_reached_goal_is_not_carried_and_a_past_agreement_does_not_schedule() -> None:
    earlier = datetime(2025, 3, 1, 9, tzinfo=UTC)
    later = datetime(2025, 3, 5, 9, tzinfo=UTC)
    plan = next_plan_from(
        logged_plan(goal_reached=True, next_contact_at=earlier, next_contact_agreed=True),
        scheduled_at=later,
    )
    assert plan.goal == ""
    assert plan.scheduled_at == later


def test_an_unlogged_plan_carries_every_expected_objection() -> None:
    from dataclasses import replace

    plan = replace(logged_plan(), status=PlanStatus.PLANNED)
    assert [o.objection_id for o in open_objections(plan)] == [1, 2, 3]


def test_new_plan_for_a_first_call_is_empty_but_has_the_checklist() -> None:
    stranger = CustomerInfo("Ben Frei")
    plan = new_plan_for(stranger, None, TEMPLATE)
    assert plan.customer == stranger
    assert (plan.key_messages, plan.questions, plan.objections) == ((), (), ())
    assert [tick.done for tick in plan.checklist] == [False, False]


def test_new_plan_for_a_known_customer_carries_from_the_last_plan() -> None:
    renamed = CustomerInfo("Anna Keller-Brun", "Müller AG", id=7)
    plan = new_plan_for(renamed, logged_plan(goal_reached=False), TEMPLATE)
    assert plan.customer == renamed
    assert plan.previous_plan_id == 40
    assert len(plan.key_messages) == 2
