"""Every rendered app icon shows what resources/icons/einwandfrei.svg draws: the PNGs in the
package, the SVG copy beside them, and the Windows .ico and macOS .icns the bundles carry.

Pictures are compared with a fresh QtSvg rendering within `ICON_TOLERANCE`, so another Qt version
shading an edge pixel differently passes, while an edited drawing does not.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from einwandfrei.resources import ICON_SIZES, icon_file
from tools.build_resources import (
    ICNS_TYPES,
    ICO_SIZES,
    ICON_SOURCE,
    ICON_TOLERANCE,
    MACOS_ICON,
    PNG_SIZES,
    WINDOWS_ICON,
    difference,
    icns_images,
    ico_images,
    render,
)

REBUILD = "run .venv/bin/python tools/build_resources.py"


def _assert_shows_the_svg(data: bytes, what: str) -> None:
    shipped = QImage.fromData(data)
    assert not shipped.isNull(), f"{what} is not a picture Qt can read"
    assert shipped.width() == shipped.height(), what
    worst, mean = difference(shipped, render(ICON_SOURCE.read_bytes(), shipped.width()))
    assert worst <= ICON_TOLERANCE[0] and mean <= ICON_TOLERANCE[1], (
        f"{what} differs from the SVG by up to {worst}/255 (mean {mean:.2f}): {REBUILD}"
    )


def test_the_build_renders_the_sizes_the_app_asks_for() -> None:
    assert PNG_SIZES == ICON_SIZES


# A drawing like the icon's (a gradient, a rounded square, a filled shape, a thick stroke), so that
# the two tests below hold whatever the icon becomes.
DRAWING = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="fill" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2f74c0"/><stop offset="1" stop-color="#1b4f86"/>
    </linearGradient>
  </defs>
  <rect x="6" y="6" width="116" height="116" rx="26" fill="url(#fill)"/>
  <rect x="22" y="24" width="84" height="40" fill="#ffffff"/>
  <path d="M42 44 L58 59 L87 29" fill="none" stroke="#2e9d55" stroke-width="12"/>
</svg>"""


def test_the_rendering_draws_what_the_svg_says() -> None:
    image = render(DRAWING, 128)

    def near(x: int, y: int, expected: str) -> bool:
        def channels(colour: QColor) -> tuple[int, ...]:
            return colour.red(), colour.green(), colour.blue(), colour.alpha()

        pairs = zip(channels(image.pixelColor(x, y)), channels(QColor(expected)), strict=True)
        return all(abs(found - wanted) <= 4 for found, wanted in pairs)

    assert image.pixelColor(1, 1).alpha() == 0  # outside the rounded corner
    assert near(64, 7, "#2f74c0")  # the gradient's top
    assert near(64, 120, "#1b4f86")  # its foot
    assert near(100, 60, "#ffffff")  # the white shape
    assert near(58, 59, "#2e9d55")  # the stroke


@pytest.mark.parametrize(
    ("change", "old", "new"),
    [
        ("a slightly different green", b"#2e9d55", b"#2e9d60"),
        ("the stroke moved by one unit", b"M42 44", b"M43 44"),
        ("rounder corners", b'rx="26"', b'rx="24"'),
    ],
)
def test_an_edited_drawing_is_beyond_the_tolerance(change: str, old: bytes, new: bytes) -> None:
    edited = DRAWING.replace(old, new)
    worst, mean = difference(render(DRAWING, 64), render(edited, 64))
    assert worst > ICON_TOLERANCE[0] or mean > ICON_TOLERANCE[1], change


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_png_shows_the_svg(size: int) -> None:
    _assert_shows_the_svg(icon_file(size).read_bytes(), f"einwandfrei-{size}.png")


def test_the_shipped_svg_is_the_source() -> None:
    assert icon_file().read_bytes() == ICON_SOURCE.read_bytes(), (
        f"the package's SVG is old: {REBUILD}"
    )


def test_the_windows_icon_holds_every_size_drawn_from_the_svg() -> None:
    images = ico_images(WINDOWS_ICON.read_bytes())
    assert sorted(images) == sorted(ICO_SIZES)
    for size, data in images.items():
        _assert_shows_the_svg(data, f"the {size}-pixel image of {WINDOWS_ICON.name}")


def test_the_macos_icon_holds_every_size_drawn_from_the_svg() -> None:
    images = icns_images(MACOS_ICON.read_bytes())
    assert images.keys() == ICNS_TYPES.keys()
    for kind, data in images.items():
        assert QImage.fromData(data).width() == ICNS_TYPES[kind], kind
        _assert_shows_the_svg(data, f"the {kind.decode()} image of {MACOS_ICON.name}")
