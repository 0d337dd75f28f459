"""The one place the window is put together: the frame, then each feature, in a fixed order.

`build_window(data_dir)` makes the frame (`MainWindow`: menus, search bar, pages, status bar) and
installs the features into it, in this order:

1. the library page — sidebar, list, editor; the Edit and View menus' work, search and sort;
2. the File menu's work — import, export, backups;
3. the window's dialogs — About, Keyboard Shortcuts, Preferences, Categories, Techniques;
4. practice — the Practice menu, quick-find, the drills due;
5. Calls — the Calls page and menu, the follow-ups due;
6. printing — File ▸ Print…, Print Selection…, Export PDF…;
7. calendar, contacts and the Anki deck — their File and Calls entries;
8. the team playbook — File ▸ Team Library…, the offline note; once attached the background pull,
   the list's team marks and the editor's team bar.

Installing is cheap and imports nothing heavy: the window paints before SQLAlchemy (and psycopg)
loads. Then
`startup_sequence.StartupSequence` opens the library and attaches the features to the session in
the same order (`WindowFeatures.in_order`). The features meet only here: printing is told what is
selected and which plan is shown, Calls where to send "Print" and "Practise".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from einwandfrei.ui.calls.calls_feature import CallsFeature
from einwandfrei.ui.exchange.exchange_feature import ExchangeFeature
from einwandfrei.ui.library.library_feature import LibraryFeature
from einwandfrei.ui.practice.practice_feature import PracticeFeature
from einwandfrei.ui.printing.printing_feature import PrintingFeature
from einwandfrei.ui.prompts import LazyPrompts, Prompts
from einwandfrei.ui.session import Feature
from einwandfrei.ui.shell.dialog_actions import DialogOperations
from einwandfrei.ui.shell.file_menu import FileOperations
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.window_settings import default_settings
from einwandfrei.ui.team.team_feature import TeamFeature


@dataclass(frozen=True)
class WindowFeatures:
    """The features of one window."""

    library: LibraryFeature
    files: FileOperations
    dialogs: DialogOperations
    practice: PracticeFeature
    calls: CallsFeature
    printing: PrintingFeature
    exchange: ExchangeFeature
    team: TeamFeature

    def in_order(self) -> list[Feature]:
        """The order they are installed in and attached to the session."""
        return [*self.with_editing(), *self.after_editing()]

    def with_editing(self) -> list[Feature]:
        """Attached as soon as the library is listed: editing and what works on the file."""
        return [self.library, self.files, self.dialogs]

    def after_editing(self) -> list[Feature]:
        """Attached a turn later (their modules load after the list and the editor show)."""
        return [self.practice, self.calls, self.printing, self.exchange, self.team]

    def closing_order(self) -> list[Feature]:
        """The order they are asked whether the window may close: work in progress first, the
        editor's unsaved words (which may ask the user) last."""
        return [
            self.team,
            self.printing,
            self.files,
            self.exchange,
            self.calls,
            self.practice,
            self.dialogs,
            self.library,
        ]


def make_features() -> WindowFeatures:
    """The features, told how to reach each other."""
    library = LibraryFeature()
    practice = PracticeFeature()
    printing = PrintingFeature(
        selected_ids=lambda: library.page.selected_objection_ids(),
        current_plan_id=lambda: calls.current_plan_id(),
    )
    calls = CallsFeature(on_print=printing.print_plan, on_practise=practice.practise_plan)
    return WindowFeatures(
        library=library,
        files=FileOperations(before_work=lambda: library.editor.flush()),
        dialogs=DialogOperations(),
        practice=practice,
        calls=calls,
        printing=printing,
        exchange=ExchangeFeature(),
        team=TeamFeature(),
    )


def build_window(
    data_dir: Path, *, settings: QSettings | None = None, prompts: Prompts | None = None
) -> MainWindow:
    """The window on `data_dir` with every feature installed; empty until the library opens.

    A relative `data_dir` is taken from the current folder (and kept absolute from then on).
    """
    data_dir = Path(data_dir).expanduser().absolute()
    features = make_features()
    window = MainWindow(
        data_dir,
        settings=settings or default_settings(),
        prompts=prompts or LazyPrompts(),
        features=features,
    )
    for feature in features.in_order():
        feature.install(window)
    window.set_library_actions_enabled(False)  # nothing works on the library before it is open
    return window
