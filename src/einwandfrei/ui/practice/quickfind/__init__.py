"""Quick-find: the compact window that answers during a call (see `window`).

For the main window: `create_quick_find_action(window, library, bus)` returns
`actionQuickFind` (Ctrl+Shift+F), which opens or raises the one quick-find window. `einwandfrei
quick` runs it on its own (see `standalone`), so this package imports nothing until asked: the
stand-alone start pays only for what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from einwandfrei.ui.practice.quickfind.actions import QuickFindAction, create_quick_find_action
    from einwandfrei.ui.practice.quickfind.window import QuickFindWindow

__all__ = ["QuickFindAction", "QuickFindWindow", "create_quick_find_action"]


def __getattr__(name: str) -> Any:
    if name in ("QuickFindAction", "create_quick_find_action"):
        from einwandfrei.ui.practice.quickfind import actions

        return getattr(actions, name)
    if name == "QuickFindWindow":
        from einwandfrei.ui.practice.quickfind.window import QuickFindWindow

        return QuickFindWindow
    raise AttributeError(name)
