"""The layers, read from the source: every import anywhere in a file counts, not only the ones that
run when the module is imported (an `import PySide6` inside a function would slip past an import
test).

- `store`, `interchange` and `planning` never import Qt (PySide6, shiboken6), directly or through
  another einwandfrei module, at any depth of a file.
- `drills` (drill sessions over an open library) and `team` (the team playbook on PostgreSQL)
  never import Qt either.
- `store` never imports `interchange`, `drills`, `ui`, `printing`, `cli`, `app` or `team`.
- `planning` holds rules and plain types only: it never imports `store`, `drills`, `interchange`
  or a database module (`sqlalchemy`, `sqlite3`).
- `ui` and `printing` write no SQL: no `sqlalchemy` or `sqlite3` import that runs (one under
  `if TYPE_CHECKING:` is only a type and is fine), no `text(...)` / `select(...)` calls, no
  `.execute(...)` / `.exec_driver_sql(...)` / `.executemany(...)` / `.executescript(...)`, and no
  reaching for the raw driver connection (`.dbapi_connection`).

The few places that break a rule today are listed in `KNOWN_VIOLATIONS`, each with the follow-up
that removes it; anything new fails.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).parents[1] / "src" / "einwandfrei"
PACKAGE = "einwandfrei"

QT_MODULES = ("PySide6", "shiboken6")
QT_FREE_LAYERS = ("store", "interchange", "planning", "drills", "team")
STORE_MUST_NOT_IMPORT = tuple(
    f"{PACKAGE}.{name}"
    for name in ("interchange", "drills", "ui", "printing", "cli", "app", "team")
)
PLANNING_MUST_NOT_IMPORT = (
    *(f"{PACKAGE}.{name}" for name in ("store", "drills", "interchange")),
    "sqlalchemy",
    "sqlite3",
)
SQL_FREE_LAYERS = ("ui", "printing")
SQL_MODULES = ("sqlalchemy", "sqlite3")
SQL_FUNCTIONS = ("text", "select")
SQL_METHODS = ("execute", "exec_driver_sql", "executemany", "executescript")
RAW_CONNECTION = "dbapi_connection"


@dataclass(frozen=True, slots=True)
class Violation:
    """One place that breaks a rule of the layers."""

    path: str
    """Relative to src/einwandfrei, with forward slashes."""
    line: int
    what: str
    """What is wrong, without the line number (so `KNOWN_VIOLATIONS` survives edits nearby)."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


@dataclass(frozen=True, slots=True)
class Imported:
    """One import statement: the modules it names (`from a import b` names `a` and `a.b`, since
    `b` may be a module)."""

    modules: tuple[str, ...]
    line: int
    type_only: bool
    """Inside `if TYPE_CHECKING:`, so never imported when the program runs."""


def module_name(path: str) -> str:
    """`store/db/errors.py` → `einwandfrei.store.db.errors`;
    `store/__init__.py` → `einwandfrei.store`."""
    parts = [PACKAGE, *path.removesuffix(".py").split("/")]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


class _Reader(ast.NodeVisitor):
    """Collects every import (with whether it is for type checking only) and every SQL-looking
    call or attribute, anywhere in a module."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.package = module_name(path) if path.endswith("__init__.py") else None
        self.imports: list[Imported] = []
        self.sql: list[Violation] = []
        self._type_only = 0

    def _base_package(self, level: int) -> str:
        package = self.package or module_name(self.path).rpartition(".")[0]
        parts = package.split(".")
        return ".".join(parts[: len(parts) - (level - 1)])

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node.test):
            self.generic_visit(node)
            return
        self.visit(node.test)
        self._type_only += 1
        for statement in node.body:
            self.visit(statement)
        self._type_only -= 1
        for statement in node.orelse:
            self.visit(statement)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.imports.append(Imported((alias.name,), node.lineno, self._type_only > 0))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            base = ".".join(filter(None, (self._base_package(node.level), node.module)))
        names = tuple(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
        self.imports.append(Imported((base, *names), node.lineno, self._type_only > 0))

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        if isinstance(function, ast.Name) and function.id in SQL_FUNCTIONS:
            self._sql(node, f"calls {function.id}(...)")
        elif isinstance(function, ast.Attribute) and function.attr in SQL_METHODS:
            self._sql(node, f"calls .{function.attr}(...)")
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr == RAW_CONNECTION:
            self._sql(node, f"reaches the raw driver connection (.{RAW_CONNECTION})")
        self.generic_visit(node)

    def _sql(self, node: ast.expr, what: str) -> None:
        self.sql.append(Violation(self.path, node.lineno, what))


def read_module(source: str, path: str) -> _Reader:
    """Parse one module's source; `path` is relative to src/einwandfrei."""
    reader = _Reader(path)
    reader.visit(ast.parse(source, filename=path))
    return reader


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == package or module.startswith(f"{package}.") for package in packages)


