"""Drills: the practice dialog, its statistics, and what the main window offers of them.

For the main window: `install_practice(window)` adds the Practice menu's entries, quick-find and
the "12 drills due" button in one call and returns the `PracticeActions` (its
`practise_plan(plan_id)` serves the call wizard). The parts are there on their own too:
`create_practice_actions(window, library, menu, bus)`, `due_count(library)` and
`due_drills_text(count)`. None of this imports SQLAlchemy or fsrs before it is used.
"""

from einwandfrei.ui.practice.actions import PracticeActions, create_practice_actions, due_count
from einwandfrei.ui.practice.install import DueDrillsButton, install_practice
from einwandfrei.ui.practice.practice_wording import due_drills_text

__all__ = [
    "DueDrillsButton",
    "PracticeActions",
    "create_practice_actions",
    "due_count",
    "due_drills_text",
    "install_practice",
]
