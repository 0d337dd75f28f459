"""Quick-find: the compact window that answers during a call (see `window`).

For the main window: `create_quick_find_action(window, library, library_changed)` returns
`actionQuickFind` (Ctrl+Shift+F), which opens or raises the one quick-find window. `einwandfrei
quick` runs it on its own (see `standalone`).
"""

from einwandfrei.ui.quickfind.actions import QuickFindAction, create_quick_find_action
from einwandfrei.ui.quickfind.window import QuickFindWindow

__all__ = ["QuickFindAction", "QuickFindWindow", "create_quick_find_action"]
