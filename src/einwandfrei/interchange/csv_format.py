"""CSV for spreadsheets: one row per response (see docs/library-format.md, "CSV").

Reading accepts what Excel writes in German and English: UTF-8 with or without a byte order mark, or
Windows-1252, separated by commas or semicolons, with German or English column names.

A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
formula, so a shared library could carry a payload. Writing neutralises such cells with a leading
apostrophe (as OWASP recommends), and reading takes exactly that apostrophe off again.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from einwandfrei.interchange.errors import refused_file
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import (
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    identity_key,
)

COLUMNS = ("category", "objection", "response", "technique", "tags")
_ALIASES = {
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
_REQUIRED = ("objection", "response")
_TAG_SEPARATORS = re.compile(r"[;,]")
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


def _csv_reason(reason: str) -> Message | str:
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


def decode_spreadsheet_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; refuses anything else."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "it is neither UTF-8 nor Windows-1252 text (byte {byte})"
                ),
                byte=error.start,
            )
        ) from error


def _header_columns(line: str, delimiter: str) -> list[str | None]:
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return [_ALIASES.get(cell.strip().strip('"').casefold()) for cell in cells]


def _choose_delimiter(first_line: str) -> str:
    scores = {
        delimiter: sum(column is not None for column in _header_columns(first_line, delimiter))
        for delimiter in (";", ",", "\t")
    }
    return max(scores, key=lambda delimiter: scores[delimiter])


@dataclass
class _Group:
    category: str | None
    text: str
    responses: list[ResponseRecord] = field(default_factory=list)
    tags: dict[str, str] = field(default_factory=dict)
    response_keys: set[str] = field(default_factory=set)


def parse_library_csv(raw: bytes | str) -> LibraryContent:
    """Read a CSV file into library content; raises `InterchangeError` naming the bad line."""
    text = decode_spreadsheet_text(raw) if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
    if "\x00" in text:
        raise refused_file(
            Message(QT_TRANSLATE_NOOP("Messages", "it is not a text file (it holds NUL bytes)"))
        )
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    delimiter = _choose_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    groups: dict[tuple[str, str], _Group] = {}
    header: list[str | None] | None = None
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [_ALIASES.get(cell.strip().casefold()) for cell in row]
                missing = [name for name in _REQUIRED if name not in header]
                if missing:
                    raise refused_file(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "its first line must name the columns {columns} "
                                "(missing: {missing})",
                            ),
                            columns=", ".join(COLUMNS),
                            missing=", ".join(missing),
                        )
                    )
                continue
            if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
                raise refused_file(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "line {line} has {fields} fields, but the header names {named}",
                        ),
                        line=line,
                        fields=len(row),
                        named=len(header),
                    )
                )
            _add_row(groups, header, row, line)
    except csv.Error as error:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP("Messages", "line {line} is not valid CSV ({reason})"),
                line=reader.line_num,
                reason=_csv_reason(str(error)),
            )
        ) from error
    if header is None:
        raise refused_file(Message(QT_TRANSLATE_NOOP("Messages", "it is empty")))
    return LibraryContent(
        objections=tuple(
            ObjectionRecord(
                text=group.text,
                category=group.category,
                responses=tuple(group.responses),
                tags=tuple(group.tags.values()),
            )
            for group in groups.values()
        )
    )


def _add_row(
    groups: dict[tuple[str, str], _Group], header: list[str | None], row: list[str], line: int
) -> None:
    values = dict.fromkeys(COLUMNS, "")
    for name, cell in zip(header, row, strict=False):
        if name is not None:
            values[name] = restored(cell).strip()
    if not values["objection"]:
        raise refused_file(
            Message(QT_TRANSLATE_NOOP("Messages", "line {line} has no objection"), line=line)
        )
    category = values["category"] or None
    key = (identity_key(values["category"]), identity_key(values["objection"]))
    group = groups.setdefault(key, _Group(category=category, text=values["objection"]))
    for tag in _TAG_SEPARATORS.split(values["tags"]):
        if tag.strip():
            group.tags.setdefault(identity_key(tag), tag.strip())
    response_key = identity_key(values["response"])
    if response_key and response_key not in group.response_keys:
        group.response_keys.add(response_key)
        group.responses.append(
            ResponseRecord(text=values["response"], technique=values["technique"])
        )
    elif not response_key and values["technique"]:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP("Messages", "line {line} names a technique but has no response"),
                line=line,
            )
        )


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
