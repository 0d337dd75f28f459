"""The one channel every change to the library goes through, from whoever made it to every view.

Writers (undo steps, the Calls view, imports and restores, drill grades, preferences) `publish` a
`planning.changes.Change`; views connect to `changed` and ask the change whether it concerns them.
Nothing is re-announced: a view that reacts to a change never publishes it again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from einwandfrei.planning.changes import Change


class ChangeBus(QObject):
    """Carries each `Change` to every subscriber, in the order they connected."""

    changed = Signal(object)  # Change

    def publish(self, change: Change) -> None:
        """Tell every view what changed."""
        self.changed.emit(change)
