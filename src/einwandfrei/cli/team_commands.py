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
from einwandfrei.cli.language import N_, _, error_text, message_text, ngettext

URL_HELP = N_(
    "the team database, e.g. postgresql://anna@db.example/sales (TLS settings such as "
    "?sslmode=verify-full may follow); the password comes from ~/.pgpass, PGPASSWORD or a "
    "service file, never from Einwandfrei"
)


def register(subcommands: Any) -> None:
    """Add `team` and its subcommands to the parser."""
    team = subcommands.add_parser(
        "team",
        help=_("share a playbook with your team on a PostgreSQL server"),
        description=_(
            "The team playbook: one library for a whole sales team on PostgreSQL. "
            "Editors publish objections, answers, questions and checklist items; everyone pulls "
            "them into their own library and suggests changes. Only playbook text you choose to "
            "suggest and per-answer counts (used, worked) ever leave this computer."
        ),
    )
    add_global_options(team)
    commands = team.add_subparsers(
        dest="team_command", metavar="TEAM_COMMAND", required=True, help=_("what to do")
    )

    init = commands.add_parser(
        "init",
        help=_("create or upgrade the team library on a server (the database's owner, once)"),
        description=_(
            "Create or upgrade the team schema and the roles einwandfrei_editor and "
            "einwandfrei_member. Run it as the database's owner (with the right to create roles); "
            "then grant the roles to people (see docs/team.md)."
        ),
    )
    init.add_argument("url", metavar="URL", help=_(URL_HELP))
    init.set_defaults(handler=run_init, needs_library=False)

    connect = commands.add_parser(
        "connect",
        help=_("link this library to a team library"),
        description=_(
            "Link the library in this data folder to the team library at URL; the "
            "next pull brings the team's playbook in."
        ),
    )
    connect.add_argument("url", metavar="URL", help=_(URL_HELP))
    connect.set_defaults(handler=run_connect)

    disconnect = commands.add_parser(
        "disconnect",
        help=_("unlink this library from its team (every item stays, as your own)"),
        description=_(
            "Unlink this library from its team. Every team item stays in the library "
            "as a personal one; suggestions and counts not yet sent are dropped."
        ),
    )
    disconnect.set_defaults(handler=run_disconnect)

    status = commands.add_parser(
        "status",
        help=_("show the link, the last pull, pending suggestions and counts not yet sent"),
        description=_(
            "The team link of this library: the server, the last revision pulled and "
            "when, since when the server is unreachable, suggestions and answer counts waiting to "
            "be sent. Works offline."
        ),
    )
    status.add_argument("--json", action="store_true", help=_("print a JSON document"))
    status.set_defaults(handler=run_status)

    publish = commands.add_parser(
        "publish",
        help=_("publish new and changed items as a new team revision (editors)"),
        description=_(
            "Publish the objections of the chosen categories (all, without --category) "
            "that are new to the team or changed here since the last pull — with their answers, "
            "follow-ups and concerns — plus new and changed questions and checklist items, as one "
            "new revision of the team playbook."
        ),
    )
    publish.add_argument(
        "--category",
        action="append",
        metavar="NAME",
        help=_(
            "publish only objections of this category (repeat for more; questions and "
            "checklist items are then left out)"
        ),
    )
    publish.add_argument(
        "--message", default="", metavar="TEXT", help=_("what changed, for the team's changelog")
    )
    publish.set_defaults(handler=run_publish)

    pull = commands.add_parser(
        "pull",
        help=_("send what waits, then bring the team's new revisions into this library"),
        description=_(
            "Send waiting suggestions and answer counts, then bring every new team "
            "revision into this library in one step. Items you changed here are never "
            "overwritten: the team's version waits beside yours."
        ),
    )
    pull.add_argument("--json", action="store_true", help=_("print a JSON document"))
    pull.set_defaults(handler=run_pull)

    suggest = commands.add_parser(
        "suggest",
        help=_("suggest your version of a team objection, or a new objection, to the editors"),
        description=_(
            "Send your version of an objection to the team's editors, with a reason. "
            "Without a connection it waits and goes out with the next pull."
        ),
    )
    which = suggest.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--objection", type=int, metavar="ID", help=_("a team objection you changed here")
    )
    which.add_argument("--new", type=int, metavar="ID", help=_("an objection of your own"))
    suggest.add_argument("--reason", required=True, metavar="TEXT", help=_("why, for the editors"))
    suggest.set_defaults(handler=run_suggest)

    suggestions = commands.add_parser(
        "suggestions",
        help=_("list the suggestions waiting for a decision (editors see all, members their own)"),
        description=_("The suggestions waiting for an editor's decision, oldest first."),
    )
    suggestions.add_argument("--json", action="store_true", help=_("print a JSON document"))
    suggestions.set_defaults(handler=run_suggestions)

    approve = commands.add_parser(
        "approve",
        help=_("approve a suggestion: it becomes a new team revision (editors)"),
        description=_(
            "Approve suggestion ID: its content becomes a new revision of the team "
            "playbook; the suggester sees the outcome after their next pull."
        ),
    )
    approve.add_argument("id", type=int, metavar="ID", help=_("the suggestion's number"))
    approve.add_argument(
        "--message",
        metavar="TEXT",
        help=_("the changelog entry (default: the suggestion's number, author and reason)"),
    )
    approve.set_defaults(handler=run_approve)

    reject = commands.add_parser(
        "reject",
        help=_("reject a suggestion with a reason (editors)"),
        description=_("Reject suggestion ID; the suggester sees the reason after their next pull."),
    )
    reject.add_argument("id", type=int, metavar="ID", help=_("the suggestion's number"))
    reject.add_argument("--reason", required=True, metavar="TEXT", help=_("why, for the suggester"))
    reject.set_defaults(handler=run_reject)

    for parser in (
        init,
        connect,
        disconnect,
        status,
        publish,
        pull,
        suggest,
        suggestions,
        approve,
        reject,
    ):
        add_global_options(parser)


