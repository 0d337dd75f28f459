"""`einwandfrei team …`: the team playbook on a PostgreSQL server.

Everything team-related is imported inside the handlers, so neither the window nor the other
commands ever load psycopg.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from einwandfrei.cli.common import CommandError, add_global_options, opened_library, write_output

URL_HELP = (
    "the team database, e.g. postgresql://anna@db.example/sales (TLS settings such as "
    "?sslmode=verify-full may follow); the password comes from ~/.pgpass, PGPASSWORD or a "
    "service file, never from Einwandfrei"
)


def register(subcommands: Any) -> None:
    """Add `team` and its subcommands to the parser."""
    team = subcommands.add_parser(
        "team",
        help="share a playbook with your team on a PostgreSQL server",
        description="The team playbook: one library for a whole sales team on PostgreSQL. "
        "Editors publish objections, answers, questions and checklist items; everyone pulls "
        "them into their own library and suggests changes. Only playbook text you choose to "
        "suggest and per-answer counts (used, worked) ever leave this computer.",
    )
    add_global_options(team)
    commands = team.add_subparsers(
        dest="team_command", metavar="TEAM_COMMAND", required=True, help="what to do"
    )

    init = commands.add_parser(
        "init",
        help="create or upgrade the team library on a server (the database's owner, once)",
        description="Create or upgrade the team schema and the roles einwandfrei_editor and "
        "einwandfrei_member. Run it as the database's owner (with the right to create roles); "
        "then grant the roles to people (see docs/team.md).",
    )
    init.add_argument("url", metavar="URL", help=URL_HELP)
    init.set_defaults(handler=run_init, needs_library=False)

    connect = commands.add_parser(
        "connect",
        help="link this library to a team library",
        description="Link the library in this data folder to the team library at URL; the "
        "next pull brings the team's playbook in.",
    )
    connect.add_argument("url", metavar="URL", help=URL_HELP)
    connect.set_defaults(handler=run_connect)

    disconnect = commands.add_parser(
        "disconnect",
        help="unlink this library from its team (every item stays, as your own)",
        description="Unlink this library from its team. Every team item stays in the library "
        "as a personal one; suggestions and counts not yet sent are dropped.",
    )
    disconnect.set_defaults(handler=run_disconnect)

    status = commands.add_parser(
        "status",
        help="show the link, the last pull, pending suggestions and counts not yet sent",
        description="The team link of this library: the server, the last revision pulled and "
        "when, since when the server is unreachable, suggestions and answer counts waiting to "
        "be sent. Works offline.",
    )
    status.add_argument("--json", action="store_true", help="print a JSON document")
    status.set_defaults(handler=run_status)

    for parser in (init, connect, disconnect, status):
        add_global_options(parser)


def _say(text: str) -> None:
    write_output(text + "\n", None)


def _note(text: str) -> None:
    print(f"einwandfrei: {text}", file=sys.stderr)


def _team_error(error: Exception) -> CommandError:
    return CommandError(str(error))


def run_init(args: argparse.Namespace) -> int:
    """Create or upgrade the team schema and roles."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.setup import initialise
    from einwandfrei.team.urls import parse, password_left_out

    try:
        url = parse(args.url)
        if url.had_password:
            _note(str(password_left_out()))
        before, after = initialise(url)
    except TeamError as error:
        raise _team_error(error) from error
    if before == after:
        _say(f"The team library on {url.where} is up to date (schema {after}).")
    elif before is None:
        _say(
            f"The team library on {url.where} is set up (schema {after}). Grant people a role: "
            "GRANT einwandfrei_member TO login; (editors: einwandfrei_editor)."
        )
    else:
        _say(f"The team library on {url.where} was upgraded from schema {before} to {after}.")
    return 0


def run_connect(args: argparse.Namespace) -> int:
    """Link this library to a team."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.setup import connect
    from einwandfrei.team.urls import parse, password_left_out

    try:
        url = parse(args.url)
        if url.had_password:
            _note(str(password_left_out()))
        with opened_library(args) as library:
            rights = connect(library, url)
    except TeamError as error:
        raise _team_error(error) from error
    role = "an editor" if rights.editor else "a member"
    _say(
        f"This library is linked to the team library on {url.where} as {rights.user} "
        f"({role}); `einwandfrei team pull` brings the playbook in."
    )
    return 0


def run_disconnect(args: argparse.Namespace) -> int:
    """Unlink this library from its team."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.setup import disconnect

    try:
        with opened_library(args) as library:
            kept = disconnect(library)
    except TeamError as error:
        raise _team_error(error) from error
    _say(f"This library is no longer linked to a team; its {kept} team items stay as your own.")
    return 0


def run_status(args: argparse.Namespace) -> int:
    """Print the team link's state (works offline)."""
    from einwandfrei.team.status import read_status

    with opened_library(args) as library:
        status = read_status(library)
    document = status.as_json()
    if args.json:
        write_output(json.dumps(document, ensure_ascii=False, indent=2) + "\n", None)
        return 0
    _say("\n".join(status.lines()))
    return 0
