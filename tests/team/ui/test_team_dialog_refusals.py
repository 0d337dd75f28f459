"""What the team dialog says when the server refuses, against the real PostgreSQL: one sentence
each, and the library is left as it was."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from einwandfrei.store.library.objection_edits import set_objection_text
from einwandfrei.team.link import read_link
from einwandfrei.team.publish import publish
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.team.dialog import TeamDialog
from tests.helpers import file_digest
from tests.prompts_support import FakePrompts
from tests.team.conftest import TeamDatabase
from tests.team.sync_support import Reps, objection_id, objection_text, uuid_of
from tests.team.ui.conftest import RepWindow
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS

PRICE = "That's too expensive."
WAIT_MS = 30_000  # a busy machine; the waits end as soon as the condition holds
LEFT = Qt.MouseButton.LeftButton


def _open_dialog(qtbot: QtBot, window: MainWindow, prompts: FakePrompts) -> TeamDialog:
    action = window.findChild(QAction, "actionTeamLibrary")
    assert isinstance(action, QAction)
    action.trigger()
    dialog = prompts.dialogs[-1]
    assert isinstance(dialog, TeamDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _one_sentence(words: str) -> str:
    assert words.endswith(".") and "\n" not in words and "Traceback" not in words, words
    return words


def _unreachable(_request: pytest.FixtureRequest) -> str:
    return "postgresql://ben@127.0.0.1:1/sales"


def _refused_password(request: pytest.FixtureRequest) -> str:
    team_db: TeamDatabase = request.getfixturevalue("team_db")
    request.getfixturevalue("monkeypatch").setenv("PGPASSWORD", "wrong")
    return team_db.url("ben")


def _no_schema(request: pytest.FixtureRequest) -> str:
    bare_db: TeamDatabase = request.getfixturevalue("bare_db")
    return bare_db.url("ben")


def _newer_schema(request: pytest.FixtureRequest) -> str:
    team_db: TeamDatabase = request.getfixturevalue("team_db")
    engine = team_db.admin_engine()
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE einwandfrei.einwandfrei_team_version SET version_num = 't9999_future'")
        )
    engine.dispose()
    return team_db.url("ben")


def _not_postgresql(_request: pytest.FixtureRequest) -> str:
    return "mysql://anna@db/sales"


@pytest.mark.parametrize(
    ("server", "sentence"),
    [
        (_unreachable, "The team server 127.0.0.1/sales cannot be reached"),
        (_refused_password, "refused the login of ben"),
        (_no_schema, "holds no team library"),
        (_newer_schema, "set up by a newer Einwandfrei (schema t9999_future)"),
        (_not_postgresql, "is not a PostgreSQL URL"),
    ],
    ids=["unreachable", "refused-password", "no-schema", "newer-schema", "not-postgresql"],
)
def test_a_refused_connect_is_one_sentence_in_the_dialog_and_links_nothing(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    make_window: WindowFactory,
    fake_prompts: FakePrompts,
    server: Callable[[pytest.FixtureRequest], str],
    sentence: str,
) -> None:
    url = server(request)
    window = make_window(starter=True)
    library = window.library
    assert library is not None
    listed = window.library_page.model.total()
    before = file_digest(library.path)
    feature = window.features.team
    dialog = _open_dialog(qtbot, window, fake_prompts)
    QTest.keyClicks(dialog.url, url)
    QTest.mouseClick(dialog.connect_button, LEFT)
    qtbot.waitUntil(lambda: sentence in dialog.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not feature.jobs.busy(), timeout=WAIT_MS)
    _one_sentence(dialog.message.text())
    assert not feature.linked() and dialog.connect_button.isEnabled()
    with library.read() as connection:
        assert read_link(connection) is None
    assert window.library_page.model.total() == listed
    assert file_digest(library.path) == before
    assert fake_prompts.asked == []  # said in the dialog, no message box on top


def test_two_editors_publishing_one_item_the_second_is_told_in_the_dialog_and_keeps_theirs(
    qtbot: QtBot,
    rep_window: RepWindow,
    reps: Reps,
    fake_prompts: FakePrompts,
    team_db: TeamDatabase,
) -> None:
    anna = reps("anna", starter=True)
    publish(anna, message="Start")
    window = rep_window("carla")
    feature = window.features.team
    qtbot.waitUntil(lambda: window.library_page.model.total() == 49, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not feature.jobs.busy(), timeout=WAIT_MS)
    library = window.library
    assert library is not None
    mine = objection_id(library, PRICE)
    uuid = uuid_of(library, mine)
    set_objection_text(library, mine, "text", "Carla's wording.")
    set_objection_text(anna, objection_id(anna, PRICE), "text", "Anna's wording.")
    publish(anna, message="Anna first")

    dialog = _open_dialog(qtbot, window, fake_prompts)
    qtbot.waitUntil(lambda: dialog.tabs.indexOf(dialog.publish_panel) >= 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not feature.jobs.busy(), timeout=WAIT_MS)
    dialog.tabs.setCurrentWidget(dialog.publish_panel)
    QTest.keyClicks(dialog.publish_panel.message, "Carla second")
    QTest.mouseClick(dialog.publish_panel.publish, LEFT)
    qtbot.waitUntil(
        lambda: "was changed on the team by anna" in dialog.message.text(), timeout=WAIT_MS
    )
    _one_sentence(dialog.message.text())
    assert objection_text(library, uuid) == "Carla's wording."  # nothing lost
    with team_db.admin_engine().connect() as connection:  # Carla's publish added no revision
        messages = connection.execute(
            text("SELECT message FROM einwandfrei.revisions ORDER BY number")
        ).scalars()
        assert list(messages) == ["Start", "Anna first"]
