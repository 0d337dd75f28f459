"""A pull cut off half-way — the server stopped, the connection killed, a local write failing —
leaves the local library exactly as it was."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import text

from einwandfrei.store.db.errors import LibraryError
from einwandfrei.team.errors import ServerUnreachableError
from einwandfrei.team.link import read_link
from einwandfrei.team.publish import publish
from einwandfrei.team.pull import pull
from tests.team import pg_cluster
from tests.team.conftest import TeamDatabase
from tests.team.sync_support import Reps, library_state

WAIT_S = 30


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.02)


def _pull_blocked_then(reps: Reps, team_db: TeamDatabase, cut: Callable[[int], None]) -> None:
    publish(reps("anna", starter=True))
    ben = reps("ben")
    before = library_state(ben)
    admin = team_db.admin_engine()
    errors: list[BaseException] = []

    def pulling() -> None:
        try:
            pull(ben)
        except BaseException as error:
            errors.append(error)

    def blocked() -> int | None:
        with admin.connect() as connection:
            return connection.execute(
                text(
                    "SELECT pid FROM pg_stat_activity WHERE usename = 'ben' "
                    "AND wait_event_type = 'Lock'"
                )
            ).scalar()

    holder = admin.connect()
    try:
        holder.execute(text("LOCK TABLE einwandfrei.item_revisions IN ACCESS EXCLUSIVE MODE"))
        puller = threading.Thread(target=pulling)
        puller.start()
        wait_until(lambda: blocked() is not None)
        cut(int(blocked() or 0))
        puller.join(WAIT_S)
    finally:
        with contextlib.suppress(Exception):  # the server may be gone
            holder.close()
        admin.dispose()
    assert not puller.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], ServerUnreachableError), errors
    assert library_state(ben) == before
    with ben.read() as connection:
        link = read_link(connection)
    assert link is not None and link.revision == 0 and link.offline_since is not None


def test_the_backend_killed_during_a_pull_changes_nothing(
    reps: Reps, team_db: TeamDatabase
) -> None:
    def terminate(pid: int) -> None:
        engine = team_db.admin_engine()
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        engine.dispose()

    _pull_blocked_then(reps, team_db, terminate)


def test_the_server_stopped_during_a_pull_changes_nothing(
    reps: Reps, team_db: TeamDatabase
) -> None:
    folder = team_db.cluster.folder
    try:
        _pull_blocked_then(reps, team_db, lambda _pid: pg_cluster.stop(folder, mode="fast"))
    finally:
        pg_cluster.restart(folder)
    # Back online, the same pull goes through.
    report = pull(reps.opened["ben"])
    assert report.revision_after == 1 and report.added


def test_a_local_write_failing_half_way_rolls_the_whole_pull_back(
    reps: Reps, team_db: TeamDatabase
) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    with anna.read() as connection:
        last = connection.execute(
            text("SELECT uuid FROM responses ORDER BY id DESC LIMIT 1")
        ).scalar_one()
    ben = reps("ben")
    from einwandfrei.store.library.objection_edits import create_objection
    from einwandfrei.store.library.response_edits import add_response

    own = add_response(ben, create_objection(ben, "Mine"), "My answer")
    with ben.write() as connection:  # an answer that happens to carry a uuid the team uses
        connection.execute(
            text("UPDATE responses SET uuid = :u WHERE id = :id"), {"u": last, "id": own}
        )
    before = library_state(ben)
    with pytest.raises(LibraryError):
        pull(ben)
    assert library_state(ben) == before
    with ben.read() as connection:
        link = read_link(connection)
    assert link is not None and link.revision == 0