def _say(text: str) -> None:
    write_output(text + "\n", None)


def _note(text: str) -> None:
    print(f"einwandfrei: {text}", file=sys.stderr)


def _team_error(error: Exception) -> CommandError:
    # The team's sentences are Messages: translated when printed (messages_<language>.qm).
    message = getattr(error, "message", None)
    return CommandError(message if message is not None else error_text(error))


def run_init(args: argparse.Namespace) -> int:
    """Create or upgrade the team schema and roles."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.setup import initialise
    from einwandfrei.team.urls import parse, password_left_out

    try:
        url = parse(args.url)
        if url.had_password:
            _note(message_text(password_left_out()))
        before, after = initialise(url)
    except TeamError as error:
        raise _team_error(error) from error
    if before == after:
        _say(
            _("The team library on {where} is up to date (schema {after}).").format(
                where=url.where, after=after
            )
        )
    elif before is None:
        _say(
            _(
                "The team library on {where} is set up (schema {after}). Grant people a role: "
                "GRANT einwandfrei_member TO login; (editors: einwandfrei_editor)."
            ).format(where=url.where, after=after)
        )
    else:
        _say(
            _("The team library on {where} was upgraded from schema {before} to {after}.").format(
                where=url.where, before=before, after=after
            )
        )
    return 0


def run_connect(args: argparse.Namespace) -> int:
    """Link this library to a team."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.setup import connect
    from einwandfrei.team.urls import parse, password_left_out

    try:
        url = parse(args.url)
        if url.had_password:
            _note(message_text(password_left_out()))
        with opened_library(args) as library:
            rights = connect(library, url)
    except TeamError as error:
        raise _team_error(error) from error
    template = (
        _(
            "This library is linked to the team library on {where} as {user} (an editor); "
            "`einwandfrei team pull` brings the playbook in."
        )
        if rights.editor
        else _(
            "This library is linked to the team library on {where} as {user} (a member); "
            "`einwandfrei team pull` brings the playbook in."
        )
    )
    _say(template.format(where=url.where, user=rights.user))
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
    _say(
        ngettext(
            "This library is no longer linked to a team; its {count} team item stays as your own.",
            "This library is no longer linked to a team; its {count} team items stay as your own.",
            kept,
        ).format(count=kept)
    )
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
    _say("\n".join(_status_lines(status)))
    return 0


