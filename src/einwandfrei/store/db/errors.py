"""Errors the store reports, and the one place where SQLite's failures are told apart.

Each message is one sentence a user can act on. The sentence is a `Message`: `str(error)` is the
English, `error.message` is what the window translates (see `einwandfrei.messages`).

SQLite's failures are sorted by their error code (`sqlite3.Error.sqlite_errorcode`), never by the
words of the message, in `library_error` (one exception: a stored text that is not valid UTF-8 is
reported by Python's `sqlite3` module itself, without a code, and is damage too):

- a `KnownError` is something about the file or its disk that the user can put right: a read-only
  file or folder, a library busy in another program, a damaged file, a full or failing disk;
- an `InterruptedReadError` is a read another thread stopped on purpose (quick-find);
- a `BugError` is everything else: SQLite refused what the app asked, which is a fault of ours.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message, as_message


class LibraryError(Exception):
    """A library cannot be opened, read or written; `str()` is the sentence to show."""

    def __init__(self, message: Message) -> None:
        self.message = as_message(message)  # plain text only arrives from unpickling
        super().__init__(self.message.render())


class KnownError(LibraryError):
    """A problem with the library file or its disk that the user can put right."""


class BugError(LibraryError):
    """SQLite refused what the app asked of it: a fault of the app, not of the user's file."""

    def __init__(self, path: Path, reason: Message | str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("Messages", "The library {path} could not be used ({reason})."),
                path=path,
                reason=reason,
            )
        )
        self.path = path


class NewerLibraryError(KnownError):
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


class DamagedLibraryError(KnownError):
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


class ReadOnlyLibraryError(KnownError):
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


class ReadOnlyLibraryFileError(KnownError):
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


class BusyLibraryError(KnownError):
    """Another program holds the library locked for longer than the busy timeout."""

    def __init__(self, path: Path) -> None:
        super().__init__(library_busy(path))
        self.path = path


class DiskFullError(KnownError):
    """The disk (or the file system's quota) holding the library has no room left."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The disk holding the library {path} is full; free some space and try "
                    "again — nothing was lost.",
                ),
                path=path,
            )
        )
        self.path = path


class DiskFailureError(KnownError):
    """The operating system could not read or write the library (a failing or removed disk)."""

    def __init__(self, path: Path, reason: Message | str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The library {path} could not be read or written ({reason}); check the disk "
                    "it is on and try again.",
                ),
                path=path,
                reason=reason,
            )
        )
        self.path = path


class InterruptedReadError(LibraryError):
    """A read that another thread stopped on purpose (`store.db.interrupt.Interrupter`)."""

    def __init__(self) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP("Messages", "The search was interrupted.")))


def library_busy(path: Path) -> Message:
    """The sentence for a library that another program holds locked."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The library {path} is busy in another program; close it there or try again.",
        ),
        path=path,
    )


