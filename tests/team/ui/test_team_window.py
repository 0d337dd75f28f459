"""The team playbook in the window, against the real server: the dialog, the background pull,
the marks, suggesting, settling a conflict, working offline."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.changes import Change
from einwandfrei.store.library.objection_edits import set_objection_text
from einwandfrei.team.publish import publish
from einwandfrei.team.pull import pull
from einwandfrei.ui.library.objection_table_model import Column
from einwandfrei.ui.shell.main_window import MainWindow
from einwandfrei.ui.team.conflict_dialog import ConflictDialog
from einwandfrei.ui.team.dialog import TeamDialog
from einwandfrei.ui.team.team_feature import TeamFeature
from tests.prompts_support import FakePrompts
from tests.team.conftest import TeamDatabase
from tests.team.sync_support import Reps, objection_id
from tests.team.ui.conftest import RepWindow
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS, WindowFactory

pytestmark = OFFSCREEN_SIZE_HINTS

PRICE = "That's too expensive."
WAIT_MS = 30_000  # a busy machine; the waits end as soon as the condition holds
LEFT = Qt.MouseButton.LeftButton
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def _open_dialog(qtbot: QtBot, window: MainWindow, prompts: FakePrompts) -> TeamDialog:
    """File ▸ Team Library…, shown as the real prompts show it (not modal)."""
    action = window.findChild(QAction, "actionTeamLibrary")
    assert isinstance(action, QAction)
    action.trigger()
    dialog = prompts.dialogs[-1]
    assert isinstance(dialog, TeamDialog) and dialog.objectName() == "teamDialog"
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _idle(feature: TeamFeature) -> bool:
    return not feature.jobs.busy()


def _row_of(window: MainWindow, words: str) -> int:
    model = window.library_page.model
    for row in range(model.rowCount()):
        if model.index(row, Column.TEXT).data() == words:
            return row
    raise AssertionError(f"{words!r} is not listed")


def test_connecting_in_the_dialog_links_and_pulls(
    qtbot: QtBot,
    make_window: WindowFactory,
    fake_prompts: FakePrompts,
    team_db: TeamDatabase,
    reps: Reps,
) -> None:
    publish(reps("anna", starter=True), message="The starter playbook")
    window = make_window(starter=False)
    feature = window.features.team
    assert (
        not feature.linked()
        and window.library_page.list_view.horizontalHeader().isSectionHidden(Column.TEAM)
    )
    dialog = _open_dialog(qtbot, window, fake_prompts)
    privacy, password = (
        dialog.findChild(QLabel, name) for name in ("teamPrivacy", "teamPasswordNote")
    )
    assert privacy is not None and "Never a customer, a name or a note" in privacy.text()
    assert password is not None and ".pgpass" in password.text()
    QTest.keyClicks(dialog.url, team_db.url("ben"))
    QTest.mouseClick(dialog.connect_button, LEFT)
    qtbot.waitUntil(lambda: window.library_page.model.total() == 49, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "(a member)" in dialog.link_text.text(), timeout=WAIT_MS)
    assert feature.linked()
    assert not window.library_page.list_view.horizontalHeader().isSectionHidden(Column.TEAM)
    qtbot.waitUntil(lambda: dialog.changelog.topLevelItemCount() == 1, timeout=WAIT_MS)
    entry = dialog.changelog.topLevelItem(0)
    assert entry is not None and (entry.text(0), entry.text(2), entry.text(3)) == (
        "1",
        "anna",
        "The starter playbook",
    )
    assert (
        window.library_page.model.index(_row_of(window, PRICE), Column.TEAM)
        .data(TOOLTIP)
        .startswith("From the team playbook")
    )


def test_an_editor_publishes_from_the_dialog(
    qtbot: QtBot, rep_window: RepWindow, fake_prompts: FakePrompts, team_db: TeamDatabase
) -> None:
    window = rep_window("anna", starter=True)
    feature = window.features.team
    dialog = _open_dialog(qtbot, window, fake_prompts)
    qtbot.waitUntil(lambda: dialog.tabs.indexOf(dialog.publish_panel) >= 0, timeout=WAIT_MS)
    assert "(an editor)" in dialog.link_text.text()
    dialog.tabs.setCurrentWidget(dialog.publish_panel)
    QTest.keyClicks(dialog.publish_panel.message, "First playbook")
    qtbot.waitUntil(lambda: _idle(feature), timeout=WAIT_MS)
    QTest.mouseClick(dialog.publish_panel.publish, LEFT)
    qtbot.waitUntil(lambda: "Published revision 1" in dialog.message.text(), timeout=WAIT_MS)
    with team_db.admin_engine().connect() as connection:
        message, author = connection.execute(
            text("SELECT message, author FROM einwandfrei.revisions")
        ).one()
        items = connection.execute(text("SELECT count(*) FROM einwandfrei.items")).scalar_one()
    assert (message, author) == ("First playbook", "anna")
    assert items > 49
    # Everything published is a team item now: the list marks it.
    mark = window.library_page.model.index(_row_of(window, PRICE), Column.TEAM).data(TOOLTIP)
    assert mark == "From the team playbook."


def test_a_members_dialog_has_neither_publishing_nor_deciding(
    qtbot: QtBot, rep_window: RepWindow, fake_prompts: FakePrompts
) -> None:
    window = rep_window("ben")
    dialog = _open_dialog(qtbot, window, fake_prompts)
    qtbot.waitUntil(lambda: "(a member)" in dialog.link_text.text(), timeout=WAIT_MS)
    tabs = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert tabs == ["&Changelog", "&Your Suggestions"]
    assert dialog.tabs.indexOf(dialog.publish_panel) == -1
    assert dialog.tabs.indexOf(dialog.decide_panel) == -1
    dialog.close()
    assert _open_dialog(qtbot, window, fake_prompts) is dialog  # the same one, read again
    assert dialog.tabs.count() == 2


def test_the_background_pull_brings_the_teams_changes_into_the_list(
    qtbot: QtBot, rep_window: RepWindow, reps: Reps
) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    window = rep_window("ben")  # the pull on start
    qtbot.waitUntil(lambda: window.library_page.model.total() == 49, timeout=WAIT_MS)
    set_objection_text(anna, objection_id(anna, PRICE), "text", "Too pricey for us.")
    publish(anna, message="Shorter")
    feature = window.features.team
    feature.timer.timeout.emit()  # the timer's pull, without waiting minutes
    qtbot.waitUntil(lambda: _listed(window, "Too pricey for us."), timeout=WAIT_MS)
    assert not _listed(window, PRICE)


def test_a_pull_reaches_every_view_as_one_change_on_the_bus(
    qtbot: QtBot, rep_window: RepWindow, reps: Reps
) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    window = rep_window("ben")
    feature = window.features.team
    qtbot.waitUntil(lambda: window.library_page.model.total() == 49, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not feature.jobs.busy(), timeout=WAIT_MS)
    session = window.session
    assert session is not None
    heard: list[Change] = []
    session.bus.changed.connect(heard.append)
    set_objection_text(anna, objection_id(anna, PRICE), "text", "Too pricey for us.")
    publish(anna, message="Shorter")
    feature.timer.timeout.emit()
    qtbot.waitUntil(lambda: _listed(window, "Too pricey for us."), timeout=WAIT_MS)
    assert len(heard) == 1 and heard[0].origin is feature
    assert heard[0].concerns_objection(objection_id(session.library, "Too pricey for us."))
    feature.timer.timeout.emit()  # nothing new: nothing on the bus
    qtbot.waitUntil(lambda: not feature.jobs.busy(), timeout=WAIT_MS)
    assert len(heard) == 1


def test_closing_the_window_during_a_pull_lets_the_pull_finish_first(
    qtbot: QtBot, rep_window: RepWindow, reps: Reps, data_dir: Path
) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    window = rep_window("ben")
    feature = window.features.team
    qtbot.waitUntil(lambda: window.library_page.model.total() == 49, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not feature.jobs.busy(), timeout=WAIT_MS)
    set_objection_text(anna, objection_id(anna, PRICE), "text", "Too pricey for us.")
    publish(anna, message="Shorter")
    feature.timer.timeout.emit()  # a pull on its way…
    assert feature.jobs.busy()
    assert window.close()  # …and the window closes at once
    assert not feature.jobs.busy() and not feature.timer.isActive()
    QTest.qWait(0)  # the close went through: no pull is timed any more
    assert not feature.timer.isActive()
    library = open_data_folder(data_dir, language="en", backup=False)
    with library:
        assert objection_id(library, "Too pricey for us.") > 0  # the whole pull, kept


def _listed(window: MainWindow, words: str) -> bool:
    try:
        _row_of(window, words)
    except AssertionError:
        return False
    return True


def test_an_unreachable_server_is_said_in_the_status_bar_and_nothing_else_changes(
    qtbot: QtBot, rep_window: RepWindow
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    window = rep_window("ben", starter=True, url=f"postgresql://ben@127.0.0.1:{port}/team")
    feature = window.features.team
    offline = feature.offline
    qtbot.waitUntil(lambda: offline.isVisible(), timeout=WAIT_MS)
    assert offline.text().startswith("Team library offline since ")
    assert window.library_page.model.total() == 49
    # The window works on: an edit lands as ever.
    first = window.library_page.model.id_at(0)
    window.library_page.browser.select(first)
    assert feature.status is not None and feature.status.link is not None


def test_suggest_to_team_sends_a_changed_team_objection(
    qtbot: QtBot,
    rep_window: RepWindow,
    reps: Reps,
    fake_prompts: FakePrompts,
    team_db: TeamDatabase,
) -> None:
    publish(reps("anna", starter=True))
    window = rep_window("ben")
    qtbot.waitUntil(lambda: window.library_page.model.total() == 49, timeout=WAIT_MS)
    assert window.library is not None
    mine = objection_id(window.library, PRICE)
    window.library_page.browser.select(mine)
    bar = window.features.team.editor_bar()
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=WAIT_MS)
    assert not bar.suggest.isVisible()  # as the team gave it: nothing to suggest
    set_objection_text(window.library, mine, "text", "That is really too expensive.")
    window.bus.publish(Change.words(mine, "text"))
    assert bar.suggest.isVisible() and "You changed" in bar.note.text()
    fake_prompts.text_answer = "Customers say it this way."
    QTest.mouseClick(bar.suggest, LEFT)
    assert fake_prompts.kinds()[-1] == "ask_text"

    def sent() -> list[tuple[str, str]]:
        with team_db.admin_engine().connect() as connection:
            return [
                (row[0], row[1])
                for row in connection.execute(
                    text(
                        "SELECT suggested_by, content->>'text' FROM einwandfrei.suggestions "
                        "WHERE reason = 'Customers say it this way.'"
                    )
                )
            ]

    qtbot.waitUntil(lambda: sent() == [("ben", "That is really too expensive.")], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "waits for an editor" in bar.note.text(), timeout=WAIT_MS)


def test_a_conflict_is_settled_side_by_side(
    qtbot: QtBot, rep_window: RepWindow, reps: Reps, fake_prompts: FakePrompts
) -> None:
    anna = reps("anna", starter=True)
    publish(anna)
    window = rep_window("carla")
    qtbot.waitUntil(lambda: window.library_page.model.total() == 49, timeout=WAIT_MS)
    library = window.library
    assert library is not None
    price, later = objection_id(library, PRICE), objection_id(library, "Not now.")
    for mine, words in ((price, "Carla's price."), (later, "Carla's later.")):
        set_objection_text(library, mine, "text", words)
        window.bus.publish(Change.words(mine, "text"))
    for words, team_words in ((PRICE, "Anna's price."), ("Not now.", "Anna's later.")):
        set_objection_text(anna, objection_id(anna, words), "text", team_words)
    publish(anna, message="Anna's wording")
    feature = window.features.team
    feature.pull_in_background()
    qtbot.waitUntil(
        lambda: feature.status is not None and len(feature.status.conflicts) == 2,
        timeout=WAIT_MS,
    )
    # Take the team's.
    window.library_page.browser.select(price)
    bar = feature.editor_bar()
    assert bar.compare.isVisible() and not bar.suggest.isVisible()
    mark = window.library_page.model.index(_row_of(window, "Carla's price."), Column.TEAM).data(
        TOOLTIP
    )
    assert mark.startswith("From the team playbook. The team changed it too")
    QTest.mouseClick(bar.compare, LEFT)
    dialog = fake_prompts.dialogs[-1]
    assert isinstance(dialog, ConflictDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Carla's price." in dialog.mine.toPlainText()
    assert "Anna's price." in dialog.team.toPlainText()
    QTest.mouseClick(dialog.take_button, LEFT)
    assert window.library_page.editor.text.toPlainText() == "Anna's price."
    assert _listed(window, "Anna's price.") and not _listed(window, "Carla's price.")
    assert not bar.compare.isVisible() and "From the team playbook" in bar.note.text()
    # Keep mine.
    window.library_page.browser.select(later)
    assert bar.compare.isVisible()
    QTest.mouseClick(bar.compare, LEFT)
    dialog = fake_prompts.dialogs[-1]
    assert isinstance(dialog, ConflictDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.mouseClick(dialog.keep_button, LEFT)
    assert window.library_page.editor.text.toPlainText() == "Carla's later."
    assert "You changed this team objection" in bar.note.text() and bar.suggest.isVisible()
    assert feature.status is not None and feature.status.conflicts == ()
    pull(reps.opened["anna"])  # nothing changed on the team meanwhile


def test_an_editor_decides_the_queue_in_the_dialog(
    qtbot: QtBot, rep_window: RepWindow, reps: Reps, fake_prompts: FakePrompts
) -> None:
    from einwandfrei.store.library.objection_edits import create_objection
    from einwandfrei.team.suggestions import send_now, suggest
    from einwandfrei.team.sync import sync

    ben = reps("ben", starter=False)
    window = rep_window("anna", starter=True)
    feature = window.features.team
    qtbot.waitUntil(lambda: _idle(feature), timeout=WAIT_MS)
    assert window.library is not None
    publish(window.library)
    sync(ben)
    suggest(
        ben, create_objection(ben, "We already work with someone."), "Heard it often.", new=True
    )
    suggest(ben, create_objection(ben, "Send me a brochure first."), "Common too.", new=True)
    send_now(ben)
    dialog = _open_dialog(qtbot, window, fake_prompts)
    panel = dialog.decide_panel
    qtbot.waitUntil(lambda: panel.queue.count() == 2, timeout=WAIT_MS)
    dialog.tabs.setCurrentWidget(panel)
    assert not panel.reject.isEnabled()  # a rejection needs its reason
    panel.queue.setCurrentRow(1)
    QTest.keyClicks(panel.reason, "We cover this already.")
    QTest.mouseClick(panel.reject, LEFT)
    qtbot.waitUntil(lambda: panel.queue.count() == 1, timeout=WAIT_MS)
    QTest.mouseClick(panel.approve, LEFT)
    qtbot.waitUntil(lambda: _listed(window, "We already work with someone."), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.queue.count() == 0, timeout=WAIT_MS)
    outcomes = {(d.status, d.reason) for d in sync(ben).report.decisions}
    assert outcomes == {("approved", ""), ("rejected", "We cover this already.")}
