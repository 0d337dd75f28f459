"""What the library window lists, described without a database: views, sorts, rows and counts.

These plain types are shared by `listing` (which fills them) and the window (which shows them), and
importing them costs nothing: the window uses them before the library is open.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ViewKind(enum.StrEnum):
    """The parts of the library the sidebar offers."""

    ALL = "all"
    FAVOURITES = "favourites"
    RECENT = "recent"
    TRASH = "trash"
    CATEGORY = "category"
    UNCATEGORISED = "uncategorised"
    TAG = "tag"


@dataclass(frozen=True, slots=True)
class LibraryView:
    """One part of the library: a smart list, a category or a tag."""

    kind: ViewKind = ViewKind.ALL
    target_id: int | None = None

    @property
    def is_trash(self) -> bool:
        """Whether the view lists the Trash (deleted objections)."""
        return self.kind is ViewKind.TRASH

    def key(self) -> str:
        """A stable text form, for settings (`from_key` reads it back)."""
        return self.kind.value if self.target_id is None else f"{self.kind.value}:{self.target_id}"

    @classmethod
    def from_key(cls, key: str) -> LibraryView:
        """The view a `key()` names; the whole library for anything unknown."""
        kind_text, _, target = key.partition(":")
        try:
            kind = ViewKind(kind_text)
        except ValueError:
            return cls()
        if kind in (ViewKind.CATEGORY, ViewKind.TAG):
            if not target.isdigit():
                return cls()
            return cls(kind, int(target))
        return cls(kind)


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


def default_sort(view: LibraryView) -> Sort:
    """How a view is sorted until the user picks a column."""
    if view.kind is ViewKind.TRASH:
        return Sort(SortKey.DELETED)
    if view.kind is ViewKind.RECENT:
        return Sort(SortKey.UPDATED)
    return Sort()


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

    def of(self, view: LibraryView) -> int | None:
        """The count shown beside a view; None where none is shown (Recent)."""
        if view.kind is ViewKind.CATEGORY:
            return self.categories.get(view.target_id or 0, 0)
        if view.kind is ViewKind.TAG:
            return self.tags.get(view.target_id or 0, 0)
        return {
            ViewKind.ALL: self.total,
            ViewKind.FAVOURITES: self.favourites,
            ViewKind.UNCATEGORISED: self.uncategorised,
            ViewKind.TRASH: self.trash,
        }.get(view.kind)


@dataclass(frozen=True, slots=True)
class NamedEntry:
    """A category, technique or tag (colour only for categories)."""

    id: int
    name: str
    colour: str = ""
