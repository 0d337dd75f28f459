"""Files shipped with the app: starter libraries, translations, icons, the print stylesheet.

They live inside the package, so a source checkout and an installed wheel find them the same way.
The translations (`.qm`) and icons here are built from the sources in the top-level `resources/`
folder by `tools/build_resources.py`; edit those, not these.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resource(*parts: str) -> Traversable:
    """A shipped file, by its path below `resources/`."""
    location = files(__name__)
    for part in parts:
        location = location / part
    return location


def starter_library_text(language: str) -> str:
    """The JSON document of the starter library in `language` ("de" or "en")."""
    return resource("starter", f"starter-{language}.json").read_text(encoding="utf-8")


# The app's name towards the desktop: the .desktop file, the icon theme name, the AppStream
# component and the macOS bundle identifier. On Wayland the window finds its icon through it:
# `QGuiApplication.setDesktopFileName(APP_ID)`.
APP_ID = "io.github.einwandfrei.Einwandfrei"

# The app icon's PNG sizes in resources/icons (rendered from the top-level
# resources/icons/einwandfrei.svg by tools/build_resources.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int | None = None) -> Path:
    """The app icon as a file on disk: the PNG of `size` pixels, or the SVG when `size` is None."""
    if size is None:
        name = "einwandfrei.svg"
    elif size in ICON_SIZES:
        name = f"einwandfrei-{size}.png"
    else:
        raise ValueError(f"There is no {size}-pixel app icon; the sizes are {ICON_SIZES}.")
    return _on_disk(resource("icons", name))


def app_icon_files() -> list[Path]:
    """Every PNG size of the app icon, smallest first: add each to one QIcon for the window."""
    return [icon_file(size) for size in ICON_SIZES]


def _on_disk(shipped: Traversable) -> Path:
    """A shipped file as a real path; files inside an archive are copied out once per process."""
    if isinstance(shipped, Path):
        return shipped
    folder = _extracted_folder()
    target = folder / shipped.name
    if not target.exists():
        target.write_bytes(shipped.read_bytes())
    return target


@cache
def _extracted_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="einwandfrei-resources-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
