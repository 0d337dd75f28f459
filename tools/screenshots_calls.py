"""Render every page of the pre-call wizard, the Calls view, the customer dialog and the after-call
log, in English and German, into docs/screenshots/calls/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_calls.py [OUTPUT_DIR]

Each language gets a fresh library (its starter library) in a temporary folder, a few customers
and plans, and a fixed clock, so the pictures are the same on every run.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (  # noqa: TID251 - a GUI tool
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QUndoStack  # noqa: TID251
from PySide6.QtWidgets import QApplication, QWidget  # noqa: TID251

from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.call_log import apply_log
from einwandfrei.planning.library_content import ObjectionRecord
from einwandfrei.planning.plan import (
    CallOutcome,
    CustomerInfo,
    Plan,
    PlannedObjection,
    PlannedQuestion,
    PlanStatus,
)
from einwandfrei.resources import resource
from einwandfrei.store.calls.checklist_template import template_ticks
from einwandfrei.store.calls.customers import read_customer, update_customer
from einwandfrei.store.calls.plans import read_plan, save_plan
from einwandfrei.store.calls.question_bank import list_questions
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_objections
from einwandfrei.store.library.search import search_ids
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.calls.calls_view import CallsView
from einwandfrei.ui.calls.log_dialog import CallLogDialog
from einwandfrei.ui.calls.wizard.checklist_page import ChecklistPage
from einwandfrei.ui.calls.wizard.goal_page import GoalPage
from einwandfrei.ui.calls.wizard.objections_page import ObjectionsPage
from einwandfrei.ui.calls.wizard.timing_page import TimingPage
from einwandfrei.ui.calls.wizard.wizard import PreCallWizard
from einwandfrei.ui.prompts import DiscardChoice

NOW = datetime(2025, 3, 18, 8, 15).astimezone()
PAGE_NAMES = (
    "customer",
    "known",
    "goal",
    "timing",
    "questions",
    "objections",
    "checklist",
    "summary",
)
# Qt reads a translation from its buffer for the translator's whole life: keep the buffers.
_BUFFERS: list[bytes] = []


@dataclass(frozen=True)
class Sample:
    """The example data of one language."""

    locale: str
    role: str
    messages: tuple[str, ...]
    goal: str
    earlier_goal: str
    minimum: str
    notes: str
    timing: str
    price: str
    persistent: str
    other: CustomerInfo
    other_goal: str
    other_minimum: str
    third: CustomerInfo
    search: str
    customer_notes: str


SAMPLES = {
    "en": Sample(
        locale="en_GB",
        role="Head of purchasing",
        messages=("30% less set-up time than today", "Support in Swiss German, on site in 24 h"),
        goal="Pilot with two teams agreed for Q2",
        earlier_goal="Demo for the purchasing team",
        minimum="Their OK to get back in touch on Tuesday, 18 March 2025",
        notes="Budget frozen until April; Anna wants the figures for set-up time.",
        timing="Quarter end: budget talks this week. Anna is back from holiday since Monday.",
        price="too expensive",
        persistent="persistent",
        other=CustomerInfo("Ben Frei", "Frei Logistik GmbH", "Managing director"),
        other_goal="First meeting on site",
        other_minimum="Their OK to get back in touch on Thursday, 3 April 2025",
        third=CustomerInfo("Clara Sommer", "Sommer & Co.", "Head of IT"),
        search="email",
        customer_notes="Decides with her team lead, Marco. Prefers calls before 10.",
    ),
    "de": Sample(
        locale="de_CH",
        role="Leiterin Einkauf",
        messages=(
            "30 % weniger Einrichtungszeit als heute",
            "Support auf Schweizerdeutsch, in 24 h vor Ort",
        ),
        goal="Pilotprojekt mit zwei Teams für Q2 vereinbart",
        earlier_goal="Demo für den Einkauf",
        minimum="Das OK, sich am Dienstag, 18. März 2025 wieder zu melden",
        notes="Budget bis April eingefroren; Anna möchte die Zahlen zur Einrichtungszeit.",
        timing="Quartalsende: Budgetgespräche diese Woche. "
        "Anna ist seit Montag aus den Ferien zurück.",
        price="zu teuer",
        persistent="hartnäckig",
        other=CustomerInfo("Ben Frei", "Frei Logistik GmbH", "Geschäftsführer"),
        other_goal="Erstes Treffen vor Ort",
        other_minimum="Das OK, sich am Donnerstag, 3. April 2025 wieder zu melden",
        third=CustomerInfo("Clara Sommer", "Sommer & Co.", "Leiterin Informatik"),
        search="mail",
        customer_notes="Entscheidet mit ihrem Teamleiter Marco. Am liebsten vor 10 Uhr anrufen.",
    ),
}


class QuietPrompts:
    """The prompts the Calls windows use, for a run without anyone to answer them."""

    def ask_discard(self, parent: QWidget) -> DiscardChoice:
        del parent
        return DiscardChoice.DISCARD

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        del parent
        print(f"{title}:", text, file=sys.stderr)


def install_language(app: QApplication, language: str, translators: list[QTranslator]) -> None:
    """Speak `language`: its locale, this feature's translations and Qt's own."""
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
    QLocale.setDefault(QLocale(SAMPLES[language].locale))
    if language == "en":
        return
    mine = QTranslator(app)
    data = resource("translations", "planning_de.qm").read_bytes()
    _BUFFERS.append(data)
    if mine.load(data):
        app.installTranslator(mine)
        translators.append(mine)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale("de"), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        translators.append(qt)


def best(library: Library, query: str) -> ObjectionRecord:
    """The library's best match for `query`."""
    with library.read() as connection:
        return read_objections(connection, search_ids(connection, query, 1))[0]


