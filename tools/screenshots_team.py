"""Render every state of the team playbook's window parts, in English and German (light), into
docs/screenshots/team/:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_team.py [--output DIR]

A throwaway PostgreSQL cluster is started for the run (tests/team/pg_cluster.py; PostgreSQL's
initdb must be installed) with a team database per language, an editor (anna) and a member (ben)
whose passwords come from a password file, as a user's would. Each language runs in its own
process: anna publishes the starter library, ben pulls it, suggests a change, a new objection and
a second change; anna approves the first, rejects the second with a reason and changes an
objection ben changed too; then the pictures are taken:

- connect, connect-refused: the dialog of a library not linked yet, and its one sentence when the
  server refuses (a database that does not exist);
- member-changelog, member-suggestions: ben's dialog after his pull (no Publish, no Decide);
- editor-publish, editor-decide: anna's dialog, its two editor tabs;
- window: ben's window, the list's team column and the editor's team bar (a changed item);
- conflict-bar, conflict: the bar of an objection both changed, and both versions side by side;
- offline-window, offline-dialog: ben's library while the server cannot be reached.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
OUTPUT = ROOT / "docs" / "screenshots" / "team"
LANGUAGES = ("en", "de")
USERS = {"anna": "einwandfrei_editor", "ben": "einwandfrei_member"}
SAMPLES = {
    "en": {
        "playbook": "The starter playbook",
        "approved": "You are persistent!",
        "approved_words": "You really are persistent!",
        "approved_reason": "Customers say it this way.",
        "new": "We already work with someone else.",
        "new_reason": "Heard it three times this week.",
        "reject_reason": "We cover this under “The competition is cheaper.”",
        "pending": "That's too expensive.",
        "pending_words": "That is far too expensive for us.",
        "pending_reason": "Closer to what buyers say.",
        "conflict": "Not now.",
        "conflict_mine": "Not now — maybe in spring.",
        "conflict_team": "Not right now.",
        "team_message": "Sharper wording for timing",
    },
    "de": {
        "playbook": "Das Start-Playbook",
        "approved": "Sie sind aber hartnäckig!",
        "approved_words": "Sie sind wirklich hartnäckig!",
        "approved_reason": "So sagen es die Kunden.",
        "new": "Wir arbeiten schon mit jemand anderem.",
        "new_reason": "Diese Woche dreimal gehört.",
        "reject_reason": "Das deckt «Die Konkurrenz ist günstiger.» ab.",
        "pending": "Das ist zu teuer.",
        "pending_words": "Das ist uns viel zu teuer.",
        "pending_reason": "Näher an dem, was Einkäufer sagen.",
        "conflict": "Jetzt nicht.",
        "conflict_mine": "Jetzt nicht — vielleicht im Frühling.",
        "conflict_team": "Gerade nicht.",
        "team_message": "Schärfere Formulierungen zum Zeitpunkt",
    },
}
SIZE = (1280, 800)


# --- the parent: a cluster for the run -------------------------------------------------------


def _start_cluster(scratch: Path) -> dict[str, str]:
    """Start a cluster with a team database per language; the environment for the children."""
    import psycopg

    sys.path.insert(0, str(ROOT))
    from einwandfrei.team.setup import initialise
    from einwandfrei.team.urls import parse
    from tests.team import pg_cluster

    folder = scratch / "cluster"
    admin = pg_cluster.start(folder)
    port = (folder / pg_cluster.PORT_FILE).read_text(encoding="ascii").strip()
    plain = admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        for user in USERS:
            connection.execute(f"CREATE ROLE {user} LOGIN PASSWORD 'shot-{user}'")
        for language in LANGUAGES:
            connection.execute(f"CREATE DATABASE sales_{language}")
    for language in LANGUAGES:
        database = pg_cluster.url(folder, database=f"sales_{language}")
        initialise(parse(database))
        with psycopg.connect(
            database.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        ) as connection:
            for user, role in USERS.items():
                connection.execute(f"GRANT {role} TO {user}")
    passfile = scratch / "pgpass"
    passfile.write_text(
        "".join(f"127.0.0.1:{port}:*:{user}:shot-{user}\n" for user in USERS), encoding="utf-8"
    )
    passfile.chmod(0o600)
    return {
        "PGPASSFILE": str(passfile),
        "TEAM_SHOT_URL": f"postgresql://{{user}}@127.0.0.1:{port}/sales_{{language}}",
        "TEAM_SHOT_CLUSTER": str(folder),
    }


# --- a child: one language -------------------------------------------------------------------


class Prompter:
    """Answers at once; dialogs are kept to be shown and grabbed."""

    def __init__(self) -> None:
        self.dialogs: list[Any] = []
        self.text_answer: str | None = None

    def show_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog)

    def ask_text(self, *_args: object) -> str | None:
        return self.text_answer

    def confirm(self, *_args: object) -> bool:
        return True

    def __getattr__(self, name: str) -> Any:
        return lambda *_args, **_kwargs: None


def _objection(library: Any, words: str) -> int:
    with library.read() as connection:
        return int(
            connection.exec_driver_sql(
                "SELECT id FROM objections WHERE text = ? AND deleted_at IS NULL", (words,)
            ).scalar_one()
        )


def _log_team_counts(library: Any, counts: list[tuple[str, int, int]]) -> None:
    """What logged calls add for team answers (the first answer of each objection named)."""
    from einwandfrei.planning.call_log import CounterChange
    from einwandfrei.store.calls.team_outbox import record_team_counts

    with library.write() as connection:
        for words, used, worked in counts:
            response = connection.exec_driver_sql(
                "SELECT min(r.id) FROM responses r JOIN objections o ON o.id = r.objection_id "
                "WHERE o.text = ?",
                (words,),
            ).scalar_one()
            record_team_counts(connection, {int(response): CounterChange(used, worked)})


def _story(folder: Path, language: str, url: str) -> tuple[Path, Path, Path]:
    """The team's history; returns the data folders of anna, ben and a rep not linked yet."""
    from einwandfrei.library_folder import open_data_folder
    from einwandfrei.store.library.objection_edits import create_objection, set_objection_text
    from einwandfrei.team.publish import publish
    from einwandfrei.team.setup import connect
    from einwandfrei.team.suggestions import approve, reject, send_now, suggest
    from einwandfrei.team.sync import sync
    from einwandfrei.team.urls import parse

    sample = SAMPLES[language]
    folders = folder / "anna", folder / "ben", folder / "new"
    anna = open_data_folder(folders[0], language=language, backup=False)
    ben = open_data_folder(folders[1], language=language, starter=False, backup=False)
    open_data_folder(folders[2], language=language, backup=False).close()
    try:
        connect(anna, parse(url.format(user="anna")))
        connect(ben, parse(url.format(user="ben")))
        publish(anna, message=sample["playbook"])
        sync(ben)
        approved = _objection(ben, sample["approved"])
        set_objection_text(ben, approved, "text", sample["approved_words"])
        suggest(ben, approved, sample["approved_reason"], new=False)
        own = create_objection(ben, sample["new"], language=language)
        suggest(ben, own, sample["new_reason"], new=True)
        pending = _objection(ben, sample["pending"])
        set_objection_text(ben, pending, "text", sample["pending_words"])
        suggest(ben, pending, sample["pending_reason"], new=False)
        send_now(ben)
        _log_team_counts(ben, [(sample["pending_words"], 5, 3), (sample["conflict"], 6, 2)])
        _log_team_counts(anna, [(sample["approved"], 9, 7), (sample["conflict"], 4, 3)])
        sync(anna)
        sync(ben)
        from einwandfrei.team.suggestions import pending as queue

        numbers = {item.reason: item.number for item in queue(anna)}
        approve(anna, numbers[sample["approved_reason"]])
        reject(anna, numbers[sample["new_reason"]], sample["reject_reason"])
        sync(anna)
        set_objection_text(
            anna, _objection(anna, sample["conflict"]), "text", sample["conflict_team"]
        )
        mine = _objection(ben, sample["conflict"])
        set_objection_text(ben, mine, "text", sample["conflict_mine"])
        publish(anna, message=sample["team_message"])
        sync(anna)
    finally:
        anna.close()
        ben.close()
    return folders


