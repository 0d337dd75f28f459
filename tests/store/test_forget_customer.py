"""Forgetting a customer: gone from the library, its search index, every backup and the log, with
no byte of their name left anywhere in the data folder; what else the library holds stays."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from einwandfrei.library_folder import open_data_folder
from einwandfrei.paths import log_dir
from einwandfrei.store.calls.customers import list_customers, read_customer
from einwandfrei.store.db.backup_ladder import backup_files, quick_check_passes
from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import LibraryError, NotFoundError
from einwandfrei.store.db.integrity_check import inspect_library
from einwandfrei.store.library.search import search_ids
from einwandfrei.store.privacy.everywhere import forget_everywhere
from einwandfrei.store.privacy.forget_customer import find_customer, preview_forget
from einwandfrei.store.privacy.mentions import REDACTED, Mentions
from tests.helpers import count
from tests.store.forget_support import build_scene, files_holding, needles


def test_forgetting_leaves_no_byte_of_the_customer_in_the_data_folder(data_dir: Path) -> None:
    library = open_data_folder(data_dir, language="en")
    try:
        scene = build_scene(library, data_dir, log_dir())
        before = files_holding([data_dir, log_dir()], needles())
        assert "data/library.sqlite3" in before or "data/library.sqlite3-wal" in before
        assert any(name.startswith("data/backups/") for name in before)
        assert any(name.endswith("einwandfrei.log") for name in before)
        objections = count(library, "objections")

        with library.read() as connection:
            preview = preview_forget(connection, scene.customer_id)
        assert (preview.plans, preview.call_logs) == (scene.plans, scene.logs)
        # Ben's role and notes, his plan's opener, the objection, its tag and follow-up.
        assert preview.mentions == 6

        report = forget_everywhere(library, scene.customer_id, log_folder=log_dir())

        assert (report.library.plans, report.library.call_logs) == (2, 1)
        assert report.library.texts == 6
        assert report.still_named == []
        dropped = sorted(path.name for path, _ in report.dropped)
        assert dropped == [
            "library-20260203-080000-000000.check-failed.sqlite3",
            "library.sqlite3.damaged-20260203-080000-000000",
        ]
        assert [path.name for path in report.removed] == [
            "library-20260204-080000-000000.sqlite3.partial"
        ]
        assert len(report.rewritten) == 4  # the legacy backup, two checked ones, the first one
        assert [path.name for path in report.logs] == ["einwandfrei.log"]
        # While the library is still open: its -wal and -shm files are there and hold nothing.
        assert (data_dir / "library.sqlite3-shm").exists()
        assert files_holding([data_dir, log_dir()], needles()) == {}
    finally:
        library.close()

    assert files_holding([data_dir, log_dir()], needles()) == {}

    with open_data_folder(data_dir, backup=False) as reopened:
        assert inspect_library(reopened).sound
        assert count(reopened, "objections") == objections
        with reopened.read() as connection:
            with pytest.raises(NotFoundError):
                read_customer(connection, scene.customer_id)
            ben = read_customer(connection, scene.other_id)
            assert ben.notes == f"Knows {REDACTED} from school."
            assert ben.role == f"Deputy of {REDACTED}"
            assert [c.name for c in list_customers(connection)] == ["Ben Frei"]
            assert search_ids(connection, "slow", 5)  # the objection stays, without the name
            assert search_ids(connection, "quastenberg", 5) == []
            assert search_ids(connection, "zyprian", 5) == []
    for backup in backup_files(data_dir / "backups"):
        assert quick_check_passes(backup.path)
        with sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True) as copy:
            ids = [row[0] for row in copy.execute("SELECT id FROM customers")]
            assert scene.customer_id not in ids
            assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        copy.close()


def test_a_customer_is_found_by_id_or_by_name(library: Library) -> None:
    from einwandfrei.planning.plan import CustomerInfo
    from einwandfrei.store.calls.plans import save_plan
    from tests.store.plan_fixtures import ready_plan

    anna = save_plan(library, ready_plan(library)).customer
    twin = save_plan(library, ready_plan(library, CustomerInfo("Anna Keller", "Meier AG"))).customer
    solo = save_plan(library, ready_plan(library, CustomerInfo("Ben  Frei"))).customer
    with library.read() as connection:
        assert find_customer(connection, "ben frei").customer_id == solo.id
        assert find_customer(connection, str(anna.id)).customer_id == anna.id
        with pytest.raises(
            LibraryError,
            match=rf"2 customers are called “Anna Keller” \(ids {anna.id}, {twin.id}\)",
        ):
            find_customer(connection, "Anna Keller")
        with pytest.raises(NotFoundError, match="There is no customer called “Carla”"):
            find_customer(connection, "Carla")


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Call Anna Keller today", f"Call {REDACTED} today"),
        ("call ANNA   KELLER today", f"call {REDACTED} today"),
        ("Anna Kellers Firma", f"{REDACTED}s Firma"),
        ("Hanna Keller is someone else", "Hanna Keller is someone else"),
        ("mail anna@keller.ch", f"mail {REDACTED}"),
    ],
)
def test_mentions_are_found_at_the_start_of_a_word_whatever_the_case(
    text: str, redacted: str
) -> None:
    mentions = Mentions.of(["Anna Keller", "anna@keller.ch"])
    assert mentions.redact(text) == redacted


def test_a_short_name_is_taken_out_only_as_a_whole_word() -> None:
    mentions = Mentions.of(["Li"])
    assert mentions.redact("Li said: likely, Lisa") == f"{REDACTED} said: likely, Lisa"
