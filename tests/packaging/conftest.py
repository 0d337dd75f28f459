"""Paths and helpers for the packaging tests."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from einwandfrei.resources import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = ROOT / "resources" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def data_home(isolated_environment: Path) -> Path:
    """$XDG_DATA_HOME of the test (set by the root conftest, not created yet)."""
    import os

    return Path(os.environ["XDG_DATA_HOME"])
