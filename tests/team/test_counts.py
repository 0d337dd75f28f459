"""Answer counts reach the team exactly once, across a dropped connection; nothing but counts
and playbook text ever leaves the laptop."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import Engine, text

from einwandfrei.store.calls.plans import save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.objection_edits import set_objection_text
from einwandfrei.store.library.response_edits import add_response
from einwandfrei.team.counts import seal, send_batch, waiting_batches
from einwandfrei.team.errors import ServerUnreachableError
from einwandfrei.team.publish import publish
from einwandfrei.team.pull import pull
from einwandfrei.team.server import TeamServer
from einwandfrei.team.suggestions import suggest
from einwandfrei.team.sync import sync
from einwandfrei.team.urls import parse
from tests.store.plan_fixtures import logged, ready_plan
from tests.team.conftest import TeamDatabase
from tests.team.sync_support import Reps, objection_id

WAIT_S = 30


def server_totals(team_db: TeamDatabase) -> dict[str, tuple[int, int]]:
    engine = team_db.admin_engine()
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT response::text, used, worked FROM einwandfrei.answer_counts")
        ).all()
    engine.dispose()
    return {str(uuid): (int(used), int(worked)) for uuid, used, worked in rows}


def response_uuid(library: Library, response_id: int) -> str:
    with library.read() as connection:
        return str(
            connection.execute(
                text("SELECT uuid FROM responses WHERE id = :id"), {"id": response_id}
            ).scalar_one()
        )


def team_rep_with_a_logged_call(reps: Reps, user: str = "ben") -> tuple[Library, str]:
    publish(reps("anna", starter=True))
    library = reps(user)
    pull(library)
    saved = save_plan(library, ready_plan(library))
    save_plan(library, logged(saved, worked=True))
    response = saved.objections[0].response_id
    assert response is not None
    return library, response_uuid(library, response)


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.02)


def test_a_logged_call_counts_for_the_team_once(reps: Reps, team_db: TeamDatabase) -> None:
    ben, answer = team_rep_with_a_logged_call(reps)
    assert sync(ben).count_batches_sent == 1
    assert server_totals(team_db) == {answer: (1, 1)}
    assert sync(ben).count_batches_sent == 0
    assert server_totals(team_db) == {answer: (1, 1)}
    pull(ben)
    with ben.read() as connection:
        totals = connection.execute(text("SELECT used, worked FROM team_answer_totals")).all()
    assert [tuple(row) for row in totals] == [(1, 1)]


def test_a_batch_the_server_committed_but_the_laptop_did_not_record_counts_once(
    reps: Reps, team_db: TeamDatabase
) -> None:
    ben, answer = team_rep_with_a_logged_call(reps)
    batch = seal(ben)
    assert batch is not None
    [(sealed, counts)] = waiting_batches(ben)
    server = TeamServer(parse(team_db.url("ben")))
    with server.connect() as connection:
        assert send_batch(connection, sealed, counts)  # committed; the reply "never arrived"
    server.dispose()
    assert waiting_batches(ben) == [(sealed, counts)]
    assert sync(ben).count_batches_sent == 0  # sent again, recognised, not added
    assert waiting_batches(ben) == []
    assert server_totals(team_db) == {answer: (1, 1)}


def _blocked_backend(admin: Engine, user: str) -> int | None:
    with admin.connect() as connection:
        return connection.execute(
            text(
                "SELECT pid FROM pg_stat_activity WHERE usename = :user "
                "AND wait_event_type = 'Lock'"
            ),
            {"user": user},
        ).scalar()


def test_a_push_killed_mid_way_is_sent_again_and_counts_once(
    reps: Reps, team_db: TeamDatabase
) -> None:
    ben, answer = team_rep_with_a_logged_call(reps)
    admin = team_db.admin_engine()
    errors: list[BaseException] = []

    def push() -> None:
        try:
            sync(ben)
        except BaseException as error:
            errors.append(error)

    with admin.connect() as holder:
        holder.execute(text("LOCK TABLE einwandfrei.answer_counts IN EXCLUSIVE MODE"))
        pusher = threading.Thread(target=push)
        pusher.start()
        wait_until(lambda: _blocked_backend(admin, "ben") is not None)
        with admin.connect() as killer:
            killer.execute(
                text("SELECT pg_terminate_backend(:pid)"), {"pid": _blocked_backend(admin, "ben")}
            )
        pusher.join(WAIT_S)
        holder.rollback()
    assert not pusher.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], ServerUnreachableError)
    assert "connection to the team server was lost" in str(errors[0])
    assert len(waiting_batches(ben)) == 1
    assert server_totals(team_db) == {}
    assert sync(ben).count_batches_sent == 1
    assert server_totals(team_db) == {answer: (1, 1)}
    admin.dispose()


def test_only_playbook_text_and_counts_leave_the_laptop(reps: Reps, team_db: TeamDatabase) -> None:
    """Every statement and parameter ben's sessions send is in the server's log; none holds a
    customer, a call or a note."""
    engine = team_db.admin_engine()
    with engine.begin() as connection:
        connection.execute(
            text(f"ALTER ROLE ben IN DATABASE {team_db.name} SET log_statement = 'all'")
        )
    engine.dispose()
    log = team_db.cluster.folder / "server.log"
    start = log.stat().st_size
    ben, _answer = team_rep_with_a_logged_call(reps)
    own = objection_id(ben, "That's too expensive.")
    set_objection_text(ben, own, "text", "Too dear for us.")
    suggest(ben, own, "Shorter", new=False)
    sync(ben)
    with log.open(encoding="utf-8", errors="replace") as handle:
        handle.seek(start)
        sent = handle.read()
    ben_lines = [line for line in sent.splitlines() if "Too dear for us." in line]
    assert ben_lines, "the log holds ben's statements"
    assert "add_counts" in sent
    for private in (
        "Keller",
        "Müller",
        "Head of purchasing",
        "Budget frozen",
        "Pilot agreed",
        "Swiss German",
        "Headset",
        "Quarter end",
        "Thursday at ten",
    ):
        assert private not in sent, private


def test_counts_of_an_answer_the_rep_added_stay_home(reps: Reps, team_db: TeamDatabase) -> None:
    publish(reps("anna", starter=True))
    dora = reps("dora")
    pull(dora)
    plan = ready_plan(dora)
    price = plan.objections[0]
    assert price.objection_id is not None
    own = add_response(dora, price.objection_id, "My own answer")
    mine = replace(price, response_text="My own answer", response_id=own)
    plan = replace(plan, objections=(mine, plan.objections[1]))
    saved = save_plan(dora, plan)
    save_plan(dora, logged(saved, worked=True))
    sync(dora)
    assert server_totals(team_db) == {}
