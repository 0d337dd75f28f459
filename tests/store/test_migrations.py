"""The migrations and the models describe the same schema; every revision is known to the app."""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from einwandfrei.store.db.backup import backup_folder, list_backups
from einwandfrei.store.db.backup_ladder import parse_backup_name
from einwandfrei.store.db.connection import MIGRATIONS_DIR, create_library, open_library
from einwandfrei.store.db.schema import HEAD_REVISION, KNOWN_REVISIONS, SEARCH_TABLE_PREFIX
from einwandfrei.store.models import Base


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _ignore_search_tables(name: str | None, type_: str, _parents: Any) -> bool:
    return not (type_ == "table" and name and name.startswith((SEARCH_TABLE_PREFIX, "sqlite_")))


# SQLAlchemy cannot reflect an index on an expression (the list's text order) and says so;
# `test_a_new_library_has_the_tables_the_models_describe` compares that index's DDL instead.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_models_and_migrations_agree(tmp_path: Path) -> None:
    library = create_library(tmp_path / "library.sqlite3", language="en")
    with library, library.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_name": _ignore_search_tables, "compare_type": True},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_known_revisions_are_the_migration_history() -> None:
    scripts = ScriptDirectory.from_config(_alembic_config())
    history = [revision.revision for revision in scripts.walk_revisions()]
    assert tuple(reversed(history)) == KNOWN_REVISIONS
    assert scripts.get_heads() == [HEAD_REVISION]


def test_migrations_run_down_to_nothing_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    create_library(path, language="en").close()
    engine = create_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables
    assert {"search_objections", "search_documents"} <= tables


# -- the tables as SQLite holds them ------------------------------------------------------------
# `compare_metadata` does not see AUTOINCREMENT, collations or SQL defaults; the DDL SQLite keeps
# does. These compare it, part by part, with what the models create.


def _definition_parts(sql: str) -> set[str]:
    body = sql[sql.index("(") + 1 : sql.rindex(")")]
    parts, depth, current = [], 0, ""
    for character in body:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if character == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += character
    parts.append(current)
    tidy = (" ".join(part.replace('"', "").split()) for part in parts)
    return {re.sub(r"DEFAULT \(('[^']*'|CURRENT_TIMESTAMP)\)", r"DEFAULT \1", p) for p in tidy}


def _schema(path: Path) -> dict[tuple[str, str], object]:
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'search_%' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'"
        ).fetchall()
    db.close()
    return {
        (kind, name): _definition_parts(sql) if kind == "table" else " ".join(sql.split())
        for kind, name, sql in rows
    }


def _models_schema(folder: Path) -> dict[tuple[str, str], object]:
    path = folder / "models.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()
    return _schema(path)


def _library_at(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def _fill_first_schema(path: Path) -> None:
    """Rows in a library of the first schema, as that app wrote them (no uuids yet)."""
    with sqlite3.connect(path) as db:
        db.executescript(
            """
            UPDATE library_meta SET value = '3' WHERE key = 'change_count';
            INSERT INTO library_meta (key, value) VALUES ('language', 'en');
            INSERT INTO categories (id, name, position) VALUES (1, 'Price', 0), (2, 'Timing', 1);
            INSERT INTO techniques (id, name) VALUES (1, 'Reframe');
            INSERT INTO tags (id, name) VALUES (1, 'budget');
            INSERT INTO objections (id, text, category_id) VALUES
                (1, 'Too expensive', 1), (2, 'Not now', 2), (7, 'Send me an email', NULL);
            INSERT INTO objection_tags (objection_id, tag_id) VALUES (1, 1);
            INSERT INTO responses (id, objection_id, text, technique_id, position) VALUES
                (1, 1, 'Compared to what?', 1, 0), (2, 1, 'What is it worth to you?', NULL, 1),
                (3, 2, 'When would suit you?', NULL, 0);
            INSERT INTO questions (id, text, position) VALUES (1, 'What is on your desk?', 0);
            INSERT INTO checklist_items (id, text, position) VALUES (1, 'Headset tested', 0);
            INSERT INTO customers (id, name) VALUES (1, 'Anna Keller');
            INSERT INTO call_plans (id, customer_id, goal) VALUES (1, 1, 'Pilot agreed');
            INSERT INTO plan_objections (id, plan_id, objection_id, response_id)
                VALUES (1, 1, 1, 2);
            INSERT INTO review_logs (id, objection_id, rating, reviewed_at)
                VALUES (1, 1, 3, '2026-11-30 10:00:00');
            """
        )
    db.close()


def test_a_new_library_has_the_tables_the_models_describe(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    create_library(path, language="en").close()
    assert _schema(path) == _models_schema(tmp_path)


def test_an_upgraded_library_has_the_tables_the_models_describe(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _library_at(path, KNOWN_REVISIONS[0])
    _fill_first_schema(path)
    open_library(path).close()
    assert _schema(path) == _models_schema(tmp_path)


def test_every_numbered_table_never_reuses_an_id(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    create_library(path, language="en").close()
    with sqlite3.connect(path) as db:
        tables = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    db.close()
    numbered = [
        table.name
        for table in Base.metadata.sorted_tables
        if "id" in table.c and table.c.id.primary_key
    ]
    assert len(numbered) == 15
    assert [name for name in numbered if "AUTOINCREMENT" not in tables[name]] == []


def test_an_older_library_keeps_its_rows_and_gets_uuids(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _library_at(path, KNOWN_REVISIONS[0])
    _fill_first_schema(path)
    with sqlite3.connect(path) as db:
        before = {
            table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("objections", "responses", "categories", "plan_objections", "tags")
        }
    db.close()

    library = open_library(path)
    with library.read() as connection:
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        uuids = {
            table: [row[0] for row in raw.execute(f"SELECT uuid FROM {table}")]
            for table in ("objections", "responses", "questions", "checklist_items")
        }
        after = {
            table: raw.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in before
        }
    safety = parse_backup_name(list_backups(backup_folder(library))[-1])
    assert safety is not None and safety.label == f"before-upgrade-from-{KNOWN_REVISIONS[0]}"
    library.close()

    assert {table: len(values) for table, values in uuids.items()} == {
        "objections": 3,
        "responses": 3,
        "questions": 1,
        "checklist_items": 1,
    }
    for values in uuids.values():
        assert len(set(values)) == len(values)
        for value in values:
            parsed = uuid.UUID(value)
            assert (str(parsed), parsed.version, parsed.variant) == (value, 4, uuid.RFC_4122)
    # Every row is as it was, the new column appended to those that got one.
    for table, rows in before.items():
        width = len(rows[0])
        assert [row[:width] for row in after[table]] == rows
    # Price and PRICE are still one category: the rebuild kept the collation.
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO categories (name) VALUES ('PRICE')")
    db.close()


def test_an_upgraded_library_does_not_reuse_the_newest_id(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _library_at(path, KNOWN_REVISIONS[0])
    _fill_first_schema(path)
    open_library(path).close()
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM objections WHERE id = 7")
        new_id = db.execute("INSERT INTO objections (text) VALUES ('New')").lastrowid
    db.close()
    assert new_id == 8
