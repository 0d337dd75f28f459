"""The question bank and the checklist template: the editing rules hold in the store too."""

from __future__ import annotations

import pytest

from einwandfrei.planning.bank_rules import TextProblem
from einwandfrei.store.calls.checklist_template import (
    add_checklist_item,
    list_checklist,
    remove_checklist_item,
    reorder_checklist,
    template_ticks,
    update_checklist_item,
)
from einwandfrei.store.calls.question_bank import (
    TextRefusedError,
    add_question,
    list_questions,
    rename_question,
    reorder_questions,
    set_question_deleted,
)
from einwandfrei.store.db.connection import Library


def bank(library: Library) -> list[str]:
    with library.read() as connection:
        return [q.text for q in list_questions(connection)]


def test_questions_add_rename_reorder(empty_library: Library) -> None:
    first = add_question(empty_library, "  What is on your   desk? ")
    second = add_question(empty_library, "How do you decide?")
    third = add_question(empty_library, "What worked well?", position=0)
    assert bank(empty_library) == [
        "What worked well?",
        "What is on your desk?",
        "How do you decide?",
    ]
    rename_question(empty_library, first, "What is on your desk this quarter?")
    reorder_questions(empty_library, [second, first, third])
    assert bank(empty_library) == [
        "How do you decide?",
        "What is on your desk this quarter?",
        "What worked well?",
    ]
    with empty_library.read() as connection:
        assert [q.position for q in list_questions(connection)] == [0, 1, 2]


@pytest.mark.parametrize(
    ("wording", "problem"),
    [
        ("", TextProblem.EMPTY),
        ("how do you DECIDE?", TextProblem.DUPLICATE),
        ("x" * 600, TextProblem.TOO_LONG),
    ],
)
def test_questions_refused(empty_library: Library, wording: str, problem: TextProblem) -> None:
    add_question(empty_library, "How do you decide?")
    with pytest.raises(TextRefusedError) as refused:
        add_question(empty_library, wording)
    assert refused.value.problem is problem
    assert bank(empty_library) == ["How do you decide?"]


def test_question_trash_and_restore(empty_library: Library) -> None:
    question = add_question(empty_library, "How do you decide?")
    set_question_deleted(empty_library, question, True)
    assert bank(empty_library) == []
    with empty_library.read() as connection:
        assert [q.id for q in list_questions(connection, deleted=True)] == [question]
    set_question_deleted(empty_library, question, False)
    assert bank(empty_library) == ["How do you decide?"]


def test_restoring_a_question_that_now_exists_twice_is_refused(empty_library: Library) -> None:
    question = add_question(empty_library, "How do you decide?")
    set_question_deleted(empty_library, question, True)
    add_question(empty_library, "How do you decide?")
    with pytest.raises(TextRefusedError):
        set_question_deleted(empty_library, question, False)


def test_checklist_template(empty_library: Library) -> None:
    headset = add_checklist_item(empty_library, "Headset tested")
    crm = add_checklist_item(empty_library, "CRM open")
    notes = add_checklist_item(empty_library, "Read the notes", position=0)
    update_checklist_item(empty_library, crm, active=False)
    update_checklist_item(empty_library, headset, text="Headset charged and tested")
    with pytest.raises(TextRefusedError):
        update_checklist_item(empty_library, headset, text="crm OPEN")
    with empty_library.read() as connection:
        ticks = template_ticks(connection)
    assert [(t.text, t.done, t.checklist_item_id) for t in ticks] == [
        ("Read the notes", False, notes),
        ("Headset charged and tested", False, headset),
    ]
    reorder_checklist(empty_library, [crm, headset, notes])
    removed = remove_checklist_item(empty_library, headset)
    assert removed.text == "Headset charged and tested" and removed.position == 1
    with empty_library.read() as connection:
        items = list_checklist(connection)
    assert [(i.text, i.position, i.active) for i in items] == [
        ("CRM open", 0, False),
        ("Read the notes", 1, True),
    ]
    # Undo of the removal: add it back where it was.
    add_checklist_item(empty_library, removed.text, position=removed.position)
    with empty_library.read() as connection:
        assert [i.text for i in list_checklist(connection)][1] == "Headset charged and tested"
