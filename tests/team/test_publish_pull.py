"""Publish → pull between data folders, against the real server."""

from __future__ import annotations

from einwandfrei.planning.changes import Change
from einwandfrei.store.library.objection_edits import set_objection_text
from einwandfrei.store.library.search import search_ids
from einwandfrei.team.publish import publish
from einwandfrei.team.pull import pull
from tests.team.sync_support import Reps, library_state, objection_id, objection_text, uuid_of


def test_a_published_playbook_arrives_whole_in_two_other_libraries(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    report = publish(anna, message="The starter playbook")
    assert report.revision == 1
    assert report.added > 49
    ben, dora = reps("ben"), reps("dora")
    for library in (ben, dora):
        pulled = pull(library)
        assert pulled.revision_after == 1
        assert [entry.message for entry in pulled.changelog] == ["The starter playbook"]
    shared = ("objections", "responses", "questions", "categories", "techniques", "tags")
    mine, theirs = library_state(anna), library_state(ben)
    for table in shared:
        assert len(mine[table]) == len(theirs[table]), table
    assert {row[0] for row in mine["objections"]} == {row[0] for row in theirs["objections"]}
    assert {row[:1] + row[2:3] for row in mine["responses"]} == {
        row[:1] + row[2:3] for row in theirs["responses"]
    }
    assert library_state(ben)["objections"] == library_state(dora)["objections"]
    # The search index came along.
    with ben.read() as connection:
        assert search_ids(connection, "persistent")
    assert len(library_state(ben)["search_documents"]) == len(mine["search_documents"])


def test_pulling_twice_changes_nothing(reps: Reps) -> None:
    publish(reps("anna", starter=True))
    ben = reps("ben")
    pull(ben)
    before = library_state(ben)
    again = pull(ben)
    assert (again.added, again.updated, again.removed, again.conflicts) == ((), (), (), ())
    assert again.change() == Change()
    assert again.revision_before == again.revision_after == 1
    assert library_state(ben) == before


def test_a_local_edit_survives_a_pull_and_the_team_version_waits_beside_it(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    ben = reps("ben")
    pull(ben)
    words = "That's too expensive."
    mine, other = objection_id(ben, words), objection_id(ben, "Not now.")
    set_objection_text(ben, mine, "text", "That is really too expensive.")
    set_objection_text(anna, objection_id(anna, words), "text", "Too pricey.")
    set_objection_text(anna, objection_id(anna, "Not now."), "text", "Not right now.")
    publish(anna, message="Sharper wording")
    report = pull(ben)
    change = report.change()
    assert change.objection_ids == {other} and change.concerns_words_of(other)
    assert not change.concerns_objection(mine)
    assert objection_text(ben, uuid_of(ben, mine)) == "That is really too expensive."
    assert objection_text(ben, uuid_of(ben, other)) == "Not right now."
    assert report.conflicts == (uuid_of(ben, mine),)
    assert report.updated == (uuid_of(ben, other),)


def test_only_a_pull_that_changes_items_counts_as_a_change_to_back_up(reps: Reps) -> None:
    from einwandfrei.store.db.change_counter import CHANGE_COUNT
    from einwandfrei.store.library.record_reading import read_meta

    publish(reps("anna", starter=True))
    ben = reps("ben")

    def change_count() -> str:
        with ben.read() as connection:
            return read_meta(connection, CHANGE_COUNT, "0")

    before = change_count()
    pull(ben)
    after_first = change_count()
    assert after_first != before
    pull(ben)  # nothing new: only the link's time moves
    assert change_count() == after_first
