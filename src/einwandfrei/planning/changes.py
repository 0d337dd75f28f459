"""What a change to the library touched, and who made it: one immutable value for every writer.

Every writer — an undo step, the Calls view, an import or a restore, a drill grade, the team pull —
describes what it changed as one `Change`; the window's change bus hands it to every view, and each
asks it whether it concerns them ("does this touch objection 5's words?", "the Due list?"). The
initiator is named in `origin`, so a view can skip the echo of its own edit.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace


class Aspect(enum.Enum):
    """What about the objections named in a change changed."""

    TEXT = "text"  # what the customer says
    CONCERN = "concern"  # what is behind it
    PROBING = "probing_questions"
    KIND = "kind"  # real, smoke screen, brush-off
    RESPONSE_WORDS = "response_words"  # a response's text or follow-up question
    RESPONSES = "responses"  # responses added, removed, reordered, their technique or counts
    CREATED = "created"
    DELETED = "deleted"  # to the Trash, or for good
    RESTORED = "restored"
    MOVED = "moved"  # to another category (or none)
    FAVOURITE = "favourite"
    TAGS = "tags"
    PHRASINGS = "phrasings"  # how customers say it (what search finds it by)


# Words typed into a field: whoever typed them holds them already.
WORDS = frozenset({Aspect.TEXT, Aspect.CONCERN, Aspect.PROBING, Aspect.RESPONSE_WORDS})
# Objections came into or left views (the sidebar's, the search's): lists and counts are stale.
MEMBERSHIP = frozenset(
    {
        Aspect.CREATED,
        Aspect.DELETED,
        Aspect.RESTORED,
        Aspect.MOVED,
        Aspect.FAVOURITE,
        Aspect.TAGS,
        Aspect.PHRASINGS,
    }
)


class Vocabulary(enum.Enum):
    """The named lists objections and responses use."""

    CATEGORIES = "categories"
    TECHNIQUES = "techniques"
    TAGS = "tags"


# What objections a change of a named list regroups: categories hold objections, tags mark them,
# techniques describe responses.
_REGROUPED = {
    Vocabulary.CATEGORIES: Aspect.MOVED,
    Vocabulary.TAGS: Aspect.TAGS,
    Vocabulary.TECHNIQUES: Aspect.RESPONSES,
}


def _ids(objection_ids: Iterable[int]) -> frozenset[int]:
    return frozenset(objection_ids)


@dataclass(frozen=True, slots=True)
class Change:
    """One change to the library, as every view needs to know it.

    `objection_ids` and `aspects`: which objections changed and what about them (an aspect
    without ids: some objections, not known which — a category deleted). `vocabulary`: named
    lists changed. `plans`, `customers`, `bank` (question bank, checklist template), `drills`
    (review state, drill settings): the calls and drills side. `everything`: anything may differ
    (an import, a restored backup, a team pull of many items). `origin`: who made it (the editor,
    the undo stack, …; None when it does not matter); it takes no part in comparisons.
    """

    objection_ids: frozenset[int] = frozenset()
    aspects: frozenset[Aspect] = frozenset()
    vocabulary: frozenset[Vocabulary] = frozenset()
    plans: bool = False
    customers: bool = False
    bank: bool = False
    drills: bool = False
    everything: bool = False
    origin: object | None = field(default=None, compare=False, hash=False)

    # Constructors ----------------------------------------------------------------------------

    @classmethod
    def about(cls, objection_ids: Iterable[int], *aspects: Aspect) -> Change:
        """Objections and what about them changed."""
        return cls(_ids(objection_ids), frozenset(aspects))

    @classmethod
    def words(cls, objection_id: int, field_name: str) -> Change:
        """An objection's text, concern or probing questions ("text", "concern", …)."""
        return cls.about([objection_id], Aspect(field_name))

    @classmethod
    def response_words(cls, objection_id: int) -> Change:
        """The text or follow-up question of one of the objection's responses."""
        return cls.about([objection_id], Aspect.RESPONSE_WORDS)

    @classmethod
    def responses(cls, objection_ids: Iterable[int]) -> Change:
        """Responses added, removed, reordered, re-assigned a technique or counted."""
        return cls.about(objection_ids, Aspect.RESPONSES)

    @classmethod
    def tagged(cls, objection_ids: Iterable[int]) -> Change:
        """Objections' tags (new tags may have come into the list of tags)."""
        return cls(_ids(objection_ids), frozenset({Aspect.TAGS}), frozenset({Vocabulary.TAGS}))

    @classmethod
    def named_lists(cls, *lists: Vocabulary, regrouped: bool = False) -> Change:
        """Categories, techniques or tags; `regrouped`: objections left or changed a group
        (a category or tag deleted or renamed), without saying which."""
        aspects = frozenset(_REGROUPED[entry] for entry in lists) if regrouped else frozenset()
        return cls(aspects=aspects, vocabulary=frozenset(lists))

    @classmethod
    def plan_saved(cls, objection_ids: Iterable[int] = ()) -> Change:
        """A plan written (prepared, logged, or an earlier version put back): its customer, the
        questions it added to the bank, and the objections it names — new ones among them, their
        responses added to or counted."""
        ids = _ids(objection_ids)
        aspects = frozenset({Aspect.CREATED, Aspect.RESPONSES}) if ids else frozenset()
        return cls(ids, aspects, plans=True, customers=True, bank=True)

    @classmethod
    def plan_trashed(cls) -> Change:
        """A plan moved to the Trash or back."""
        return cls(plans=True)

    @classmethod
    def customer_details(cls) -> Change:
        """A customer's details, or whether they are in the Trash."""
        return cls(customers=True)

    @classmethod
    def question_bank(cls) -> Change:
        """The question bank or the checklist template."""
        return cls(bank=True)

    @classmethod
    def drilled(cls) -> Change:
        """Drill schedules (a grade) or drill settings."""
        return cls(drills=True)

    @classmethod
    def whole_library(cls) -> Change:
        """Anything may have changed."""
        return cls(everything=True)

    def by(self, origin: object | None) -> Change:
        """The same change, made by `origin`."""
        return replace(self, origin=origin)

    # Questions views ask ---------------------------------------------------------------------

    @property
    def membership(self) -> bool:
        """Whether objections may have come into or left views (lists and counts)."""
        return self.everything or bool(self.aspects & MEMBERSHIP)

    def concerns_objection(self, objection_id: int) -> bool:
        """Whether anything about this objection may have changed."""
        return self.everything or objection_id in self.objection_ids

    def concerns_words_of(self, objection_id: int) -> bool:
        """Whether the words of this objection or of its responses may have changed."""
        return self.concerns_objection(objection_id) and (
            self.everything or bool(self.aspects & WORDS)
        )

    def only_words(self) -> bool:
        """Whether nothing but typed words changed (whoever typed them shows them already)."""
        return (
            bool(self.aspects)
            and self.aspects <= WORDS
            and not (self.vocabulary or self.everything or self.touches_calls() or self.drills)
        )

    def touches_objections(self) -> bool:
        """Whether objections, their responses or the named lists may have changed."""
        return self.everything or bool(self.objection_ids or self.aspects or self.vocabulary)

    def touches_vocabulary(self) -> bool:
        """Whether categories, techniques or tags may have changed."""
        return self.everything or bool(self.vocabulary)

    def touches_calls(self) -> bool:
        """Whether plans, customers — and so the Due list — may have changed."""
        return self.everything or self.plans or self.customers

    def touches_bank(self) -> bool:
        """Whether the question bank or the checklist template may have changed."""
        return self.everything or self.bank

    def touches_drills(self) -> bool:
        """Whether what is due for drilling may differ: schedules, settings, which objections
        exist and what they hold, and the calls they are drilled for."""
        return (
            self.everything
            or self.drills
            or self.plans
            or self.membership
            or Aspect.RESPONSES in self.aspects
        )
