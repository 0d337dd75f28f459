"""Commands on drills: `drills` says what is due today; `quick` opens the quick-find window."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from einwandfrei.cli.common import add_global_options, opened_library, write_output
from einwandfrei.cli.language import _, ngettext


def register(subcommands: Any) -> None:
    """Add this module's commands to the parser."""
    drills = subcommands.add_parser(
        "drills",
        help=_("say how many drills are due today, and which"),
        description=_(
            "Today's drills: answers due for review, objections of upcoming calls that must be "
            "fresh by the day before the call, and a few new objections a day."
        ),
    )
    drills.add_argument("--json", action="store_true", help=_("print a JSON document"))
    drills.set_defaults(handler=run_drills)

    quick = subcommands.add_parser(
        "quick",
        help=_("open the quick-find window on its own"),
        description=_(
            "The quick-find window on its own, for calls: type a few letters of what the "
            "customer said and read the best prepared answer."
        ),
    )
    quick.set_defaults(handler=run_quick)

    for parser in (drills, quick):
        add_global_options(parser)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone().isoformat(timespec="minutes")


def _json_document(drills: list[dict[str, Any]]) -> str:
    """`{"due": N, "drills": [...]}` with a drill a line: as readable as an indented document,
    and written by json's fast encoder (indenting takes its slow one: 50 ms for 3,000 drills)."""
    lines = ",\n".join(f"    {json.dumps(drill, ensure_ascii=False)}" for drill in drills)
    body = f"[\n{lines}\n  ]" if drills else "[]"
    return f'{{\n  "due": {len(drills)},\n  "drills": {body}\n}}\n'


def run_drills(args: argparse.Namespace) -> int:
    """Print today's drills."""
    from einwandfrei.drills.queue import todays_drills
    from einwandfrei.planning.practice import is_leech, local_zone, system_clock
    from einwandfrei.store.practice.drill_scope import objection_labels

    now = system_clock()
    with opened_library(args, read_only_ok=True) as library, library.read() as connection:
        items, states = todays_drills(connection, now, local_zone())
        ids = [item.objection_id for item in items]
        labels = objection_labels(connection, ids)
    drills = [
        {
            "id": objection_id,
            "text": labels[objection_id][0],
            "category": labels[objection_id][1],
            "new": objection_id not in states,
            "due": _iso(states[objection_id].due) if objection_id in states else None,
            "leech": is_leech(states.get(objection_id)),
        }
        for objection_id in ids
        if objection_id in labels
    ]
    if args.json:
        write_output(_json_document(drills), None)
        return 0
    if not drills:
        write_output(_("No drills are due today.") + "\n", None)
        return 0
    lines = [
        ngettext("{count} drill due today:", "{count} drills due today:", len(drills)).format(
            count=len(drills)
        )
    ]
    for drill in drills:
        category = f"  [{drill['category']}]" if drill["category"] else ""
        notes = [_("new")] if drill["new"] else []
        if drill["leech"]:
            notes.append(_("keeps being forgotten: rewrite its answer"))
        note = f"  ({'; '.join(notes)})" if notes else ""
        lines.append(f"{drill['id']:>6}  {drill['text']}{category}{note}")
    write_output("\n".join(lines) + "\n", None)
    return 0


def run_quick(args: argparse.Namespace) -> int:
    """Open quick-find alone (it paints first, then opens the library)."""
    from einwandfrei.ui.practice.quickfind.standalone import run

    return run(
        getattr(args, "data_dir", None),
        language=getattr(args, "language", None),
        starter=getattr(args, "starter", True),
    )
