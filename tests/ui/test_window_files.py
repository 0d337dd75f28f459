"""File ▸ Import, Export, Back Up Now, Restore from Backup; Help and Edit dialogs."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QTextBrowser
from pytestqt.qtbot import QtBot

from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.ui.library.named_list_dialog import NamedListDialog
from einwandfrei.ui.shell.help_dialogs import AboutDialog, ShortcutsDialog
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.shell.preferences_dialog import PreferencesDialog
from tests.helpers import file_digest
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS

DOCUMENT = {
    "format": "einwandfrei-library",
    "version": 1,
    "language": "en",
    "objections": [
        {
            "text": "Our budget is frozen until March.",
            "category": "Price",
            "responses": [{"text": "What would have to happen to unfreeze it earlier?"}],
        },
        {
            "text": "That's too expensive.",
            "category": "Price",
            "responses": [{"text": "A brand-new answer to an old objection."}],
        },
    ],
}


def run_file_task(window: MainWindow, qtbot: QtBot, action: QAction) -> None:
    window.features.files.wait_for_background()  # the automatic backup after opening
    with qtbot.waitSignal(window.features.files.taskFinished, timeout=20000):
        action.trigger()


def test_import_is_one_undo_step(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    window = main_window
    window.features.files.wait_for_background()
    source = tmp_path / "more %2.json"  # a marker in the name stays as it is
    source.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    fake_prompts.open_file = source
    run_file_task(window, qtbot, window.actions_.import_file)
    assert window.library_page.model.total() == 50
    assert window.statusBar().currentMessage() == (
        "Imported from more %2.json — new objections: 1, merged into existing ones: 1, "
        "new responses: 2, new questions and checklist items: 0. Ctrl+Z takes the import back."
    )
    assert window.undo_stack.undoText() == "Import of more %2.json"
    expensive = window.library_page.model.id_at(0)
    window.library_page.browser.select(expensive)
    assert window.library_page.editor.text.toPlainText() == "That's too expensive."
    assert len(window.library_page.editor.responses.response_ids()) == 4  # merged, not doubled
    window.features.library.undo()
    assert window.library_page.model.total() == 49
    window.library_page.browser.select(expensive)
    assert len(window.library_page.editor.responses.response_ids()) == 3
    window.features.library.redo()
    assert window.library_page.model.total() == 50


def test_an_import_of_questions_alone_says_what_it_added(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    window = main_window
    source = tmp_path / "questions.json"
    document = {
        **DOCUMENT,
        "objections": [],
        "questions": [{"text": "What keeps you up at night?"}],
    }
    source.write_text(json.dumps(document), encoding="utf-8")
    fake_prompts.open_file = source
    run_file_task(window, qtbot, window.actions_.import_file)
    assert "new questions and checklist items: 1." in window.statusBar().currentMessage()


def test_a_refused_file_changes_nothing(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    window = main_window
    window.features.files.wait_for_background()
    library = window.data_dir / "library.sqlite3"
    source = tmp_path / "broken.json"
    source.write_text('{"format": "einwandfrei-library", "version": 1, "objections": [{}]}')
    before = file_digest(library)
    fake_prompts.open_file = source
    run_file_task(window, qtbot, window.actions_.import_file)
    kind, title, text = fake_prompts.asked[-1]
    assert (kind, title) == ("warn", "Nothing Was Imported")
    assert text.startswith("The file cannot be imported: objection 1 has no text")
    assert window.undo_stack.count() == 0
    assert window.library_page.model.total() == 49
    assert file_digest(library) == before


def test_cancelled_import_does_nothing(main_window: MainWindow, fake_prompts: FakePrompts) -> None:
    fake_prompts.open_file = None
    main_window.actions_.import_file.trigger()
    assert not main_window.features.files.busy()
    assert fake_prompts.kinds() == ["open_file"]


def test_export_in_every_format(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    window = main_window
    for name in ("library.json", "library.csv", "library.md"):
        fake_prompts.save_file = tmp_path / name
        run_file_task(window, qtbot, window.actions_.export_file)
        assert (tmp_path / name).stat().st_size > 1000
    content = parse_library_json((tmp_path / "library.json").read_bytes())
    assert len(content.objections) == 49
    assert "That's too expensive." in (tmp_path / "library.md").read_text(encoding="utf-8")
    assert "Exported the library" in window.statusBar().currentMessage()


def test_back_up_and_restore(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts
) -> None:
    window = main_window
    window.features.files.wait_for_background()
    run_file_task(window, qtbot, window.actions_.backup_now)
    assert "Backed up as" in window.statusBar().currentMessage()
    backups = sorted((window.data_dir / "backups").glob("library-*-manual.checked.sqlite3"))
    assert len(backups) == 1
    first = window.library_page.model.id_at(0)
    window.library_page.browser.select_rows([first])
    window.actions_.delete.trigger()
    assert window.library_page.model.total() == 48
    fake_prompts.item_answer = 0  # the newest: the manual backup
    run_file_task(window, qtbot, window.actions_.restore_backup)
    assert fake_prompts.kinds()[-2:] == ["choose_item", "confirm"]
    assert window.library_page.model.total() == 49
    assert window.undo_stack.count() == 0
    assert "Restored the backup" in window.statusBar().currentMessage()


def test_a_restore_blocks_the_window_from_its_start(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts
) -> None:
    window = main_window
    window.features.files.wait_for_background()
    run_file_task(window, qtbot, window.actions_.backup_now)
    fake_prompts.item_answer = 0
    with qtbot.waitSignal(window.features.files.taskFinished, timeout=20000):
        window.actions_.restore_backup.trigger()
        # An edit meanwhile would be lost with the library the backup replaces.
        blocking = QApplication.activeModalWidget()
        assert isinstance(blocking, QProgressDialog) and blocking.isVisible()
        assert blocking.windowModality() == Qt.WindowModality.WindowModal
    assert QApplication.activeModalWidget() is None


def test_no_import_while_an_export_runs(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    window = main_window
    window.features.files.wait_for_background()
    fake_prompts.save_file = tmp_path / "library.json"
    with qtbot.waitSignal(window.features.files.taskFinished, timeout=20000):
        window.actions_.export_file.trigger()
        window.actions_.import_file.trigger()
        assert "open_file" not in fake_prompts.kinds()
        assert "wait until the work in progress ends" in window.statusBar().currentMessage()


def test_no_restore_while_an_export_runs(
    main_window: MainWindow, qtbot: QtBot, fake_prompts: FakePrompts, tmp_path: Path
) -> None:
    window = main_window
    window.features.files.wait_for_background()
    fake_prompts.save_file = tmp_path / "library.json"
    with qtbot.waitSignal(window.features.files.taskFinished, timeout=20000):
        window.actions_.export_file.trigger()
        window.actions_.restore_backup.trigger()
        assert "choose_item" not in fake_prompts.kinds()
        assert "wait until the work in progress ends" in window.statusBar().currentMessage()


def test_help_and_edit_dialogs(main_window: MainWindow, fake_prompts: FakePrompts) -> None:
    window = main_window
    window.actions_.about.trigger()
    about = fake_prompts.dialogs[-1]
    assert isinstance(about, AboutDialog)
    folder = about.findChild(QLabel, "aboutDataFolder")
    assert folder is not None and str(window.data_dir) in folder.text()
    window.actions_.open_data_folder.trigger()
    assert fake_prompts.opened_folders == [window.data_dir]
    window.actions_.shortcuts.trigger()
    shortcuts = fake_prompts.dialogs[-1]
    assert isinstance(shortcuts, ShortcutsDialog)
    view = shortcuts.findChild(QTextBrowser, "shortcutsList")
    assert view is not None
    listed = view.toPlainText()
    assert "New Objection" in listed and "Ctrl+N" in listed
    assert "Add Response" in listed and "Ctrl+Shift+N" in listed
    window.actions_.preferences.trigger()
    assert isinstance(fake_prompts.dialogs[-1], PreferencesDialog)


def test_preferences_choose_the_language(
    main_window: MainWindow, fake_prompts: FakePrompts
) -> None:
    window = main_window
    window.actions_.preferences.trigger()
    dialog = fake_prompts.dialogs[-1]
    assert isinstance(dialog, PreferencesDialog)
    dialog.show()
    assert not dialog.note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert window.settings.qsettings.value("interface/language") == "de"
    assert dialog.note.isVisible() and "next time" in dialog.note.text()
    dialog.close()


def test_categories_dialog(main_window: MainWindow, fake_prompts: FakePrompts) -> None:
    window = main_window
    window.actions_.categories.trigger()
    dialog = fake_prompts.dialogs[-1]
    assert isinstance(dialog, NamedListDialog)
    before = dialog.ids()
    fake_prompts.text_answer = "Loyalty"
    dialog.list.add_button.click()
    assert len(dialog.ids()) == len(before) + 1
    assert dialog.model.items[len(before)].name == "Loyalty"
    assert "Loyalty" in window.library_page.editor.category.itemText(
        window.library_page.editor.category.count() - 1
    ) or any(
        window.library_page.editor.category.itemText(i) == "Loyalty"
        for i in range(window.library_page.editor.category.count())
    )
    dialog.list.up_button.click()
    assert dialog.ids()[-2] == dialog.selected_id()
    fake_prompts.text_answer = "Loyalty and habit"
    dialog.list.edit_button.click()
    assert dialog.model.items[len(before) - 1].name == "Loyalty and habit"
    fake_prompts.colour_answer = "#336699"
    assert dialog.colour_button is not None
    dialog.colour_button.click()
    dialog.list.remove_button.click()
    assert dialog.ids() == before
    for _ in range(5):
        window.features.library.undo()
    assert dialog.ids() == before


def test_techniques_dialog_from_the_keyboard(
    main_window: MainWindow, fake_prompts: FakePrompts, qtbot: QtBot
) -> None:
    window = main_window
    window.actions_.techniques.trigger()
    dialog = fake_prompts.dialogs[-1]
    assert isinstance(dialog, NamedListDialog)
    assert dialog.colour_button is None  # techniques have no colour
    before = dialog.ids()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    view = dialog.list.view
    view.setFocus()
    dialog.select(before[1])
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ids()[:2] == [before[1], before[0]] and dialog.selected_id() == before[1]
    fake_prompts.text_answer = "Mirror"
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert dialog.model.items[0].name == "Mirror"
    QTest.keyClick(view, Qt.Key.Key_Delete)  # asks first (the fake prompts agrees)
    assert before[1] not in dialog.ids()
    assert fake_prompts.kinds()[-1] == "confirm"
    window.features.library.undo()
    window.features.library.undo()
    window.features.library.undo()
    assert dialog.ids() == before
    dialog.close()
