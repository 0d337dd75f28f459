"""Another thread stops a running read, and the reader learns it was interrupted, not broken."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from einwandfrei.store.db.connection import Library
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.store.db.interrupt import InterruptedReadError, Interrupter

_ENDLESS = text(
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
    "SELECT count(*) FROM n WHERE x < 10000000000"
)


def test_a_read_is_stopped_from_another_thread(empty_library: Library) -> None:
    interrupter = Interrupter()
    started = threading.Event()

    def interrupt_soon() -> None:
        started.wait(5)
        time.sleep(0.05)
        interrupter.interrupt()

    helper = threading.Thread(target=interrupt_soon)
    helper.start()
    began = time.monotonic()
    with pytest.raises(InterruptedReadError), interrupter.reading(empty_library) as connection:
        started.set()
        connection.execute(_ENDLESS).scalar()
    helper.join()
    assert time.monotonic() - began < 5
    # The connection is usable again, and a later read is not taken for interrupted.
    with interrupter.reading(empty_library) as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1


def test_interrupting_while_nothing_is_read_does_nothing(empty_library: Library) -> None:
    interrupter = Interrupter()
    interrupter.interrupt()
    with interrupter.reading(empty_library) as connection:
        assert connection.execute(text("SELECT 2")).scalar() == 2


def test_a_real_failure_after_an_idle_interrupt_is_not_taken_for_one(
    empty_library: Library,
) -> None:
    interrupter = Interrupter()
    with pytest.raises(LibraryError) as raised, interrupter.reading(empty_library) as connection:
        interrupter.interrupt()  # between statements: SQLite ignores it
        connection.execute(text("SELECT * FROM no_such_table"))
    assert not isinstance(raised.value, InterruptedReadError)
