"""The migrations and the models describe the same schema; every revision is known to the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from einwandfrei.store.db.connection import MIGRATIONS_DIR, create_library
from einwandfrei.store.db.schema import HEAD_REVISION, KNOWN_REVISIONS, SEARCH_TABLE_PREFIX
from einwandfrei.store.models import Base


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _ignore_search_tables(name: str | None, type_: str, _parents: Any) -> bool:
    return not (type_ == "table" and name and name.startswith((SEARCH_TABLE_PREFIX, "sqlite_")))


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
