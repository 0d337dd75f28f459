"""Opening the library: once per data folder, and kind when it is damaged or too new."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from einwandfrei.app import launch
from einwandfrei.store.db.backup import list_backups
from einwandfrei.ui.shell.startup import StartupRefused
from einwandfrei.ui.shell.startup_sequence import Stage
from tests.helpers import file_digest
from tests.prompts_support import FakePrompts
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS


def test_the_same_library_opened_twice_is_refused(
    make_window: WindowFactory, data_dir: Path, fake_prompts: FakePrompts
) -> None:
    first = make_window()
    first.features.files.wait_for_background()
    library = data_dir / "library.sqlite3"
    before = file_digest(library)
    second_prompts = FakePrompts()
    with pytest.raises(StartupRefused):
        make_window(prompts=second_prompts)
    assert second_prompts.kinds() == ["warn"]
    _, title, text = second_prompts.asked[0]
    assert title == "Einwandfrei is already open"
    assert str(data_dir) in text
    assert file_digest(library) == before
    # Once the first window closes, the library opens again.
    first.close()
    third = make_window(prompts=FakePrompts())
    assert third.library is not None


def _damage(path: Path) -> None:
    path.write_bytes(b"this is not a database at all" * 100)


def _with_backup(make_window: WindowFactory) -> Path:
    window = make_window()
    window.features.files.wait_for_background()
    data_dir = window.data_dir
    window.close()
    return data_dir


def test_a_damaged_library_is_replaced_by_the_newest_backup_when_asked(
    make_window: WindowFactory,
) -> None:
    data_dir = _with_backup(make_window)
    library = data_dir / "library.sqlite3"
    _damage(library)
    damaged = file_digest(library)
    prompts = FakePrompts(confirm_answer=True)
    window = make_window(prompts=prompts)
    assert prompts.kinds() == ["confirm", "inform"]
    assert "damaged" in prompts.asked[0][2]
    assert window.library_page.model.total() == 49
    kept = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and file_digest(kept[0]) == damaged


def test_a_damaged_library_is_left_alone_when_declined(make_window: WindowFactory) -> None:
    data_dir = _with_backup(make_window)
    library = data_dir / "library.sqlite3"
    _damage(library)
    damaged = file_digest(library)
    prompts = FakePrompts(confirm_answer=False)
    with pytest.raises(StartupRefused):
        make_window(prompts=prompts)
    assert prompts.kinds() == ["confirm"]
    assert file_digest(library) == damaged
    assert not [p for p in data_dir.iterdir() if ".damaged-" in p.name]


def test_a_damaged_library_without_backups(make_window: WindowFactory, data_dir: Path) -> None:
    data_dir.mkdir()
    library = data_dir / "library.sqlite3"
    _damage(library)
    prompts = FakePrompts()
    with pytest.raises(StartupRefused):
        make_window(prompts=prompts, starter=False)
    assert prompts.kinds() == ["warn"]
    assert "no backup" in prompts.asked[0][2]
    assert list_backups(data_dir / "backups") == []


def test_a_library_from_a_newer_app_is_not_touched(make_window: WindowFactory) -> None:
    data_dir = _with_backup(make_window)
    library = data_dir / "library.sqlite3"
    with sqlite3.connect(library) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_future'")
    db.close()
    before = file_digest(library)
    prompts = FakePrompts()
    with pytest.raises(StartupRefused):
        make_window(prompts=prompts)
    assert prompts.kinds() == ["warn"]
    assert "newer" in prompts.asked[0][2]
    assert file_digest(library) == before


def test_the_window_is_built_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    program = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from einwandfrei.app import application, build_window\n"
        "application()\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = build_window(Path({str(tmp_path / 'data')!r}), settings=settings)\n"
        "window.show()\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'psycopg') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_launch_paints_first_and_opens_the_library_after(
    qtbot: QtBot, data_dir: Path, window_settings: QSettings, starter_templates: dict[str, Path]
) -> None:
    shutil.copytree(starter_templates["en"], data_dir)
    window = launch(data_dir, settings=window_settings, prompts=FakePrompts())
    assert window is not None
    qtbot.addWidget(window)
    assert window.session is None  # shown before the library is opened
    startup = window.startup
    assert startup is not None
    stages: list[Stage] = []
    for signal in (startup.painted, startup.opened, startup.listed, startup.editing):
        signal.connect(lambda: stages.append(startup.stage))
    with qtbot.waitSignal(startup.editing, timeout=20000):
        pass
    # One stage after another, in order; the list is there before the editor.
    assert stages == [Stage.PAINTED, Stage.OPENED, Stage.LISTED, Stage.EDITING]
    assert window.library is not None
    assert window.library_page.model.total() == 49
    window.features.files.wait_for_background()
    # A second launch on the same folder is refused before any window is built.
    prompts = FakePrompts()
    assert launch(data_dir, settings=window_settings, prompts=prompts) is None
    assert prompts.kinds() == ["warn"]
    window.close()
