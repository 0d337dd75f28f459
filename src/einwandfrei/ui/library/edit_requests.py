"""What the editor asks for when the user changes something; the window turns it into undo steps.

The editor never writes to the library itself: it calls these requests, and `LibraryEditor`
(ui/undo/library_steps.py) carries them out as undoable commands. Each returns whether it worked (a
failure has been reported to the user already).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

ObjectionField = Literal["text", "concern", "probing_questions"]
ResponseField = Literal["text", "follow_up"]


class EditRequests(Protocol):
    """The changes the editor can ask for."""

    def create_objection(self, text: str, category_id: int | None, session: int) -> int | None:
        """Add an objection with this text; its id, or None if it failed."""
        ...

    def edit_objection_text(
        self, objection_id: int, field: ObjectionField, previous: str, new: str, session: int
    ) -> bool:
        """Change one of the objection's texts."""
        ...

    def set_kind(self, objection_id: int, kind: str) -> bool:
        """Say whether the objection is real, a smoke screen or a brush-off."""
        ...

    def set_category(self, objection_ids: Sequence[int], category_id: int | None) -> bool:
        """Move objections to a category (None: none)."""
        ...

    def set_favourite(self, objection_ids: Sequence[int], favourite: bool) -> bool:
        """Mark objections as favourites, or not."""
        ...

    def set_tags(self, objection_id: int, names: Sequence[str]) -> bool:
        """Give the objection exactly these tags."""
        ...

    def set_phrasings(self, objection_id: int, phrasings: Sequence[str]) -> bool:
        """Give the objection exactly these phrasings (how customers say it), in this order."""
        ...

    def create_category(self, name: str) -> int | None:
        """Add a category; its id, or None if it failed."""
        ...

    def add_response(
        self,
        objection_id: int,
        text: str,
        technique_id: int | None,
        follow_up: str,
        session: int,
    ) -> int | None:
        """Add a response to the objection; its id, or None if it failed."""
        ...

    def edit_response_text(
        self,
        objection_id: int,
        response_id: int,
        field: ResponseField,
        previous: str,
        new: str,
        session: int,
    ) -> bool:
        """Change a response's text or follow-up question."""
        ...

    def set_response_technique(
        self, objection_id: int, response_id: int, technique_id: int | None
    ) -> bool:
        """Change a response's technique."""
        ...

    def remove_response(self, objection_id: int, response_id: int) -> bool:
        """Remove a response from its objection."""
        ...

    def reorder_responses(self, objection_id: int, order: Sequence[int]) -> bool:
        """Put the objection's responses in this order."""
        ...
