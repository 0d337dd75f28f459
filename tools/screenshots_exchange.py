"""Render the calendar, contacts and deck dialogs in English and German into
docs/screenshots/exchange/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_exchange.py [OUTPUT_DIR]

Each language gets a fresh library in a temporary folder with two customers, and the example
exports of tests/interchange/fixtures (an Outlook calendar, a German Outlook and an unknown CSV
address book, a vCard file); the meetings are read as of 1 December 2026.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLibraryInfo, QLocale, QTranslator  # noqa: TID251 - a GUI tool
from PySide6.QtWidgets import QApplication, QWidget  # noqa: TID251

from einwandfrei.interchange.calendar_import import left_out, read_calendar_file
from einwandfrei.interchange.contacts_import import ContactsFile, read_contacts_file
from einwandfrei.interchange.csv_contacts import read_csv_table, recognise_columns
from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.contacts import Contact
from einwandfrei.planning.plan import CustomerInfo
from einwandfrei.resources import resource
from einwandfrei.store.calls.calendar_drafts import DraftState, propose_drafts
from einwandfrei.store.calls.contact_merge import MergeResult, merge_contacts
from einwandfrei.store.calls.customers import CustomerDetails, save_customer, update_customer
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.exchange.calendar_export_dialog import CalendarExportDialog
from einwandfrei.ui.exchange.calendar_import_dialog import CalendarImportDialog
from einwandfrei.ui.exchange.contacts_import_dialog import ContactsImportDialog

FIXTURES = Path(__file__).parents[1] / "tests" / "interchange" / "fixtures"
NOW = datetime(2026, 12, 1, tzinfo=UTC)
LOCALES = {"en": "en_GB", "de": "de_CH"}
CATALOGUES = ("exchange_de.qm", "messages_de.qm", "planning_de.qm")
_BUFFERS: list[bytes] = []


def install_language(app: QApplication, language: str, translators: list[QTranslator]) -> None:
    """Speak `language`: its locale, these dialogs' translations and Qt's own."""
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
    QLocale.setDefault(QLocale(LOCALES[language]))
    if language == "en":
        return
    for name in CATALOGUES:
        translator = QTranslator(app)
        data = resource("translations", name).read_bytes()
        _BUFFERS.append(data)
        if translator.load(data):
            app.installTranslator(translator)
            translators.append(translator)
    qt = QTranslator(app)
    if qt.load(
        QLocale("de"), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        translators.append(qt)


def grab(widget: QWidget, path: Path) -> None:
    """Show `widget`, let it lay out, and save it as a PNG."""
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    widget.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots/exchange")
    output.mkdir(parents=True, exist_ok=True)
    translators: list[QTranslator] = []
    for language in ("en", "de"):
        install_language(app, language, translators)
        with tempfile.TemporaryDirectory() as folder:
            library = open_data_folder(Path(folder), language=language, backup=False)
            try:
                ben = save_customer(library, CustomerInfo("Ben Frei", "Frei GmbH"))
                update_customer(
                    library,
                    CustomerDetails(ben, "Ben Frei", "Frei GmbH", email="ben.frei@frei-gmbh.ch"),
                )
                calendar = read_calendar_file(FIXTURES / "calendar" / "outlook.ics", now=NOW)
                with library.read() as connection:
                    proposals = propose_drafts(connection, calendar.meetings)
                no_customer = sum(1 for p in proposals if p.state is DraftState.NO_CUSTOMER)
                dialog = CalendarImportDialog(
                    "outlook.ics", proposals, left_out(calendar.skipped, no_customer)
                )
                grab(dialog, output / f"{language}-calendar-import.png")

                def preview(contacts: Sequence[Contact], library: Library = library) -> MergeResult:
                    return merge_contacts(library, contacts, dry_run=True)

                source = read_contacts_file(FIXTURES / "contacts" / "outlook_de.csv")
                dialog2 = ContactsImportDialog("outlook_de.csv", source, preview)
                grab(dialog2, output / f"{language}-contacts-import-outlook.png")

                raw = "Kunde;Betrieb;Mail;Tel\nAnna Keller;Müller AG;anna@x.ch;+41 44 123 45 67\n"
                crm = Path(folder) / "crm.csv"
                crm.write_text(raw, encoding="utf-8")
                table = read_csv_table(crm.read_bytes())
                unknown = ContactsFile((), 0, "csv", table, recognise_columns(table.headers))
                dialog3 = ContactsImportDialog("crm.csv", unknown, preview)
                grab(dialog3, output / f"{language}-contacts-import-unknown.png")

                vcards = read_contacts_file(FIXTURES / "contacts" / "apple.vcf")
                dialog4 = ContactsImportDialog("apple.vcf", vcards, preview)
                grab(dialog4, output / f"{language}-contacts-import-vcard.png")

                export = CalendarExportDialog()
                export.first_day.setDate(QDate(2026, 12, 1))
                export.days.setValue(30)
                grab(export, output / f"{language}-calendar-export.png")
            finally:
                library.close()
    print(f"wrote the screenshots to {output}")


if __name__ == "__main__":
    main()