def sqlite_code(error: BaseException | None) -> int | None:
    """SQLite's primary result code behind `error` (`sqlite3.SQLITE_BUSY`, …), if it has one.

    Follows SQLAlchemy's wrapping (`.orig`) and Python's chaining (`__cause__`); extended codes
    (`SQLITE_IOERR_READ`, …) are reduced to their primary code.
    """
    seen = error
    while seen is not None:
        code = getattr(seen, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DISK = {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_NOLFS, sqlite3.SQLITE_PROTOCOL}

# SQLite's reasons for the failures a user meets, so the window can say them in its language.
_DETAILS = {
    sqlite3.SQLITE_NOTADB: QT_TRANSLATE_NOOP("Messages", "file is not a database"),
    sqlite3.SQLITE_CORRUPT: QT_TRANSLATE_NOOP("Messages", "database disk image is malformed"),
    sqlite3.SQLITE_IOERR: QT_TRANSLATE_NOOP("Messages", "disk I/O error"),
    sqlite3.SQLITE_FULL: QT_TRANSLATE_NOOP("Messages", "database or disk is full"),
}
_DETAIL_TEXTS = {template: template for template in _DETAILS.values()}


def sqlite_detail(error: BaseException | str) -> Message | str:
    """SQLite's reason for a failure: a translatable message for the common ones, else its words.

    An error from SQLite is known by its code; other errors (an `OSError`) and plain text by their
    words, which for these four are SQLite's own.
    """
    code = None if isinstance(error, str) else sqlite_code(error)
    template = _DETAILS.get(code) if code is not None else _DETAIL_TEXTS.get(str(error))
    if template is None:
        return str(error)
    return Message(template)


def library_error(path: Path, error: BaseException) -> LibraryError:
    """The error to report for SQLite's `error` on the library at `path`, sorted by its code."""
    if undecodable(error):
        return DamagedLibraryError(path, unreadable_text())
    code = sqlite_code(error)
    if code == sqlite3.SQLITE_INTERRUPT:
        return InterruptedReadError()
    if code in _READ_ONLY:
        return read_only_error(path)
    if code in _DAMAGED:
        return DamagedLibraryError(path, sqlite_detail(error))
    if code in _BUSY:
        return BusyLibraryError(path)
    if code == sqlite3.SQLITE_FULL:
        return DiskFullError(path)
    if code in _DISK:
        return DiskFailureError(path, sqlite_detail(error))
    return BugError(path, sqlite_detail(_innermost(error)))


# The words Python's sqlite3 module (not SQLite) uses for a stored text that is not valid UTF-8;
# it raises OperationalError without an SQLite error code, so the words are all there is.
_UNDECODABLE = "Could not decode to UTF-8"


def undecodable(error: BaseException) -> bool:
    """Whether `error` is a stored text that is not valid UTF-8: damaged bytes in a row."""
    inner = _innermost(error)
    return isinstance(inner, sqlite3.OperationalError) and str(inner).startswith(_UNDECODABLE)


def unreadable_text() -> Message:
    """The detail for a damaged text row."""
    return Message(QT_TRANSLATE_NOOP("Messages", "a text in it is not valid UTF-8"))


def _innermost(error: BaseException) -> BaseException:
    """The DB-API error inside SQLAlchemy's wrapper (its words name the statement otherwise)."""
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, BaseException) else error


def writable(path: Path) -> bool:
    """Whether this process may write `path` (permissions, ACLs, a read-only disk)."""
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def side_files(path: Path) -> tuple[Path, ...]:
    """The files SQLite keeps beside the library while it is open: its logs and shared memory."""
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def read_only_error(path: Path) -> LibraryError:
    """The sentence for a write SQLite refused at `path`, naming what is read-only.

    A read-only file (or a read-only log beside it) is named; otherwise the folder, mostly one
    where SQLite cannot create its log.
    """
    folder = path.parent
    if folder.is_dir() and not writable(folder):
        return ReadOnlyLibraryError(folder)
    for candidate in (path, *side_files(path)):
        # A file that cannot even be read is not "read-only"; the general sentence covers it.
        if candidate.is_file() and os.access(candidate, os.R_OK) and not writable(candidate):
            return ReadOnlyLibraryFileError(candidate)
    return ReadOnlyLibraryError(path)


class NotABackupError(KnownError):
    """A file offered as a backup is no Einwandfrei library at all (not a database, another
    program's database, an empty one)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{path} is not an Einwandfrei backup."), path=path
            )
        )
        self.path = path


class DamagedBackupError(KnownError):
    """A backup that is an Einwandfrei library, but fails SQLite's integrity check."""

    def __init__(self, path: Path, detail: Message | str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The backup {path} is damaged ({detail}); choose another one."
                ),
                path=path,
                detail=detail,
            )
        )
        self.path = path
        self.detail = detail


class NotFoundError(LibraryError):
    """A record that an operation names does not exist (or is in the Trash)."""


class ConflictError(LibraryError):
    """A record changed elsewhere since it was read, or a name is already taken."""
