"""Build the files the app reads at run time from the sources people edit in `resources/`.

    .venv/bin/python tools/build_resources.py           compile the translations, render the icon
    .venv/bin/python tools/build_resources.py --update  first collect the sources' strings into
                                                        the .ts catalogues (pyside6-lupdate)
    .venv/bin/python tools/build_resources.py --check   change nothing: name what is out of date,
                                                        exit status 1 if anything is

What comes from what:

    resources/translations/<name>_<language>.ts  -> src/einwandfrei/resources/translations/*.qm
    resources/translations/cli_de.po             -> src/einwandfrei/resources/translations/cli_de.mo
                                                    (the command line's gettext catalogue; Babel,
                                                    through tools/build_cli_catalogue.py)
    resources/icons/einwandfrei.svg              -> src/einwandfrei/resources/icons/ (a copy of the
                                                    SVG and a PNG per size), and beside the SVG
                                                    einwandfrei.ico (Windows) and .icns (macOS)

`resources/translations/catalogues.toml` says which sources feed which catalogue. Only what is out
of date is written, so a run on an up-to-date checkout changes no file. The tests in
`tests/resources/` fail when a built file is older than its source.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251 - a GUI tool
from PySide6.QtGui import QImage, QPainter  # noqa: TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "einwandfrei"
SOURCES = ROOT / "resources"
TRANSLATIONS = SOURCES / "translations"
CATALOGUES = TRANSLATIONS / "catalogues.toml"
ICON_SOURCE = SOURCES / "icons" / "einwandfrei.svg"
# What the app reads at run time: inside the package, so a wheel and the bundle carry it.
BUILT = PACKAGE / "resources"
BUILT_TRANSLATIONS = BUILT / "translations"
BUILT_ICONS = BUILT / "icons"
# Build-time icons for PyInstaller, not shipped in the package.
WINDOWS_ICON = SOURCES / "icons" / "einwandfrei.ico"
MACOS_ICON = SOURCES / "icons" / "einwandfrei.icns"

# The PNG sizes of the app icon; einwandfrei.resources.ICON_SIZES lists the same (a test checks).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows picks the nearest size itself; 256 is the largest an .ico holds.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns element types that hold PNG images, with their pixel sizes (ic11 to ic14 are the
# double-density variants of 16 to 256 points); the set Pillow wrote before this script.
ICNS_TYPES: dict[bytes, int] = {
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}

Tolerance = tuple[int, float]
EXACT: Tolerance = (0, 0.0)
# How far a built picture may be from a fresh rendering and still count as current: another Qt
# version may shade an edge pixel a little differently. A colour changed by 11 of 255 or a line
# moved by one unit of the 128-unit drawing is well beyond it.
ICON_TOLERANCE: Tolerance = (8, 0.25)


@dataclass(frozen=True)
class Catalogue:
    """One translation catalogue: its name, language and the source paths that feed it."""

    name: str
    language: str
    sources: tuple[str, ...]

    @property
    def ts(self) -> Path:
        return TRANSLATIONS / f"{self.name}_{self.language}.ts"

    @property
    def qm(self) -> Path:
        return BUILT_TRANSLATIONS / f"{self.name}_{self.language}.qm"


def catalogues() -> list[Catalogue]:
    """Every catalogue of `catalogues.toml`, in each of its languages."""
    with CATALOGUES.open("rb") as handle:
        table = tomllib.load(handle)
    return [
        Catalogue(name, language, tuple(entry["sources"]))
        for name, entry in table["catalogues"].items()
        for language in table["languages"]
    ]


def catalogue_of(module: PurePosixPath, table: Iterable[Catalogue]) -> str | None:
    """The catalogue a module (a path below src/einwandfrei) belongs to: the one whose source
    path names it most closely, or None when no catalogue names it."""
    best: tuple[int, str] | None = None
    for catalogue in table:
        for source in catalogue.sources:
            matches = (
                str(module).startswith(source) if source.endswith("/") else str(module) == source
            )
            if matches and (best is None or len(source) > best[0]):
                best = (len(source), catalogue.name)
    return None if best is None else best[1]


def python_modules() -> list[PurePosixPath]:
    """Every Python module of the package, as paths below src/einwandfrei, sorted."""
    return sorted(
        PurePosixPath(path.relative_to(PACKAGE).as_posix())
        for path in PACKAGE.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def source_files(name: str) -> list[Path]:
    """The Python files that feed the catalogue called `name`."""
    table = catalogues()
    return [PACKAGE / module for module in python_modules() if catalogue_of(module, table) == name]


def qt_tool(name: str) -> str:
    """The path of a Qt tool PySide6 installs (`lupdate`, `lrelease`): beside this Python first."""
    command = f"pyside6-{name}"
    found = shutil.which(command, path=str(Path(sys.executable).parent)) or shutil.which(command)
    if found is None:
        raise SystemExit(f"{command} is not installed; install PySide6 into this environment.")
    return found


def update_catalogue(catalogue: Catalogue) -> None:
    """Collect the strings of the catalogue's sources into its .ts (new ones are unfinished)."""
    sources = [str(path) for path in source_files(catalogue.name)]
    # No source locations: they would change with every moved line and make diffs unreadable.
    arguments = ["-locations", "none", "-no-obsolete", *sources, "-ts", str(catalogue.ts)]
    subprocess.run([qt_tool("lupdate"), *arguments], check=True, capture_output=True)


