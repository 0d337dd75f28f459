"""The starter library that fills a new library, shipped as JSON documents in resources/starter."""

from __future__ import annotations

from einwandfrei.interchange.files import import_content
from einwandfrei.interchange.json_format import parse_library_json
from einwandfrei.resources import starter_library_text
from einwandfrei.store.db.connection import Library


def install_starter_library(library: Library, language: str) -> None:
    """Merge the starter library in `language` into `library`."""
    import_content(library, parse_library_json(starter_library_text(language)))
