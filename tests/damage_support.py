"""Damaged library files for the tests, made as damage happens: bytes flipped in a real file."""

from __future__ import annotations

import struct
from pathlib import Path

from einwandfrei.store.db.connection import Library


def flip_text_byte(path: Path, text: str) -> None:
    """Make one stored text undecodable: a byte inside it becomes 0xFF (not valid UTF-8).

    The library must be closed (its write-ahead log folded in). An objection's text is stored
    twice — in its row and in the index of the list's text order — and both copies are damaged
    alike; any other text must be stored exactly once.
    """
    data = bytearray(path.read_bytes())
    needle = text.encode("utf-8")
    found: list[int] = []
    while (at := data.find(needle, found[-1] + 1 if found else 0)) >= 0:
        found.append(at)
    assert 1 <= len(found) <= 2, f"{text!r} is stored {len(found)} times"
    for at in found:
        data[at + 1] = 0xFF
    path.write_bytes(bytes(data))


def make_free_pages(library: Library) -> None:
    """Write and delete a large value, so the file has a list of free pages."""
    with library.write() as connection:
        connection.exec_driver_sql(
            "INSERT INTO library_meta (key, value) VALUES ('ballast', ?)", ("x" * 300_000,)
        )
    with library.write() as connection:
        connection.exec_driver_sql("DELETE FROM library_meta WHERE key = 'ballast'")


def break_free_pages(path: Path) -> None:
    """Damage the list of free pages (its first trunk page claims far too many leaves): every row
    still reads, only SQLite's integrity check notices. The library must be closed."""
    data = bytearray(path.read_bytes())
    (page_size,) = struct.unpack(">H", data[16:18])
    (trunk,) = struct.unpack(">I", data[32:36])
    assert trunk > 0, "the file has no free pages (make_free_pages first)"
    offset = (trunk - 1) * (65536 if page_size == 1 else page_size)
    data[offset + 4 : offset + 8] = struct.pack(">I", 0x00FFFFFF)
    path.write_bytes(bytes(data))
