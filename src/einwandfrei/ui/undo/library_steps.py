"""Every change the window makes, as an undo step on the session's undo stack.

`LibraryEditor` carries out the editor's requests (`EditRequests`) and the menu's operations
(delete, restore, purge, favourite, move to a category, imports; named lists in
`named_list_steps`), each through `store.library`, and publishes what changed on the change bus —
by whoever asked (`acting_for`), or by the undo stack when a step is undone or redone — and which
objection an undo concerns (`focusRequested`). It never builds SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from einwandfrei.planning.changes import Aspect, Change
from einwandfrei.ui.change_bus import ChangeBus
from einwandfrei.ui.error_text import error_text
from einwandfrei.ui.library.edit_requests import ObjectionField
from einwandfrei.ui.undo.named_list_steps import VocabularySteps
from einwandfrei.ui.undo.response_steps import ResponseSteps
from einwandfrei.ui.undo.steps import Step, TextStep, created_id

if TYPE_CHECKING:
    from einwandfrei.planning.library_content import LibraryContent
    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.library.snapshots import Snapshot
    from einwandfrei.store.transfer.undoable_import import ImportChange


class LibraryEditor(ResponseSteps, QObject):
    """Makes changes undoable and announces them."""

    focusRequested = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        language: str = "",
        *,
        origin: object | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.undo_stack = undo_stack
        self.bus = bus
        self.language = language
        self.origin = origin
        self.vocabulary = VocabularySteps(self)

    def acting_for(self, origin: object) -> LibraryEditor:
        """The same editing, its changes published as made by `origin` (a view that then skips
        their echo); its focus requests and failures are this one's."""
        sibling = LibraryEditor(
            self.library, self.undo_stack, self.bus, self.language, origin=origin
        )
        sibling.setParent(self)
        sibling.focusRequested.connect(self.focusRequested)
        sibling.failed.connect(self.failed)
        return sibling

    # StepContext ------------------------------------------------------------------------------

    def after_step(self, change: Change, focus: int | None) -> None:
        self.bus.publish(change.by(self.undo_stack))
        if focus is not None:
            self.focusRequested.emit(focus)

    def step_failed(self, message: str) -> None:
        self.failed.emit(message)

    def explain(self, error: Exception) -> str:
        """One sentence in the interface's language for a change that could not be made."""
        from einwandfrei.store.db.errors import ConflictError, NotFoundError
        from einwandfrei.store.library.objection_edits import EmptyTextError

        if isinstance(error, EmptyTextError):
            return self.tr("A text cannot be empty; the previous text was kept.")
        if isinstance(error, ConflictError):
            return self.tr("That name is taken already; please choose another one.")
        if isinstance(error, NotFoundError):
            return self.tr("It was deleted in the meantime, so the change was not made.")
        return error_text(error)  # a read-only file or folder is named in the store's sentence

    def push(self, step: Step) -> bool:
        from einwandfrei.store.db.errors import LibraryError

        try:
            step.perform()
        except LibraryError as error:
            self.failed.emit(self.explain(error))
            return False
        self.undo_stack.push(step)
        self.bus.publish(step.change().by(self.origin))
        return True

    def step(
        self,
        text: str,
        change: Callable[[], Change],
        do: Callable[[], object],
        undo: Callable[[], object],
        redo: Callable[[], object] | None = None,
        *,
        focus: Callable[[], int | None] = lambda: None,
        absorbs: Callable[[Step], bool] | None = None,
    ) -> bool:
        return self.push(Step(self, text, change, do, undo, redo, focus=focus, absorbs=absorbs))

    # Objections ------------------------------------------------------------------------------

    def create_objection(self, text: str, category_id: int | None, session: int) -> int | None:
        from einwandfrei.store.library import objection_edits

        state: dict[str, object] = {}

        def do() -> None:
            state["id"] = objection_edits.create_objection(
                self.library, text, category_id=category_id, language=self.language
            )

        def undo() -> None:
            state["snapshot"] = objection_edits.purge_objections(
                self.library, [created_id(state)], trashed_only=False
            )

        def redo() -> None:
            snapshot = state["snapshot"]
            assert not isinstance(snapshot, int)
            objection_edits.reinstate(self.library, snapshot)  # type: ignore[arg-type]

        def absorbs(other: Step) -> bool:
            # Typing on in the new objection's text is part of creating it.
            return isinstance(other, TextStep) and other.key == (
                "objection",
                state.get("id"),
                "text",
                session,
            )

        done = self.step(
            self.tr("New objection"),
            lambda: Change.about([created_id(state)], Aspect.CREATED),
            do,
            undo,
            redo,
            focus=lambda: created_id(state),
            absorbs=absorbs,
        )
        return created_id(state) if done else None

    def edit_objection_text(
        self, objection_id: int, field: ObjectionField, previous: str, new: str, session: int
    ) -> bool:
        from einwandfrei.store.library import objection_edits

        labels = {
            "text": self.tr("Edit objection"),
            "concern": self.tr("Edit what is behind it"),
            "probing_questions": self.tr("Edit probing questions"),
        }
        return self.push(
            TextStep(
                self,
                labels[field],
                ("objection", objection_id, field, session),
                previous,
                new,
                lambda value: objection_edits.set_objection_text(
                    self.library, objection_id, field, value
                ),
                lambda: Change.words(objection_id, field),
                lambda: objection_id,
            )
        )

    def set_kind(self, objection_id: int, kind: str) -> bool:
        from einwandfrei.store.library import objection_edits

        previous: list[str] = []
        return self.step(
            self.tr("Change kind"),
            lambda: Change.about([objection_id], Aspect.KIND),
            lambda: previous.append(objection_edits.set_kind(self.library, objection_id, kind)),
            lambda: objection_edits.set_kind(self.library, objection_id, previous[0]),
            lambda: objection_edits.set_kind(self.library, objection_id, kind),
            focus=lambda: objection_id,
        )

    def set_favourite(self, objection_ids: Sequence[int], favourite: bool) -> bool:
        from einwandfrei.store.library import objection_edits

        ids = list(objection_ids)
        previous: dict[int, bool] = {}
        return self.step(
            self.tr("Favourite") if favourite else self.tr("Not a favourite"),
            lambda: Change.about(ids, Aspect.FAVOURITE),
            lambda: previous.update(objection_edits.set_favourite(self.library, ids, favourite)),
            lambda: objection_edits.restore_favourites(self.library, previous),
            focus=lambda: ids[0] if len(ids) == 1 else None,
        )

    def set_category(self, objection_ids: Sequence[int], category_id: int | None) -> bool:
        from einwandfrei.store.library import objection_edits

        ids = list(objection_ids)
        previous: dict[int, int | None] = {}
        return self.step(
            self.tr("Move to category"),
            lambda: Change.about(ids, Aspect.MOVED),
            lambda: previous.update(
                objection_edits.move_to_category(self.library, ids, category_id)
            ),
            lambda: objection_edits.restore_categories(self.library, previous),
            focus=lambda: ids[0] if len(ids) == 1 else None,
        )

    def set_tags(self, objection_id: int, names: Sequence[str]) -> bool:
        from einwandfrei.store.library import objection_edits

        wanted = list(names)
        previous: list[str] = []
        return self.step(
            self.tr("Change tags"),
            lambda: Change.tagged([objection_id]),
            lambda: previous.extend(objection_edits.set_tags(self.library, objection_id, wanted)),
            lambda: objection_edits.set_tags(self.library, objection_id, previous),
            lambda: objection_edits.set_tags(self.library, objection_id, wanted),
            focus=lambda: objection_id,
        )

    def set_phrasings(
        self, objection_id: int, phrasings: Sequence[str], label: str | None = None
    ) -> bool:
        """Give the objection exactly these phrasings (how customers say it)."""
        from einwandfrei.store.library import phrasings as store

        wanted = list(phrasings)
        previous: list[str] = []
        return self.step(
            label or self.tr("Change how customers say it"),
            lambda: Change.about([objection_id], Aspect.PHRASINGS),
            lambda: previous.extend(store.set_phrasings(self.library, objection_id, wanted)),
            lambda: store.set_phrasings(self.library, objection_id, previous),
            lambda: store.set_phrasings(self.library, objection_id, wanted),
            focus=lambda: objection_id,
        )

    def remember_phrasing(self, objection_id: int, phrasing: str) -> bool:
        """Add one phrasing at the end of the objection's own (quick-find's “remember”)."""
        from einwandfrei.store.library import phrasings as store

        with self.library.read() as connection:
            current = store.read_phrasings(connection, objection_id)
        return self.set_phrasings(
            objection_id,
            [*current, phrasing],
            self.tr("Remember “%1”").replace("%1", " ".join(phrasing.split())),
        )

    def delete(self, objection_ids: Sequence[int]) -> bool:
        """Move objections to the Trash."""
        from einwandfrei.store.library import objection_edits

        deleted: list[int] = []
        return self.step(
            self.tr("Move to Trash"),
            lambda: Change.about(deleted or objection_ids, Aspect.DELETED),
            lambda: deleted.extend(objection_edits.delete_objections(self.library, objection_ids)),
            lambda: objection_edits.restore_objections(self.library, deleted),
            lambda: objection_edits.delete_objections(self.library, deleted),
            focus=lambda: deleted[0] if deleted else None,
        )

    def restore(self, objection_ids: Sequence[int]) -> bool:
        """Take objections out of the Trash."""
        from einwandfrei.store.library import objection_edits

        restored: list[int] = []
        return self.step(
            self.tr("Restore from Trash"),
            lambda: Change.about(restored or objection_ids, Aspect.RESTORED),
            lambda: restored.extend(
                objection_edits.restore_objections(self.library, objection_ids)
            ),
            lambda: objection_edits.delete_objections(self.library, restored),
            lambda: objection_edits.restore_objections(self.library, restored),
            focus=lambda: restored[0] if restored else None,
        )

    def purge(self, objection_ids: Sequence[int]) -> bool:
        """Delete objections in the Trash for good (undoable while the window is open)."""
        from einwandfrei.store.library import objection_edits

        kept: list[Snapshot] = []

        def do() -> None:
            kept[:] = [objection_edits.purge_objections(self.library, objection_ids)]

        return self.step(
            self.tr("Delete for good"),
            lambda: Change.about(objection_ids, Aspect.DELETED),
            do,
            lambda: objection_edits.reinstate(self.library, kept[0]),
        )

    # Named lists -----------------------------------------------------------------------------

    def create_category(self, name: str) -> int | None:
        return self.vocabulary.add_named("categories", name)

    # Imports ---------------------------------------------------------------------------------

    def push_import(self, label: str, content: LibraryContent, done: ImportChange) -> None:
        """Put an import made in the background on the undo stack."""
        from einwandfrei.store.transfer.undoable_import import import_undoably, undo_import

        state = {"change": done}

        def redo() -> None:
            state["change"] = import_undoably(self.library, content)

        self.step(
            label,
            Change.whole_library,
            lambda: None,
            lambda: undo_import(self.library, state["change"]),
            redo,
        )
