"""Quit has Ctrl+Q on every platform, also where Qt's standard Quit key is none (Windows, the
offscreen platform the tests run on)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.menus import WindowActions, _unique
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

CTRL_Q = QKeySequence("Ctrl+Q")


def _names(keys: list[QKeySequence]) -> list[str]:
    return [key.toString(QKeySequence.SequenceFormat.PortableText) for key in keys]


def test_the_quit_action_has_ctrl_q(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    quit_action = WindowActions(window).quit
    shortcuts = quit_action.shortcuts()
    assert CTRL_Q in shortcuts
    assert len(set(_names(shortcuts))) == len(shortcuts), _names(shortcuts)
    # The platform's own Quit keys, if it has any, stay.
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit):
        assert key in shortcuts


@OFFSCREEN_SIZE_HINTS
def test_ctrl_q_closes_the_library_window(main_window: MainWindow, qtbot: QtBot) -> None:
    quit_action = main_window.findChild(QAction, "actionQuit")
    assert quit_action is not None and CTRL_Q in quit_action.shortcuts()
    QTest.keyClick(main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main_window.isVisible())


def test_shortcuts_are_listed_once_each() -> None:
    keys = _unique([QKeySequence("Ctrl+Q"), "Ctrl+Q", "", QKeySequence(), "Ctrl+W"])
    assert _names(keys) == ["Ctrl+Q", "Ctrl+W"]
