"""The app icon: one SVG and a PNG per size, found through importlib.resources."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from einwandfrei.resources import (
    APP_ID,
    ICON_SIZES,
    app_icon_files,
    icon_file,
    resource,
)
from tests.packaging.conftest import ROOT, png_size


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_png_size_is_there_and_that_size(size: int) -> None:
    path = icon_file(size)
    assert path.name == f"einwandfrei-{size}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_the_sizes_span_16_to_512_and_every_rendered_size_is_listed() -> None:
    assert ICON_SIZES[0] == 16
    assert ICON_SIZES[-1] == 512
    assert list(ICON_SIZES) == sorted(ICON_SIZES)
    rendered = {
        entry.name for entry in resource("icons").iterdir() if entry.name.startswith("einwandfrei-")
    }
    assert rendered == {f"einwandfrei-{size}.png" for size in ICON_SIZES}


def test_the_svg_is_a_square_svg_document() -> None:
    root = ElementTree.parse(icon_file()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.attrib["viewBox"] == "0 0 128 128"


def test_the_window_gets_every_size() -> None:
    assert app_icon_files() == [icon_file(size) for size in ICON_SIZES]
    assert all(path.is_file() for path in app_icon_files())


def test_an_unknown_size_is_refused_in_one_sentence() -> None:
    with pytest.raises(ValueError, match="There is no 20-pixel app icon"):
        icon_file(20)


def test_the_windows_and_macos_icons_exist() -> None:
    ico = (ROOT / "resources" / "icons" / "einwandfrei.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"  # ICONDIR, type 1 = icon
    assert int.from_bytes(ico[4:6], "little") >= 6  # sizes 16 to 256
    icns = (ROOT / "resources" / "icons" / "einwandfrei.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert int.from_bytes(icns[4:8], "big") == len(icns)


def test_the_app_id_is_reverse_dns() -> None:
    parts = APP_ID.split(".")
    assert len(parts) >= 3
    assert all(part.isidentifier() for part in parts)