def planned(record: ObjectionRecord, **flags: bool) -> PlannedObjection:
    """An objection with its first response chosen."""
    response = record.responses[0]
    return PlannedObjection(record.text, record.id, response.text, response.id, **flags)


def sample_data(library: Library, sample: Sample) -> int:
    """Three customers: Anna with a logged call due for follow-up today, Ben with a planned call,
    Clara with a draft. Returns the id of Anna's logged call."""
    with library.read() as connection:
        bank = list_questions(connection)[:3]
        checklist = template_ticks(connection)
    price = best(library, sample.price)
    persistent = best(library, sample.persistent)
    earlier = Plan(
        customer=CustomerInfo("Anna Keller", "Müller AG", sample.role),
        status=PlanStatus.PLANNED,
        scheduled_at=datetime(2025, 3, 4, 9, tzinfo=UTC),
        goal=sample.earlier_goal,
        minimum_goal=sample.minimum,
        key_messages=sample.messages,
        questions=tuple(PlannedQuestion(q.text, q.id) for q in bank),
        objections=(
            planned(price, came_up=True, response_worked=True),
            planned(persistent),
        ),
        checklist=checklist,
    )
    outcome = CallOutcome(
        goal_reached=False,
        minimum_goal_reached=True,
        notes=sample.notes,
        next_contact_at=datetime(2025, 3, 18, 9, tzinfo=UTC),
        next_contact_agreed=True,
    )
    logged = save_plan(
        library,
        apply_log(
            earlier, outcome, earlier.objections, logged_at=datetime(2025, 3, 4, 10, tzinfo=UTC)
        ),
    )
    save_plan(
        library,
        replace(
            earlier,
            customer=sample.other,
            scheduled_at=datetime(2025, 3, 20, 13, tzinfo=UTC),
            goal=sample.other_goal,
            minimum_goal=sample.other_minimum,
            key_messages=(),
            objections=(planned(price),),
        ),
    )
    save_plan(
        library,
        Plan(
            customer=sample.third,
            status=PlanStatus.DRAFT,
            scheduled_at=datetime(2025, 3, 25, 8, tzinfo=UTC),
            checklist=checklist,
        ),
    )
    customer_id = logged.customer.id
    assert logged.id is not None and customer_id is not None
    with library.read() as connection:
        anna = read_customer(connection, customer_id)
    update_customer(
        library,
        replace(
            anna,
            email="anna.keller@mueller.example",
            phone="+41 44 555 01 01",
            notes=sample.customer_notes,
        ),
    )
    return logged.id


