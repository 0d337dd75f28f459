"""The whole plan as one HTML page, for the summary step and the Calls view's preview."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale

from einwandfrei.planning.plan import Plan
from einwandfrei.ui.calls.plan_wording import format_when, yes_no


def _e(text: str) -> str:
    return html.escape(text)


def _none() -> str:
    text = QCoreApplication.translate("PlanSummary", "None")
    return f"<p><i>{_e(text)}</i></p>"


def _section(title: str, body: str) -> str:
    return f"<h3 style='margin-bottom:2px'>{_e(title)}</h3>{body}"


def _items(texts: list[str], *, ordered: bool = False) -> str:
    if not texts:
        return _none()
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{_e(text)}</li>" for text in texts) + f"</{tag}>"


def _labelled(label: str, value: str) -> str:
    return f"<b>{_e(label)}</b> {_e(value or '–')}"


def plan_html(plan: Plan) -> str:
    """Customer, time, goals, key messages, opener, questions, objections, open checklist."""
    translate = QCoreApplication.translate
    customer = plan.customer
    who = customer.label() + (f", {customer.role}" if customer.role else "")
    goal = translate("PlanSummary", "Goal")
    minimum = translate("PlanSummary", "Minimum goal")
    opener = translate("PlanSummary", "Opener:")
    fallback = translate("PlanSummary", "If not now:")
    parts = [
        f"<h2 style='margin-bottom:0'>{_e(who)}</h2>",
        f"<p style='margin-top:2px'>{_e(format_when(plan.scheduled_at))}</p>",
        "<table cellspacing='0' cellpadding='6' width='100%' border='1'>"
        f"<tr><td width='50%'><b>{_e(goal)}</b><br>{_e(plan.goal or '–')}</td>"
        f"<td><b>{_e(minimum)}</b><br>{_e(plan.minimum_goal or '–')}</td></tr></table>",
        _section(translate("PlanSummary", "Repeat"), _items(list(plan.key_messages))),
        _section(
            translate("PlanSummary", "Timing"),
            (f"<p>{_e(plan.timing_notes)}</p>" if plan.timing_notes else "")
            + f"<p>{_labelled(opener, plan.opener)}<br>{_labelled(fallback, plan.fallback)}</p>",
        ),
        _section(
            translate("PlanSummary", "Ask"),
            _items([question.text for question in plan.questions], ordered=True),
        ),
    ]
    no_response = translate("PlanSummary", "no response chosen")
    objections = [
        f"<li><b>{_e(QLocale().quoteString(objection.objection_text))}</b><br>"
        f"→ {_e(objection.response_text or no_response)}</li>"
        for objection in plan.objections
        if objection.was_expected
    ]
    if plan.is_logged:
        outcome = plan.outcome
        reached = translate("PlanSummary", "Goal reached:")
        minimum_reached = translate("PlanSummary", "Minimum goal reached:")
        body = (
            f"<p>{_labelled(reached, yes_no(outcome.goal_reached))} · "
            f"{_labelled(minimum_reached, yes_no(outcome.minimum_goal_reached))}</p>"
        )
        if outcome.notes:
            body += f"<p>{_e(outcome.notes)}</p>"
        # After the call comes first: it is what a look back at this plan is for.
        parts.insert(3, _section(translate("PlanSummary", "After the call"), body))
    parts.append(
        _section(
            translate("PlanSummary", "Expected objections"),
            "<ul>" + "".join(objections) + "</ul>" if objections else _none(),
        )
    )
    still_open = [tick.text for tick in plan.open_checklist()]
    if still_open:
        parts.append(
            _section(translate("PlanSummary", "Still open on the checklist"), _items(still_open))
        )
    elif plan.checklist:
        everything = translate("PlanSummary", "Everything ticked.")
        parts.append(_section(translate("PlanSummary", "Checklist"), f"<p>{_e(everything)}</p>"))
    return "\n".join(parts)