def _settle(app: Any, seconds: float = 0.3) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)


def _wait(app: Any, condition: Any, timeout: float = 60) -> None:
    until = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > until:
            raise RuntimeError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def _window(app: Any, data_dir: Path, language: str, prompter: Prompter, scratch: Path) -> Any:
    from PySide6.QtCore import QSettings  # noqa: TID251 - a GUI tool

    from einwandfrei.app import create_main_window

    settings = QSettings(str(scratch / f"{data_dir.name}.ini"), QSettings.Format.IniFormat)
    settings.setValue("calls/dueShownOn", "9999-12-31")
    window = create_main_window(data_dir, settings=settings, prompts=prompter, language=language)
    window.resize(*SIZE)
    window.show()
    window.library_page.setSizes([190, 520, 570])
    feature = window.features.team
    _wait(app, lambda: not feature.jobs.busy())
    _settle(app)
    return window


def _select(window: Any, words: str) -> None:
    for row in range(window.library_page.model.total()):
        if window.library_page.model.index(row, 1).data() == words:
            window.library_page.browser.select(window.library_page.model.id_at(row))
            return
    raise RuntimeError(f"{words!r} is not listed")


def _dialog(app: Any, window: Any, prompter: Prompter) -> Any:

    feature = window.features.team
    feature.open_dialog()
    dialog = prompter.dialogs[-1]
    dialog.show()
    _wait(app, lambda: not feature.jobs.busy())
    _settle(app)
    return dialog


