"""Printing figures: the call sheet, `einwandfrei sheet` as a process, a 1,000-objection booklet.

Run: .venv/bin/python benchmarks/bench_printing.py [--repeat N]

Every figure stands beside its floor, measured in the same run on the same text (runs alternate,
medians reported):
- call sheet, 30 objections, in process: a bare QTextDocument holding a two-column HTML table of
  the same 30 objections (objection, response, follow-up), printed by QPdfWriter on A4 with
  explicit margins. Budget: 2x the floor.
- `einwandfrei sheet --plan ID -o FILE.pdf`, the whole process: a bare QGuiApplication process
  (offscreen) that prints that floor document. Budget: 1.5x the floor.
- a booklet of the 1,000-objection synthetic library to PDF. Budget: 5 s. For scale, the floor:
  the same entries in one QTextDocument printed by QPdfWriter (Qt's own pagination, one column).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from libraries import synthetic_data_dir
from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.library_part import LibraryPart
from einwandfrei.printing.booklet import entry_html
from einwandfrei.printing.jobs import LayoutKind, PrintRequest, build_layout
from einwandfrei.printing.paper import Paper
from einwandfrei.printing.render import render_pdf
from einwandfrei.store.calls.printable_plan import PlanForPrinting, read_plan
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.print_selection import read_selection

FLOOR_PROCESS = """
import html, json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
app = QGuiApplication(sys.argv[:1])
with open(sys.argv[1], encoding="utf-8") as handle:
    items = json.load(handle)
cells = [f"<td><b>{html.escape(o)}</b><br>&rarr; {html.escape(r)}<br><i>? {html.escape(f)}</i></td>"
         for o, r, f in items]
rows = "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2))
document = QTextDocument()
document.setHtml(f"<table width='100%' cellspacing='6'>{rows}</table>")
writer = QPdfWriter(sys.argv[2])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
document.print_(writer)
"""


def add_bench_plan(library: Library, count: int) -> int:
    """A plan expecting the library's first `count` objections."""
    from sqlalchemy import text

    from einwandfrei.store.models.calls import CallPlan, Customer, PlanKeyMessage, PlanObjection

    with library.read() as connection:
        ids = list(
            connection.execute(
                text("SELECT id FROM objections WHERE deleted_at IS NULL ORDER BY id LIMIT :n"),
                {"n": count},
            ).scalars()
        )
    with library.session() as session:
        plan = CallPlan(
            customer=Customer(name="Anna Keller", company="Müller AG", role="Head of Purchasing"),
            goal="Pilot agreed for Q2",
            minimum_goal="Their OK to call back on 18 March",
            opener="Is now a good moment, or shall I call you at two?",
        )
        plan.key_messages = [PlanKeyMessage(position=0, text="30% less set-up time")]
        plan.objections = [
            PlanObjection(position=index, objection_id=objection_id)
            for index, objection_id in enumerate(ids)
        ]
        session.add(plan)
        session.flush()
        return plan.id


def floor_items(plan: PlanForPrinting) -> list[tuple[str, str, str]]:
    return [
        (
            planned.objection.text,
            planned.response.text if planned.response else "",
            planned.follow_up,
        )
        for planned in plan.objections
    ]


