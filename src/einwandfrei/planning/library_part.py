"""A part of the library: what the sidebar lists, a search looks in, a booklet prints, a drill uses.

One plain, immutable value for all of them. What differs between those uses is not part of it:
the list's sort order, whether a drill crams, which layout a print job makes — those belong to the
caller. `store.library.library_parts.part_condition` turns a part into SQL.

`key()` is the part's text form for settings; `from_key` reads it back, also every key an earlier
version wrote for a sidebar view ("all", "favourites", "category:3", …).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass


class PartKind(enum.StrEnum):
    """The kinds of part: the smart lists, a category or tag, chosen objections, a call's."""

    ALL = "all"  # every live objection
    FAVOURITES = "favourites"
    RECENT = "recent"  # the most recently edited
    TRASH = "trash"  # deleted, not yet gone for good
    CATEGORY = "category"
    UNCATEGORISED = "uncategorised"
    TAG = "tag"
    IDS = "ids"  # the objections named, in that order
    PLAN = "plan"  # the objections expected in a call plan

    @property
    def has_target(self) -> bool:
        """Whether a part of this kind names a category, tag or plan."""
        return self in (PartKind.CATEGORY, PartKind.TAG, PartKind.PLAN)


@dataclass(frozen=True, slots=True)
class LibraryPart:
    """One part of the library.

    A category or tag is named by its id (`target_id`) or, where the user typed it (the command
    line), by its `name`; a plan by its id; `ids` are the objections of an `IDS` part.
    """

    kind: PartKind = PartKind.ALL
    target_id: int | None = None
    name: str = ""
    ids: tuple[int, ...] = ()

    @classmethod
    def of_ids(cls, ids: Sequence[int]) -> LibraryPart:
        """The given objections, in that order."""
        return cls(PartKind.IDS, ids=tuple(ids))

    @property
    def is_trash(self) -> bool:
        """Whether the part is the Trash (deleted objections)."""
        return self.kind is PartKind.TRASH

    def key(self) -> str:
        """A stable text form, for settings (`from_key` reads it back; `IDS` parts are not kept)."""
        if self.kind.has_target and self.target_id is not None:
            return f"{self.kind.value}:{self.target_id}"
        return self.kind.value

    @classmethod
    def from_key(cls, key: str) -> LibraryPart:
        """The part a `key()` names; the whole library for anything unknown or incomplete."""
        kind_text, _, target = key.partition(":")
        try:
            kind = PartKind(kind_text)
        except ValueError:
            return cls()
        if kind.has_target:
            return cls(kind, int(target)) if target.isdigit() else cls()
        if kind is PartKind.IDS:
            return cls()
        return cls(kind)


WHOLE_LIBRARY = LibraryPart()
"""Every live objection (the default part)."""
