"""Commands on call plans: `plans` lists them, `due` lists the follow-ups due."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from einwandfrei.cli.common import add_global_options, iso_day, opened_library, write_output
from einwandfrei.cli.language import N_, _, ngettext

if TYPE_CHECKING:
    from einwandfrei.planning.follow_ups import DueFollowUp
    from einwandfrei.planning.plan import CustomerInfo
    from einwandfrei.store.calls.plan_lists import PlanSummary

SECTIONS = ("all", "upcoming", "drafts", "past", "trash")
# A plan's state as `plans` prints it (the JSON keeps the stored value).
STATE_NAMES = {"draft": N_("draft"), "planned": N_("planned"), "done": N_("done")}


def register(subcommands: Any) -> None:
    """Add this module's commands to the parser."""
    plans = subcommands.add_parser(
        "plans",
        help=_("list call plans"),
        description=_(
            "Call plans with their date, state, customer and goal (newest first; upcoming plans "
            "soonest first)."
        ),
    )
    plans.add_argument(
        "--section",
        choices=SECTIONS,
        default="all",
        help=_("which plans: all live plans (default), upcoming, drafts, past calls, or the Trash"),
    )
    plans.add_argument("--json", action="store_true", help=_("print a JSON list"))
    plans.set_defaults(handler=run_plans)

    due = subcommands.add_parser(
        "due",
        help=_("list customers whose agreed next contact is today or overdue"),
        description=_(
            "The Due list: customers who agreed to be contacted again on a day that is today or "
            "past, the most overdue first."
        ),
    )
    due.add_argument(
        "--on", type=iso_day, metavar=_("YYYY-MM-DD"), help=_("as of this day (default: today)")
    )
    due.add_argument("--json", action="store_true", help=_("print a JSON list"))
    due.set_defaults(handler=run_due)

    for parser in (plans, due):
        add_global_options(parser)


def _local(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone().isoformat(timespec="minutes")


def _customer(customer: CustomerInfo) -> dict[str, Any]:
    return {
        "id": customer.id,
        "name": customer.name,
        "company": customer.company,
        "role": customer.role,
    }


def _plan_dict(plan: PlanSummary) -> dict[str, Any]:
    return {
        "id": plan.id,
        "customer": _customer(plan.customer),
        "status": plan.status.value,
        "scheduled_at": _iso(plan.scheduled_at),
        "goal": plan.goal,
        "minimum_goal": plan.minimum_goal,
        "questions": plan.question_count,
        "objections": plan.objection_count,
        "goal_reached": plan.goal_reached,
        "minimum_goal_reached": plan.minimum_goal_reached,
        "outcome": plan.outcome,
        "next_contact_at": _iso(plan.next_contact_at),
        "next_contact_agreed": plan.next_contact_agreed,
        "deleted": plan.deleted_at is not None,
    }


def run_plans(args: argparse.Namespace) -> int:
    """Print the call plans of a section."""
    from einwandfrei.store.calls.plan_lists import PlanSection, list_plans

    with opened_library(args, read_only_ok=True) as library, library.read() as connection:
        plans = list_plans(connection, PlanSection(args.section))
    if args.json:
        document = [_plan_dict(plan) for plan in plans]
        write_output(json.dumps(document, ensure_ascii=False, indent=2) + "\n", None)
        return 0
    no_date = _("(no date)")
    states = {value: _(name) for value, name in STATE_NAMES.items()}
    width = max(len(name) for name in states.values())
    lines = [
        f"{plan.id:>5}  {_local(plan.scheduled_at) or no_date:16}  "
        f"{states[plan.status.value]:{width}}  {plan.customer.label()}"
        + (f" — {plan.goal}" if plan.goal else "")
        for plan in plans
    ]
    write_output("\n".join(lines or [_("No call plans.")]) + "\n", None)
    return 0


def _due_dict(item: DueFollowUp) -> dict[str, Any]:
    return {
        "customer": _customer(item.customer),
        "next_contact_at": _iso(item.next_contact_at),
        "days_overdue": item.days_overdue,
        "last_plan_id": item.last_plan_id,
        "prepared_plan_id": item.prepared_plan_id,
    }


def run_due(args: argparse.Namespace) -> int:
    """Print the follow-ups due today or overdue."""
    from einwandfrei.store.calls.plan_lists import due_now

    today = args.on or date.today()
    with opened_library(args, read_only_ok=True) as library, library.read() as connection:
        due = due_now(connection, today)
    if args.json:
        document = [_due_dict(item) for item in due]
        write_output(json.dumps(document, ensure_ascii=False, indent=2) + "\n", None)
        return 0
    lines = []
    for item in due:
        if item.days_overdue == 0:
            when = _("today")
        else:
            when = ngettext(
                "{count} day overdue", "{count} days overdue", item.days_overdue
            ).format(count=item.days_overdue)
        prepared = (
            "  " + _("(plan {number} ready)").format(number=item.prepared_plan_id)
            if item.prepared_plan_id
            else ""
        )
        lines.append(
            f"{_local(item.next_contact_at)}  {when:16}  {item.customer.label()}{prepared}"
        )
    write_output("\n".join(lines or [_("No follow-ups due.")]) + "\n", None)
    return 0
