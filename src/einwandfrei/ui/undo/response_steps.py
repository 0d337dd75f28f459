"""The response half of `LibraryEditor`: adding, rewording, re-assigning, removing and reordering
an objection's responses, each as one undo step (mixed into `LibraryEditor`, whose `push` and
`step` put the steps on the stack and publish their changes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from einwandfrei.planning.changes import Change
from einwandfrei.ui.library.edit_requests import ResponseField
from einwandfrei.ui.undo.steps import Step, StepContext, TextStep, created_id

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library


class Editing(StepContext, Protocol):
    """What the response steps need of `LibraryEditor`."""

    library: Library

    def push(self, step: Step) -> bool:
        """Make the step's change and put it on the undo stack; False if it failed."""
        ...

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
        """Make a change as one undo step."""
        ...


class ResponseSteps:
    """Changes to an objection's responses, as undo steps (their labels are translated in the
    context of `LibraryEditor`, where they were written first)."""

    def add_response(
        self: Editing,
        objection_id: int,
        text: str,
        technique_id: int | None,
        follow_up: str,
        session: int,
    ) -> int | None:
        from einwandfrei.store.library import objection_edits, response_edits

        state: dict[str, object] = {}

        def do() -> None:
            state["id"] = response_edits.add_response(
                self.library, objection_id, text, technique_id=technique_id, follow_up=follow_up
            )

        def undo() -> None:
            state["snapshot"] = response_edits.discard_response(self.library, created_id(state))

        def redo() -> None:
            objection_edits.reinstate(self.library, state["snapshot"])  # type: ignore[arg-type]

        def absorbs(other: Step) -> bool:
            return isinstance(other, TextStep) and other.key == (
                "response",
                state.get("id"),
                "text",
                session,
            )

        done = self.step(
            QCoreApplication.translate("LibraryEditor", "Add response"),
            lambda: Change.responses([objection_id]),
            do,
            undo,
            redo,
            focus=lambda: objection_id,
            absorbs=absorbs,
        )
        return created_id(state) if done else None

    def edit_response_text(
        self: Editing,
        objection_id: int,
        response_id: int,
        field: ResponseField,
        previous: str,
        new: str,
        session: int,
    ) -> bool:
        from einwandfrei.store.library import response_edits

        return self.push(
            TextStep(
                self,
                QCoreApplication.translate("LibraryEditor", "Edit response")
                if field == "text"
                else QCoreApplication.translate("LibraryEditor", "Edit follow-up question"),
                ("response", response_id, field, session),
                previous,
                new,
                lambda value: response_edits.set_response_text(
                    self.library, response_id, field, value
                ),
                lambda: Change.response_words(objection_id),
                lambda: objection_id,
            )
        )

    def set_response_technique(
        self: Editing, objection_id: int, response_id: int, technique_id: int | None
    ) -> bool:
        from einwandfrei.store.library import response_edits

        previous: list[int | None] = []

        def do() -> None:
            previous.append(
                response_edits.set_response_technique(self.library, response_id, technique_id)
            )

        return self.step(
            QCoreApplication.translate("LibraryEditor", "Change technique"),
            lambda: Change.responses([objection_id]),
            do,
            lambda: response_edits.set_response_technique(self.library, response_id, previous[0]),
            lambda: response_edits.set_response_technique(self.library, response_id, technique_id),
            focus=lambda: objection_id,
        )

    def remove_response(self: Editing, objection_id: int, response_id: int) -> bool:
        from einwandfrei.store.library import response_edits

        return self.step(
            QCoreApplication.translate("LibraryEditor", "Remove response"),
            lambda: Change.responses([objection_id]),
            lambda: response_edits.remove_response(self.library, response_id),
            lambda: response_edits.unremove_response(self.library, response_id),
            focus=lambda: objection_id,
        )

    def reorder_responses(self: Editing, objection_id: int, order: Sequence[int]) -> bool:
        from einwandfrei.store.library import response_edits

        wanted = list(order)
        previous: list[int] = []
        return self.step(
            QCoreApplication.translate("LibraryEditor", "Reorder responses"),
            lambda: Change.responses([objection_id]),
            lambda: previous.extend(
                response_edits.reorder_responses(self.library, objection_id, wanted)
            ),
            lambda: response_edits.reorder_responses(self.library, objection_id, previous),
            lambda: response_edits.reorder_responses(self.library, objection_id, wanted),
            focus=lambda: objection_id,
        )
