"""Fixtures for the printing tests: a plan on the starter library, PDF text by page."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from einwandfrei.store.db.connection import Library
from tests.printing.samples import add_plan, objection_ids


@pytest.fixture
def plan_id(library: Library) -> int:
    """A plan expecting the first eight objections of the English starter library."""
    return add_plan(library, objection_ids(library, 8))


def pdf_pages(path: Path) -> list[str]:
    """The text of every page of a PDF."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Text without whitespace, ligatures resolved ("ﬀ" → "ff"): PDF extraction breaks lines
    where the layout did and returns the font's ligature glyphs as such."""
    return "".join(unicodedata.normalize("NFKC", text).replace("\u2060", "").split())


def page_sizes(path: Path) -> list[tuple[int, int]]:
    """Every page's width and height in points, rounded."""
    return [
        (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        for page in PdfReader(path).pages
    ]
