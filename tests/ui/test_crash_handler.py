"""An error nobody expected, raised in a slot of the window: logged to a file, said once, calmly;
the library keeps every change made before it and nothing of the one that failed."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from einwandfrei.app import launch
from einwandfrei.cli.common import report_unexpected
from einwandfrei.crash_log import ROTATE_BYTES, log_error, log_file
from einwandfrei.store.library.objection_detail import read_objection_detail
from einwandfrei.store.library.objection_edits import set_objection_text
from einwandfrei.ui.shell.crash_handler import CrashHandler
from einwandfrei.ui.shell.main_window import MainWindow
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

# pytest-qt would catch errors raised in slots itself: here the app's own hook must see them.
pytestmark = [OFFSCREEN_SIZE_HINTS, pytest.mark.qt_no_exception_capture]

Hooked = tuple[type[BaseException], BaseException, TracebackType | None]


@pytest.fixture
def earlier_hook(monkeypatch: pytest.MonkeyPatch) -> list[Hooked]:
    """The hook before the app's (Python's own would print): what it was handed."""
    handed: list[Hooked] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: handed.append(error))
    return handed


@pytest.fixture
def handler(main_window: MainWindow, earlier_hook: list[Hooked]) -> Iterator[CrashHandler]:
    """The window's crash handler, installed as `sys.excepthook`."""
    installed = CrashHandler(main_window.prompts, main_window)
    installed.install()
    yield installed
    installed.uninstall()


def _button(window: MainWindow, slot: object) -> QPushButton:
    button = QPushButton("Go", window)
    button.clicked.connect(slot)
    button.show()
    return button


def _prompts(window: MainWindow) -> FakePrompts:
    assert isinstance(window.prompts, FakePrompts)
    return window.prompts


def test_an_error_in_a_slot_is_logged_and_said_once(
    main_window: MainWindow, handler: CrashHandler, earlier_hook: list[Hooked]
) -> None:
    library = main_window.library
    assert library is not None and sys.excepthook == handler.handle
    objection_id = main_window.library_page.current_objection_id()
    assert objection_id is not None

    def edit_then_fail() -> None:
        set_objection_text(library, objection_id, "text", "Saved before the error.")
        with library.write() as connection:  # a change under way when the error comes
            connection.execute(
                text("UPDATE objections SET concern = 'half done' WHERE id = :id"),
                {"id": objection_id},
            )
            raise RuntimeError("the slot broke")

    QTest.mouseClick(_button(main_window, edit_then_fail), Qt.MouseButton.LeftButton)

    logged = log_file()
    assert logged.is_file()
    written = logged.read_text(encoding="utf-8")
    assert "RuntimeError: the slot broke" in written and "in edit_then_fail" in written
    prompts = _prompts(main_window)
    assert prompts.kinds() == ["warn"]
    _, title, said = prompts.asked[0]
    assert title == "Something went wrong"
    assert "Your library is safe" in said and str(logged) in said
    assert prompts.parents == [main_window]
    # The earlier hook still hears of it (Python's own prints it).
    assert [type(error) for _, error, _ in earlier_hook] == [RuntimeError]
    # The change before the error is saved; the one it interrupted left nothing behind.
    with library.read() as connection:
        detail = read_objection_detail(connection, objection_id)
    assert detail is not None
    assert detail.text == "Saved before the error." and detail.concern != "half done"


def test_errors_while_the_message_is_open_are_only_logged(
    main_window: MainWindow, handler: CrashHandler, qtbot: QtBot
) -> None:
    prompts = _prompts(main_window)
    second = _button(main_window, lambda: _fail("second"))
    told: list[str] = []

    class StillOpen(FakePrompts):
        """While the first message is open, the user clicks something else that fails too."""

        def warn(self, parent: QWidget | None, title: str, text: str) -> None:
            told.append(text)
            if len(told) == 1:
                QTest.mouseClick(second, Qt.MouseButton.LeftButton)

    handler.prompts = StillOpen()
    QTest.mouseClick(_button(main_window, lambda: _fail("first")), Qt.MouseButton.LeftButton)
    assert len(told) == 1
    written = log_file().read_text(encoding="utf-8")
    assert "RuntimeError: first" in written and "RuntimeError: second" in written
    assert prompts.asked == []
    # Once it is closed, the next error is said again.
    QTest.mouseClick(second, Qt.MouseButton.LeftButton)
    assert len(told) == 2


def _fail(what: str) -> None:
    raise RuntimeError(what)


def test_without_a_log_file_the_message_says_so(
    main_window: MainWindow,
    handler: CrashHandler,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log folder would be", encoding="utf-8")
    monkeypatch.setattr("einwandfrei.paths.log_dir", lambda: blocked / "log")
    QTest.mouseClick(_button(main_window, lambda: _fail("lost")), Qt.MouseButton.LeftButton)
    said = _prompts(main_window).texts("warn")
    assert len(said) == 1
    assert "Your library is safe" in said[0] and "could not be written to a log file" in said[0]


def test_the_window_and_the_command_line_share_one_log_that_rotates() -> None:
    try:
        raise ValueError("from the command line")
    except ValueError as error:
        sentence = report_unexpected(error)
    path = log_file()
    assert f"details are in {path}" in sentence
    assert "ValueError: from the command line" in path.read_text(encoding="utf-8")
    path.write_text("x" * (ROTATE_BYTES + 1), encoding="utf-8")
    assert log_error(KeyError("next"), where="window") == path
    assert "KeyError: 'next'" in path.read_text(encoding="utf-8")
    assert path.stat().st_size < ROTATE_BYTES
    assert path.with_name(path.name + ".1").stat().st_size == ROTATE_BYTES + 1


def test_the_launched_window_installs_its_crash_handler(
    qtbot: QtBot,
    data_dir: Path,
    window_settings: QSettings,
    starter_templates: dict[str, Path],
    earlier_hook: list[Hooked],
) -> None:
    shutil.copytree(starter_templates["en"], data_dir)
    window = launch(data_dir, settings=window_settings, prompts=FakePrompts())
    assert window is not None and window.startup is not None
    qtbot.addWidget(window)
    handler = window.findChild(CrashHandler)
    assert handler is not None and sys.excepthook == handler.handle
    with qtbot.waitSignal(window.startup.ready, timeout=20000):
        pass
    window.features.files.wait_for_background()
    window.close()
