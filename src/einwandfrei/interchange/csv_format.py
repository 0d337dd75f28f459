"""CSV for spreadsheets: one row per response (see docs/library-format.md, "CSV").

This module holds the format and writes it; `csv_reading` reads it. Reading accepts what Excel
writes in German and English: UTF-8 with or without a byte order mark, or Windows-1252, separated
by commas or semicolons, with German or English column names.

A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
formula, so a shared library could carry a payload. Writing neutralises such cells with a leading
apostrophe (as OWASP recommends), and reading takes exactly that apostrophe off again.
"""

from __future__ import annotations

import csv
import io
import re

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import LibraryContent

COLUMNS = ("category", "objection", "response", "technique", "tags")
ALIASES = {
    "category": "category",
    "kategorie": "category",
    "objection": "objection",
    "einwand": "objection",
    "response": "response",
    "answer": "response",
    "antwort": "response",
    "technique": "technique",
    "technik": "technique",
    "tags": "tags",
    "tag": "tags",
    "schlagworte": "tags",
    "schlagwörter": "tags",
}
# A cell a spreadsheet would take for a formula, after any apostrophes: those are neutralised with
# one more apostrophe in front, so that taking one off on reading is exact even for a text that
# starts with apostrophes itself ("'=x" is written "''=x" and read back as "'=x").
_NEEDS_APOSTROPHE = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def neutralised(cell: str) -> str:
    """The cell as written to CSV: with a leading apostrophe if a spreadsheet would run it."""
    return "'" + cell if _NEEDS_APOSTROPHE.match(cell) else cell


def restored(cell: str) -> str:
    """The cell as written before `neutralised`: without the apostrophe that added."""
    return cell[1:] if _NEUTRALISED.match(cell) else cell


_QUOTE_EXPECTED = re.compile(r"'(.)' expected after '(.)'", re.DOTALL)
_FIELD_LIMIT = re.compile(r"field larger than field limit \((\d+)\)")


def csv_reason(reason: str) -> Message | str:
    """Python's words for a CSV error, as a message the window can translate where it knows them."""
    if reason == "unexpected end of data":
        return Message(QT_TRANSLATE_NOOP("Messages", "unexpected end of data"))
    if match := _QUOTE_EXPECTED.fullmatch(reason):
        return Message(
            QT_TRANSLATE_NOOP("Messages", "'{expected}' expected after '{after}'"),
            expected=match.group(1),
            after=match.group(2),
        )
    if match := _FIELD_LIMIT.fullmatch(reason):
        return Message(
            QT_TRANSLATE_NOOP("Messages", "field larger than field limit ({limit})"),
            limit=int(match.group(1)),
        )
    return reason


def library_to_csv(content: LibraryContent) -> str:
    """The library as CSV: a header row, then a row per response (or per objection without one).

    Cells a spreadsheet would run as a formula start with an apostrophe (see `neutralised`).
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for objection in content.objections:
        tags = "; ".join(objection.tags)
        for response in objection.responses or (None,):
            cells = (
                objection.category or "",
                objection.text,
                response.text if response else "",
                response.technique if response else "",
                tags,
            )
            writer.writerow([neutralised(cell) for cell in cells])
    return buffer.getvalue()
