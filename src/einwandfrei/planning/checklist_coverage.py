"""Checklist items the plan itself covers: ticked by the plan's own facts, not by hand.

The checklist template is the user's text, so an item cannot be understood by reading it. The rule
is therefore narrow and exact: an item is *covered* when its text is one of the built-in items
below — the starter library's wording in English or German, compared as the question bank compares
texts (case and spacing aside). Each built-in item names one fact of the plan, checked by the same
rule the wizard uses for that step:

| built-in item (English wording)                           | ticked when                        |
| --------------------------------------------------------- | ---------------------------------- |
| Goal and minimum goal written down (…)                    | both goals are set                 |
| Key messages to repeat noted: …                           | at least one key message           |
| Three open questions ready that …                         | `MIN_QUESTIONS` distinct questions |
| Opener ready that asks whether now is a good moment       | the opener is written              |
| Expected objections and chosen answers ready              | objections expected, each answered |

A covered item is ticked exactly while its fact holds (the wizard does not let it be ticked by
hand), and the printed sheet leaves it off: the sheet shows the goal, the questions and the answers
themselves. A built-in item whose fact does not hold yet stays open, on the sheet too. An item the
user reworded is the user's own from then on, ticked by hand like any other.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace

from einwandfrei.planning.bank_rules import identity
from einwandfrei.planning.plan import ChecklistTick, Plan, PlannedObjection, PlannedQuestion
from einwandfrei.planning.validation import check_goals, check_objections, check_questions


class PlanFact(enum.StrEnum):
    """Something a plan holds that a checklist item may ask for."""

    GOALS = "goals"
    KEY_MESSAGES = "key_messages"
    QUESTIONS = "questions"
    OPENER = "opener"
    OBJECTIONS = "objections"


# The starter library's wording of each built-in item (resources/starter/starter-*.json; a test
# keeps the two in step).
BUILT_IN_ITEMS: dict[PlanFact, tuple[str, ...]] = {
    PlanFact.GOALS: (
        "Goal and minimum goal written down (at least: OK for a next contact at a named time)",
        "Ziel und Mindestziel notiert (mindestens: OK für einen nächsten Kontakt zu einem "
        "bestimmten Zeitpunkt)",
    ),
    PlanFact.KEY_MESSAGES: (
        "Key messages to repeat noted: the customer remembers only part of the last call",
        "Kernbotschaften zum Wiederholen notiert: Vom letzten Gespräch ist beim Kunden nur ein "
        "Teil hängen geblieben",
    ),
    PlanFact.QUESTIONS: (
        "Three open questions ready that get the customer talking about themselves",
        "Drei offene Fragen bereit, die den Kunden über sich erzählen lassen",
    ),
    PlanFact.OPENER: (
        "Opener ready that asks whether now is a good moment",
        "Einstieg bereit, der fragt, ob es gerade passt",
    ),
    PlanFact.OBJECTIONS: (
        "Expected objections and chosen answers ready",
        "Erwartete Einwände und passende Antworten bereit",
    ),
}

_FACT_BY_TEXT = {identity(text): fact for fact, texts in BUILT_IN_ITEMS.items() for text in texts}


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """What a plan holds, as far as the checklist is concerned."""

    goal: str = ""
    minimum_goal: str = ""
    opener: str = ""
    key_messages: tuple[str, ...] = ()
    questions: tuple[PlannedQuestion, ...] = ()
    objections: tuple[PlannedObjection, ...] = ()

    @classmethod
    def of(cls, plan: Plan) -> PlanFacts:
        """The facts of `plan`."""
        return cls(
            plan.goal,
            plan.minimum_goal,
            plan.opener,
            plan.key_messages,
            plan.questions,
            plan.objections,
        )

    def holds(self, fact: PlanFact) -> bool:
        """Whether the plan has what `fact` asks for."""
        if fact is PlanFact.GOALS:
            return not check_goals(self.goal, self.minimum_goal)
        if fact is PlanFact.KEY_MESSAGES:
            return any(message.strip() for message in self.key_messages)
        if fact is PlanFact.QUESTIONS:
            return not check_questions(self.questions)
        if fact is PlanFact.OPENER:
            return bool(self.opener.strip())
        return not check_objections(self.objections)


def fact_of(text: str) -> PlanFact | None:
    """The fact a checklist item stands for, or None for the user's own items."""
    return _FACT_BY_TEXT.get(identity(text))


def is_covered(tick: ChecklistTick, facts: PlanFacts) -> bool:
    """Whether the plan itself covers this item (a built-in item whose fact holds)."""
    fact = fact_of(tick.text)
    return fact is not None and facts.holds(fact)


def auto_ticked(checklist: Iterable[ChecklistTick], facts: PlanFacts) -> tuple[ChecklistTick, ...]:
    """The checklist with every built-in item ticked exactly while its fact holds; the user's own
    items as they are."""
    result = []
    for tick in checklist:
        fact = fact_of(tick.text)
        if fact is not None and tick.done != facts.holds(fact):
            tick = replace(tick, done=facts.holds(fact))
        result.append(tick)
    return tuple(result)


def still_open(checklist: Iterable[ChecklistTick], facts: PlanFacts) -> tuple[ChecklistTick, ...]:
    """What is left to do before the call: items not ticked, built-in ones judged by the plan."""
    return tuple(tick for tick in auto_ticked(checklist, facts) if not tick.done)
