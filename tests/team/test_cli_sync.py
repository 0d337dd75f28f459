"""`team publish`, `pull`, `suggest`, `suggestions`, `approve`, `reject`, `status` from the
command line, two data folders against one server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from einwandfrei.cli import main
from einwandfrei.cli.language import install
from tests.team.conftest import TeamDatabase


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(folder), "--language", "en", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_the_whole_round_from_the_command_line(
    team_db: TeamDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coach, rep = tmp_path / "coach", tmp_path / "rep"
    assert run(capsys, coach, "team", "connect", team_db.url("anna"))[0] == 0
    assert run(capsys, rep, "--no-starter", "team", "connect", team_db.url("ben"))[0] == 0
    status, out, err = run(capsys, rep, "team", "publish", "--message", "mine")
    assert (status, out) == (1, "")
    assert err.strip() == (
        "einwandfrei: Only editors can publish: ask the team's admin to grant your user the role "
        "einwandfrei_editor."
    )
    status, out, _ = run(
        capsys, coach, "team", "publish", "--category", "Price", "--message", "Price answers"
    )
    assert status == 0 and out.startswith("Published revision 1:")
    status, out, _ = run(capsys, rep, "team", "pull", "--json")
    pulled = json.loads(out)
    assert pulled["revision"] == 1 and pulled["added"] > 0
    assert pulled["changelog"][0]["message"] == "Price answers"
    assert pulled["changelog"][0]["author"] == "anna"
    status, out, _ = run(capsys, rep, "team", "pull")
    assert out == "Up to date (team revision 1).\n"
    _, out, _ = run(capsys, rep, "search", "--json", "too expensive")
    found = json.loads(out)
    first = found[0]["id"] if isinstance(found, list) else found["objections"][0]["id"]
    assert run(capsys, rep, "team", "suggest", "--objection", str(first), "--reason", "x")[0] == 1
    _, out, _ = run(capsys, rep, "team", "status", "--json")
    document = json.loads(out)
    assert document["suggestions_unsent"] == 0 and document["counts_unsent"] == 0
    status, out, _ = run(capsys, coach, "team", "suggestions", "--json")
    assert json.loads(out) == []
    status, _out, err = run(capsys, coach, "team", "reject", "7", "--reason", "no")
    assert status == 1 and "There is no suggestion 7." in err


def test_every_team_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (
        "init",
        "connect",
        "disconnect",
        "status",
        "publish",
        "pull",
        "suggest",
        "suggestions",
        "approve",
        "reject",
    ):
        with pytest.raises(SystemExit) as exited:
            main(["team", command, "--help"])
        assert exited.value.code == 0
        assert "--data-dir" in capsys.readouterr().out


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """The command line's language is process-wide: the tests after this one get English."""
    yield
    install("en")


@pytest.mark.usefixtures("english_afterwards")
def test_the_team_commands_speak_german(
    team_db: TeamDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coach, rep = tmp_path / "coach", tmp_path / "rep"

    def german(folder: Path, *args: str) -> tuple[int, str, str]:
        status = main(["--data-dir", str(folder), "--language", "de", *args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    status, out, _err = german(rep, "team", "status")
    assert (status, out) == (0, "Diese Bibliothek ist mit keinem Team verbunden.\n")
    status, _out, err = german(rep, "team", "publish")
    assert status == 1 and "Diese Bibliothek ist mit keinem Team verbunden;" in err
    assert german(coach, "team", "connect", team_db.url("anna"))[1].startswith(
        "Diese Bibliothek ist mit der Team-Bibliothek auf "
    )
    status, out, _err = german(coach, "team", "publish", "--message", "Start")
    assert status == 0 and out.startswith("Revision 1 veröffentlicht: ")
    german(rep, "--no-starter", "team", "connect", team_db.url("ben"))
    status, out, _err = german(rep, "team", "pull")
    assert status == 0 and out.startswith("Revisionen 1–1 des Teams abgeholt: ")
    status, out, _err = german(rep, "team", "status")
    assert "Noch nicht gesendete Antwortzählungen: 0." in out
    with pytest.raises(SystemExit):
        german(rep, "team", "--help")
    assert (
        "Das Team-Playbook: eine Bibliothek für ein ganzes Verkaufsteam" in capsys.readouterr().out
    )
