"""The editor of the selected objection: its words large, what is behind it, then the responses.

Every field saves itself (see `text_fields`); the editor asks for changes through `EditRequests` and
shows what the library holds. A new objection starts as a draft and exists once it has words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.ui.library.edit_requests import EditRequests, ObjectionField

if TYPE_CHECKING:
    from einwandfrei.store.library.list_views import NamedEntry
    from einwandfrei.store.library.objection_detail import ObjectionDetail
    from einwandfrei.ui.library.editor_layout import EditorPage

_NEW_CATEGORY = "new"


class ObjectionEditor(QStackedWidget):
    """Shows and edits one objection; an empty page when none is selected."""

    restoreRequested = Signal(int)
    objectionCreated = Signal(int)
    shownChanged = Signal()
    """Another objection (or a draft, or none) is shown, or the shown one was read again."""
    newCategoryRequested = Signal()
    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectionEditor")
        self._requests: EditRequests | None = None
        self.objection_id: int | None = None
        self._draft_category: int | None = None
        self._category_id: int | None = None
        self._deleted = False
        self._read_only = False
        self._query = ""
        self._categories: list[NamedEntry] = []
        self._techniques: list[NamedEntry] = []
        self._tag_names: list[str] = []
        self._shown_phrasings: tuple[str, ...] = ()

        self.empty = QLabel(self)
        self.empty.setObjectName("editorPlaceholder")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setText(self.tr("Select an objection, or press Ctrl+N to add a new one."))
        self.addWidget(self.empty)
        self.page_area: QScrollArea | None = None

    def ensure_page(self) -> QScrollArea:
        """Build the editing page (on first need: the window paints without it)."""
        from einwandfrei.ui.library.editor_layout import EditorPage

        if self.page_area is not None:
            return self.page_area
        self.page_area = QScrollArea(self)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        page = EditorPage()
        self.page_area.setBackgroundRole(QPalette.ColorRole.Base)
        self.page_area.setWidget(page)
        self.addWidget(self.page_area)
        self._build(page)
        self._apply_vocabulary()
        self._apply_query()
        return self.page_area

    def _build(self, page: EditorPage) -> None:
        from einwandfrei.ui.widgets.text_fields import FieldBinding

        self.trash_banner, self.restore_button = page.trash_banner, page.restore_button
        self.text, self.favourite = page.text, page.favourite
        self.category, self.kind, self.tags = page.category, page.kind, page.tags
        self.concern, self.probing = page.concern, page.probing
        self.phrasings = page.phrasings
        self.responses, self.add_button = page.responses, page.add_button
        self.details = [
            self.tags,
            self.phrasings,
            self.concern,
            self.probing,
            self.kind,
            self.favourite,
        ]
        self.highlighters = page.highlighters
        if self._requests is not None:
            self.responses.set_requests(self._requests)

        self.restore_button.clicked.connect(self._restore_clicked)
        self.text_binding = FieldBinding(self.text, required=True)
        self.text_binding.committed.connect(self._text_committed)
        self.text_binding.refused.connect(
            lambda: self.notice.emit(
                self.tr("An objection needs its words; the previous text was kept.")
            )
        )
        self.favourite.clicked.connect(self._favourite_clicked)
        self.phrasings.edited.connect(self._phrasings_edited)
        self.category.activated.connect(self._category_chosen)
        self.kind.activated.connect(self._kind_chosen)
        self.tags_binding = FieldBinding(self.tags)
        self.tags_binding.committed.connect(self._tags_committed)
        self.concern_binding = FieldBinding(self.concern)
        self.concern_binding.committed.connect(
            lambda old, new, session: self._field_committed("concern", old, new, session)
        )
        self.probing_binding = FieldBinding(self.probing)
        self.probing_binding.committed.connect(
            lambda old, new, session: self._field_committed("probing_questions", old, new, session)
        )
        self.add_button.clicked.connect(self.add_response)

    # What is shown ---------------------------------------------------------------------------

    def set_requests(self, requests: EditRequests) -> None:
        """Send edits to `requests`."""
        self._requests = requests
        if self.page_area is not None:
            self.responses.set_requests(requests)

    def requests(self) -> EditRequests:
        """Where edits go."""
        assert self._requests is not None, "the editor has no library yet"
        return self._requests

    def set_vocabulary(
        self,
        categories: Sequence[NamedEntry],
        techniques: Sequence[NamedEntry],
        tags: Sequence[str],
    ) -> None:
        """The categories, techniques and tag names to offer."""
        self._categories = list(categories)
        self._techniques = list(techniques)
        self._tag_names = list(tags)
        if self.page_area is not None:
            self._apply_vocabulary()

    def _apply_vocabulary(self) -> None:
        self.tags.set_known_tags(self._tag_names)
        self._fill_categories(self._category_id)
        for card in self.responses.cards():
            card.set_techniques(self._techniques)

    def _fill_categories(self, selected: int | None) -> None:
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("No category"), None)
        for entry in self._categories:
            self.category.addItem(entry.name, entry.id)
        self.category.insertSeparator(self.category.count())
        self.category.addItem(self.tr("New category…"), _NEW_CATEGORY)
        self.category.blockSignals(False)
        self._select_category(selected)

    def _select_category(self, category_id: int | None) -> None:
        index = self.category.findData(category_id) if category_id is not None else 0
        self.category.setCurrentIndex(max(index, 0))

    def set_query(self, query: str) -> None:
        """Mark the words of the search in the texts."""
        self._query = query
        if self.page_area is not None:
            self._apply_query()

    def _apply_query(self) -> None:
        query = self._query
        for highlighter in self.highlighters:
            highlighter.set_query(query)
        for card in self.responses.cards():
            card.highlighter.set_query(query)

    def show_objection(self, detail: ObjectionDetail | None) -> None:
        """Show an objection as stored (None: the empty page)."""
        if detail is None:
            self.objection_id = None
            self.setCurrentWidget(self.empty)
            self.shownChanged.emit()
            return
        page = self.ensure_page()
        if detail.id != self.objection_id:
            self._end_sessions()
        self.objection_id = detail.id
        self._deleted = detail.deleted
        self.text_binding.load(detail.text)
        self.concern_binding.load(detail.concern)
        self.probing_binding.load(detail.probing_questions)
        self.tags_binding.load(", ".join(detail.tags))
        self.phrasings.load(detail.phrasings)
        self._shown_phrasings = detail.phrasings
        self._category_id = detail.category_id
        self._select_category(detail.category_id)
        self.kind.setCurrentIndex(max(self.kind.findData(detail.kind), 0))
        self.favourite.setChecked(detail.favourite)
        self.favourite.setText("★" if detail.favourite else "☆")
        self.responses.show_responses(detail.id, detail.responses, self._techniques, self._query)
        self._set_editable(not detail.deleted, draft=False)
        self.setCurrentWidget(page)
        self.shownChanged.emit()

    def start_draft(self, category_id: int | None) -> None:
        """An empty editor for a new objection, the cursor in its text."""
        page = self.ensure_page()
        self._end_sessions()
        self.objection_id = None
        self._deleted = False
        self._draft_category = category_id
        self._category_id = category_id
        for binding in (
            self.text_binding,
            self.concern_binding,
            self.probing_binding,
            self.tags_binding,
        ):
            binding.load("")
        self.phrasings.load(())
        self._select_category(category_id)
        self.kind.setCurrentIndex(0)
        self.favourite.setChecked(False)
        self.favourite.setText("☆")
        self.responses.show_responses(None, (), self._techniques, self._query)
        self._set_editable(True, draft=True)
        self.setCurrentWidget(page)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.shownChanged.emit()

    def add_banner(self, banner: QWidget) -> None:
        """Show a feature's bar at the top of the editing page (under the Trash's note)."""
        page = self.ensure_page().widget()
        assert page is not None
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        banner.setParent(page)
        layout.insertWidget(1, banner)

    def is_draft(self) -> bool:
        """Whether a new objection without words is being written."""
        return (
            self.page_area is not None
            and self.currentWidget() is self.page_area
            and self.objection_id is None
        )

    def set_read_only(self, read_only: bool) -> None:
        """Show objections without letting them change (a library opened read-only)."""
        self._read_only = read_only
        if self.page_area is not None and self.objection_id is not None:
            self._set_editable(not self._deleted, draft=False)

    def _set_editable(self, editable: bool, *, draft: bool) -> None:
        self.trash_banner.setVisible(not editable)
        editable = editable and not self._read_only
        self.text.setReadOnly(not editable)
        self.category.setEnabled(editable)
        for widget in self.details:
            widget.setEnabled(editable and not draft)
        self.responses.setEnabled(editable and not draft)
        self.add_button.setEnabled(editable and not draft)

    def _end_sessions(self) -> None:
        for binding in (self.text_binding, self.concern_binding, self.probing_binding):
            binding.end_session()

    def flush(self) -> bool:
        """Save every edit still waiting for the pause in typing; False if one could not be saved
        (it stays in its field)."""
        if self.page_area is None:
            return True
        bindings = (self.text_binding, self.concern_binding, self.probing_binding)
        # Every field is flushed, even after one has failed.
        saved = [binding.flush() for binding in (*bindings, self.tags_binding)]
        saved.append(self.responses.flush())
        return all(saved)

    def add_response(self) -> None:
        """Start a new response (the objection needs its words first)."""
        self.flush()
        page = self.ensure_page()
        if self.objection_id is None or self._deleted:
            self.notice.emit(self.tr("Write what the customer says first, then add responses."))
            self.text.setFocus()
            return
        self.setCurrentWidget(page)
        card = self.responses.add_draft()
        page.ensureWidgetVisible(card)

    def move_focused_response(self, offset: int) -> None:
        """Move the response the cursor is in up (-1) or down (+1)."""
        if self.page_area is not None:
            self.responses.move_focused(offset)

    # Edits -----------------------------------------------------------------------------------

    def _text_committed(self, previous: str, new: str, session: int) -> None:
        if self.objection_id is None:
            created = self.requests().create_objection(new, self._draft_category, session)
            if created is None:
                self.text_binding.saved = previous
                return
            self.objection_id = created
            self._set_editable(True, draft=False)
            self.objectionCreated.emit(created)
            self.shownChanged.emit()
        elif not self.requests().edit_objection_text(
            self.objection_id, "text", previous, new, session
        ):
            self.text_binding.saved = previous

    def _field_committed(
        self, field: ObjectionField, previous: str, new: str, session: int
    ) -> None:
        if self.objection_id is not None and not self.requests().edit_objection_text(
            self.objection_id, field, previous, new, session
        ):
            binding = self.concern_binding if field == "concern" else self.probing_binding
            binding.saved = previous

    def _tags_committed(self, previous: str, new: str, _session: int) -> None:
        from einwandfrei.ui.library.tags_field import TagsField

        if self.objection_id is not None and not self.requests().set_tags(
            self.objection_id, TagsField.split(new)
        ):
            self.tags_binding.saved = previous

    def _phrasings_edited(self, phrasings: tuple[str, ...]) -> None:
        if self.objection_id is None:
            return
        if not self.requests().set_phrasings(self.objection_id, phrasings):
            self.phrasings.load(self._shown_phrasings)
        else:
            self._shown_phrasings = phrasings

    def _category_chosen(self) -> None:
        data = self.category.currentData()
        if data == _NEW_CATEGORY:
            self._select_category(
                self._draft_category if self.objection_id is None else self._category_id
            )
            self.newCategoryRequested.emit()
            return
        category_id = data if isinstance(data, int) else None
        if self.objection_id is None:
            self._draft_category = category_id
        else:
            self.requests().set_category([self.objection_id], category_id)

    def choose_category(self, category_id: int) -> None:
        """Put the shown objection (or the draft) into a category just created."""
        self._select_category(category_id)
        self._category_chosen()

    def _kind_chosen(self) -> None:
        if self.objection_id is not None:
            self.requests().set_kind(self.objection_id, str(self.kind.currentData()))

    def _favourite_clicked(self) -> None:
        if self.objection_id is not None:
            self.requests().set_favourite([self.objection_id], self.favourite.isChecked())

    def _restore_clicked(self) -> None:
        if self.objection_id is not None:
            self.restoreRequested.emit(self.objection_id)
