"""A line of comma-separated tags that completes the tag being typed from the tags in use."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from einwandfrei.ui.widgets.text_fields import route_undo_to_window


class TagsField(QLineEdit):
    """Tags as "budget, first call"; the word after the last comma is completed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectionTags")
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags"))
        route_undo_to_window(self)
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    @staticmethod
    def split(text: str) -> list[str]:
        """The tags in a line of text."""
        return [part.strip() for part in text.split(",") if part.strip()]

    def set_known_tags(self, names: Sequence[str]) -> None:
        """The tags to complete from."""
        self._names.setStringList(list(names))

    def _popup(self) -> QAbstractItemView:
        popup = self._completer.popup()
        assert popup is not None
        return popup

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _complete(self) -> None:
        word = self._current_word()
        self._completer.setCompletionPrefix(word)
        if not word or self._completer.completionCount() == 0:
            self._popup().hide()
            return
        self._completer.complete()

    def _insert(self, completion: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head, _, _ = before.rpartition(",")
        prefix = f"{head}, " if head else ""
        self.setText(f"{prefix}{completion}, {after.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(prefix) + len(completion) + 2)
