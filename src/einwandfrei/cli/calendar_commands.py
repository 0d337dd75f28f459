"""`einwandfrei calendar` writes planned calls and agreed next contacts as an `.ics` file;
`einwandfrei calendar-import` offers the meetings of an Outlook or Google export as draft plans.

Neither imports `icalendar` (or SQLAlchemy) before its command runs.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from einwandfrei.cli.common import add_global_options, iso_day, opened_library, write_output
from einwandfrei.cli.language import _, message_text, ngettext

if TYPE_CHECKING:
    from einwandfrei.messages import Message
    from einwandfrei.store.calls.calendar_drafts import DraftProposal


def register(subcommands: Any) -> None:
    """Add `calendar` and `calendar-import` to the parser."""
    export = subcommands.add_parser(
        "calendar",
        help=_("write planned calls and agreed next contacts as a calendar file (.ics)"),
        description=_(
            "Write the planned calls and the next contacts customers agreed to as iCalendar events "
            "for Outlook, Google Calendar or Thunderbird. Each event keeps its UID from export to "
            "export, so importing a newer file updates the events instead of adding them twice. "
            "The description holds the goal and the minimum goal; free-text notes only with "
            "--with-notes."
        ),
    )
    export.add_argument(
        "-o", "--output", metavar=_("FILE.ics"), help=_("write to FILE.ics (default: stdout)")
    )
    export.add_argument(
        "--from",
        dest="first_day",
        type=iso_day,
        metavar=_("YYYY-MM-DD"),
        help=_("the first day to include (default: today)"),
    )
    export.add_argument(
        "--days",
        type=_days,
        metavar=_("N"),
        help=_("include N days from the first (default: all)"),
    )
    export.add_argument(
        "--with-notes",
        action="store_true",
        help=_(
            "add the free-text notes (the customer's situation, notes from the last call, notes "
            "about the customer) to the descriptions"
        ),
    )
    export.set_defaults(handler=run_calendar)

    imports = subcommands.add_parser(
        "calendar-import",
        help=_("offer the meetings of an Outlook or Google calendar file as draft call plans"),
        description=_(
            "Read an iCalendar file (.ics) exported from Outlook or Google Calendar and list its "
            "upcoming meetings as draft call plans: the customer is the participant who is already "
            "a customer (by address, then by name), else a new one. Nothing is created without "
            "--yes. Cancelled events, recurring series, all-day events and meetings before --from "
            "are left out; a meeting imported before is never imported again."
        ),
    )
    imports.add_argument("file", metavar=_("FILE.ics"), type=Path, help=_("the calendar file"))
    imports.add_argument("--yes", action="store_true", help=_("create the listed draft plans"))
    imports.add_argument(
        "--from",
        dest="first_day",
        type=iso_day,
        metavar=_("YYYY-MM-DD"),
        help=_("leave out meetings before this day (default: now)"),
    )
    imports.add_argument(
        "--me",
        action="append",
        default=[],
        metavar=_("ADDRESS"),
        help=_(
            "your own email address, never taken for a customer (repeatable; usually recognised "
            "without)"
        ),
    )
    imports.set_defaults(handler=run_calendar_import)

    for parser in (export, imports):
        add_global_options(parser)


def _days(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            _("expected a whole number of at least 1, not {value}").format(value=repr(value))
        )
    return number


def _say(message: Message | str) -> None:
    print(message_text(message))


def run_calendar(args: argparse.Namespace) -> int:
    """Write the calendar file."""
    from einwandfrei.interchange.calendar_export import (
        events_written,
        export_calendar,
        system_zone_name,
    )

    with opened_library(args, read_only_ok=True) as library:
        data, count = export_calendar(
            library,
            first_day=args.first_day,
            days=args.days,
            zone_name=system_zone_name(),
            with_notes=args.with_notes,
        )
    write_output(data, args.output)
    if args.output not in (None, "-"):
        _say(events_written(count, Path(args.output)))
    return 0


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _proposal_line(proposal: DraftProposal) -> str:
    from einwandfrei.store.calls.calendar_drafts import DraftState

    meeting = proposal.meeting
    if proposal.state is DraftState.NO_CUSTOMER:
        who = _("(no customer found)")
    elif proposal.customer is not None and proposal.is_new_customer:
        who = _("{customer} (new customer)").format(customer=proposal.customer.label())
    else:
        assert proposal.customer is not None
        who = proposal.customer.label()
    line = f"{_local(meeting.start)}  {who}"
    if meeting.summary:
        line += f" — {meeting.summary}"
    if proposal.state is DraftState.ALREADY_IMPORTED:
        line += "  " + _("(imported before)")
    return line


def run_calendar_import(args: argparse.Namespace) -> int:
    """List the meetings offered as drafts; with --yes, create the drafts."""
    from einwandfrei.interchange.calendar_export import system_zone_name, zone_named
    from einwandfrei.interchange.calendar_import import (
        drafts_created,
        left_out,
        read_calendar_file,
    )
    from einwandfrei.store.calls.calendar_drafts import (
        DraftState,
        create_drafts,
        propose_drafts,
    )

    zone = zone_named(system_zone_name())
    if args.first_day is None:
        since = datetime.now(UTC)
    else:
        since = datetime.combine(args.first_day, datetime.min.time(), tzinfo=zone)
        since = (since if zone is not None else since.astimezone()).astimezone(UTC)
    calendar = read_calendar_file(args.file, now=since, me=args.me, local_zone=zone)
    with opened_library(args) as library:
        with library.read() as connection:
            proposals = propose_drafts(connection, calendar.meetings)
        offered = [proposal for proposal in proposals if proposal.state is DraftState.NEW]
        no_customer = sum(1 for p in proposals if p.state is DraftState.NO_CUSTOMER)
        for proposal in proposals:
            if proposal.state is not DraftState.NO_CUSTOMER:
                print(_proposal_line(proposal))
        skipped = left_out(calendar.skipped, no_customer)
        if skipped is not None:
            _say(skipped)
        if not offered:
            _say(_("No new meetings to draft plans for."))
            return 0
        if not args.yes:
            _say(
                ngettext(
                    "Run again with --yes to create this draft plan.",
                    "Run again with --yes to create these {count} draft plans.",
                    len(offered),
                ).format(count=len(offered))
            )
            return 0
        result = create_drafts(library, offered)
    _say(drafts_created(len(result.plan_ids), result.new_customers))
    return 0
