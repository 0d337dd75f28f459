"""`team init`, `team connect`, `team disconnect`, `team status`: what they do, and one sentence
for each way reaching the server can fail (nothing changed, exit 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from einwandfrei.cli import main
from einwandfrei.team import server_schema
from tests.helpers import file_digest
from tests.team.conftest import TeamDatabase


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["--no-starter", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("einwandfrei: ") and lines[0].endswith("."), err
    assert "Traceback" not in err
    return lines[0]


def test_init_creates_then_finds_the_schema_current(
    bare_db: TeamDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "team", "init", bare_db.admin_url)
    assert (status, err) == (0, "")
    assert "is set up (schema t0001_playbook)" in out
    status, out, _err = run(capsys, "team", "init", bare_db.admin_url)
    assert status == 0
    assert "is up to date" in out


def test_init_by_a_user_who_may_not_create_a_schema_changes_nothing(
    bare_db: TeamDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _out, err = run(capsys, "team", "init", bare_db.url("ben"))
    assert status == 1
    assert "needs the database's owner" in one_sentence(err)
    with bare_db.admin_engine().connect() as connection:
        assert server_schema.stored_revision(connection) is None


def test_connect_links_the_library_and_status_shows_it(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "team", "connect", team_db.url("ben"))
    assert (status, err) == (0, "")
    assert "as ben (a member)" in out
    status, out, _err = run(capsys, "team", "status", "--json")
    document = json.loads(out)
    assert document["linked"] is True
    assert document["url"] == team_db.url("ben")
    assert document["revision"] == 0
    status, out, _err = run(capsys, "team", "disconnect")
    assert status == 0
    _status, out, _err = run(capsys, "team", "status")
    assert out == "This library is not linked to a team.\n"


def test_a_password_in_the_url_is_not_kept_and_the_user_is_told(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with_password = team_db.url("ben").replace("ben@", "ben:s3cret-ben@")
    status, _out, err = run(capsys, "team", "connect", with_password)
    assert status == 0
    assert "password in the URL was not saved" in err
    _status, out, _err = run(capsys, "team", "status", "--json")
    assert "s3cret" not in out
    assert json.loads(out)["url"] == team_db.url("ben")


def _unchanged_library_after(capsys: pytest.CaptureFixture[str], data_dir: Path, url: str) -> str:
    assert run(capsys, "team", "status")[0] == 0  # creates the library
    before = file_digest(data_dir / "library.sqlite3")
    status, out, err = run(capsys, "team", "connect", url)
    assert (status, out) == (1, "")
    assert file_digest(data_dir / "library.sqlite3") == before
    return one_sentence(err)


def test_an_unreachable_server_is_one_sentence(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    url = "postgresql://ben@127.0.0.1:1/sales"
    sentence = _unchanged_library_after(capsys, data_dir, url)
    assert "The team server 127.0.0.1/sales cannot be reached" in sentence


def test_a_refused_password_is_one_sentence(
    team_db: TeamDatabase,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSWORD", "wrong")
    sentence = _unchanged_library_after(capsys, data_dir, team_db.url("ben"))
    assert "refused the login of ben" in sentence


def test_a_missing_password_is_one_sentence(
    team_db: TeamDatabase,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-file"))
    sentence = _unchanged_library_after(capsys, data_dir, team_db.url("ben"))
    assert "asks for the password of ben, and none was found" in sentence


def test_a_server_without_the_schema_is_one_sentence(
    bare_db: TeamDatabase, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    sentence = _unchanged_library_after(capsys, data_dir, bare_db.url("ben"))
    assert "holds no team library" in sentence


def test_a_newer_schema_is_one_sentence(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    engine = team_db.admin_engine()
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE einwandfrei.einwandfrei_team_version SET version_num = 't9999_future'")
        )
    engine.dispose()
    sentence = _unchanged_library_after(capsys, data_dir, team_db.url("ben"))
    assert "set up by a newer Einwandfrei (schema t9999_future)" in sentence
    status, _out, err = run(capsys, "team", "init", team_db.admin_url)
    assert status == 1
    assert "newer Einwandfrei" in one_sentence(err)


def test_a_login_without_a_team_role_is_refused(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    sentence = _unchanged_library_after(capsys, data_dir, team_db.url("eve"))
    assert "The user eve may not read the team library" in sentence


def test_not_a_postgresql_url_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "team", "connect", "mysql://anna@db/sales")
    assert status == 1
    assert "is not a PostgreSQL URL" in one_sentence(err)
