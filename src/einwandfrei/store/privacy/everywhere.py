"""Forgetting a customer everywhere Einwandfrei keeps data: the library, every copy of it in the
data folder, and the log files — then checking every byte of those folders.

The copies are the backups in `backups/` and libraries set aside beside the library
(`library.sqlite3.damaged-…`). Each is rewritten the way the library is (`erase_customer`, then
`compact`); one that cannot be — damaged, from a newer Einwandfrei, unreadable — is deleted, and the
report says which and why. What interrupted work left behind (`….partial`, `….creating`) is
deleted. The copies are done first and the library last, so if the work is interrupted the
customer is still in the library and forgetting them again finishes the job; copies written in the
meantime are done after the library.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.private_files import make_private
from einwandfrei.store.db.backup_ladder import parse_backup_name, quick_check_passes
from einwandfrei.store.db.connection import Library, stored_revision
from einwandfrei.store.db.errors import LibraryError, sqlite_detail
from einwandfrei.store.db.schema import KNOWN_REVISIONS
from einwandfrei.store.privacy.forget_customer import (
    Erased,
    ForgetTarget,
    compact,
    erase_customer,
    names_in_copy,
    read_target,
)
from einwandfrei.store.privacy.mentions import Mentions

_COMPANIONS = ("-journal", "-wal", "-shm")
_LEFTOVER_MARKS = (".partial", ".creating")


@dataclass(slots=True)
class ForgetReport:
    """What forgetting a customer did, file by file."""

    target: ForgetTarget
    library: Erased
    rewritten: list[Path] = field(default_factory=list)
    """Copies rewritten without the customer."""
    dropped: list[tuple[Path, Message | str]] = field(default_factory=list)
    """Copies that could not be rewritten and were deleted, with the reason."""
    removed: list[Path] = field(default_factory=list)
    """Leftovers of interrupted work, deleted."""
    logs: list[Path] = field(default_factory=list)
    """Log files the name was taken out of."""
    still_named: list[Path] = field(default_factory=list)
    """Files that still hold the name afterwards (none, unless something outside Einwandfrei's
    own files names them, such as an export saved into the data folder)."""

    def sentences(self) -> list[Message]:
        """The report in a few sentences (the window translates them; the CLI prints them)."""
        lines = [
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{name}” was erased for good. Call plans: {plans}; call logs: {logs}; "
                    "texts elsewhere that named them: {texts}; backups rewritten: {copies}.",
                ),
                name=self.target.name,
                plans=self.library.plans,
                logs=self.library.call_logs,
                texts=self.library.texts,
                copies=len(self.rewritten),
            )
        ]
        lines.extend(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The backup {path} could not be rewritten ({reason}), so it was deleted.",
                ),
                path=path,
                reason=reason,
            )
            for path, reason in self.dropped
        )
        if self.still_named:
            lines.append(still_named_message(self.still_named))
        return lines


def still_named_message(paths: list[Path]) -> Message:
    """The sentence for files that still name the customer."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "These files still contain the name, and Einwandfrei does not rewrite them: {files}.",
        ),
        files=", ".join(str(path) for path in paths),
    )


def forget_everywhere(
    library: Library, customer_id: int, *, log_folder: Path | None = None
) -> ForgetReport:
    """Forget the customer in the library, every copy in its data folder and the log files in
    `log_folder`, then look for the name in every file there (`ForgetReport.still_named`)."""
    data_dir = library.path.parent
    with library.read() as connection:
        target = read_target(connection, customer_id)
    mentions = target.mentions()
    for copy in _copies(data_dir, library.path):
        mentions = mentions | _names_in(copy, target)
    done: set[Path] = set()
    rewritten: list[Path] = []
    dropped: list[tuple[Path, Message | str]] = []

    def do_copies() -> None:
        for copy in _copies(data_dir, library.path):
            if copy in done:
                continue
            done.add(copy)
            reason = _rewrite(copy, target, mentions)
            if reason is None:
                rewritten.append(copy)
            else:
                _drop(copy)
                dropped.append((copy, reason))

    do_copies()
    with library.write() as connection:
        erased = erase_customer(connection, target, mentions)
    _compact_library(library)
    do_copies()
    report = ForgetReport(target, erased, rewritten, dropped, _remove_leftovers(data_dir))
    folders = [data_dir]
    if log_folder is not None and log_folder.is_dir():
        report.logs = _clean_logs(log_folder, mentions)
        folders.append(log_folder)
    report.still_named = files_naming(folders, mentions)
    return report


def library_copies(library_path: Path) -> list[Path]:
    """The backups and set-aside libraries in the library's data folder (what forgetting a
    customer rewrites)."""
    return _copies(library_path.parent, library_path)


