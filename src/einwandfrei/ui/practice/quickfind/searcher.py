"""Searching off the GUI thread, so that typing never waits for the database.

Every keystroke hands the newest query to a worker thread. A query still running for older text is
interrupted (SQLite's `interrupt()`), and queries typed while the worker was busy collapse into the
newest one, so the answer on screen catches up with the last keystroke as fast as the search
itself allows. Answers are cached per query text until the library changes, so Backspace is
instant.

The worker is a plain Python thread that reports through the signals of a small relay object,
queued into the GUI thread. The relay belongs to the application, never to the worker, so it is
only ever deleted in the GUI thread, and only after the worker was told to stop — from then on the
worker emits nothing. When the searcher goes, its worker stops.

When quick-find runs on its own, the worker also opens the library: SQLAlchemy is imported there,
after the window has painted.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections import OrderedDict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from einwandfrei.store.db.interrupt import InterruptedReadError, Interrupter
from einwandfrei.ui.error_text import error_text

if TYPE_CHECKING:
    from einwandfrei.planning.library_content import ObjectionRecord
    from einwandfrei.store.db.connection import Library

log = logging.getLogger(__name__)

# The best match and the next ones, one key away.
MATCH_LIMIT = 8
_CACHE_SIZE = 256
_STOP_WAIT_S = 5.0
_PAINT_WAIT_S = 0.1


class _Relay(QObject):
    """Carries the worker's news into the GUI thread."""

    finished = Signal(str, object, bool)
    opened = Signal()
    failed = Signal(str)


class _Worker:
    """The search thread: takes the newest wish, answers it, waits for the next."""

    def __init__(self, relay: _Relay) -> None:
        self.relay = relay
        self.library: Library | None = None
        self.owns_library = False
        self._wake = threading.Condition()
        self._open: tuple[Path, str | None, bool] | None = None
        self._use: Library | None = None
        self._wanted: str | None = None
        self._painted: str | None = None
        self._running: str | None = None
        self._stopping = False
        self._interrupter = Interrupter()
        self._cache: OrderedDict[str, list[ObjectionRecord]] = OrderedDict()
        self._thread: threading.Thread | None = None

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="quick-find", daemon=True)
            self._thread.start()

    def open_folder(self, data_dir: Path, language: str | None, starter: bool) -> None:
        with self._wake:
            self._open = (data_dir, language, starter)
            self._start()
            self._wake.notify()

    def use_library(self, library: Library) -> None:
        with self._wake:
            self._use = library
            self._start()
            self._wake.notify()

    def want(self, query: str) -> None:
        with self._wake:
            self._wanted = query
            if self._running is not None and self._running != query:
                self._interrupter.interrupt()
            self._start()
            self._wake.notify()

    def painted(self, query: str) -> None:
        with self._wake:
            self._painted = query
            self._wake.notify()

    def _await_painted(self, query: str) -> bool:
        """Let the GUI paint the best answer before reading on (the two share the GIL).

        False when newer text is already waiting: the other matches of `query` are not needed.
        """
        with self._wake:
            self._wake.wait_for(
                lambda: self._painted == query or self._stopping or self._wanted is not None,
                _PAINT_WAIT_S,
            )
            return self._wanted is None and not self._stopping

    def forget(self) -> None:
        with self._wake:
            self._cache.clear()

    def stop(self, *, wait: bool) -> None:
        """Stop the thread (call in the GUI thread); nothing is emitted afterwards."""
        with self._wake:
            if self._stopping:
                return
            self._stopping = True
            self._interrupter.interrupt()
            self._wake.notify()
            thread = self._thread
        with contextlib.suppress(RuntimeError):  # at exit, Qt may have deleted it already
            self.relay.deleteLater()
        if wait and thread is not None:
            thread.join(_STOP_WAIT_S)

    def _emit(self, signal: str, *arguments: object) -> None:
        # Under the lock and only while running: `stop` deletes the relay once it has the lock.
        with self._wake:
            if not self._stopping:
                getattr(self.relay, signal).emit(*arguments)

    # In the worker thread.
    def _loop(self) -> None:
        try:
            while True:
                with self._wake:
                    while not (
                        self._stopping
                        or self._open is not None
                        or self._use is not None
                        or (self._wanted is not None and self.library is not None)
                    ):
                        self._wake.wait()
                    if self._stopping:
                        return
                    folder, self._open = self._open, None
                    library, self._use = self._use, None
                    query = None
                    if folder is None and library is None:
                        query, self._wanted = self._wanted, None
                        cached = self._cache.get(query) if query is not None else None
                        self._running = query if cached is None else None
                if folder is not None:
                    self._open_folder(*folder)
                elif library is not None:
                    self.library, self.owns_library = library, False
                    self._emit("opened")
                elif query is not None:
                    results = cached if cached is not None else self._search(query)
                    self._answer(query, results)
        finally:
            if self.owns_library and self.library is not None:
                self.library.close()
            self.library = None

    def _open_folder(self, data_dir: Path, language: str | None, starter: bool) -> None:
        from einwandfrei.library_folder import open_data_folder
        from einwandfrei.store.db.errors import LibraryError

        try:
            self.library = open_data_folder(  # quick-find only reads: read-only media will do
                data_dir, language=language, starter=starter, backup=False, read_only_ok=True
            )
        except LibraryError as error:
            self._emit("failed", error_text(error))
            return
        self.owns_library = True
        self._emit("opened")

    def _answer(self, query: str, results: list[ObjectionRecord] | None) -> None:
        with self._wake:
            self._running = None
            if results is None:
                return
            self._cache[query] = results
            self._cache.move_to_end(query)
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        self._emit("finished", query, results, True)

    def _search(self, query: str) -> list[ObjectionRecord] | None:
        from einwandfrei.store.db.errors import LibraryError
        from einwandfrei.store.library.record_reading import read_objections
        from einwandfrei.store.library.search import search_ids

        assert self.library is not None
        try:
            with self._interrupter.reading(self.library) as connection:
                ids = search_ids(connection, query, MATCH_LIMIT)
                # The best match first, so its answer shows while the others are read.
                best = read_objections(connection, ids[:1])
                if len(ids) > 1:
                    self._emit("finished", query, best, False)
                    if not self._await_painted(query):
                        return None  # newer text is waiting
                return best + read_objections(connection, ids[1:])
        except InterruptedReadError:
            return None  # newer text is waiting
        except LibraryError as error:
            log.warning("quick-find could not search for %r: %s", query, error)
            self._emit("failed", error_text(error))
            return None