def _save(widget: Any, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def render(language: str, output: Path) -> None:
    """Take every picture of one language in this process."""
    from PySide6.QtCore import QLocale  # noqa: TID251 - a GUI tool

    from einwandfrei.app import application
    from einwandfrei.i18n import install_translators

    app = application()
    app.setStyle("Fusion")
    translators = install_translators(app, language)
    QLocale.setDefault(QLocale("de_CH" if language == "de" else "en_GB"))
    sample = SAMPLES[language]
    url = os.environ["TEAM_SHOT_URL"].replace("{language}", language)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        anna_dir, ben_dir, new_dir = _story(scratch, language, url)
        prompter = Prompter()

        window = _window(app, new_dir, language, prompter, scratch)
        dialog = _dialog(app, window, prompter)
        dialog.url.setText(url.format(user="ben"))
        _save(dialog, output / f"connect-{language}.png")
        dialog.url.setText(url.format(user="ben").replace(f"sales_{language}", "sales_typo"))
        dialog.connect_button.click()
        _wait(app, lambda: not window.features.team.jobs.busy())
        _settle(app)
        _save(dialog, output / f"connect-refused-{language}.png")
        dialog.close()
        window.close()

        window = _window(app, ben_dir, language, prompter, scratch)
        _select(window, sample["pending_words"])
        _settle(app)
        _save(window, output / f"window-{language}.png")
        _select(window, sample["conflict_mine"])
        _settle(app)
        _save(window, output / f"conflict-bar-{language}.png")
        team = window.features.team
        team.compare_shown()
        conflict = prompter.dialogs[-1]
        conflict.show()
        _settle(app)
        _save(conflict, output / f"conflict-{language}.png")
        conflict.close()
        dialog = _dialog(app, window, prompter)
        _save(dialog, output / f"member-changelog-{language}.png")
        dialog.tabs.setCurrentIndex(1)
        _settle(app)
        _save(dialog, output / f"member-suggestions-{language}.png")
        dialog.close()
        window.close()

        window = _window(app, anna_dir, language, prompter, scratch)
        dialog = _dialog(app, window, prompter)
        dialog.tabs.setCurrentWidget(dialog.publish_panel)
        dialog.publish_panel.everything.setChecked(False)
        for row in range(min(2, dialog.publish_panel.categories.count())):
            from PySide6.QtCore import Qt  # noqa: TID251 - a GUI tool

            item = dialog.publish_panel.categories.item(row)
            item.setCheckState(Qt.CheckState.Checked)
        dialog.publish_panel.message.setText(sample["team_message"])
        _settle(app)
        _save(dialog, output / f"editor-publish-{language}.png")
        dialog.tabs.setCurrentWidget(dialog.decide_panel)
        _settle(app)
        _save(dialog, output / f"editor-decide-{language}.png")
        dialog.close()
        window.close()

        _offline(ben_dir)
        window = _window(app, ben_dir, language, prompter, scratch)
        _select(window, sample["pending_words"])
        _settle(app)
        _save(window, output / f"offline-window-{language}.png")
        dialog = _dialog(app, window, prompter)
        _save(dialog, output / f"offline-dialog-{language}.png")
        dialog.close()
        window.close()
        app.processEvents()
    del translators


def _offline(data_dir: Path) -> None:
    """Point the library's link at a port nothing listens on (the server out of reach)."""
    import socket
    import sqlite3

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with sqlite3.connect(data_dir / "library.sqlite3") as db:
        (url,) = db.execute("SELECT value FROM library_meta WHERE key = 'team_url'").fetchone()
        moved = url.replace(url.split("@", 1)[1].split("/", 1)[0], f"127.0.0.1:{port}")
        db.execute("UPDATE library_meta SET value = ? WHERE key = 'team_url'", (moved,))
    db.close()


def main() -> int:
    """Start a cluster, then render each language in its own process."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--one", metavar="LANGUAGE")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    output: Path = args.output
    output.mkdir(parents=True, exist_ok=True)
    if args.one:
        render(args.one, output)
        return 0
    sys.path.insert(0, str(ROOT))
    from tests.team import pg_cluster

    scratch = Path(tempfile.mkdtemp(prefix="einwandfrei-shots-"))
    scratch.chmod(0o755)  # the server runs as `postgres` when we are root
    try:
        environment = {
            **os.environ,
            **_start_cluster(scratch),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        for language in LANGUAGES:
            subprocess.run(
                [sys.executable, __file__, "--one", language, "--output", str(output)],
                check=True,
                env=environment,
            )
    finally:
        pg_cluster.stop(scratch / "cluster", mode="immediate")
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
