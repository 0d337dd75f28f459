"""Call planning figures beside floors measured in the same run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_calls.py [--plans N]

- the wizard's objection search (search_ids + read_objections, 30 results) on a copy of the
  100,000-objection library; floor: search_ids alone, the same queries;
- save_plan of a full plan (customer, 3 questions, 2 objections, 14 checklist items, counters);
  floor: one ORM session that only renames a customer;
- what the Calls view reads on a refresh with N logged plans on the "Past calls" tab (customers,
  the Due list, N plan rows, consent records); floor: `SELECT count(*)` over the plans;
- opening the wizard (8 pages built and loaded); floor: a bare QWizard with 8 empty pages.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from libraries import synthetic_data_dir
from sqlalchemy import Connection, text
from synthetic import synthetic_queries

from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.call_log import apply_log
from einwandfrei.planning.plan import CallOutcome, CustomerInfo
from einwandfrei.store.calls.customers import list_customers, save_customer
from einwandfrei.store.calls.plan_lists import PlanSection, consent_records, due_now, list_plans
from einwandfrei.store.calls.plans import save_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.library.search import search_ids
from tests.store.plan_fixtures import ready_plan


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def line(label: str, values: list[float], floor: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"{label:42} median {statistics.median(values):7.2f} ms  p95 {p95:7.2f} ms   "
        f"floor median {statistics.median(floor):7.2f} ms"
    )


def once(action: Callable[[], object]) -> float:
    return timed(action, 1)[0]


def read_with_responses(connection: Connection, query: str) -> object:
    return read_objections(connection, search_ids(connection, query, 30))


def bench_search(folder: Path) -> None:
    queries = synthetic_queries(120)
    with open_data_folder(folder, backup=False) as library, library.read() as connection:
        searched = [once(partial(search_ids, connection, query, 30)) for query in queries]
        with_records = [once(partial(read_with_responses, connection, query)) for query in queries]
    print(line("wizard objection search (30 with responses)", with_records, searched))


def bench_plans(plans: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-calls-"))
    try:
        with open_data_folder(folder, language="en", backup=False) as library:
            base = ready_plan(library)
            customer_id = save_customer(library, CustomerInfo("Floor Customer"))
            renamed = [
                once(partial(save_customer, library, CustomerInfo(f"Floor {i}", id=customer_id)))
                for i in range(60)
            ]
            saves = timed(lambda: save_plan(library, base), 60)
            print(line("save_plan, a full plan", saves, renamed))
            fill(library, base, plans)
            floor = timed(lambda: count_plans(library), 30)
            reads = timed(lambda: calls_view_reads(library), 30)
            print(line(f"Calls view reads, {plans} plans", reads, floor))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def fill(library: Library, base: object, plans: int) -> None:
    from einwandfrei.planning.plan import Plan

    assert isinstance(base, Plan)
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    for index in range(plans):
        when = start + timedelta(days=index % 400, hours=index % 7)
        customer = CustomerInfo(f"Customer {index % 300}", f"Company {index % 300}")
        plan = replace(base, customer=customer, scheduled_at=when)
        outcome = CallOutcome(
            True,
            True,
            next_contact_at=when + timedelta(days=14),
            next_contact_agreed=index % 3 != 0,
        )
        save_plan(library, apply_log(plan, outcome, plan.objections, logged_at=when))


def count_plans(library: Library) -> int:
    with library.read() as connection:
        return int(connection.execute(text("SELECT count(*) FROM call_plans")).scalar_one())


def calls_view_reads(library: Library) -> None:
    """What `CallsView.refresh` reads on the "Past calls" tab (the longest list)."""
    with library.read() as connection:
        list_customers(connection)
        due_now(connection, date(2025, 6, 1))
    with library.read() as connection:
        list_plans(connection, PlanSection.PAST)
        consent_records(connection)


def bench_wizard() -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

    from einwandfrei.ui.calls.calls_context import CallsContext
    from einwandfrei.ui.calls.wizard.wizard import PreCallWizard

    app = QApplication.instance() or QApplication([])
    del app
    folder = Path(tempfile.mkdtemp(prefix="bench-wizard-"))
    try:
        with open_data_folder(folder, language="en", backup=False) as library:
            context = CallsContext(library, QUndoStack())

            def bare() -> None:
                wizard = QWizard()
                for _ in range(8):
                    wizard.addPage(QWizardPage())
                wizard.deleteLater()

            def full() -> None:
                PreCallWizard(context).deleteLater()

            floor = timed(bare, 20)
            opened = timed(full, 20)
            print(line("open the wizard (8 pages, starter library)", opened, floor))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--skip-search", action="store_true")
    args = parser.parse_args()
    if not args.skip_search:
        source = synthetic_data_dir(100_000)
        copy = Path(tempfile.mkdtemp(prefix="bench-calls-100k-")) / "data"
        shutil.copytree(source, copy)
        try:
            bench_search(copy)
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)
    bench_plans(args.plans)
    bench_wizard()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
