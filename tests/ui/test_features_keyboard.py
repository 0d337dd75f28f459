"""The whole window from the keyboard and in German: every menu entry named, no shortcut taken
twice, the common ones there, and no English left in the German menus."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from einwandfrei.i18n import install_translators
from einwandfrei.ui.shell.main_window import MainWindow
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS

COMMON = {
    "Ctrl+N": "actionNewObjection",
    "Ctrl+F": "actionFind",
    "Ctrl+P": "actionPrint",
    "Ctrl+Z": "actionUndo",
    "Ctrl+Shift+Z": "actionRedo",
    "Ctrl+Shift+P": "actionPrepareCall",
    "Ctrl+Shift+F": "actionQuickFind",
    "Ctrl+Shift+D": "actionPractice",
    "Ctrl+1": "actionShowLibrary",
    "Ctrl+2": "actionShowCalls",
}
WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
# Words that are the same in both languages.
SAME_IN_GERMAN = frozenset({"★", "✕"})  # the favourite star, the remove cross
# Entries whose text is library data, not interface (the categories to move objections to).
DATA_MENUS = ("menuMoveTo",)


def menu_entries(window: MainWindow) -> Iterator[tuple[str, QAction]]:
    """(name, action) of every menu and menu entry, submenus included, separators left out."""

    def walk(menu: QMenu) -> Iterator[tuple[str, QAction]]:
        yield menu.objectName(), menu.menuAction()
        if menu.objectName() in DATA_MENUS:
            return
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                yield from walk(submenu)
            elif not action.isSeparator():
                yield action.objectName(), action

    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        yield from walk(menu)


def interface_texts(window: MainWindow) -> dict[str, str]:
    """The texts of the menus, their entries and the buttons around the search field."""
    texts = {name: action.text() for name, action in menu_entries(window)}
    for button in window.findChildren(QToolButton):
        if button.objectName() and button.text():
            texts[button.objectName()] = button.text()
    return texts


def test_every_menu_entry_has_a_name_and_text_and_no_shortcut_is_taken_twice(
    main_window: MainWindow,
) -> None:
    assert main_window.features.printing.actions is not None  # everything is installed
    entries = list(menu_entries(main_window))
    assert len(entries) > 50
    assert [name for name, action in entries if not name or not action.text().strip()] == []

    keys: dict[str, list[str]] = defaultdict(list)
    actions = set(main_window.findChildren(QAction)) | set(main_window.actions())
    for action in actions:
        for key in action.shortcuts():
            keys[key.toString(QKeySequence.SequenceFormat.PortableText)].append(action.objectName())
    for shortcut in main_window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE:
            keys[shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)].append(
                shortcut.objectName() or "a QShortcut"
            )
    assert {key: names for key, names in keys.items() if len(names) > 1} == {}
    assert {key: keys.get(key) for key in COMMON} == {key: [name] for key, name in COMMON.items()}


@pytest.fixture
def german_after_english(qapp: QApplication) -> Iterator[list[object]]:
    """German from the moment the test says so, English again afterwards."""
    installed: list[object] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    install_translators(qapp, "en")


def test_no_english_is_left_in_the_german_menus(
    make_window: WindowFactory, qapp: QApplication, german_after_english: list[object]
) -> None:
    window = make_window()
    english = interface_texts(window)
    window.close()
    QApplication.processEvents()
    german_after_english.extend(install_translators(qapp, "de"))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    window = make_window(language="de")
    german = interface_texts(window)
    assert german.keys() == english.keys()
    untranslated = {
        name: text
        for name, text in german.items()
        if text == english[name] and text.replace("&", "") not in SAME_IN_GERMAN
    }
    assert untranslated == {}
    # The buttons beside the search field speak German too.
    switch = window.findChild(QWidget, "callsPageButton")
    assert isinstance(switch, QToolButton) and switch.text() == "Gespräche"