class QuickSearcher(QObject):
    """Searches a library in a worker thread; `resultsReady(query, records, complete)` answers.

    A query with several matches is answered twice: first with the best match alone (`complete`
    False), then with all of them, best first.
    """

    resultsReady = Signal(str, object, bool)
    libraryOpened = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        application = QCoreApplication.instance()
        assert application is not None, "quick-find needs a QApplication"
        # Owned by the application (see the module's docstring), deleted by the worker's `stop`.
        self._relay = _Relay(application)
        self._relay.finished.connect(self.resultsReady)
        self._relay.opened.connect(self.libraryOpened)
        self._relay.failed.connect(self.failed)
        self._worker = _Worker(self._relay)
        application.aboutToQuit.connect(partial(self._worker.stop, wait=True))
        # Should the searcher go without `close()`, its thread still stops (and closes the library).
        weakref.finalize(self, self._worker.stop, wait=False)

    def open_data_folder(
        self, data_dir: Path, *, language: str | None = None, starter: bool = True
    ) -> None:
        """Open (or create) the library in `data_dir` in the worker; it is closed with us."""
        self._worker.open_folder(data_dir, language, starter)

    @property
    def library(self) -> Library | None:
        """The library searched (None until it is open)."""
        return self._worker.library

    def use_library(self, library: Library) -> None:
        """Search an already open library (its owner closes it)."""
        self._worker.use_library(library)

    def search(self, query: str) -> None:
        """Look for `query`; the answer arrives through `resultsReady`."""
        self._worker.want(query)

    def painted(self, query: str) -> None:
        """The first answer for `query` is on screen: the worker may read the other matches."""
        self._worker.painted(query)

    def invalidate(self) -> None:
        """Forget cached answers (the library changed)."""
        self._worker.forget()

    def close(self) -> None:
        """Stop the worker thread (closing the library if it opened it)."""
        self._worker.stop(wait=True)
