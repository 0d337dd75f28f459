"""What the library window lists, described without a database: sorts, rows and counts.

These plain types are shared by `listing` (which fills them) and the window (which shows them), and
importing them costs nothing: the window uses them before the library is open. The parts of the
library the window lists are `planning.library_part.LibraryPart`s.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from einwandfrei.planning.library_part import LibraryPart, PartKind


class SortKey(enum.StrEnum):
    """What a list can be sorted by."""

    LIBRARY = "library"  # by category (in the library's order), then as created
    TEXT = "text"
    CATEGORY = "category"
    RESPONSES = "responses"
    SUCCESS = "success"
    FAVOURITE = "favourite"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Sort:
    """A sort key and its direction."""

    key: SortKey = SortKey.LIBRARY
    descending: bool = False


def default_sort(part: LibraryPart) -> Sort:
    """How a part is listed until the user picks a column."""
    if part.kind is PartKind.TRASH:
        return Sort(SortKey.DELETED)
    if part.kind is PartKind.RECENT:
        return Sort(SortKey.UPDATED)
    return Sort()


@dataclass(frozen=True, slots=True)
class TeamMark:
    """What the list shows of a team objection: that it is one, whether the team's newer
    version waits beside the rep's own, and the team's counts over its answers."""

    waiting: bool = False
    used: int = 0
    worked: int = 0

    @property
    def success_rate(self) -> float | None:
        """How often its answers worked across the team (0…1); None while never used."""
        return None if self.used <= 0 else self.worked / self.used


@dataclass(frozen=True, slots=True)
class ObjectionRow:
    """The columns of one objection in the list."""

    id: int
    text: str
    category_id: int | None
    category: str | None
    colour: str
    favourite: bool
    responses: int
    times_used: int
    times_worked: int
    deleted: bool
    team: TeamMark | None = None
    """Set for a team objection when the list reads team marks (`team_marks`)."""

    @property
    def success_rate(self) -> float | None:
        """How often its answers worked when used (0…1); None while none was ever used."""
        if self.times_used <= 0:
            return None
        return self.times_worked / self.times_used


@dataclass(frozen=True, slots=True)
class LibraryCounts:
    """How many objections each part of the library holds (live ones; the Trash apart)."""

    total: int = 0
    favourites: int = 0
    uncategorised: int = 0
    trash: int = 0
    categories: dict[int, int] = field(default_factory=dict)
    tags: dict[int, int] = field(default_factory=dict)

    def of(self, part: LibraryPart) -> int | None:
        """The count shown beside a part in the sidebar; None where none is shown (Recent)."""
        if part.kind is PartKind.CATEGORY:
            return self.categories.get(part.target_id or 0, 0)
        if part.kind is PartKind.TAG:
            return self.tags.get(part.target_id or 0, 0)
        return {
            PartKind.ALL: self.total,
            PartKind.FAVOURITES: self.favourites,
            PartKind.UNCATEGORISED: self.uncategorised,
            PartKind.TRASH: self.trash,
        }.get(part.kind)


@dataclass(frozen=True, slots=True)
class NamedEntry:
    """A category, technique or tag (colour only for categories)."""

    id: int
    name: str
    colour: str = ""
