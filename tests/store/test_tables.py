"""The Core tables (`store.db.tables`) name the columns of the models, with the same types."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import Enum, String

from einwandfrei.store.db import tables
from einwandfrei.store.models import Base


def _kind(column_type: object) -> str:
    # An enum column holds its values as text; Core reads it as a string.
    if isinstance(column_type, Enum):
        return String.__name__
    return type(column_type).__name__


def test_the_core_tables_mirror_the_models() -> None:
    models = Base.metadata.tables
    assert set(tables.metadata.tables) == set(models)
    for name, model in models.items():
        core = tables.metadata.tables[name]
        assert {column.name for column in core.columns} == set(model.columns.keys()), name
        for column in model.columns:
            assert _kind(core.c[column.name].type) == _kind(column.type), (name, column.name)
            assert core.c[column.name].primary_key == column.primary_key, (name, column.name)


def test_the_core_tables_load_no_orm() -> None:
    # Every module of the practice and calls stores, and the drills: what start-up reads.
    program = (
        "import importlib, pkgutil, sys\n"
        "for package in ('store.practice', 'store.calls', 'drills'):\n"
        "    package = importlib.import_module('einwandfrei.' + package)\n"
        "    for module in pkgutil.iter_modules(package.__path__):\n"
        "        importlib.import_module(package.__name__ + '.' + module.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy.orm', "
        "'einwandfrei.store.models'))))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", program], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert loaded == "[]"