def _first(item: Imported, packages: tuple[str, ...]) -> str | None:
    """The first module of an import statement within `packages`."""
    return next((module for module in item.modules if _within(module, packages)), None)


def _qt_users(readers: dict[str, _Reader]) -> dict[str, str]:
    """Each einwandfrei module that imports Qt when it runs, directly or through other
    einwandfrei modules (at any depth of their files), with the chain that leads there."""
    by_module = {module_name(path): reader for path, reader in readers.items()}
    chains: dict[str, str] = {}
    for module, reader in by_module.items():
        for item in reader.imports:
            qt = _first(item, QT_MODULES)
            if not item.type_only and qt:
                chains.setdefault(module, qt.split(".")[0])
    changed = True
    while changed:
        changed = False
        for module, reader in by_module.items():
            if module in chains:
                continue
            through = [
                name for item in reader.imports if not item.type_only for name in item.modules
            ]
            for name in through:
                if name in chains:
                    chains[module] = f"{name} → {chains[name]}"
                    changed = True
                    break
    return chains


def scan(sources: dict[str, str]) -> list[Violation]:
    """Every break of the layer rules in the given modules (path relative to src/einwandfrei →
    source text)."""
    readers = {path: read_module(source, path) for path, source in sources.items()}
    qt_users = _qt_users(readers)
    violations: list[Violation] = []
    for path, reader in readers.items():
        layer = path.split("/")[0]
        for item in reader.imports:
            if layer in QT_FREE_LAYERS:
                qt = _first(item, QT_MODULES)
                through = [name for name in item.modules if name in qt_users]
                if qt:
                    violations.append(Violation(path, item.line, f"imports {qt}"))
                elif through and not item.type_only:
                    name = through[0]
                    violations.append(
                        Violation(
                            path,
                            item.line,
                            f"imports {name}, which imports Qt ({name} → {qt_users[name]})",
                        )
                    )
            upper = _first(item, STORE_MUST_NOT_IMPORT)
            if layer == "store" and upper:
                violations.append(Violation(path, item.line, f"imports {upper}"))
            lower = _first(item, PLANNING_MUST_NOT_IMPORT)
            if layer == "planning" and lower:
                violations.append(Violation(path, item.line, f"imports {lower}"))
            sql = _first(item, SQL_MODULES)
            if layer in SQL_FREE_LAYERS and sql and not item.type_only:
                violations.append(Violation(path, item.line, f"imports {sql} at runtime"))
        if layer in SQL_FREE_LAYERS:
            violations.extend(reader.sql)
    return sorted(set(violations), key=lambda v: (v.path, v.line, v.what))


def _package_sources() -> dict[str, str]:
    return {
        path.relative_to(SOURCE).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(SOURCE.rglob("*.py"))
    }


# (path, what) → why it is still there and what removes it. Each must occur exactly once.
KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


def _unexpected(violations: list[Violation]) -> tuple[list[Violation], list[tuple[str, str]]]:
    """Violations beyond the known ones, and known ones that no longer occur exactly once."""
    counts = Counter((v.path, v.what) for v in violations)
    new = [v for v in violations if (v.path, v.what) not in KNOWN_VIOLATIONS]
    new += [
        v
        for v in violations
        if (v.path, v.what) in KNOWN_VIOLATIONS and counts[(v.path, v.what)] > 1
    ]
    stale = [key for key in KNOWN_VIOLATIONS if counts[key] == 0]
    return new, stale


def test_the_layers_keep_their_rules() -> None:
    sources = _package_sources()
    assert {
        "store/db/integrity_check.py",
        "ui/shell/main_window.py",
        "printing/render.py",
    } <= sources.keys()
    new, _stale = _unexpected(scan(sources))
    assert not new, "the layers are crossed:\n" + "\n".join(map(str, new))


def test_every_known_violation_still_occurs() -> None:
    # When a follow-up lands, its entry must go too, so the allowance cannot hide a new case.
    _new, stale = _unexpected(scan(_package_sources()))
    assert not stale, f"remove these fixed entries from KNOWN_VIOLATIONS: {stale}"