def run_publish(args: argparse.Namespace) -> int:
    """Publish new and changed items as one team revision."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.publish import publish

    try:
        with opened_library(args) as library:
            report = publish(library, categories=args.category, message=args.message)
    except TeamError as error:
        raise _team_error(error) from error
    if report.revision is None:
        _say(_("Nothing to publish: the chosen items are the same as the team's."))
        return 0
    _say(
        _(
            "Published revision {revision}: {added} new, {changed} changed, {deleted} deleted."
        ).format(
            revision=report.revision,
            added=report.added,
            changed=report.changed,
            deleted=report.deleted,
        )
    )
    return 0


def run_pull(args: argparse.Namespace) -> int:
    """Send what waits, then pull."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.sync import sync

    try:
        with opened_library(args) as library:
            result = sync(library)
    except TeamError as error:
        raise _team_error(error) from error
    report = result.report
    if args.json:
        document = {
            "revision_before": report.revision_before,
            "revision": report.revision_after,
            "added": len(report.added),
            "updated": len(report.updated),
            "removed": len(report.removed),
            "conflicts": list(report.conflicts),
            "changelog": [
                {
                    "revision": entry.number,
                    "message": entry.message,
                    "author": entry.author,
                    "at": entry.created_at.isoformat(timespec="seconds"),
                }
                for entry in report.changelog
            ],
            "decisions": [
                {
                    "suggestion": decision.number,
                    "status": decision.status,
                    "by": decision.decided_by,
                    "reason": decision.reason,
                }
                for decision in report.decisions
            ],
            "suggestions_sent": result.suggestions_sent,
            "count_batches_sent": result.count_batches_sent,
        }
        write_output(json.dumps(document, ensure_ascii=False, indent=2) + "\n", None)
        return 0
    if report.revision_after == report.revision_before:
        lines = [_("Up to date (team revision {revision}).").format(revision=report.revision_after)]
    else:
        lines = [
            _(
                "Pulled team revisions {first}–{last}: {added} new, {updated} changed, "
                "{removed} removed."
            ).format(
                first=report.revision_before + 1,
                last=report.revision_after,
                added=len(report.added),
                updated=len(report.updated),
                removed=len(report.removed),
            )
        ]
        no_message = _("(no message)")
        lines += [
            f"  {entry.number}  {entry.author}: {entry.message or no_message}"
            for entry in report.changelog
        ]
    if report.conflicts:
        lines.append(
            ngettext(
                "{count} item you changed here has a newer team version beside yours; "
                "`einwandfrei team status` lists it.",
                "{count} items you changed here have a newer team version beside yours; "
                "`einwandfrei team status` lists them.",
                len(report.conflicts),
            ).format(count=len(report.conflicts))
        )
    for decision in report.decisions:
        lines.append(_decision_line(decision))
    _say("\n".join(lines))
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    """Put a suggestion in the outbox and try to send it."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.suggestions import send_now, suggest

    new = args.new is not None
    objection = args.new if new else args.objection
    try:
        with opened_library(args) as library:
            suggest(library, objection, args.reason, new=new)
            sent = send_now(library)
    except TeamError as error:
        raise _team_error(error) from error
    if sent:
        _say(_("Your suggestion was sent to the team's editors."))
    else:
        _say(_("The team server cannot be reached; your suggestion goes out with the next pull."))
    return 0


def run_suggestions(args: argparse.Namespace) -> int:
    """List the suggestions waiting for a decision."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.suggestions import pending

    try:
        with opened_library(args) as library:
            waiting = pending(library)
    except TeamError as error:
        raise _team_error(error) from error
    if args.json:
        document = [
            {
                "id": suggestion.number,
                "kind": suggestion.kind,
                "item": suggestion.item_uuid,
                "text": suggestion.text,
                "new": suggestion.new,
                "base_revision": suggestion.base_revision,
                "reason": suggestion.reason,
                "by": suggestion.suggested_by,
                "at": suggestion.suggested_at.isoformat(timespec="seconds"),
            }
            for suggestion in waiting
        ]
        write_output(json.dumps(document, ensure_ascii=False, indent=2) + "\n", None)
        return 0
    if not waiting:
        _say(_("No suggestions are waiting."))
        return 0
    new, change = _("new"), _("change")
    lines = [
        f"{suggestion.number:>5}  {new if suggestion.new else change}  "
        f"{suggestion.text}  — {suggestion.suggested_by}: {suggestion.reason}"
        for suggestion in waiting
    ]
    _say("\n".join(lines))
    return 0