def compiled(ts: Path) -> bytes:
    """The .qm that pyside6-lrelease makes of `ts`."""
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / ts.with_suffix(".qm").name
        subprocess.run(
            [qt_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        return qm.read_bytes()


def cli_catalogue() -> ModuleType:
    """tools/build_cli_catalogue.py, which updates and compiles the command line's catalogue."""
    if str(ROOT) not in sys.path:  # run as a script, tools/ is not a package on the path
        sys.path.insert(0, str(ROOT))
    from tools import build_cli_catalogue

    return build_cli_catalogue


def update_cli_catalogue() -> Path:
    """Collect the command line's sentences (and argparse's) into its .po; returns the .po."""
    cli = cli_catalogue()
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    if running != cli.ARGPARSE_PYTHON:
        print(
            f"note: cli_de.po holds argparse's words of Python {cli.ARGPARSE_PYTHON}, not {running}"
        )
    current = cli.read_catalogue(cli.PO) if cli.PO.is_file() else cli.template()
    fresh: bytes = cli.po_bytes(cli.updated(current))
    if not cli.PO.is_file() or cli.PO.read_bytes() != fresh:
        cli.PO.write_bytes(fresh)
    path: Path = cli.PO
    return path


def render(svg: bytes, size: int) -> QImage:
    """The SVG drawn with QtSvg on a transparent square of `size` pixels."""
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit("The icon is not an SVG document QtSvg can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png(image: QImage) -> bytes:
    """`image` encoded as PNG."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time; its stubs say bytes.
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def difference(first: QImage, second: QImage) -> tuple[int, float]:
    """How far two images are apart: the largest and the mean difference of one colour channel
    of one pixel (0-255, premultiplied, so invisible pixels do not count)."""
    if first.size() != second.size():
        return 255, 255.0
    channels = QImage.Format.Format_RGBA8888_Premultiplied
    # Each converted image must outlive the view of its pixels.
    first, second = first.convertToFormat(channels), second.convertToFormat(channels)
    ours, theirs = bytes(first.constBits()), bytes(second.constBits())
    differences = [abs(one - other) for one, other in zip(ours, theirs, strict=True)]
    return max(differences), sum(differences) / len(differences)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding each PNG as one size (PNG entries: Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, images = b"", b""
    offset = len(header) + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size == 256 else size  # 0 stands for 256
        entries += struct.pack(
            "<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images)
        )
        images += data
    return header + entries + images


def ico_images(data: bytes) -> dict[int, bytes]:
    """The images of a Windows icon by pixel size (each as stored: PNG or a bitmap)."""
    _, kind, count = struct.unpack_from("<HHH", data)
    if data[:2] != b"\0\0" or kind != 1:
        raise ValueError("not a Windows icon")
    images = {}
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        images[width or 256] = data[offset : offset + length]
    return images


def icns(elements: dict[bytes, bytes]) -> bytes:
    """A macOS icon of (type, PNG) elements, led by a table of contents as iconutil writes."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements.items()
    )
    contents = b"".join(kind + struct.pack(">I", 8 + len(data)) for kind, data in elements.items())
    toc = b"TOC " + struct.pack(">I", 8 + len(contents)) + contents
    return b"icns" + struct.pack(">I", 8 + len(toc) + len(body)) + toc + body


def icns_images(data: bytes) -> dict[bytes, bytes]:
    """The elements of a macOS icon by type, without the table of contents."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not a macOS icon")
    elements, position = {}, 8
    while position < len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack_from(">I", data, position + 4)
        if kind != b"TOC ":
            elements[kind] = data[position + 8 : position + length]
        position += length
    return elements


@dataclass(frozen=True)
class Output:
    """A built file: where it goes, what it should hold, and whether what is there matches that
    (within a tolerance: the largest and the mean `difference` a picture may show)."""

    path: Path
    content: bytes
    matches: Callable[[bytes, Tolerance], bool]


def _same_bytes(content: bytes) -> Callable[[bytes, Tolerance], bool]:
    return lambda data, _tolerance: data == content


def outputs() -> list[Output]:
    """Every built file, freshly made from its source: translations first, then the icons."""
    built = []
    for catalogue in catalogues():
        qm = compiled(catalogue.ts)
        built.append(Output(catalogue.qm, qm, _same_bytes(qm)))
    cli = cli_catalogue()
    mo: bytes = cli.mo_bytes(cli.read_catalogue(cli.PO))
    built.append(Output(cli.MO, mo, _same_bytes(mo)))
    svg = ICON_SOURCE.read_bytes()
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES.values()})
    images = {size: render(svg, size) for size in sizes}
    pngs = {size: png(image) for size, image in images.items()}

    def same_picture(data: bytes, tolerance: Tolerance) -> bool:
        image = QImage.fromData(data)
        if image.width() not in images:
            return False
        worst, mean = difference(image, images[image.width()])
        return worst <= tolerance[0] and mean <= tolerance[1]

    def same_icons(
        found: Mapping[Any, bytes], expected: Iterable[object], tolerance: Tolerance
    ) -> bool:
        return set(found) == set(expected) and all(
            same_picture(data, tolerance) for data in found.values()
        )

    built.append(Output(BUILT_ICONS / ICON_SOURCE.name, svg, _same_bytes(svg)))
    built += [
        Output(BUILT_ICONS / f"einwandfrei-{size}.png", pngs[size], same_picture)
        for size in PNG_SIZES
    ]
    built.append(
        Output(
            WINDOWS_ICON,
            ico({size: pngs[size] for size in ICO_SIZES}),
            lambda data, tolerance: same_icons(ico_images(data), ICO_SIZES, tolerance),
        )
    )
    built.append(
        Output(
            MACOS_ICON,
            icns({kind: pngs[size] for kind, size in ICNS_TYPES.items()}),
            lambda data, tolerance: same_icons(icns_images(data), ICNS_TYPES, tolerance),
        )
    )
    return built


def stale(tolerance: Tolerance = EXACT) -> list[Output]:
    """The built files that are missing or do not match their sources within `tolerance`."""
    found = []
    for output in outputs():
        try:
            current = output.path.is_file() and output.matches(output.path.read_bytes(), tolerance)
        except ValueError:  # a damaged icon container
            current = False
        if not current:
            found.append(output)
    return found


def strays() -> list[Path]:
    """Compiled translations in the package that no catalogue makes any more (the window would
    still load them)."""
    made = {catalogue.qm for catalogue in catalogues()}
    return sorted(path for path in BUILT_TRANSLATIONS.glob("*.qm") if path not in made)


def main(arguments: list[str] | None = None) -> int:
    """Build (or with --check, only examine) the run-time resources; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--update",
        action="store_true",
        help="first collect the sources' strings into the .ts catalogues (pyside6-lupdate)",
    )
    group.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if anything is out of date"
    )
    options = parser.parse_args(arguments)
    if options.update:
        for catalogue in catalogues():
            update_catalogue(catalogue)
            print(f"collected the strings of {catalogue.ts.relative_to(ROOT)}")
        print(f"collected the sentences of {update_cli_catalogue().relative_to(ROOT)}")
    # A build rewrites any picture that differs at all; --check forgives what another Qt version
    # draws a shade differently, as the tests do.
    out_of_date = stale(ICON_TOLERANCE if options.check else EXACT)
    for output in out_of_date:
        where = output.path.relative_to(ROOT)
        if options.check:
            print(f"out of date: {where}", file=sys.stderr)
        else:
            output.path.parent.mkdir(parents=True, exist_ok=True)
            output.path.write_bytes(output.content)
            print(f"built {where}")
    left_over = strays()
    for path in left_over:
        if options.check:
            print(f"left over: {path.relative_to(ROOT)}", file=sys.stderr)
        else:
            path.unlink()
            print(f"removed {path.relative_to(ROOT)}, which no catalogue makes")
    if not out_of_date and not left_over:
        print("every built resource is up to date")
    return 1 if options.check and (out_of_date or left_over) else 0


if __name__ == "__main__":
    sys.exit(main())
