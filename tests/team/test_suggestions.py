"""Suggest → approve/reject → pull; two editors racing on one item; a member publishing."""

from __future__ import annotations

import pytest

from einwandfrei.store.library.objection_edits import create_objection, set_objection_text
from einwandfrei.team.errors import TeamConflictError, TeamError
from einwandfrei.team.publish import publish
from einwandfrei.team.pull import pull
from einwandfrei.team.suggestions import approve, pending, reject, send_now, suggest
from einwandfrei.team.sync import sync
from tests.team.sync_support import Reps, library_state, objection_id, objection_text, uuid_of

PRICE = "That's too expensive."


def test_suggest_approve_pull(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    ben, dora = reps("ben"), reps("dora")
    pull(ben)
    pull(dora)
    mine = objection_id(ben, PRICE)
    set_objection_text(ben, mine, "text", "That is more than we can pay.")
    suggest(ben, mine, "Customers say it this way", new=False)
    assert send_now(ben)
    [waiting] = pending(anna)
    assert (waiting.text, waiting.suggested_by, waiting.new) == (
        "That is more than we can pay.",
        "ben",
        False,
    )
    assert waiting.reason == "Customers say it this way"
    revision = approve(anna, waiting.number)
    assert revision == 2
    report = pull(ben)
    assert [(d.number, d.status) for d in report.decisions] == [(waiting.number, "approved")]
    assert report.conflicts == ()  # the team's version is now the rep's own
    assert library_state(ben)["team_suggestions"][0][1] == "approved"
    pull(dora)
    assert objection_text(dora, uuid_of(ben, mine)) == "That is more than we can pay."
    assert pending(anna) == []


def test_a_new_objection_suggested_and_approved_becomes_the_same_team_item(reps: Reps) -> None:
    anna = reps("anna")
    ben = reps("ben")
    own = create_objection(ben, "We already use a competitor.")
    suggest(ben, own, "We hear it weekly", new=True)
    send_now(ben)
    [waiting] = pending(anna)
    assert waiting.new
    approve(anna, waiting.number, "New: competitor")
    report = pull(ben)
    assert report.added == () and report.conflicts == ()
    assert library_state(ben)["team_items"][0][0] == uuid_of(ben, own)
    pull(anna)
    assert objection_text(anna, uuid_of(ben, own)) == "We already use a competitor."


def test_a_rejected_suggestion_shows_its_reason_after_the_next_pull(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    ben = reps("ben")
    pull(ben)
    mine = objection_id(ben, PRICE)
    set_objection_text(ben, mine, "text", "Too dear.")
    suggest(ben, mine, "shorter", new=False)
    sync(ben)
    [waiting] = pending(anna)
    reject(anna, waiting.number, "Customers do not say dear")
    report = pull(ben).decisions
    assert [(d.status, d.decided_by, d.reason) for d in report] == [
        ("rejected", "anna", "Customers do not say dear")
    ]
    assert objection_text(ben, uuid_of(ben, mine)) == "Too dear."  # the rep's own stays


def test_a_suggestion_waits_offline_and_goes_out_once(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    ben = reps("ben")
    pull(ben)
    mine = objection_id(ben, PRICE)
    set_objection_text(ben, mine, "text", "Too dear.")
    suggest(ben, mine, "shorter", new=False)
    assert sync(ben).suggestions_sent == 1
    assert sync(ben).suggestions_sent == 0
    assert len(pending(anna)) == 1


def test_two_editors_racing_on_one_item_the_second_loses_nothing(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    carla = reps("carla")
    pull(carla)
    set_objection_text(anna, objection_id(anna, PRICE), "text", "Anna's wording.")
    set_objection_text(carla, objection_id(carla, PRICE), "text", "Carla's wording.")
    publish(anna, message="Anna first")
    before = library_state(carla)
    with pytest.raises(TeamConflictError) as raised:
        publish(carla, message="Carla second")
    assert "was changed on the team by anna (revision 2) after you last pulled" in str(raised.value)
    assert library_state(carla) == before
    report = pull(carla)
    carla_item = uuid_of(carla, objection_id(carla, "Carla's wording."))
    assert report.conflicts == (carla_item,)
    with pytest.raises(TeamConflictError, match="has a newer team version"):
        publish(carla)


def test_two_editors_deciding_one_suggestion_the_second_is_told(reps: Reps) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    carla, ben = reps("carla"), reps("ben")
    pull(ben)
    mine = objection_id(ben, PRICE)
    set_objection_text(ben, mine, "text", "Too dear.")
    suggest(ben, mine, "shorter", new=False)
    send_now(ben)
    [waiting] = pending(anna)
    approve(anna, waiting.number)
    with pytest.raises(TeamConflictError, match="was already approved by anna"):
        reject(carla, waiting.number, "no")


def test_a_member_cannot_publish_or_decide(reps: Reps) -> None:
    ben = reps("ben", starter=True)
    with pytest.raises(TeamError, match="Only editors can publish"):
        publish(ben)
    assert library_state(ben)["team_items"] == []
    with pytest.raises(TeamError, match="Only editors can approve or reject"):
        approve(ben, 1)