def floor_sheet(items: list[tuple[str, str, str]], path: Path) -> None:
    cells = [
        f"<td><b>{html.escape(o)}</b><br>&rarr; {html.escape(r)}<br><i>? {html.escape(f)}</i></td>"
        for o, r, f in items
    ]
    rows = "".join("<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2))
    document = QTextDocument()
    document.setHtml(f"<table width='100%' cellspacing='6'>{rows}</table>")
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    document.print_(writer)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def alternate(
    first: Callable[[], object], second: Callable[[], object], repeat: int
) -> tuple[list[float], list[float]]:
    """Run two actions in turn (after one warm-up each); their times in ms."""
    first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        times[0].append(timed(first))
        times[1].append(timed(second))
    return times


def line(name: str, mine: list[float], floor: list[float], budget: float) -> str:
    ratio = statistics.median(mine) / statistics.median(floor)
    verdict = "ok" if ratio <= budget else "OVER BUDGET"
    return (
        f"{name:<34} {statistics.median(mine):8.1f} ms   floor {statistics.median(floor):8.1f} ms"
        f"   ratio {ratio:4.2f} (budget {budget}x) {verdict}"
    )


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("einwandfrei")
    return [str(script)] if script.exists() else [sys.executable, "-m", "einwandfrei"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs per figure (15)")
    args = parser.parse_args()
    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert application is not None
    work = Path(tempfile.mkdtemp(prefix="bench-printing-"))
    try:
        data_dir = work / "data"
        shutil.copytree(synthetic_data_dir(1000), data_dir)
        with open_data_folder(data_dir, backup=False) as library:
            plan_id = add_bench_plan(library, 30)
            with library.read() as connection:
                plan = read_plan(connection, plan_id)
                request = PrintRequest(LayoutKind.SHEET, plan_id=plan_id)
                items = floor_items(plan)

                def sheet() -> None:
                    layout = build_layout(connection, request, locale=QLocale("en_GB"))
                    render_pdf(work / "sheet.pdf", layout, Paper.A4)

                mine, floor = alternate(
                    sheet, lambda: floor_sheet(items, work / "floor.pdf"), args.repeat
                )
            print(line("call sheet, 30 objections", mine, floor, 2.0))

            items_file = work / "items.json"
            items_file.write_text(json.dumps(items), encoding="utf-8")
            floor_script = work / "floor_process.py"
            floor_script.write_text(FLOOR_PROCESS, encoding="utf-8")
            environment = {
                key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"
            }
            cli = [*cli_command(), "sheet", "--data-dir", str(data_dir), "--plan", str(plan_id)]

            def run_cli() -> None:
                subprocess.run(
                    [*cli, "--paper", "a4", "-o", str(work / "cli.pdf")],
                    check=True,
                    env=environment,
                    stdout=subprocess.DEVNULL,
                )

            def run_floor() -> None:
                subprocess.run(
                    [sys.executable, str(floor_script), str(items_file), str(work / "fp.pdf")],
                    check=True,
                    env=dict(environment, QT_QPA_PLATFORM="offscreen"),
                )

            mine, floor = alternate(run_cli, run_floor, args.repeat)
            print(line("einwandfrei sheet (whole process)", mine, floor, 1.5))

            with library.read() as connection:
                selected = read_selection(connection, LibraryPart())
            assert len(selected.objections) == 1000

            def booklet() -> None:
                with library.read() as connection:
                    layout = build_layout(connection, PrintRequest(LayoutKind.BOOKLET))
                pages = render_pdf(work / "booklet.pdf", layout, Paper.A4)
                booklet_pages.append(pages)

            def booklet_floor() -> None:
                document = QTextDocument()
                font = QFont("DejaVu Sans")
                font.setPointSizeF(8.5)
                document.setDefaultFont(font)
                document.setHtml("".join(entry_html(record) for record in selected.objections))
                writer = QPdfWriter(str(work / "booklet-floor.pdf"))
                writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
                writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
                document.print_(writer)

            booklet_pages: list[int] = []
            runs = max(3, args.repeat // 5)
            booklet_times, booklet_cpu, floor_times, floor_cpu = [], [], [], []
            for _ in range(runs):
                cpu = time.process_time()
                booklet_times.append(timed(booklet) / 1000)
                booklet_cpu.append(time.process_time() - cpu)
                cpu = time.process_time()
                floor_times.append(timed(booklet_floor) / 1000)
                floor_cpu.append(time.process_time() - cpu)
            median = statistics.median(booklet_times)
            verdict = "ok" if median <= 5 else "OVER BUDGET"
            print(
                f"{'booklet, 1,000 objections':<34} {median:8.2f} s    "
                f"floor {statistics.median(floor_times):8.2f} s   "
                f"({booklet_pages[-1]} pages; budget 5 s) {verdict}\n"
                f"{'  CPU time (less hit by load)':<34} {statistics.median(booklet_cpu):8.2f} s    "
                f"floor {statistics.median(floor_cpu):8.2f} s"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
