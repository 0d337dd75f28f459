"""Printing in the window: the print dialog, preview, printer and PDF export with progress.

`printing_feature.PrintingFeature` puts File ▸ Print…, Print Selection… and Export PDF… into the
window once the library is open; `create_print_actions(...)` makes them on their own. This package
imports nothing until asked: printing needs SQLAlchemy, which loads after the window has painted.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from einwandfrei.ui.printing.controller import (
        PrintActions,
        PrintController,
        create_print_actions,
    )
    from einwandfrei.ui.printing.dialogs import QtPrintDialogs

_MODULES = {
    "PrintActions": "controller",
    "PrintController": "controller",
    "create_print_actions": "controller",
    "QtPrintDialogs": "dialogs",
}

__all__ = [
    "PrintActions",
    "PrintController",
    "QtPrintDialogs",
    "create_print_actions",
]


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return getattr(import_module(f"{__name__}.{_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
