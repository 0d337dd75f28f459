"""The window's team parts against the real PostgreSQL of tests/team/conftest.py, with the
window fixtures of tests/ui (fake prompts: no modal window is ever opened)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from einwandfrei.library_folder import open_data_folder
from einwandfrei.team.setup import connect
from einwandfrei.team.urls import parse
from einwandfrei.ui.shell.main_window import MainWindow
from tests.team.conftest import TeamDatabase
from tests.ui.conftest import (  # noqa: F401 - fixtures
    fake_prompts,
    make_window,
    starter_templates,
    window_settings,
)

RepWindow = Callable[..., MainWindow]


@pytest.fixture
def rep_window(
    make_window: Callable[..., MainWindow],  # noqa: F811 - the fixture imported above
    data_dir: Path,
    team_db: TeamDatabase,
) -> RepWindow:
    """A window on a library linked to the test's team as `user` (the link made before the
    window opens, as on a later start); `starter` fills the library first."""

    def make(user: str, *, starter: bool = False, url: str | None = None) -> MainWindow:
        library = open_data_folder(data_dir, language="en", starter=starter, backup=False)
        try:
            if url is None:
                connect(library, parse(team_db.url(user)))
            else:
                from einwandfrei.team.link import write_link

                with library.write() as connection:
                    write_link(connection, parse(url))
        finally:
            library.close()
        return make_window(starter=starter)

    return make
