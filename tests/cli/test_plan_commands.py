"""`einwandfrei plans` and `einwandfrei due`, run as a user runs them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.store.calls.plans import delete_plan, save_plan
from tests.cli.conftest import Run
from tests.store.plan_fixtures import logged, ready_plan


def prepare(data_dir: Path) -> dict[str, int]:
    with open_data_folder(data_dir, language="en") as library:
        upcoming = save_plan(library, ready_plan(library))
        done = save_plan(
            library, logged(ready_plan(library, CustomerInfo("Ben Frei", "Frei GmbH")), worked=True)
        )
        draft = save_plan(
            library,
            replace(
                ready_plan(library, CustomerInfo("Clara Sommer")), status=PlanStatus.DRAFT, goal=""
            ),
        )
        trashed = save_plan(library, ready_plan(library, CustomerInfo("Dora Trash")))
        delete_plan(library, trashed.id or 0)
    return {
        "upcoming": upcoming.id or 0,
        "done": done.id or 0,
        "draft": draft.id or 0,
        "trashed": trashed.id or 0,
    }


def test_plans_lists_live_plans(einwandfrei: Run, data_dir: Path) -> None:
    ids = prepare(data_dir)
    result = einwandfrei("plans", check_exit=0)
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert any("Anna Keller · Müller AG — Pilot agreed for Q2" in line for line in lines)
    assert any("done" in line and "Ben Frei · Frei GmbH" in line for line in lines)
    assert "Dora" not in result.stdout
    document = json.loads(einwandfrei("plans", "--json", check_exit=0).stdout)
    by_id = {entry["id"]: entry for entry in document}
    assert set(by_id) == {ids["upcoming"], ids["done"], ids["draft"]}
    assert by_id[ids["done"]]["next_contact_agreed"] is True
    assert by_id[ids["upcoming"]]["questions"] == 3
    assert by_id[ids["upcoming"]]["customer"]["company"] == "Müller AG"


def test_plans_by_section(einwandfrei: Run, data_dir: Path) -> None:
    ids = prepare(data_dir)
    for section, expected in (
        ("upcoming", "upcoming"),
        ("drafts", "draft"),
        ("past", "done"),
        ("trash", "trashed"),
    ):
        document = json.loads(
            einwandfrei("plans", "--section", section, "--json", check_exit=0).stdout
        )
        assert [entry["id"] for entry in document] == [ids[expected]], section


def test_due_lists_agreed_follow_ups(einwandfrei: Run, data_dir: Path) -> None:
    prepare(data_dir)
    assert einwandfrei("due", "--on", "2025-03-17", check_exit=0).stdout == "No follow-ups due.\n"
    result = einwandfrei("due", "--on", "2025-03-20", check_exit=0)
    assert "2 days overdue" in result.stdout and "Ben Frei · Frei GmbH" in result.stdout
    [entry] = json.loads(einwandfrei("due", "--on", "2025-03-18", "--json", check_exit=0).stdout)
    assert entry["customer"]["name"] == "Ben Frei"
    assert entry["days_overdue"] == 0


def test_due_on_an_empty_library_and_a_bad_date(einwandfrei: Run) -> None:
    assert einwandfrei("due", "--json", check_exit=0).stdout == "[]\n"
    assert einwandfrei("plans", check_exit=0).stdout == "No call plans.\n"
    bad = einwandfrei("due", "--on", "18.03.2025", check_exit=2)
    assert "expected a date like 2025-03-18" in bad.stderr
