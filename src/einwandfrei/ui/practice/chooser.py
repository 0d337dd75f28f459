"""Choosing what to drill (objectName `practiceChooser`): today's drills, favourites, a category,
a tag or an upcoming call — each a part of the library — and whether to cram."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.drills.queue import PracticeRequest
from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.library.library_parts import part_choices
from einwandfrei.store.practice.upcoming_calls import upcoming_calls
from einwandfrei.ui.practice.practice_wording import call_label, translate

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True, slots=True)
class PracticeChoice:
    """One entry of the chooser: what it drills and the title the session shows."""

    request: PracticeRequest
    title: str


def due_title() -> str:
    """The title of today's drills."""
    return translate("PracticeChooser", "Due today")


def favourites_title() -> str:
    """The title of a favourites session."""
    return translate("PracticeChooser", "Favourites")


def read_choices(connection: Connection, now: datetime) -> list[PracticeChoice]:
    """Everything the user can drill: today, favourites, categories, tags, upcoming calls."""
    parts = part_choices(connection)
    choices = [
        PracticeChoice(PracticeRequest(LibraryPart()), due_title()),
        PracticeChoice(PracticeRequest(LibraryPart(PartKind.FAVOURITES)), favourites_title()),
    ]
    choices += [
        PracticeChoice(
            PracticeRequest(LibraryPart(PartKind.CATEGORY, category.id)),
            translate("PracticeChooser", "Category: %1").replace("%1", category.name),
        )
        for category in parts.categories
    ]
    choices += [
        PracticeChoice(
            PracticeRequest(LibraryPart(PartKind.TAG, tag.id)),
            translate("PracticeChooser", "Tag: %1").replace("%1", tag.name),
        )
        for tag in parts.tags
    ]
    choices += [
        PracticeChoice(
            PracticeRequest(LibraryPart(PartKind.PLAN, call.plan_id)),
            translate("PracticeChooser", "Before the call with %1").replace(
                "%1", call_label(call.customer, call.scheduled_at)
            ),
        )
        for call in upcoming_calls(connection, since=now)
        if call.objection_ids
    ]
    return choices


class PracticeChooser(QDialog):
    """A list of what can be drilled and a cram switch; `chosen()` says what was picked."""

    def __init__(
        self,
        choices: list[PracticeChoice],
        *,
        kind: PartKind = PartKind.ALL,
        cram: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practiceChooser")
        self.setWindowTitle(self.tr("Practise"))
        self.choices = choices
        label = QLabel(self.tr("&What would you like to drill?"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("practiceChoice")
        label.setBuddy(self.combo)
        for choice in choices:
            self.combo.addItem(choice.title)
        first_of_kind = next(
            (index for index, choice in enumerate(choices) if choice.request.part.kind is kind),
            0,
        )
        self.combo.setCurrentIndex(first_of_kind)
        self.cram = QCheckBox(
            self.tr("&Cram: go through all of them now — the schedule stays as it is"), self
        )
        self.cram.setObjectName("practiceCram")
        self.cram.setChecked(cram)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("&Start"))
        start.setObjectName("practiceStart")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.cram)
        layout.addWidget(self.buttons)

    def chosen(self) -> PracticeChoice | None:
        """The picked entry with the cram switch applied; None if there is nothing to pick."""
        index = self.combo.currentIndex()
        if not 0 <= index < len(self.choices):
            return None
        choice = self.choices[index]
        request = PracticeRequest(choice.request.part, cram=self.cram.isChecked())
        title = choice.title
        if request.cram:
            title = self.tr("%1 (cram)").replace("%1", title)
        return PracticeChoice(request, title)
