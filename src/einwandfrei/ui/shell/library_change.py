"""What a change to the library touched, so that every view refreshes no more than it must."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """Sent with `MainWindow.libraryChanged` after every change.

    `objection_ids`: objections whose content changed. `membership`: objections came, went or moved
    between views (created, deleted, restored, moved to a category, (un)favoured, (re)tagged), so
    lists and counts are out of date. `vocabulary`: categories, techniques or tags changed.
    `everything`: the whole library may differ (an import, a restored backup). Views that do not
    care about the details simply refresh.
    """

    objection_ids: frozenset[int] = frozenset()
    membership: bool = False
    vocabulary: bool = False
    everything: bool = False

    @classmethod
    def content(cls, objection_ids: Iterable[int]) -> LibraryChange:
        """Objections whose texts changed, nothing else."""
        return cls(frozenset(objection_ids))

    @classmethod
    def moved(cls, objection_ids: Iterable[int], *, vocabulary: bool = False) -> LibraryChange:
        """Objections that changed and may have entered or left views."""
        return cls(frozenset(objection_ids), membership=True, vocabulary=vocabulary)

    @classmethod
    def all(cls) -> LibraryChange:
        """Anything may have changed."""
        return cls(membership=True, vocabulary=True, everything=True)
