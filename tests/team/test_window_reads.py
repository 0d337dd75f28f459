"""What the window reads about the team: an objection's standing, the list's marks, the
changelog with what the last pull brought, one's suggestions, the server's overview."""

from __future__ import annotations

from einwandfrei.planning.call_log import CounterChange
from einwandfrei.store.calls.team_outbox import record_team_counts
from einwandfrei.store.library.objection_edits import create_objection, set_objection_text
from einwandfrei.store.library.team_marks import has_team_items, read_team_marks
from einwandfrei.team.history import changelog, own_suggestions
from einwandfrei.team.item_state import Standing, objection_standing
from einwandfrei.team.overview import server_overview
from einwandfrei.team.publish import publish
from einwandfrei.team.suggestions import reject, send_now, suggest
from einwandfrei.team.sync import sync
from tests.team.sync_support import Reps, objection_id

PRICE, LATER = "That's too expensive.", "Not now."


def test_an_objection_stands_personal_team_changed_or_in_conflict(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    publish(anna, message="Start")
    ben = reps("ben")
    sync(ben)
    price, later = objection_id(ben, PRICE), objection_id(ben, LATER)
    own = create_objection(ben, "We already have someone.")
    assert objection_standing(ben, own).standing is Standing.PERSONAL
    assert objection_standing(ben, price).standing is Standing.TEAM
    assert objection_standing(ben, price).revision == 1
    set_objection_text(ben, price, "text", "Far too expensive.")
    assert objection_standing(ben, price).standing is Standing.CHANGED
    set_objection_text(ben, price, "text", PRICE)  # changed back: the team's again
    assert objection_standing(ben, price).standing is Standing.TEAM
    set_objection_text(ben, later, "text", "Not now, maybe in spring.")
    set_objection_text(anna, objection_id(anna, LATER), "text", "Not right now.")
    publish(anna, message="Sharper")
    sync(ben)
    standing = objection_standing(ben, later)
    assert (standing.standing, standing.revision, standing.waiting_revision) == (
        Standing.CONFLICT,
        1,
        2,
    )
    assert standing.can_suggest and not objection_standing(ben, price).can_suggest


def test_the_list_marks_team_objections_with_the_teams_success_rate(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    ben = reps("ben")
    with ben.read() as connection:
        assert not has_team_items(connection)
    publish(anna)
    sync(ben)
    price = objection_id(ben, PRICE)
    with ben.write() as connection:
        first_answer = connection.exec_driver_sql(
            "SELECT min(id) FROM responses WHERE objection_id = ?", (price,)
        ).scalar_one()
        record_team_counts(connection, {int(first_answer): CounterChange(4, 3)})
    sync(ben)  # sends the counts, pulls the totals
    own = create_objection(ben, "Mine alone.")
    with ben.read() as connection:
        assert has_team_items(connection)
        marks = read_team_marks(connection, [price, own, objection_id(ben, LATER)])
    assert set(marks) == {price, objection_id(ben, LATER)}
    assert (marks[price].used, marks[price].worked, marks[price].waiting) == (4, 3, False)
    assert marks[price].success_rate == 0.75
    assert marks[objection_id(ben, LATER)].success_rate is None
    assert objection_standing(ben, price).team_rate == 0.75


def test_the_changelog_marks_what_the_last_pull_brought(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    ben = reps("ben")
    publish(anna, message="Start")
    sync(ben)
    assert [(entry.number, entry.new) for entry in changelog(ben)] == [(1, True)]
    set_objection_text(anna, objection_id(anna, PRICE), "text", "Too pricey.")
    publish(anna, message="One")
    set_objection_text(anna, objection_id(anna, LATER), "text", "Not right now.")
    publish(anna, message="Two")
    sync(ben)
    sync(ben)  # nothing new: what the last pull brought stays marked
    assert [(entry.number, entry.message, entry.author, entry.new) for entry in changelog(ben)] == [
        (3, "Two", "anna", True),
        (2, "One", "anna", True),
        (1, "Start", "anna", False),
    ]


def test_ones_own_suggestions_show_their_outcomes(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    ben = reps("ben")
    sync(ben)
    suggest(ben, create_objection(ben, "Mine."), "Heard it.", new=True)
    assert [(s.text, s.sent, s.status, s.new) for s in own_suggestions(ben)] == [
        ("Mine.", False, "pending", True)
    ]
    send_now(ben)
    overview = server_overview(anna)
    assert overview.rights.editor and [s.text for s in overview.queue] == ["Mine."]
    member = server_overview(ben)
    assert not member.rights.editor and member.rights.member and member.queue == ()
    reject(anna, overview.queue[0].number, "Covered elsewhere.")
    sync(ben)
    [outcome] = own_suggestions(ben)
    assert (outcome.sent, outcome.status, outcome.decided_by, outcome.decision_reason) == (
        True,
        "rejected",
        "anna",
        "Covered elsewhere.",
    )
