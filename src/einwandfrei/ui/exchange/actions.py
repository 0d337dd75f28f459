"""The calendar, contacts and phone-deck actions of the window: File ▸ Export Calendar…, File ▸
Export Anki Deck…, Calls ▸ Import Meetings from Calendar… and Calls ▸ Import Contacts….

Each reads or writes through the same `interchange` and `store` functions as the command line;
an import is previewed in a dialog (shown with `open()`, never `exec()`) and publishes one
change on the window's bus once it is done. File pickers and messages go through the window's
prompt service, so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimeZone, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.messages import CONTEXT
from einwandfrei.planning.changes import Change
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.error_text import error_text, message_text

if TYPE_CHECKING:
    from einwandfrei.planning.contacts import Contact
    from einwandfrei.store.calls.contact_merge import MergeResult
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.change_bus import ChangeBus

MESSAGE_MS = 8000
CALENDAR_FILTER = "*.ics *.ical *.ifb *.icalendar"
CONTACTS_FILTER = "*.vcf *.vcard *.csv *.txt"


class FilePrompts(Protocol):
    """What these actions ask: the window's prompt service provides it (tests answer it)."""

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user that something could not be done, and why."""
        ...

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something."""
        ...

    def choose_open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """A file to read, or None."""
        ...

    def choose_save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        """Where to write a file, or None."""
        ...


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def system_zone_name() -> str | None:
    """The IANA name of the computer's time zone, as Qt knows it (on every platform)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name or None


class ExchangeActions(QObject):
    """The four actions and what they do, for one window and its library."""

    message = Signal(str)  # a sentence for the status bar
    dialogShown = Signal(QDialog)  # a preview or options dialog was opened (tests drive it)

    def __init__(
        self,
        parent: QWidget,
        library: Callable[[], Library | None],
        bus: ChangeBus,
        prompts: FilePrompts,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.library = library
        self.bus = bus
        self.prompts = prompts
        self.export_calendar = self._action("actionExportCalendar", self.tr("Export &Calendar…"))
        self.export_deck = self._action("actionExportAnkiDeck", self.tr("Export Anki &Deck…"))
        self.import_meetings = self._action(
            "actionImportMeetings", self.tr("Import &Meetings from Calendar…")
        )
        self.import_contacts = self._action("actionImportContacts", self.tr("Import C&ontacts…"))
        self.export_calendar.triggered.connect(self.start_calendar_export)
        self.export_deck.triggered.connect(self.start_deck_export)
        self.import_meetings.triggered.connect(self.start_meetings_import)
        self.import_contacts.triggered.connect(self.start_contacts_import)
        self.dialog: QDialog | None = None

    def _action(self, name: str, text: str) -> QAction:
        action = QAction(text, self.parent_widget)
        action.setObjectName(name)
        self.parent_widget.addAction(action)
        return action

    @property
    def file_actions(self) -> list[QAction]:
        """The File menu's: the calendar and the deck export."""
        return [self.export_calendar, self.export_deck]

    @property
    def calls_actions(self) -> list[QAction]:
        """The Calls menu's: meetings and contacts import."""
        return [self.import_meetings, self.import_contacts]

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialogShown.emit(dialog)

    def _warn(self, title: str, error: BaseException) -> None:
        self.prompts.warn(self.parent_widget, title, error_text(error))

    # Calendar export -------------------------------------------------------------------------

    def start_calendar_export(self) -> None:
        """Ask which days, then where to write the calendar file."""
        from einwandfrei.ui.exchange.calendar_export_dialog import CalendarExportDialog

        dialog = CalendarExportDialog(self.parent_widget)
        self._open(dialog, lambda: self._export_calendar(*dialog.choice()))

    def _export_calendar(self, first_day: date, days: int | None, with_notes: bool) -> None:
        from einwandfrei.interchange.calendar_export import events_written, export_calendar
        from einwandfrei.interchange.file_writing import write_bytes_atomically

        library = self.library()
        title = self.tr("Export Calendar")
        if library is None:
            return
        path = self.prompts.choose_save_file(
            self.parent_widget,
            title,
            Path.home() / "Einwandfrei.ics",
            self.tr("Calendar files (%1)").replace("%1", "*.ics"),
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".ics")
        try:
            data, count = export_calendar(
                library,
                first_day=first_day,
                days=days,
                zone_name=system_zone_name(),
                with_notes=with_notes,
                translate=_translate,
            )
            write_bytes_atomically(path, data)
        except (InterchangeError, LibraryError) as error:
            self._warn(title, error)
            return
        self.message.emit(message_text(events_written(count, path)))

    # Anki deck -------------------------------------------------------------------------------

    def start_deck_export(self) -> None:
        """Ask where to write the deck, then write the whole library into it."""
        from einwandfrei.interchange.anki_deck import export_deck, notes_written

        library = self.library()
        title = self.tr("Export Anki Deck")
        if library is None:
            return
        path = self.prompts.choose_save_file(
            self.parent_widget,
            title,
            Path.home() / "Einwandfrei.apkg",
            self.tr("Anki decks (%1)").replace("%1", "*.apkg"),
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".apkg")
        try:
            count = export_deck(library, path, translate=_translate)
        except (InterchangeError, LibraryError) as error:
            self._warn(title, error)
            return
        self.message.emit(message_text(notes_written(count, path)))

    # Meetings --------------------------------------------------------------------------------

    def start_meetings_import(self) -> None:
        """Read a calendar file and show its meetings to tick; nothing is created before."""
        from einwandfrei.interchange.calendar_export import zone_named
        from einwandfrei.interchange.calendar_import import left_out, read_calendar_file
        from einwandfrei.store.calls.calendar_drafts import DraftState, propose_drafts
        from einwandfrei.ui.exchange.calendar_import_dialog import CalendarImportDialog

        library = self.library()
        title = self.tr("Import Meetings from Calendar")
        if library is None:
            return
        path = self.prompts.choose_open_file(
            self.parent_widget,
            title,
            self.tr("Calendar files (%1)").replace("%1", CALENDAR_FILTER),
        )
        if path is None:
            return
        try:
            calendar = read_calendar_file(
                path, now=datetime.now(UTC), local_zone=zone_named(system_zone_name())
            )
            with library.read() as connection:
                proposals = propose_drafts(connection, calendar.meetings)
        except (InterchangeError, LibraryError) as error:
            self._warn(title, error)
            return
        no_customer = sum(1 for p in proposals if p.state is DraftState.NO_CUSTOMER)
        skipped = left_out(calendar.skipped, no_customer)
        if not proposals:
            text = self.tr("%1 holds no upcoming meetings.").replace("%1", path.name)
            if skipped is not None:
                text += " " + message_text(skipped)
            self.prompts.inform(self.parent_widget, title, text)
            return
        dialog = CalendarImportDialog(path.name, proposals, skipped, self.parent_widget)
        self._open(dialog, lambda: self._create_drafts(dialog.chosen()))

    def _create_drafts(self, chosen: Sequence[object]) -> None:
        from einwandfrei.interchange.calendar_import import drafts_created
        from einwandfrei.store.calls.calendar_drafts import DraftProposal, create_drafts

        library = self.library()
        proposals = [proposal for proposal in chosen if isinstance(proposal, DraftProposal)]
        if library is None or not proposals:
            return
        try:
            created = create_drafts(library, proposals)
        except LibraryError as error:
            self._warn(self.tr("Import Meetings from Calendar"), error)
            return
        self.bus.publish(Change(plans=True, customers=True).by(self))
        self.message.emit(
            message_text(drafts_created(len(created.plan_ids), created.new_customers))
        )

    # Contacts --------------------------------------------------------------------------------

    def start_contacts_import(self) -> None:
        """Read an address book and preview what merging it does; nothing changes before."""
        from einwandfrei.interchange.contacts_import import (
            ContactsFile,
            guess_contacts_format,
            parse_contacts,
        )
        from einwandfrei.interchange.csv_contacts import read_csv_table, recognise_columns
        from einwandfrei.interchange.file_reading import read_bounded
        from einwandfrei.store.calls.contact_merge import merge_contacts
        from einwandfrei.ui.exchange.contacts_import_dialog import ContactsImportDialog

        library = self.library()
        title = self.tr("Import Contacts")
        if library is None:
            return
        path = self.prompts.choose_open_file(
            self.parent_widget,
            title,
            self.tr("Address books (%1)").replace("%1", CONTACTS_FILTER),
        )
        if path is None:
            return
        try:
            raw = read_bounded(path)
            file_format = guess_contacts_format(path, raw)
            if file_format == "csv":
                # Unrecognised columns are no refusal here: the dialog lets the user choose.
                table = read_csv_table(raw)
                mapping = recognise_columns(table.headers)
                source = (
                    parse_contacts(raw, "csv")
                    if mapping.has_name
                    else ContactsFile((), 0, "csv", table, mapping)
                )
            else:
                source = parse_contacts(raw, "vcf")
        except InterchangeError as error:
            self._warn(title, error)
            return

        def preview(contacts: Sequence[Contact]) -> MergeResult:
            return merge_contacts(library, contacts, dry_run=True)

        try:
            dialog = ContactsImportDialog(path.name, source, preview, self.parent_widget)
        except LibraryError as error:
            self._warn(title, error)
            return
        self._open(dialog, lambda: self._merge_contacts(dialog.chosen_contacts()))

    def _merge_contacts(self, contacts: Sequence[Contact]) -> None:
        from einwandfrei.interchange.contacts_import import merge_counts
        from einwandfrei.store.calls.contact_merge import merge_contacts

        library = self.library()
        if library is None:
            return
        try:
            result = merge_contacts(library, contacts)
        except LibraryError as error:
            self._warn(self.tr("Import Contacts"), error)
            return
        self.bus.publish(Change.customer_details().by(self))
        self.message.emit(message_text(merge_counts(result)))
