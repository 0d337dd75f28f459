"""Drills: the practice dialog, its statistics, and the actions the main window offers.

For the main window: `create_practice_actions(window, library, menu, library_changed)` returns a
`PracticeActions` (its `practise_plan(plan_id)` serves the call wizard); `due_count(library)` and
`due_drills_text(count)` make the "12 drills due" indicator.
"""

from einwandfrei.ui.practice.actions import PracticeActions, create_practice_actions, due_count
from einwandfrei.ui.practice.wording import due_drills_text

__all__ = ["PracticeActions", "create_practice_actions", "due_count", "due_drills_text"]
