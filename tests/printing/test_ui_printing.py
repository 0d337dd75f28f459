"""The print actions and dialog, driven like a user would, with the Qt dialogs replaced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.planning.library_part import PartKind
from einwandfrei.printing.jobs import LayoutKind
from einwandfrei.printing.paper import Paper
from einwandfrei.store.db.connection import Library
from einwandfrei.ui.printing import PrintActions, create_print_actions
from einwandfrei.ui.printing.controller import ProgressDialog, suggested_file_name
from einwandfrei.ui.printing.options_dialog import PrintOptionsDialog
from tests.printing.conftest import flat, pdf_pages
from tests.printing.samples import objection_ids
from tests.prompts_support import FakePrompts

# The offscreen platform warns when a dialog is shown; real platforms do not.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Window:
    """A main window with a File menu holding the print actions."""

    def __init__(self, qtbot: QtBot, library: Library, tmp_path: Path) -> None:
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.selected: list[int] = []
        self.plan_id: int | None = None
        self.prompts = FakePrompts(print_folder=tmp_path)
        self.progress_calls: list[tuple[int, int]] = []
        self.cancel_after: int | None = None
        self.actions: PrintActions = create_print_actions(
            self.window,
            lambda: library,
            lambda: self.selected,
            lambda: self.plan_id,
            prompts=self.prompts,
            progress_factory=self._progress,
        )
        self.window.menuBar().addMenu("&File").addActions(self.actions.actions)
        self.messages: list[str] = []
        self.actions.controller.message.connect(self.messages.append)
        self.window.show()
        qtbot.waitExposed(self.window)

    def _progress(self, parent: QWidget | None, label: str) -> FakeProgress:
        return FakeProgress(self)

    @property
    def dialog(self) -> PrintOptionsDialog:
        dialog = self.actions.controller.options_dialog
        assert dialog is not None
        return dialog


class FakeProgress:
    def __init__(self, window: Window) -> None:
        self.window = window

    def __call__(self, done: int, total: int) -> bool:
        self.window.progress_calls.append((done, total))
        limit = self.window.cancel_after
        return limit is None or len(self.window.progress_calls) < limit

    def close(self) -> None:
        pass


@pytest.fixture
def window(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[Window]:
    opened = Window(qtbot, library, tmp_path)
    yield opened
    dialog = opened.actions.controller.options_dialog
    if dialog is not None:
        dialog.close()


def test_ctrl_p_opens_the_print_dialog_on_the_current_plan(
    qtbot: QtBot, window: Window, plan_id: int
) -> None:
    window.plan_id = plan_id
    QTest.keyClick(window.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    assert dialog.chosen_layout() is LayoutKind.SHEET
    assert dialog.print_button.isDefault()
    assert not dialog.contents_combo.isEnabled()
    assert dialog.paper_combo.currentData() == Paper.LETTER  # en_US in the tests
    assert dialog.focusWidget() is dialog.layout_combo
    request = dialog.request()
    assert request.plan_id == plan_id and request.layout is LayoutKind.SHEET


def test_export_a_category_booklet_as_pdf(qtbot: QtBot, window: Window, tmp_path: Path) -> None:
    window.actions.export_pdf.trigger()
    dialog = window.dialog
    assert dialog.export_button.isDefault()
    assert dialog.layout_combo.findData(LayoutKind.SHEET) == -1  # no plan: no cheat sheet
    dialog.contents_combo.setCurrentIndex(dialog.contents_combo.findText("Category: Price"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(Paper.A4))
    with qtbot.waitSignal(dialog.finished):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "export.pdf"
    assert flat("Objections: Price") in flat(pdf_pages(pdf)[0])
    assert window.prompts.suggested == Path("Objections Price.pdf")
    assert window.messages == [f"Exported 1 page to {pdf}."]
    assert window.progress_calls and window.progress_calls[-1][0] == window.progress_calls[-1][1]


def test_preview_paints_through_the_same_layout(
    qtbot: QtBot, window: Window, plan_id: int, tmp_path: Path
) -> None:
    window.plan_id = plan_id
    window.actions.print_action.trigger()
    QTest.mouseClick(window.dialog.preview_button, Qt.MouseButton.LeftButton)
    assert window.prompts.kinds() == ["preview"]
    assert "CallwithAnnaKeller" in flat(pdf_pages(tmp_path / "preview.pdf")[0])
    assert window.dialog.isVisible()  # the print dialog stays open after a preview


def test_print_goes_to_the_chosen_printer_unless_cancelled(
    qtbot: QtBot, window: Window, plan_id: int, tmp_path: Path
) -> None:
    window.plan_id = plan_id
    window.prompts.printer_accepted = False
    window.actions.print_action.trigger()
    QTest.mouseClick(window.dialog.print_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "printed.pdf").exists()
    assert window.dialog.isVisible()
    window.prompts.printer_accepted = True
    with qtbot.waitSignal(window.dialog.finished):
        QTest.mouseClick(window.dialog.print_button, Qt.MouseButton.LeftButton)
    assert "GOAL" in pdf_pages(tmp_path / "printed.pdf")[0]
    assert window.messages == ["Sent 1 page to the printer."]


def test_print_selection_needs_a_selection(
    qtbot: QtBot, window: Window, library: Library, tmp_path: Path
) -> None:
    window.actions.print_selection.trigger()
    assert window.prompts.texts("warn") == [
        "Select one or more objections in the library first, then print them."
    ]
    assert window.actions.controller.options_dialog is None
    window.selected = objection_ids(library, 3)
    window.actions.print_selection.trigger()
    dialog = window.dialog
    request = dialog.request()
    assert request.part.kind is PartKind.IDS and list(request.part.ids) == window.selected
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(LayoutKind.CARDS))
    assert dialog.backs_check.isEnabled()
    assert dialog.paper_combo.currentData() == Paper.INDEX_CARD
    QTest.mouseClick(dialog.backs_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(pdf_pages(tmp_path / "export.pdf")) == 6  # three cards, front and back


def test_cancelling_the_progress_writes_nothing(
    qtbot: QtBot, window: Window, tmp_path: Path
) -> None:
    window.cancel_after = 2
    window.actions.export_pdf.trigger()
    QTest.mouseClick(window.dialog.export_button, Qt.MouseButton.LeftButton)
    assert window.messages == ["Printing cancelled."]
    assert not (tmp_path / "export.pdf").exists()
    assert list(tmp_path.glob("*.part")) == []
    assert window.dialog.isVisible()
    assert all(action.isEnabled() for action in window.actions.actions)


def test_a_plan_deleted_meanwhile_is_one_sentence(
    qtbot: QtBot, window: Window, library: Library
) -> None:
    window.plan_id = 4242
    window.actions.print_action.trigger()
    assert window.prompts.texts("warn") == ["There is no call plan with the number 4242."]


def test_choosing_no_file_writes_nothing(qtbot: QtBot, window: Window, tmp_path: Path) -> None:
    window.prompts.pdf_cancelled = True
    window.actions.export_pdf.trigger()
    QTest.mouseClick(window.dialog.export_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.pdf")) == []
    assert window.dialog.isVisible() and window.messages == []


def test_progress_dialog_reports_and_cancels(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    progress = ProgressDialog(parent, "Laying out")
    assert progress(5, 10)
    assert progress.dialog.maximum() == 10 and progress.dialog.value() == 5
    progress.dialog.cancel()
    assert not progress(6, 10)
    progress.close()


def test_suggested_file_names_are_safe() -> None:
    assert suggested_file_name("Call with Anna Keller") == Path("Call with Anna Keller.pdf")
    assert suggested_file_name('Objections: a/b "c"') == Path("Objections a b c.pdf")
    assert suggested_file_name("x\ty") == Path("x y.pdf")
    assert suggested_file_name("...") == Path("Einwandfrei.pdf")


def test_the_real_progress_dialog_comes_and_goes(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    prompts = FakePrompts(print_folder=tmp_path)
    actions = create_print_actions(window, lambda: library, list, lambda: None, prompts=prompts)
    window.show()
    actions.export_pdf.trigger()
    dialog = actions.controller.options_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(pdf_pages(tmp_path / "export.pdf")) > 2  # the whole library, on US Letter
    leftover = window.findChild(QProgressDialog)
    assert leftover is None or not leftover.isVisible()
