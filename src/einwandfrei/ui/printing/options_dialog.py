"""The small dialog before printing: what to print, which objections, on which paper.

Its buttons do not print themselves: they emit the `PrintRequest` the user put together, and the
print controller previews, prints or exports it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.printing.jobs import LayoutKind, PrintRequest, paper_locale_name
from einwandfrei.printing.paper import Paper
from einwandfrei.store.library.list_views import NamedEntry


class Contents(enum.StrEnum):
    """Which objections a booklet or deck of cards holds."""

    ALL = "all"
    SELECTION = "selection"
    FAVORITES = "favorites"
    CATEGORY = "category"
    TAG = "tag"
    PLAN = "plan"


class Action(enum.StrEnum):
    """What the dialog's default button does."""

    PREVIEW = "preview"
    PRINT = "print"
    EXPORT = "export"


@dataclass(frozen=True, slots=True)
class PrintChoices:
    """What there is to print right now (read before the dialog opens)."""

    plan_id: int | None = None
    plan_title: str = ""
    selected_ids: tuple[int, ...] = ()
    categories: tuple[NamedEntry, ...] = ()
    tags: tuple[NamedEntry, ...] = ()
    has_favorites: bool = False


class PrintOptionsDialog(QDialog):
    """Choose layout, contents and paper; then Preview, Print or Export PDF."""

    previewRequested = Signal(object)  # PrintRequest
    printRequested = Signal(object)  # PrintRequest
    exportRequested = Signal(object)  # PrintRequest

    def __init__(
        self,
        choices: PrintChoices,
        *,
        layout: LayoutKind = LayoutKind.BOOKLET,
        contents: Contents = Contents.ALL,
        default_action: Action = Action.PREVIEW,
        locale_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printOptionsDialog")
        self.setWindowTitle(self.tr("Print"))
        self.choices = choices
        self._locale_name = locale_name if locale_name is not None else paper_locale_name()
        self._paper_chosen = False

        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        for kind in LayoutKind:
            if kind is LayoutKind.SHEET and choices.plan_id is None:
                continue
            self.layout_combo.addItem(kind.label(), kind)
        self.contents_combo = QComboBox(self)
        self.contents_combo.setObjectName("contentsCombo")
        self._fill_contents()
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        for paper in Paper:
            self.paper_combo.addItem(paper.label(), paper)
        self.backs_check = QCheckBox(self.tr("With &back sides for double-sided printing"), self)
        self.backs_check.setObjectName("backsCheck")

        form = QFormLayout()
        form.addRow(self.tr("&Layout:"), self.layout_combo)
        form.addRow(self.tr("&Objections:"), self.contents_combo)
        form.addRow(self.tr("P&aper:"), self.paper_combo)
        form.addRow("", self.backs_check)

        buttons = QDialogButtonBox(self)
        self.preview_button = self._button(buttons, "previewButton", self.tr("Pre&view…"))
        self.print_button = self._button(buttons, "printButton", self.tr("&Print…"))
        self.export_button = self._button(buttons, "exportButton", self.tr("&Export PDF…"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self.previewRequested.emit(self.request()))
        self.print_button.clicked.connect(lambda: self.printRequested.emit(self.request()))
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(self.request()))
        default = {
            Action.PREVIEW: self.preview_button,
            Action.PRINT: self.print_button,
            Action.EXPORT: self.export_button,
        }[default_action]
        default.setDefault(True)

        self.setMinimumWidth(440)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)

        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.paper_combo.activated.connect(self._paper_activated)
        self._select(self.layout_combo, layout)
        self._select(self.contents_combo, self._contents_key(contents))
        self._layout_changed()
        self.layout_combo.setFocus()

    def _button(self, buttons: QDialogButtonBox, name: str, text: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        assert isinstance(button, QPushButton)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _fill_contents(self) -> None:
        choices, combo = self.choices, self.contents_combo
        combo.addItem(self.tr("The whole library"), _key(Contents.ALL))
        if choices.selected_ids:
            combo.addItem(
                self.tr("The selected objections (%1)").replace(
                    "%1", str(len(choices.selected_ids))
                ),
                _key(Contents.SELECTION),
            )
        if choices.plan_id is not None:
            combo.addItem(
                self.tr("The objections of: %1").replace("%1", choices.plan_title),
                _key(Contents.PLAN),
            )
        if choices.has_favorites:
            combo.addItem(self.tr("The favourites"), _key(Contents.FAVORITES))
        for category in choices.categories:
            combo.addItem(
                self.tr("Category: %1").replace("%1", category.name),
                _key(Contents.CATEGORY, category.id),
            )
        for tag in choices.tags:
            combo.addItem(self.tr("Tag: %1").replace("%1", tag.name), _key(Contents.TAG, tag.id))

    def _contents_key(self, contents: Contents) -> str:
        for index in range(self.contents_combo.count()):
            key = str(self.contents_combo.itemData(index))
            if _unkey(key)[0] is contents:
                return key
        return _key(Contents.ALL)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _layout_changed(self) -> None:
        layout = self.chosen_layout()
        is_sheet = layout is LayoutKind.SHEET
        if is_sheet:
            self._select(self.contents_combo, _key(Contents.PLAN))
        self.contents_combo.setEnabled(not is_sheet)
        self.backs_check.setEnabled(layout is LayoutKind.CARDS)
        if not self._paper_chosen:
            paper = PrintRequest(layout).paper_for(self._locale_name)
            self._select(self.paper_combo, paper)

    def _paper_activated(self, _index: int) -> None:
        self._paper_chosen = True

    def chosen_layout(self) -> LayoutKind:
        """The chosen layout."""
        data = self.layout_combo.currentData()  # Qt hands string enums back as plain strings
        return LayoutKind(data) if data else LayoutKind.BOOKLET

    def request(self) -> PrintRequest:
        """The print job the dialog describes."""
        layout = self.chosen_layout()
        paper = self.paper_combo.currentData()
        contents, target = _unkey(str(self.contents_combo.currentData()))
        plan_id = self.choices.plan_id if layout is LayoutKind.SHEET else None
        part = LibraryPart()
        if layout is not LayoutKind.SHEET:
            if contents is Contents.SELECTION:
                part = LibraryPart.of_ids(self.choices.selected_ids)
            elif contents is Contents.FAVORITES:
                part = LibraryPart(PartKind.FAVOURITES)
            elif contents is Contents.CATEGORY and target is not None:
                part = LibraryPart(PartKind.CATEGORY, target)
            elif contents is Contents.TAG and target is not None:
                part = LibraryPart(PartKind.TAG, target)
            elif contents is Contents.PLAN:
                plan_id = self.choices.plan_id
        return PrintRequest(
            layout=layout,
            plan_id=plan_id,
            part=part,
            paper=Paper(paper) if paper else None,
            backs=layout is LayoutKind.CARDS and self.backs_check.isChecked(),
        )


def _key(contents: Contents, target: int | None = None) -> str:
    """The combo box data for an entry (Qt keeps plain strings reliably, not tuples)."""
    return f"{contents}:{'' if target is None else target}"


def _unkey(key: str) -> tuple[Contents, int | None]:
    contents, _, target = key.partition(":")
    return Contents(contents), int(target) if target.isdigit() else None
