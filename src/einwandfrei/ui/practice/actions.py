"""The Practice menu's actions, the due-drills count, and `practise_plan` for the call wizard.

The main window creates one `PracticeActions` with its library, its Practice menu and its change
bus; everything else happens here. Creating the actions imports neither
SQLAlchemy nor fsrs (the window paints first); they come in with the first count or drill.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from einwandfrei.planning.changes import Change
from einwandfrei.ui.prompts import LazyPrompts, Prompts

if TYPE_CHECKING:
    from fsrs import Scheduler

    from einwandfrei.planning.library_part import PartKind
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.change_bus import ChangeBus
    from einwandfrei.ui.practice.chooser import PracticeChoice, PracticeChooser
    from einwandfrei.ui.practice.drill_dialog import PracticeDialog
    from einwandfrei.ui.practice.statistics import PracticeStatisticsDialog

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


def _local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def due_count(library: Library, now: datetime | None = None, zone: tzinfo | None = None) -> int:
    """How many drills are due today, for the main window's "12 drills due"."""
    from einwandfrei.drills.queue import due_count as count_due

    with library.read() as connection:
        return count_due(connection, now or _now(), zone or _local_zone())


class PracticeActions(QObject):
    """The practice actions of a window, and the dialogs they open.

    `dueCountChanged(int)` follows every change on the bus that may change what is due; each
    grade goes on the bus as a drills change (the leech marks in the library follow it too).
    """

    dueCountChanged = Signal(int)

    def __init__(
        self,
        window: QWidget,
        library: Library | Callable[[], Library | None],
        menu: QMenu | None = None,
        bus: ChangeBus | None = None,
        *,
        clock: Clock = _now,
        zone: tzinfo | None = None,
        scheduler_factory: Callable[[], Scheduler] | None = None,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._library = library
        self.clock = clock
        self.zone = zone or _local_zone()
        self.scheduler_factory = scheduler_factory
        self.bus = bus
        self.prompts: Prompts = prompts or LazyPrompts()
        self.dialogs: list[QDialog] = []

        self.practice = self._action(
            "actionPractice",
            self.tr("&Practise Due Drills"),
            self.practise_due,
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D),
        )
        self.favourites = self._action(
            "actionPractiseFavourites", self.tr("Practise &Favourites"), self.practise_favourites
        )
        self.category = self._action(
            "actionPractiseCategory",
            self.tr("Practise a &Category…"),
            lambda: self.choose("category"),
        )
        self.tag = self._action(
            "actionPractiseTag", self.tr("Practise a &Tag…"), lambda: self.choose("tag")
        )
        self.before_call = self._action(
            "actionPractiseBeforeCall",
            self.tr("Practise &Before a Call…"),
            lambda: self.choose("plan"),
        )
        self.cram = self._action(
            "actionCram",
            self.tr("C&ram…"),
            lambda: self.choose("favourites", cram=True),
        )
        self.statistics = self._action(
            "actionPracticeStatistics", self.tr("Practice &Statistics"), self.show_statistics
        )
        if menu is not None:
            menu.addActions([self.practice, self.favourites, self.category, self.tag])
            menu.addAction(self.before_call)
            menu.addAction(self.cram)
            menu.addSeparator()
            menu.addAction(self.statistics)
        if bus is not None:
            bus.changed.connect(self._library_changed)
        self._enable(self.library is not None)

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    @property
    def library(self) -> Library | None:
        """The window's library: None until it is open (it may also be replaced by a restore)."""
        return self._library() if callable(self._library) else self._library

    def _enable(self, enabled: bool) -> None:
        for action in (
            self.practice,
            self.favourites,
            self.category,
            self.tag,
            self.before_call,
            self.cram,
            self.statistics,
        ):
            action.setEnabled(enabled)

    def _library_changed(self, change: Change) -> None:
        if change.touches_drills():
            self.refresh_due_count()

    def refresh_due_count(self) -> int:
        """Count today's drills again and tell `dueCountChanged` (nothing without a library)."""
        library = self.library
        self._enable(library is not None)
        if library is None:
            return 0
        count = due_count(library, self.clock(), self.zone)
        self.dueCountChanged.emit(count)
        return count

    def practise(self, choice: PracticeChoice) -> PracticeDialog | None:
        """Open the drill dialog on what `choice` names."""
        from einwandfrei.drills.queue import session_items
        from einwandfrei.drills.session import DrillSession
        from einwandfrei.ui.practice.drill_dialog import PracticeDialog

        library = self.library
        if library is None:
            return None
        from einwandfrei.drills.queue import library_scheduler

        with library.read() as connection:
            # FSRS with the library's desired retention, unless a test brings its own.
            factory = self.scheduler_factory
            scheduler = factory() if factory is not None else library_scheduler(connection)
            items = session_items(connection, choice.request, self.clock(), self.zone, scheduler)
        session = DrillSession(
            library, items, scheduler=scheduler, clock=self.clock, zone=self.zone
        )
        dialog = PracticeDialog(session, choice.title, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.practiceChanged.connect(self._changed)
        dialog.statisticsRequested.connect(self.show_statistics)
        self._keep(dialog)
        self.prompts.show_window(dialog)
        return dialog

    def practise_due(self) -> PracticeDialog | None:
        """Today's drills."""
        from einwandfrei.drills.queue import PracticeRequest
        from einwandfrei.ui.practice.chooser import PracticeChoice, due_title

        return self.practise(PracticeChoice(PracticeRequest(), due_title()))

    def practise_favourites(self) -> PracticeDialog | None:
        """The favourites that are due, and a few new ones."""
        from einwandfrei.drills.queue import PracticeRequest
        from einwandfrei.planning.library_part import LibraryPart, PartKind
        from einwandfrei.ui.practice.chooser import PracticeChoice, favourites_title

        return self.practise(
            PracticeChoice(PracticeRequest(LibraryPart(PartKind.FAVOURITES)), favourites_title())
        )

    def practise_plan(self, plan_id: int, *, cram: bool = False) -> PracticeDialog | None:
        """Every objection expected in a call plan: due ones scheduled, the others crammed."""
        from einwandfrei.drills.queue import PracticeRequest
        from einwandfrei.planning.library_part import LibraryPart, PartKind
        from einwandfrei.store.practice.upcoming_calls import call_of_plan
        from einwandfrei.ui.practice.chooser import PracticeChoice
        from einwandfrei.ui.practice.practice_wording import call_label, translate

        library = self.library
        if library is None:
            return None
        with library.read() as connection:
            call = call_of_plan(connection, plan_id)
        customer = call_label(call.customer, call.scheduled_at) if call else ""
        title = translate("PracticeChooser", "Before the call with %1").replace("%1", customer)
        return self.practise(
            PracticeChoice(PracticeRequest(LibraryPart(PartKind.PLAN, plan_id), cram=cram), title)
        )

    def choose(self, kind: PartKind | str, *, cram: bool = False) -> PracticeChooser | None:
        """Ask what to drill (preselecting the first entry of `kind`), then open it."""
        from einwandfrei.planning.library_part import PartKind
        from einwandfrei.ui.practice.chooser import PracticeChooser, read_choices

        library = self.library
        if library is None:
            return None
        with library.read() as connection:
            choices = read_choices(connection, self.clock())
        chooser = PracticeChooser(choices, kind=PartKind(kind), cram=cram, parent=self.window)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def start() -> None:
            choice = chooser.chosen()
            if choice is not None:
                self.practise(choice)

        chooser.accepted.connect(start)
        self._keep(chooser)
        self.prompts.show_window(chooser)
        return chooser

    def show_statistics(self) -> PracticeStatisticsDialog | None:
        """Open the statistics window."""
        from einwandfrei.drills.statistics import read_statistics
        from einwandfrei.ui.practice.statistics import PracticeStatisticsDialog

        library = self.library
        if library is None:
            return None
        with library.read() as connection:
            statistics = read_statistics(connection, self.clock(), self.zone)
        dialog = PracticeStatisticsDialog(statistics, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog)
        self.prompts.show_window(dialog)
        return dialog

    def _keep(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_args, d=dialog: self._forget(d))

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def _changed(self) -> None:
        if self.bus is not None:
            self.bus.publish(Change.drilled())  # counted again through the bus
        else:
            self.refresh_due_count()


def create_practice_actions(
    window: QWidget,
    library: Library | Callable[[], Library | None],
    menu: QMenu | None = None,
    bus: ChangeBus | None = None,
) -> PracticeActions:
    """The practice actions for `window`, added to `menu`, counting again on changes on `bus`."""
    return PracticeActions(window, library, menu, bus)