def grab(widget: QWidget, path: Path) -> None:
    """Save what `widget` shows now."""
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def walk_wizard(wizard: PreCallWizard, sample: Sample, output: Path, language: str) -> None:
    """Fill in and photograph every page."""
    for step, name in enumerate(PAGE_NAMES):
        page = wizard.pages[step]
        if isinstance(page, GoalPage):
            page.goal.setText(sample.goal)
            page.refresh_problems()
        elif isinstance(page, TimingPage):
            page.notes.setPlainText(sample.timing)
        elif isinstance(page, ObjectionsPage):
            page.search.setText(sample.price)
            page.picker.search_now()  # no pause in typing to wait for
            if page.planned_model.rowCount():
                page.planned.select_row(0)
        elif isinstance(page, ChecklistPage):
            for row in range(3):
                page.model.toggle(row)
        grab(wizard, output / f"{language}-wizard-{step + 1}-{name}.png")
        if step < len(PAGE_NAMES) - 1:
            wizard.next()


def render(app: QApplication, language: str, output: Path, translators: list[QTranslator]) -> None:
    """All pictures of one language."""
    install_language(app, language, translators)
    sample = SAMPLES[language]
    library = open_data_folder(
        Path(tempfile.mkdtemp(prefix="einwandfrei-shots-")), language=language
    )
    try:
        logged_id = sample_data(library, sample)
        context = CallsContext(
            library,
            QUndoStack(),
            QuietPrompts(),
            on_print=lambda _plan_id: None,
            on_practise=lambda _plan_id: None,
            clock=lambda: NOW,
        )
        view = CallsView(library, context.undo_stack, context=context)
        view.resize(1100, 720)
        view.show()
        grab(view, output / f"{language}-calls-view.png")
        anna = next(c for c in view.listed_customers() if c.name == "Anna Keller")
        view.select_customer(anna.id)
        view.select_plan(logged_id)
        grab(view, output / f"{language}-calls-customer-history.png")
        editor = view.customer_pane.edit_customer(anna.id)
        assert editor is not None
        grab(editor, output / f"{language}-calls-customer-dialog.png")
        editor.done(0)

        view.select_customer(None)
        view.resize(800, 600)
        grab(view, output / f"{language}-calls-view-narrow.png")

        wizard = view.prepare_call(anna.id)
        wizard.resize(980, 680)
        walk_wizard(wizard, sample, output, language)
        wizard.done(0)

        missing = PreCallWizard(context)
        missing.resize(980, 680)
        missing.show()
        missing.customer_page.name.setText("Dora Weber")
        missing.next()
        missing.next()
        goal = missing.currentPage()
        assert isinstance(goal, GoalPage)
        goal.minimum_goal.clear()
        goal.refresh_problems()
        grab(missing, output / f"{language}-wizard-goal-missing.png")
        missing.done(0)

        with library.read() as connection:
            plan = read_plan(connection, logged_id)
        dialog = CallLogDialog(context, replace(plan, status=PlanStatus.PLANNED))
        dialog.show()
        dialog.search.setText(sample.search)
        dialog.picker.search_now()
        grab(dialog, output / f"{language}-call-log.png")
        dialog.done(0)
        for widget in (dialog, missing, view):
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    finally:
        library.close()


def render_empty(language: str, output: Path) -> None:
    """The Calls page before the first plan, at 800 pixels wide."""
    library = open_data_folder(
        Path(tempfile.mkdtemp(prefix="einwandfrei-shots-")), language=language, starter=False
    )
    try:
        context = CallsContext(library, QUndoStack(), QuietPrompts(), clock=lambda: NOW)
        view = CallsView(library, context.undo_stack, context=context)
        view.resize(800, 600)
        view.show()
        grab(view, output / f"{language}-calls-empty.png")
        view.close()
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        library.close()


def main() -> int:
    """Render both languages into the folder named on the command line (or the docs folder)."""
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots/calls")
    output.mkdir(parents=True, exist_ok=True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    QCoreApplication.setApplicationName("Einwandfrei")
    translators: list[QTranslator] = []
    for language in ("en", "de"):
        render(app, language, output, translators)
        render_empty(language, output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
