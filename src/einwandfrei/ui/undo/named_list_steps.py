"""Undo steps for the library's named lists: categories, techniques and tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from einwandfrei.planning.changes import Change, Vocabulary

if TYPE_CHECKING:
    from einwandfrei.store.library.named_lists import NamedTable
    from einwandfrei.store.library.snapshots import Snapshot
    from einwandfrei.ui.undo.library_steps import LibraryEditor


class VocabularySteps(QObject):
    """Adds, renames, reorders, colours and deletes entries, each as one undo step."""

    def __init__(self, editing: LibraryEditor) -> None:
        super().__init__(editing)
        self.editing = editing

    @staticmethod
    def _id(state: dict[str, object]) -> int:
        value = state["id"]
        assert isinstance(value, int)
        return value

    def add_named(self, table: NamedTable, name: str) -> int | None:
        """Add a category, technique or tag."""
        from einwandfrei.store.library import named_lists, objection_edits

        state: dict[str, object] = {}

        def do() -> None:
            state["id"] = named_lists.add_named(self.editing.library, table, name)

        def undo() -> None:
            state["snapshot"] = named_lists.delete_named(
                self.editing.library, table, self._id(state)
            )

        done = self.editing.step(
            self.tr("Add “%1”").replace("%1", " ".join(name.split())),
            lambda: Change.named_lists(Vocabulary(table)),
            do,
            undo,
            lambda: objection_edits.reinstate(self.editing.library, state["snapshot"]),  # type: ignore[arg-type]
        )
        return self._id(state) if done else None

    def rename_named(self, table: NamedTable, entry_id: int, name: str) -> bool:
        """Rename a category, technique or tag."""
        from einwandfrei.store.library import named_lists

        previous: list[str] = []
        return self.editing.step(
            self.tr("Rename “%1”").replace("%1", " ".join(name.split())),
            lambda: Change.named_lists(Vocabulary(table), regrouped=table == "tags"),
            lambda: previous.append(
                named_lists.rename_named(self.editing.library, table, entry_id, name)
            ),
            lambda: named_lists.rename_named(self.editing.library, table, entry_id, previous[0]),
            lambda: named_lists.rename_named(self.editing.library, table, entry_id, name),
        )

    def delete_named(self, table: NamedTable, entry_id: int) -> bool:
        """Delete a category, technique or tag (what used it is left without it)."""
        from einwandfrei.store.library import named_lists, objection_edits

        kept: list[Snapshot] = []

        def do() -> None:
            kept[:] = [named_lists.delete_named(self.editing.library, table, entry_id)]

        return self.editing.step(
            self.tr("Delete"),
            lambda: Change.named_lists(Vocabulary(table), regrouped=True),
            do,
            lambda: objection_edits.reinstate(self.editing.library, kept[0]),
        )

    def reorder_named(self, table: NamedTable, order: Sequence[int]) -> bool:
        """Put categories or techniques in this order."""
        from einwandfrei.store.library import named_lists

        assert table != "tags"
        wanted = list(order)
        previous: list[int] = []
        return self.editing.step(
            self.tr("Reorder"),
            lambda: Change.named_lists(Vocabulary(table)),
            lambda: previous.extend(named_lists.reorder_named(self.editing.library, table, wanted)),
            lambda: named_lists.reorder_named(self.editing.library, table, previous),
            lambda: named_lists.reorder_named(self.editing.library, table, wanted),
        )

    def set_category_colour(self, category_id: int, colour: str) -> bool:
        """Give a category a colour."""
        from einwandfrei.store.library import named_lists

        previous: list[str] = []
        return self.editing.step(
            self.tr("Change colour"),
            lambda: Change.named_lists(Vocabulary.CATEGORIES),
            lambda: previous.append(
                named_lists.set_category_colour(self.editing.library, category_id, colour)
            ),
            lambda: named_lists.set_category_colour(self.editing.library, category_id, previous[0]),
            lambda: named_lists.set_category_colour(self.editing.library, category_id, colour),
        )
