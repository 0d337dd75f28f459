"""The layers: store, interchange and planning never import Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

HEADLESS_PACKAGES = ("einwandfrei.store", "einwandfrei.interchange", "einwandfrei.planning")


def _modules_of(package: str) -> list[str]:
    root = __import__(package, fromlist=["__path__"])
    return [package] + [
        info.name
        for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}.")
        if ".migrations.versions" not in info.name and not info.name.endswith("migrations.env")
    ]


def test_headless_layers_import_no_qt() -> None:
    modules = [name for package in HEADLESS_PACKAGES for name in _modules_of(package)]
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
        "print(sorted(m for m in ('sqlalchemy', 'PySide6', 'alembic') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
