"""The window on a damaged library: a text row that cannot be read is offered the newest backup at
start (declined: refused cleanly, nothing touched); damage only SQLite's check sees is found after
the first paint, in the background, and offered a backup too. Damage is made by flipping bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from einwandfrei.library_folder import open_data_folder
from einwandfrei.ui.shell.startup import StartupRefused
from tests.damage_support import break_free_pages, flip_text_byte, make_free_pages
from tests.helpers import file_digest
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS


def _with_backup(data_dir: Path, *, free_pages: bool = False) -> Path:
    with open_data_folder(data_dir, language="en") as library:  # makes the first backup
        if free_pages:
            make_free_pages(library)
    return data_dir / "library.sqlite3"


def _aside(data_dir: Path) -> list[Path]:
    return [path for path in data_dir.iterdir() if ".damaged-" in path.name]


def test_an_unreadable_text_at_start_is_offered_the_newest_backup(
    make_window: WindowFactory, data_dir: Path
) -> None:
    path = _with_backup(data_dir)
    flip_text_byte(path, "That's too expensive.")
    damaged = file_digest(path)
    prompts = FakePrompts(confirm_answer=True)
    window = make_window(prompts=prompts)
    assert prompts.kinds() == ["confirm", "inform"]
    assert "(a text in it is not valid UTF-8)" in prompts.asked[0][2]
    assert window.library_page.model.total() == 49
    [aside] = _aside(data_dir)
    assert file_digest(aside) == damaged


def test_declining_the_backup_refuses_cleanly_and_touches_nothing(
    make_window: WindowFactory, data_dir: Path
) -> None:
    path = _with_backup(data_dir)
    flip_text_byte(path, "That's too expensive.")
    damaged = file_digest(path)
    prompts = FakePrompts(confirm_answer=False)
    with pytest.raises(StartupRefused):
        make_window(prompts=prompts)
    assert prompts.kinds() == ["confirm"]
    assert file_digest(path) == damaged
    assert _aside(data_dir) == []


def test_damage_only_the_check_sees_is_found_after_the_first_paint(
    make_window: WindowFactory, data_dir: Path, qtbot: QtBot
) -> None:
    path = _with_backup(data_dir, free_pages=True)
    break_free_pages(path)
    damaged = file_digest(path)
    prompts = FakePrompts(confirm_answer=True)
    window = make_window(prompts=prompts)
    assert window.library_page.model.total() == 49  # the list shows at once: every row reads
    qtbot.waitUntil(lambda: prompts.kinds() == ["confirm", "inform"], timeout=30_000)
    title, question = prompts.asked[0][1:]
    assert title == "The library is damaged"
    assert question.startswith(f"SQLite's check of the library {path} found damage (")
    assert "freelist" in question.lower()
    assert prompts.asked[1][1] == "Backup restored"
    [aside] = _aside(data_dir)
    assert file_digest(aside) == damaged
    assert window.undo_stack.count() == 0
    assert window.library_page.model.total() == 49
    window.features.files.wait_for_background()


def test_without_an_intact_backup_the_damage_is_only_reported(
    make_window: WindowFactory, data_dir: Path, qtbot: QtBot
) -> None:
    path = _with_backup(data_dir, free_pages=True)
    for backup in (data_dir / "backups").iterdir():
        backup.unlink()
    break_free_pages(path)
    damaged = file_digest(path)
    prompts = FakePrompts()
    make_window(prompts=prompts)
    qtbot.waitUntil(lambda: prompts.kinds() == ["warn"], timeout=30_000)
    assert "there is no intact backup" in prompts.asked[0][2]
    assert file_digest(path) == damaged
    assert list((data_dir / "backups").iterdir()) == []  # the damaged file was not backed up
