"""Errors the store reports. Each message is one sentence a user can act on.

The sentence is a `Message`: `str(error)` is the English, `error.message` is what the window
translates (see `einwandfrei.messages`).
"""

from __future__ import annotations

from pathlib import Path

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message, as_message


class LibraryError(Exception):
    """A library cannot be opened, read or written; `str()` is the sentence to show."""

    def __init__(self, message: Message) -> None:
        self.message = as_message(message)  # plain text only arrives from unpickling
        super().__init__(self.message.render())


class NewerLibraryError(LibraryError):
    """The library was written by a newer Einwandfrei; it is left untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The library {path} was written by a newer Einwandfrei (schema {revision}); "
                    "update the app to open it — the file was left untouched.",
                ),
                path=path,
                revision=revision,
            )
        )
        self.path = path
        self.revision = revision


class DamagedLibraryError(LibraryError):
    """The file is not a readable Einwandfrei library; `detail` says what is wrong with it."""

    def __init__(self, path: Path, detail: Message | str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The library {path} is damaged and cannot be read ({detail}); "
                    "restore a backup with `einwandfrei restore FILE` — the file was left "
                    "untouched.",
                ),
                path=path,
                detail=detail,
            )
        )
        self.path = path
        self.detail = detail


class ReadOnlyLibraryError(LibraryError):
    """A folder cannot be written (`path`), or the library cannot be and SQLite did not say why.

    A library file that is itself read-only is a `ReadOnlyLibraryFileError` instead: its sentence
    names the file, not the folder.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Einwandfrei cannot write to {path}; check that the folder is writable, "
                    "or choose another data folder with --data-dir.",
                ),
                path=path,
            )
        )
        self.path = path


class ReadOnlyLibraryFileError(LibraryError):
    """The library file (or its write-ahead log beside it) is read-only, in a writable folder.

    Not a `ReadOnlyLibraryError`: that one asks the user to check the folder, which is fine here.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The library file {path} is read-only; make it writable and try again.",
                ),
                path=path,
            )
        )
        self.path = path


# SQLite's words for the failures a user meets, so the window can say them in its language.
_SQLITE_DETAILS = {
    "file is not a database": QT_TRANSLATE_NOOP("Messages", "file is not a database"),
    "database disk image is malformed": QT_TRANSLATE_NOOP(
        "Messages", "database disk image is malformed"
    ),
    "disk I/O error": QT_TRANSLATE_NOOP("Messages", "disk I/O error"),
    "database or disk is full": QT_TRANSLATE_NOOP("Messages", "database or disk is full"),
}


def sqlite_detail(error: BaseException | str) -> Message | str:
    """SQLite's reason for a failure: a message when it is a common one, else its own text."""
    text = str(error)
    template = _SQLITE_DETAILS.get(text)
    return text if template is None else Message(template)


def library_busy(path: Path) -> Message:
    """The sentence for a library that another program holds locked."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The library {path} is busy in another program; close it there or try again.",
        ),
        path=path,
    )


class NotFoundError(LibraryError):
    """A record that an operation names does not exist (or is in the Trash)."""


class ConflictError(LibraryError):
    """A record changed elsewhere since it was read, or a name is already taken."""
