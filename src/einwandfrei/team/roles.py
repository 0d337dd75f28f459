"""The two group roles the team schema creates, and what the connected user holds.

The database's admin makes a person's login role a member of one of them (docs/team.md):

    CREATE ROLE anna LOGIN PASSWORD '…';
    GRANT einwandfrei_member TO anna;      -- reads, suggests, sends answer counts
    GRANT einwandfrei_editor TO coach;     -- also publishes and decides suggestions
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

MEMBER = "einwandfrei_member"
EDITOR = "einwandfrei_editor"


@dataclass(frozen=True, slots=True)
class Rights:
    """What the connected login may do in the team library."""

    user: str
    member: bool
    editor: bool


def rights(connection: Connection) -> Rights:
    """The connected user's rights, as the server sees them (superusers and owners hold all)."""
    row = connection.execute(
        text(
            "SELECT session_user, pg_has_role(session_user, :member, 'USAGE'),"
            " pg_has_role(session_user, :editor, 'USAGE')"
        ),
        {"member": MEMBER, "editor": EDITOR},
    ).one()
    return Rights(user=str(row[0]), member=bool(row[1]), editor=bool(row[2]))
