"""Files shipped with the app: starter libraries, translations, icons, the print stylesheet.

They live inside the package, so a source checkout and an installed wheel find them the same way.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A shipped file, by its path below `resources/`."""
    location = files(__name__)
    for part in parts:
        location = location / part
    return location


def starter_library_text(language: str) -> str:
    """The JSON document of the starter library in `language` ("de" or "en")."""
    return resource("starter", f"starter-{language}.json").read_text(encoding="utf-8")
