"""The rights of the two roles, enforced by PostgreSQL itself: tried through raw SQL (psycopg),
as a person with psql would."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
import pytest
from psycopg import errors

from einwandfrei.team import server_schema
from tests.team.conftest import TeamDatabase


def raw(team_db: TeamDatabase, user: str) -> psycopg.Connection[tuple[Any, ...]]:
    """A plain psycopg connection as `user` (password from the password file)."""
    url = team_db.url(user).replace("postgresql+psycopg://", "postgresql://")
    return psycopg.connect(url, autocommit=True)


def publish_one(team_db: TeamDatabase, user: str = "anna") -> tuple[int, uuid.UUID]:
    item = uuid.uuid4()
    with raw(team_db, user) as connection, connection.transaction():
        number = connection.execute(
            "INSERT INTO einwandfrei.revisions (message) VALUES ('first') RETURNING number"
        ).fetchone()
        assert number is not None
        connection.execute(
            "INSERT INTO einwandfrei.items (uuid, kind, revision) VALUES (%s, 'question', %s)",
            (item, number[0]),
        )
        connection.execute(
            "INSERT INTO einwandfrei.item_revisions (uuid, revision, content) VALUES (%s, %s, %s)",
            (item, number[0], json.dumps({"text": "What is on your desk?"})),
        )
    return int(number[0]), item


def suggest(team_db: TeamDatabase, user: str, item: uuid.UUID) -> int:
    with raw(team_db, user) as connection:
        row = connection.execute(
            "INSERT INTO einwandfrei.suggestions (uuid, item_uuid, kind, base_revision, content,"
            " reason) VALUES (%s, %s, 'question', 1, '{}', 'clearer') RETURNING number",
            (uuid.uuid4(), item),
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_init_sets_up_the_schema_with_its_own_version_table(team_db: TeamDatabase) -> None:
    with raw(team_db, "ben") as connection:
        (revision,) = connection.execute(
            f"SELECT version_num FROM einwandfrei.{server_schema.VERSION_TABLE}"
        ).fetchone() or (None,)
        (alembic_default,) = connection.execute(
            "SELECT to_regclass('public.alembic_version')"
        ).fetchone() or (None,)
    assert revision == server_schema.HEAD_REVISION
    assert alembic_default is None


def test_an_editor_publishes_and_the_server_records_who_and_when(team_db: TeamDatabase) -> None:
    number, item = publish_one(team_db)
    with raw(team_db, "ben") as connection:
        row = connection.execute(
            "SELECT r.author, r.created_at IS NOT NULL, i.kind FROM einwandfrei.revisions r"
            " JOIN einwandfrei.items i ON i.revision = r.number WHERE i.uuid = %s",
            (item,),
        ).fetchone()
    assert row == ("anna", True, "question")
    assert number == 1


def test_an_editor_cannot_sign_a_revision_with_another_name(team_db: TeamDatabase) -> None:
    with raw(team_db, "anna") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute(
            "INSERT INTO einwandfrei.revisions (message, author) VALUES ('x', 'ben')"
        )


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO einwandfrei.revisions (message) VALUES ('sneaky')",
        "INSERT INTO einwandfrei.items (uuid, kind, revision) VALUES (gen_random_uuid(),"
        " 'question', 1)",
        "INSERT INTO einwandfrei.item_revisions (uuid, revision, content) SELECT uuid, 1, '{}'"
        " FROM einwandfrei.items",
        "UPDATE einwandfrei.items SET deleted = true",
        "DELETE FROM einwandfrei.item_revisions",
        "INSERT INTO einwandfrei.answer_counts (response, used) VALUES (gen_random_uuid(), 99)",
        "UPDATE einwandfrei.answer_counts SET used = 0",
        "DELETE FROM einwandfrei.count_batches",
        "UPDATE einwandfrei.suggestions SET status = 'approved'",
    ],
)
def test_a_member_cannot_change_the_playbook_even_with_psql(
    team_db: TeamDatabase, statement: str
) -> None:
    publish_one(team_db)
    with raw(team_db, "ben") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute(statement)


def test_a_member_sees_and_inserts_only_their_own_suggestions(team_db: TeamDatabase) -> None:
    _number, item = publish_one(team_db)
    own = suggest(team_db, "ben", item)
    suggest(team_db, "dora", item)
    with raw(team_db, "ben") as connection:
        seen = [row[0] for row in connection.execute("SELECT number FROM einwandfrei.suggestions")]
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO einwandfrei.suggestions (uuid, item_uuid, kind, content, reason,"
                " suggested_by) VALUES (gen_random_uuid(), %s, 'question', '{}', 'x', 'dora')",
                (item,),
            )
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO einwandfrei.suggestions (uuid, item_uuid, kind, content, reason,"
                " status) VALUES (gen_random_uuid(), %s, 'question', '{}', 'x', 'approved')",
                (item,),
            )
    assert seen == [own]
    with raw(team_db, "anna") as connection:
        assert connection.execute("SELECT count(*) FROM einwandfrei.suggestions").fetchone() == (2,)


def test_an_editor_decides_once_and_the_server_records_who(team_db: TeamDatabase) -> None:
    _number, item = publish_one(team_db)
    number = suggest(team_db, "ben", item)
    decide = (
        "UPDATE einwandfrei.suggestions SET status = 'rejected', decision_reason = 'no'"
        " WHERE number = %s"
    )
    with raw(team_db, "carla") as connection:
        connection.execute(decide, (number,))
        with pytest.raises(errors.SerializationFailure):
            connection.execute(decide, (number,))
    with raw(team_db, "ben") as connection:
        row = connection.execute(
            "SELECT status, decided_by, decision_reason FROM einwandfrei.suggestions"
        ).fetchone()
    assert row == ("rejected", "carla", "no")


def test_counts_get_in_only_through_add_counts_and_once_per_batch(team_db: TeamDatabase) -> None:
    answer, batch = uuid.uuid4(), uuid.uuid4()
    counts = json.dumps([{"response": str(answer), "used": 3, "worked": 2}])
    with raw(team_db, "ben") as connection:
        first = connection.execute("SELECT einwandfrei.add_counts(%s, %s)", (batch, counts))
        again = connection.execute("SELECT einwandfrei.add_counts(%s, %s)", (batch, counts))
        assert (first.fetchone(), again.fetchone()) == ((True,), (False,))
        total = connection.execute(
            "SELECT used, worked FROM einwandfrei.answer_counts WHERE response = %s", (answer,)
        ).fetchone()
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("SELECT * FROM einwandfrei.count_batches")
    assert total == (3, 2)


def test_a_login_without_a_team_role_reads_nothing(team_db: TeamDatabase) -> None:
    publish_one(team_db)
    with raw(team_db, "eve") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("SELECT * FROM einwandfrei.items")
    with raw(team_db, "eve") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("SELECT einwandfrei.add_counts(gen_random_uuid(), '[]')")
