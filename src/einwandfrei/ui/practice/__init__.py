"""Drills: the practice dialog, its statistics, and what the main window offers of them.

For the main window: `practice_feature.PracticeFeature` (installed by the window's composition)
and `install_practice(window)`, which adds the Practice menu's entries, quick-find and the
"12 drills due" button in one call and returns the `PracticeActions` (its `practise_plan(plan_id)`
serves the call wizard). The parts are there on their own too: `create_practice_actions(window,
library, menu, bus)`, `due_count(library)` and `due_drills_text(count)`. This package imports
nothing until asked, so the window paints before any of it loads, and none of it imports
SQLAlchemy or fsrs before it is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from einwandfrei.ui.practice.actions import (
        PracticeActions,
        create_practice_actions,
        due_count,
    )
    from einwandfrei.ui.practice.install import DueDrillsButton, install_practice
    from einwandfrei.ui.practice.practice_wording import due_drills_text

_MODULES = {
    "PracticeActions": "actions",
    "create_practice_actions": "actions",
    "due_count": "actions",
    "DueDrillsButton": "install",
    "install_practice": "install",
    "due_drills_text": "practice_wording",
}

__all__ = [
    "DueDrillsButton",
    "PracticeActions",
    "create_practice_actions",
    "due_count",
    "due_drills_text",
    "install_practice",
]


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return getattr(import_module(f"{__name__}.{_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