def run_approve(args: argparse.Namespace) -> int:
    """Approve a suggestion."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.suggestions import approve

    try:
        with opened_library(args) as library:
            revision = approve(library, args.id, args.message)
    except TeamError as error:
        raise _team_error(error) from error
    _say(
        _("Suggestion {number} is approved as team revision {revision}.").format(
            number=args.id, revision=revision
        )
    )
    return 0


def run_reject(args: argparse.Namespace) -> int:
    """Reject a suggestion."""
    from einwandfrei.team.errors import TeamError
    from einwandfrei.team.suggestions import reject

    try:
        with opened_library(args) as library:
            reject(library, args.id, args.reason)
    except TeamError as error:
        raise _team_error(error) from error
    _say(_("Suggestion {number} is rejected.").format(number=args.id))
    return 0


def _decision_line(decision: Any) -> str:
    if decision.status == "approved":
        return _("Your suggestion {number} was approved by {editor}.").format(
            number=decision.number, editor=decision.decided_by
        )
    if decision.reason:
        return _("Your suggestion {number} was rejected by {editor}: {reason}.").format(
            number=decision.number, editor=decision.decided_by, reason=decision.reason
        )
    return _("Your suggestion {number} was rejected by {editor}.").format(
        number=decision.number, editor=decision.decided_by
    )


def _status_lines(status: Any) -> list[str]:
    """`team status` as lines of text."""
    link = status.link
    if link is None:
        return [_("This library is not linked to a team.")]
    lines = [
        _("Linked to the team library on {where} as {user}.").format(
            where=link.url.where, user=link.url.user or "?"
        )
    ]
    if link.pulled_at is None:
        lines.append(_("Nothing pulled yet."))
    else:
        lines.append(
            ngettext(
                "Pulled revision {revision} at {at}; {count} team item.",
                "Pulled revision {revision} at {at}; {count} team items.",
                status.team_items,
            ).format(revision=link.revision, at=_moment(link.pulled_at), count=status.team_items)
        )
    if link.offline_since is not None:
        lines.append(
            _("The server has been unreachable since {at}.").format(at=_moment(link.offline_since))
        )
    if status.conflicts:
        lines.append(
            ngettext(
                "{count} item you changed has a newer team version beside yours.",
                "{count} items you changed have a newer team version beside yours.",
                len(status.conflicts),
            ).format(count=len(status.conflicts))
        )
    lines.append(
        _("Suggestions: {unsent} waiting to be sent, {undecided} waiting for an editor.").format(
            unsent=status.suggestions_unsent, undecided=status.suggestions_undecided
        )
    )
    lines.append(_("Answer counts not yet sent: {count}.").format(count=status.counts_unsent))
    return lines


def _moment(moment: Any) -> str:
    return str(moment.astimezone().isoformat(timespec="seconds"))