def _copies(data_dir: Path, library_path: Path) -> list[Path]:
    """The library files in the data folder other than the library: backups and set-aside ones."""
    copies = []
    backups = data_dir / "backups"
    if backups.is_dir():
        copies += [path for path in backups.iterdir() if parse_backup_name(path) is not None]
    prefix = library_path.name + "."
    for path in data_dir.iterdir():
        name = path.name
        if (
            path.is_file()
            and name.startswith(prefix)
            and not name.endswith(_COMPANIONS)
            and not any(mark in name for mark in _LEFTOVER_MARKS)
        ):
            copies.append(path)
    return sorted(copies)


def _names_in(copy: Path, target: ForgetTarget) -> Mentions:
    """How `copy` named the customer (read only; nothing if it cannot be read)."""
    engine = _copy_engine(copy, read_only=True)
    try:
        with engine.connect() as connection:
            return names_in_copy(connection, target)
    except (DBAPIError, sqlite3.Error):
        return Mentions.of(())
    finally:
        engine.dispose()


def _copy_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on a copy: foreign keys (for the cascades), `secure_delete`, writing transactions
    that take the lock up front; its journal mode is left as the file has it."""
    mode = "ro" if read_only else "rw"
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True),
        poolclass=NullPool,
    )

    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA secure_delete = ON")

    event.listen(engine, "connect", configure)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def _rewrite(copy: Path, target: ForgetTarget, mentions: Mentions) -> Message | str | None:
    """Rewrite one copy without the customer; the reason it cannot be, or None when done."""
    try:
        revision = stored_revision(copy)
    except LibraryError as error:
        return getattr(error, "detail", error.message)
    if revision is None:
        return None  # an empty database holds nothing
    if revision not in KNOWN_REVISIONS:
        return Message(QT_TRANSLATE_NOOP("Messages", "it was written by a newer Einwandfrei"))
    if not quick_check_passes(copy):
        return Message(QT_TRANSLATE_NOOP("Messages", "it is damaged"))
    engine = _copy_engine(copy)
    try:
        with Library(copy, engine).write() as connection:
            erase_customer(connection, target, mentions)
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            compact(raw)  # type: ignore[arg-type]
            raw.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
    except LibraryError as error:
        return error.message
    except DBAPIError as error:
        return sqlite_detail(error.orig or error)
    except sqlite3.Error as error:
        return sqlite_detail(error)
    finally:
        engine.dispose()
    make_private(copy)
    return None


def _drop(copy: Path) -> None:
    for path in (copy, *(copy.with_name(copy.name + suffix) for suffix in _COMPANIONS)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _compact_library(library: Library) -> None:
    """Rebuild the library file and empty its write-ahead log (see `compact`)."""
    try:
        with library.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            compact(raw)  # type: ignore[arg-type]
    except DBAPIError as error:
        raise LibraryError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The library {path} could not be compacted ({reason}); run the command "
                    "again to finish.",
                ),
                path=library.path,
                reason=sqlite_detail(error.orig or error),
            )
        ) from error


def _remove_leftovers(data_dir: Path) -> list[Path]:
    """Delete what interrupted backups and first starts left in the data folder."""
    removed = []
    folders = [data_dir, data_dir / "backups"]
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.is_file() and any(mark in path.name for mark in _LEFTOVER_MARKS):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
    return removed


def _clean_logs(folder: Path, mentions: Mentions) -> list[Path]:
    """Take the name out of the log files in `folder`; returns those changed."""
    cleaned = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.is_symlink():
            continue
        try:
            text = path.read_bytes().decode("utf-8", "surrogateescape")
        except OSError:
            continue
        redacted = mentions.redact(text)
        if redacted == text:
            continue
        # A temporary file is created 0600 (mkstemp), and keeps that mode when renamed.
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{path.name}.", delete=False
        ) as handle:
            handle.write(redacted.encode("utf-8", "surrogateescape"))
        Path(handle.name).replace(path)
        cleaned.append(path)
    return cleaned


def byte_pattern(mentions: Mentions) -> re.Pattern[bytes] | None:
    """The name's forms in a file's bytes (case aside for ASCII letters)."""
    forms = mentions.byte_forms()
    if not forms:
        return None
    return re.compile(b"|".join(re.escape(form) for form in forms), re.IGNORECASE)


def _files(folder: Path) -> Iterator[Path]:
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if not path.is_symlink():
                yield path


def files_naming(folders: list[Path], mentions: Mentions) -> list[Path]:
    """Every file under `folders` whose bytes contain a form of the name."""
    pattern = byte_pattern(mentions)
    if pattern is None:
        return []
    found = []
    for folder in folders:
        for path in _files(folder):
            if _contains(path, pattern.search):
                found.append(path)
    return sorted(found)


def _contains(path: Path, search: Callable[[Any], object]) -> bool:
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                return False
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view:
                return search(view) is not None
    except (OSError, ValueError):
        return False
