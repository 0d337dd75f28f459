"""Keep mine or take the team's, for an item whose newer team version waits beside mine."""

from __future__ import annotations

import pytest

from einwandfrei.store.library.objection_edits import set_objection_text
from einwandfrei.team.errors import TeamError
from einwandfrei.team.publish import publish
from einwandfrei.team.pull import pull
from einwandfrei.team.resolve import keep_mine, take_team, versions
from einwandfrei.team.status import read_status
from tests.team.sync_support import Reps, objection_id, objection_text, uuid_of

PRICE = "That's too expensive."


def _conflict(reps: Reps) -> tuple[str, Reps]:
    anna = reps("anna", starter=True)
    publish(anna)
    carla = reps("carla")
    pull(carla)
    mine = objection_id(carla, PRICE)
    set_objection_text(carla, mine, "text", "Carla's wording.")
    set_objection_text(anna, objection_id(anna, PRICE), "text", "Anna's wording.")
    publish(anna)
    assert pull(carla).conflicts == (uuid_of(carla, mine),)
    return uuid_of(carla, mine), reps


def test_both_versions_are_shown_and_the_team_one_can_be_taken(reps: Reps) -> None:
    item, _ = _conflict(reps)
    carla = reps.opened["carla"]
    both = versions(carla, item)
    assert both.mine is not None and both.team is not None
    assert (both.mine.text, both.team.text, both.team_revision) == (
        "Carla's wording.",
        "Anna's wording.",
        2,
    )
    change = take_team(carla, item)
    assert objection_text(carla, item) == "Anna's wording."
    assert change.objection_ids == {objection_id(carla, "Anna's wording.")}
    assert read_status(carla).conflicts == ()
    with pytest.raises(TeamError, match="No newer team version"):
        take_team(carla, item)


def test_keeping_mine_lets_it_be_published_over_the_team_version(reps: Reps) -> None:
    item, _ = _conflict(reps)
    carla = reps.opened["carla"]
    keep_mine(carla, item)
    assert objection_text(carla, item) == "Carla's wording."
    report = publish(carla, message="Carla's after all")
    assert report.revision == 3 and report.changed == 1
    anna = reps.opened["anna"]
    pull(anna)
    assert objection_text(anna, item) == "Carla's wording."