# Each rule, shown to fail on a small made-up module.
@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        (
            "store/x.py",
            "def later():\n    from PySide6.QtCore import QObject\n",
            "store/x.py:2: imports PySide6.QtCore",
        ),
        ("planning/x.py", "import shiboken6\n", "planning/x.py:1: imports shiboken6"),
        (
            "interchange/x.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6 import QtGui\n",
            "interchange/x.py:3: imports PySide6",
        ),
        (
            "store/x.py",
            "def f():\n    from einwandfrei.ui import browser\n",
            "store/x.py:2: imports einwandfrei.ui",
        ),
        ("store/x.py", "from .. import cli\n", "store/x.py:1: imports einwandfrei.cli"),
        (
            "planning/x.py",
            "def f():\n    from einwandfrei.store.db.connection import Library\n",
            "planning/x.py:2: imports einwandfrei.store.db.connection",
        ),
        ("planning/x.py", "import sqlalchemy\n", "planning/x.py:1: imports sqlalchemy"),
        (
            "planning/x.py",
            "from einwandfrei.drills.session import DrillSession\n",
            "planning/x.py:1: imports einwandfrei.drills.session",
        ),
        (
            "drills/x.py",
            "from PySide6.QtCore import QTimer\n",
            "drills/x.py:1: imports PySide6.QtCore",
        ),
        (
            "store/x.py",
            "import einwandfrei.interchange.files\n",
            "store/x.py:1: imports einwandfrei.interchange.files",
        ),
        (
            "store/x.py",
            "from einwandfrei.printing.render import render_pdf\n",
            "store/x.py:1: imports einwandfrei.printing.render",
        ),
        (
            "ui/x.py",
            "def f():\n    import sqlalchemy\n",
            "ui/x.py:2: imports sqlalchemy at runtime",
        ),
        (
            "printing/x.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    pass\nelse:\n"
            "    from sqlalchemy import Connection\n",
            "printing/x.py:5: imports sqlalchemy at runtime",
        ),
        ("ui/x.py", "import sqlite3\n", "ui/x.py:1: imports sqlite3 at runtime"),
        ("ui/x.py", "q = text('SELECT 1')\n", "ui/x.py:1: calls text(...)"),
        ("printing/x.py", "q = select(1)\n", "printing/x.py:1: calls select(...)"),
        (
            "ui/x.py",
            "def f(c):\n    return c.execute(q)\n",
            "ui/x.py:2: calls .execute(...)",
        ),
        (
            "ui/x.py",
            "def f(c):\n    c.exec_driver_sql('DELETE FROM objections')\n",
            "ui/x.py:2: calls .exec_driver_sql(...)",
        ),
        (
            "ui/x.py",
            "def f(c):\n    return c.connection.dbapi_connection\n",
            f"ui/x.py:2: reaches the raw driver connection (.{RAW_CONNECTION})",
        ),
    ],
)
def test_a_break_of_each_rule_is_reported(path: str, source: str, expected: str) -> None:
    assert expected in [str(violation) for violation in scan({path: source})]


def test_qt_through_another_module_is_reported() -> None:
    sources = {
        "i18n.py": "from PySide6.QtCore import QCoreApplication\n",
        "words.py": "from einwandfrei import i18n\n",
        "planning/x.py": "def f():\n    from einwandfrei.words import thing\n",
    }
    assert [str(v) for v in scan(sources)] == [
        "planning/x.py:2: imports einwandfrei.words, which imports Qt "
        "(einwandfrei.words → einwandfrei.i18n → PySide6)"
    ]


def test_what_the_rules_allow() -> None:
    sources = {
        # A type for annotations only, and Qt calls that merely share a name with SQL ones.
        "ui/x.py": "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from sqlalchemy import Connection\n"
        "def f(edit, view):\n    view.select(1)\n    return edit.text()\n",
        "printing/x.py": "from PySide6.QtGui import QTextDocument\n",
        "store/x.py": "from einwandfrei.store import search_index\nfrom sqlalchemy import text\n"
        "def f(c):\n    return c.execute(text('SELECT 1'))\n",
        "planning/x.py": "from einwandfrei.planning.y import f\n",
        "drills/x.py": "from einwandfrei.store.x import f\nfrom sqlalchemy import Connection\n",
    }
    assert scan(sources) == []


def test_the_known_violations_are_matched_exactly_once(monkeypatch: pytest.MonkeyPatch) -> None:
    key = ("ui/example.py", "imports sqlalchemy at runtime")
    monkeypatch.setitem(KNOWN_VIOLATIONS, key, "an allowance made up for this test")
    once = [Violation(key[0], 1, key[1])]
    assert _unexpected(once)[0] == []
    twice = [*once, Violation(key[0], 9, key[1])]
    assert len(_unexpected(twice)[0]) == 2


def test_headless_layers_import_no_qt_when_run() -> None:
    # The scan reads the source; this imports every module for real, as a second opinion.
    modules = sorted(
        module_name(path)
        for path in _package_sources()
        # Alembic's env.py and revisions run only inside a migration, never on import.
        if path.split("/")[0] in QT_FREE_LAYERS and "/migrations/" not in path
    )
    assert len(modules) > 10
    program = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_command_line_parses_before_importing_anything_heavy() -> None:
    # `einwandfrei` opens the window: it must be able to paint before SQLAlchemy (~300 ms) loads.
    program = (
        "import sys\n"
        "from einwandfrei.cli import build_parser\n"
        "build_parser().parse_args(['search', 'x'])\n"
        "heavy = ('sqlalchemy', 'PySide6', 'alembic', 'psycopg')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
