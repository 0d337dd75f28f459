"""Saving and reading call plans: one transaction, every field, the Trash, the counters."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from einwandfrei.planning.plan import CustomerInfo, PlannedObjection, PlannedQuestion, PlanStatus
from einwandfrei.store.calls.customers import list_customers, save_customer, set_customer_deleted
from einwandfrei.store.calls.plan_lists import PlanSection, list_plans
from einwandfrei.store.calls.plans import (
    PlanChangedError,
    delete_plan,
    latest_plan,
    read_plan,
    restore_plan,
    save_plan,
)
from einwandfrei.store.calls.question_bank import list_questions
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import NotFoundError
from einwandfrei.store.library.record_reading import read_meta, read_objections
from einwandfrei.store.library.search import search_ids
from tests.store.plan_fixtures import find_objection, logged, ready_plan


def counters(library: Library, response_id: int) -> tuple[int, int]:
    with library.read() as connection:
        row = connection.execute(
            text("SELECT times_used, times_worked FROM responses WHERE id = :id"),
            {"id": response_id},
        ).one()
    return row.times_used, row.times_worked


def test_a_saved_plan_reads_back_field_for_field(library: Library) -> None:
    plan = ready_plan(library)
    saved = save_plan(library, plan)
    assert saved.id is not None and saved.version == 1
    assert saved.customer.id is not None
    with library.read() as connection:
        again = read_plan(connection, saved.id)
    assert again == saved
    assert replace(again, id=None, version=None, customer=plan.customer) == plan


def test_new_question_objection_and_response_go_into_the_library(library: Library) -> None:
    price = find_objection(library, "too expensive")
    plan = replace(
        ready_plan(library),
        questions=(PlannedQuestion("What would a perfect Monday look like for your team?"),),
        objections=(
            PlannedObjection(price.text, price.id, "Expensive compared to what, exactly?"),
            PlannedObjection("We are moving offices", None, "When is the move done?"),
        ),
    )
    saved = save_plan(library, plan)
    question = saved.questions[0]
    assert question.question_id is not None
    with library.read() as connection:
        assert question.text in [q.text for q in list_questions(connection)]
        [moving] = read_objections(connection, search_ids(connection, "moving offices", 5))
        again = read_objections(connection, [price.id or 0])[0]
        language = read_meta(connection, "language")
    assert moving.id == saved.objections[1].objection_id
    assert [r.text for r in moving.responses] == ["When is the move done?"]
    assert again.responses[-1].text == "Expensive compared to what, exactly?"
    assert saved.objections[0].response_id == again.responses[-1].id
    assert moving.language == language
    # Saving again does not add the same response or question twice.
    resaved = save_plan(library, replace(plan, id=saved.id))
    assert resaved.objections[0].response_id == saved.objections[0].response_id
    with library.read() as connection:
        texts = [q.text for q in list_questions(connection)]
    assert texts.count(question.text) == 1


def test_a_known_customer_name_is_not_created_twice(library: Library) -> None:
    first = save_plan(library, ready_plan(library))
    second = save_plan(library, ready_plan(library, CustomerInfo("anna  keller", "MÜLLER AG")))
    assert first.customer.id == second.customer.id
    with library.read() as connection:
        assert len(list_customers(connection)) == 1


def test_editing_a_stale_version_is_refused_and_changes_nothing(library: Library) -> None:
    saved = save_plan(library, ready_plan(library))
    save_plan(library, replace(saved, goal="A newer goal"))
    with pytest.raises(PlanChangedError):
        save_plan(library, replace(saved, goal="An older edit"))
    with library.read() as connection:
        assert read_plan(connection, saved.id or 0).goal == "A newer goal"


def test_a_stale_edit_is_refused_even_when_only_the_lists_changed(library: Library) -> None:
    saved = save_plan(library, ready_plan(library))
    newer = save_plan(library, replace(saved, key_messages=("Only this changed",)))
    assert newer.version == (saved.version or 0) + 1
    with pytest.raises(PlanChangedError):
        save_plan(library, replace(saved, questions=saved.questions[:1]))
    with library.read() as connection:
        assert read_plan(connection, saved.id or 0).key_messages == ("Only this changed",)


def test_a_failed_save_writes_nothing(library: Library) -> None:
    plan = replace(ready_plan(library), objections=(PlannedObjection("Gone", 999_999, "", None),))
    with pytest.raises(NotFoundError):
        save_plan(library, plan)
    with library.read() as connection:
        assert list_plans(connection) == []
        assert list_customers(connection) == []


def test_logging_moves_counters_once_and_undo_restores_them(library: Library) -> None:
    saved = save_plan(library, ready_plan(library))
    price_response = saved.objections[0].response_id
    other_response = saved.objections[1].response_id
    assert price_response is not None and other_response is not None
    start = counters(library, price_response)
    after_log = save_plan(library, logged(saved, worked=True))
    assert after_log.status is PlanStatus.DONE
    assert counters(library, price_response) == (start[0] + 1, start[1] + 1)
    assert counters(library, other_response) == (0, 0)  # did not come up
    # Editing the log: the answer did not work after all, and the other objection came up too.
    edited = save_plan(library, logged(after_log, worked=False, came_up=(True, True)))
    assert counters(library, price_response) == (start[0] + 1, start[1])
    assert counters(library, other_response) == (1, 0)
    # Undo = write the version from before the log again.
    save_plan(library, replace(saved, version=None))
    assert counters(library, price_response) == start
    assert counters(library, other_response) == (0, 0)
    assert edited.outcome.notes == "Budget frozen until April"


def test_trash_and_restore(library: Library) -> None:
    saved = save_plan(library, ready_plan(library))
    delete_plan(library, saved.id or 0)
    with library.read() as connection:
        assert list_plans(connection, PlanSection.UPCOMING) == []
        assert [p.id for p in list_plans(connection, PlanSection.TRASH)] == [saved.id]
        assert latest_plan(connection, saved.customer.id or 0) is None
    restore_plan(library, saved.id or 0)
    with library.read() as connection:
        assert [p.id for p in list_plans(connection, PlanSection.UPCOMING)] == [saved.id]
    with pytest.raises(NotFoundError):
        delete_plan(library, 424242)


def test_writing_a_trashed_plan_brings_it_back(library: Library) -> None:
    saved = save_plan(library, ready_plan(library))
    delete_plan(library, saved.id or 0)
    save_plan(library, replace(saved, version=None))
    with library.read() as connection:
        assert [p.id for p in list_plans(connection, PlanSection.ALL)] == [saved.id]


def test_sections_and_order(library: Library) -> None:
    base = ready_plan(library)
    early = save_plan(library, replace(base, scheduled_at=datetime(2025, 3, 1, tzinfo=UTC)))
    late = save_plan(library, replace(base, scheduled_at=datetime(2025, 3, 9, tzinfo=UTC)))
    draft = save_plan(library, replace(base, status=PlanStatus.DRAFT, goal=""))
    done = save_plan(
        library, logged(replace(base, scheduled_at=datetime(2025, 2, 1, tzinfo=UTC)), worked=True)
    )
    with library.read() as connection:
        ids = {section: [p.id for p in list_plans(connection, section)] for section in PlanSection}
        summary = list_plans(connection, PlanSection.UPCOMING)[0]
    assert ids[PlanSection.UPCOMING] == [early.id, late.id]
    assert ids[PlanSection.DRAFTS] == [draft.id]
    assert ids[PlanSection.PAST] == [done.id]
    assert set(ids[PlanSection.ALL]) == {early.id, late.id, draft.id, done.id}
    assert ids[PlanSection.TRASH] == []
    assert (summary.question_count, summary.objection_count) == (3, 2)
    assert summary.customer.name == "Anna Keller"


def test_customer_filter_and_a_trashed_customer_hides_their_plans(library: Library) -> None:
    anna = save_plan(library, ready_plan(library))
    ben = save_plan(library, ready_plan(library, CustomerInfo("Ben Frei")))
    with library.read() as connection:
        only_ben = list_plans(connection, customer_id=ben.customer.id)
    assert [p.id for p in only_ben] == [ben.id]
    set_customer_deleted(library, ben.customer.id or 0, True)
    with library.read() as connection:
        assert [p.id for p in list_plans(connection)] == [anna.id]
        assert [c.name for c in list_customers(connection, deleted=True)] == ["Ben Frei"]


def test_latest_plan_is_the_newest_by_call_date(library: Library) -> None:
    base = ready_plan(library)
    older = save_plan(library, replace(base, scheduled_at=datetime(2025, 1, 1, tzinfo=UTC)))
    newer = save_plan(library, replace(base, scheduled_at=datetime(2025, 2, 1, tzinfo=UTC)))
    customer_id = older.customer.id or 0
    with library.read() as connection:
        assert (latest_plan(connection, customer_id) or base).id == newer.id
        other = latest_plan(connection, customer_id, exclude_plan_id=newer.id)
    assert (other or base).id == older.id


def test_every_save_counts_as_a_change_for_backups(library: Library) -> None:
    with library.read() as connection:
        before = int(read_meta(connection, "change_count", "0"))
    save_customer(library, CustomerInfo("Clara Sommer"))
    save_plan(library, ready_plan(library))
    with library.read() as connection:
        assert int(read_meta(connection, "change_count", "0")) >= before + 2
