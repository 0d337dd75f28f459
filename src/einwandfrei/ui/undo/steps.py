"""Undo steps: each wraps a change already made in the library and knows how to take it back.

A step is *done* before it is pushed (`perform`), so a change that fails is reported and never
lands on the undo stack; Qt's first call of `redo()` at the push is then skipped. Undo and redo
each run in one transaction of their own (the `store.editing` functions do). A step that fails to
undo or redo (the library changed elsewhere in a way that forbids it) reports why and is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from einwandfrei.planning.changes import Change

log = logging.getLogger(__name__)

MERGEABLE = 0x45_49_4E  # the id() of steps that take part in merging


class StepContext(Protocol):
    """Where steps report to."""

    def after_step(self, change: Change, focus: int | None) -> None:
        """A step was undone or redone."""
        ...

    def step_failed(self, message: str) -> None:
        """A step could not be undone or redone; `message` is one sentence."""
        ...

    def explain(self, error: Exception) -> str:
        """The sentence to show for an error."""
        ...


Action = Callable[[], object]


class Step(QUndoCommand):
    """A change made by `do`, taken back by `undo`, made again by `redo` (default: `do`)."""

    def __init__(
        self,
        context: StepContext,
        text: str,
        change: Callable[[], Change],
        do: Action,
        undo: Action,
        redo: Action | None = None,
        *,
        focus: Callable[[], int | None] = lambda: None,
        absorbs: Callable[[Step], bool] | None = None,
    ) -> None:
        super().__init__(text)
        self.context = context
        self.change = change
        self.focus = focus
        self._do, self._undo, self._redo = do, undo, redo or do
        self._absorbs = absorbs
        self._pushed = False

    def perform(self) -> None:
        """Make the change the first time (raises `LibraryError` if it cannot be made)."""
        self._do()

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # `perform` made the change already
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Action) -> None:
        from einwandfrei.store.db.errors import LibraryError

        try:
            action()
        except LibraryError as error:
            log.warning("undo/redo of %r failed: %s", self.text(), error)
            self.setObsolete(True)
            self.context.step_failed(self.context.explain(error))
            self.context.after_step(Change.whole_library(), None)
            return
        self.context.after_step(self.change(), self.focus())

    def id(self) -> int:
        return MERGEABLE if self._absorbs is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return self._absorbs is not None and isinstance(other, Step) and self._absorbs(other)


class TextStep(Step):
    """An edit of one text field; further typing in the same session merges into it."""

    def __init__(
        self,
        context: StepContext,
        text: str,
        key: tuple[object, ...],
        previous: str,
        new: str,
        write: Callable[[str], object],
        change: Callable[[], Change],
        focus: Callable[[], int | None],
    ) -> None:
        self.key = key
        self.previous = previous
        self.new = new
        self._write = write
        super().__init__(
            context,
            text,
            change,
            lambda: write(self.new),
            lambda: write(self.previous),
            focus=focus,
            absorbs=self._merges,
        )

    def _merges(self, other: Step) -> bool:
        if not isinstance(other, TextStep) or other.key != self.key:
            return False
        self.new = other.new
        if self.new == self.previous:
            self.setObsolete(True)
        return True


def created_id(state: dict[str, object]) -> int:
    """The id a step's `do` put into `state["id"]` (what it created)."""
    value = state["id"]
    assert isinstance(value, int)
    return value
