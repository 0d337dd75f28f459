"""The one change value: what each writer says it changed, and the questions views ask of it."""

from __future__ import annotations

from einwandfrei.planning.changes import Aspect, Change, Vocabulary


def test_typed_words_concern_their_objection_and_nothing_else() -> None:
    change = Change.words(5, "text")
    assert change.aspects == {Aspect.TEXT}
    assert change.concerns_objection(5) and change.concerns_words_of(5)
    assert not change.concerns_objection(6)
    assert change.only_words() and change.touches_objections()
    assert not change.membership
    assert not (change.touches_calls() or change.touches_drills() or change.touches_bank())
    assert not change.touches_vocabulary()
    assert Change.words(5, "probing_questions").aspects == {Aspect.PROBING}
    assert Change.response_words(5).only_words()


def test_membership_changes_reach_lists_counts_and_drills() -> None:
    for aspect in (Aspect.CREATED, Aspect.DELETED, Aspect.RESTORED, Aspect.MOVED):
        change = Change.about([1, 2], aspect)
        assert change.membership and change.touches_drills() and not change.only_words()
        assert not change.touches_calls()
    tagged = Change.tagged([3])
    assert tagged.membership and tagged.vocabulary == {Vocabulary.TAGS}
    kind = Change.about([3], Aspect.KIND)
    assert not kind.membership and not kind.only_words() and not kind.touches_drills()
    assert Change.responses([3]).touches_drills() and not Change.responses([3]).membership


def test_named_lists_say_whether_objections_were_regrouped() -> None:
    colour = Change.named_lists(Vocabulary.CATEGORIES)
    assert colour.touches_vocabulary() and not colour.membership and not colour.objection_ids
    deleted = Change.named_lists(Vocabulary.CATEGORIES, regrouped=True)
    assert deleted.membership and deleted.aspects == {Aspect.MOVED}
    technique = Change.named_lists(Vocabulary.TECHNIQUES, regrouped=True)
    assert technique.aspects == {Aspect.RESPONSES} and not technique.membership


def test_the_calls_side_touches_the_due_list_and_drills_not_the_editor() -> None:
    saved = Change.plan_saved([4, 7])
    assert saved.touches_calls() and saved.touches_bank() and saved.touches_drills()
    assert saved.concerns_objection(4) and not saved.concerns_words_of(4)
    assert saved.membership  # a plan may bring new objections into the library
    trashed = Change.plan_trashed()
    assert trashed.touches_calls() and not trashed.touches_objections()
    customer = Change.customer_details()
    assert customer.touches_calls() and not customer.touches_drills()
    bank = Change.question_bank()
    assert bank.touches_bank() and not bank.touches_calls() and not bank.touches_objections()
    drilled = Change.drilled()
    assert drilled.touches_drills() and not drilled.touches_objections()


def test_everything_concerns_everyone() -> None:
    everything = Change.whole_library()
    assert everything.concerns_objection(123) and everything.concerns_words_of(123)
    assert everything.membership and everything.touches_vocabulary()
    assert everything.touches_calls() and everything.touches_bank() and everything.touches_drills()
    assert not everything.only_words()


def test_the_origin_names_who_made_it_and_takes_no_part_in_comparisons() -> None:
    editor, stack = object(), object()
    typed = Change.words(5, "concern").by(editor)
    assert typed.origin is editor
    undone = typed.by(stack)
    assert undone.origin is stack and undone == typed and hash(undone) == hash(typed)
    assert Change.words(5, "concern").origin is None
