"""Quick-find learns the customer's words: what was typed before picking an answer can become a
phrasing of that objection, with one key and no dialog — the call goes on.

When the rep copies an answer (Enter) after typing words that neither the objection's text nor one
of its phrasings already holds, the status line offers: "Ctrl+S remembers “kein Geld” for this
objection". Ctrl+S adds it (one undo step, on the main window's undo stack when quick-find belongs
to it), so the same words rank the objection first next time; Ctrl+Z right after takes it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoStack

from einwandfrei.planning.folding import search_terms
from einwandfrei.planning.library_content import identity_key
from einwandfrei.ui.widgets.key_names import key_text

if TYPE_CHECKING:
    from einwandfrei.planning.library_content import ObjectionRecord
    from einwandfrei.store.db.connection import Library
    from einwandfrei.ui.undo.library_steps import LibraryEditor

# Longer than this, what was typed is not a phrasing but a paste.
MAX_PHRASING = 120


def _keys(key: Qt.Key) -> str:
    """Ctrl and `key`, as the interface's language names them ("Strg+S" in German)."""
    return key_text(QKeySequence(Qt.Modifier.CTRL | key))


def _says(text: str, words: str) -> bool:
    """Whether `text` is the words typed, or holds each of them (as the beginning of a word)."""
    if identity_key(text) == identity_key(words):
        return True
    held = search_terms(text)
    return all(any(word.startswith(term) for word in held) for term in search_terms(words))


class PhrasingLearning(QObject):
    """Offers, remembers and takes back one phrasing at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor: LibraryEditor | None = None
        self.offer: tuple[int, str] | None = None  # objection id, the words typed
        self._undo_at: tuple[QUndoStack, int] | None = None  # the stack and its index after it

    def set_editor(self, editor: LibraryEditor | None) -> None:
        """Where remembered phrasings are written (None: quick-find cannot write)."""
        self.editor = editor

    def keep_own_undo(
        self, library: Library, changed: Callable[[], None], failed: Callable[[str], None]
    ) -> None:
        """Write into `library` with an undo stack of its own (quick-find on its own); `changed`
        after every step, `failed` told why one could not be made."""
        from einwandfrei.ui.change_bus import ChangeBus
        from einwandfrei.ui.undo.library_steps import LibraryEditor

        bus = ChangeBus(self)
        bus.changed.connect(lambda _change: changed())
        editor = LibraryEditor(library, QUndoStack(self), bus, origin=self)
        editor.setParent(self)
        editor.failed.connect(failed)
        self.set_editor(editor)

    def picked(self, record: ObjectionRecord, query: str) -> str | None:
        """The rep took `record`'s answer after typing `query`: the offer to show, if any."""
        self.offer = None
        words = " ".join(query.split())
        if self.editor is None or record.id is None or not words or len(words) > MAX_PHRASING:
            return None
        if any(_says(text, words) for text in (record.text, *record.phrasings)):
            return None
        self.offer = (record.id, words)
        return (
            self.tr("%2 remembers “%1” for this objection")
            .replace("%1", words)
            .replace("%2", _keys(Qt.Key.Key_S))
        )

    def forget_offer(self) -> None:
        """The rep typed on: the offer no longer stands (a remembered one stays undoable only
        until then too)."""
        self.offer = None
        self._undo_at = None

    def remember(self) -> str | None:
        """Add the offered words as a phrasing; what to say about it (None: nothing offered)."""
        if self.offer is None or self.editor is None:
            return None
        objection_id, words = self.offer
        self.offer = None
        if not self.editor.remember_phrasing(objection_id, words):
            return ""  # the editor has said why
        stack = self.editor.undo_stack
        self._undo_at = (stack, stack.index())
        return (
            self.tr("Remembered “%1” · %2 takes it back")
            .replace("%1", words)
            .replace("%2", _keys(Qt.Key.Key_Z))
        )

    def undo(self) -> bool:
        """Take back the phrasing just remembered, if nothing else was done since."""
        if self._undo_at is None:
            return False
        stack, index = self._undo_at
        self._undo_at = None
        if stack.index() != index or not stack.canUndo():
            return False
        stack.undo()
        return True
