"""Errors the store reports. Each message is one sentence a user can act on."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """A library cannot be opened, read or written; `str()` is the sentence to show."""


class NewerLibraryError(LibraryError):
    """The library was written by a newer Einwandfrei; it is left untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The library {path} was written by a newer Einwandfrei (schema {revision}); "
            "update the app to open it — the file was left untouched."
        )
        self.path = path
        self.revision = revision


class DamagedLibraryError(LibraryError):
    """The file is not a readable Einwandfrei library."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The library {path} is damaged and cannot be read ({detail}); "
            "restore a backup with `einwandfrei restore FILE` — the file was left untouched."
        )
        self.path = path
        self.detail = detail


class ReadOnlyLibraryError(LibraryError):
    """The library or its folder cannot be written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Einwandfrei cannot write to {path}; check that the folder is writable, "
            "or choose another data folder with --data-dir."
        )
        self.path = path


class NotFoundError(LibraryError):
    """A record that an operation names does not exist (or is in the Trash)."""


class ConflictError(LibraryError):
    """A record changed elsewhere since it was read, or a name is already taken."""
