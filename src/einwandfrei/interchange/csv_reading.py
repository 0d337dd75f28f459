"""Reading a CSV library (see `csv_format`): whole, or streamed a batch of objections at a time.

A spreadsheet holds one row per response; the rows of an objection (the same text in the same
category, ignoring case and spacing) are grouped into one record, its responses and tags without
repeats. Streaming (`stream_library_csv`) checks what concerns the whole file first — that it can
be read, its encoding, no NUL bytes, a header naming the columns — and reads the rows while the
import merges them: a bad line then stops the import, whose transaction takes everything back.
Rows of one objection far apart in a large file may land in different batches; the merge joins
them as it joins an import with what the library holds.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from einwandfrei.interchange.csv_format import ALIASES, COLUMNS, csv_reason, restored
from einwandfrei.interchange.errors import refused_file
from einwandfrei.interchange.file_reading import open_bounded, refusing_os_errors
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.library_content import (
    ContentStream,
    LibraryContent,
    ObjectionRecord,
    ResponseRecord,
    identity_key,
)

_REQUIRED = ("objection", "response")
_BOM = b"\xef\xbb\xbf"
_CHUNK = 1 << 20
# Objections a streamed import merges at a time: large enough that a batch's statements cost
# little each, small enough that a batch's records take a few megabytes.
BATCH = 2_000


def _refused_encoding(byte: int) -> Exception:
    return refused_file(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "it is neither UTF-8 nor Windows-1252 text (byte {byte})"
            ),
            byte=byte,
        )
    )


def _refused_nul() -> Exception:
    return refused_file(
        Message(QT_TRANSLATE_NOOP("Messages", "it is not a text file (it holds NUL bytes)"))
    )


def decode_spreadsheet_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; refuses anything else."""
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _refused_encoding(error.start) from error


def spreadsheet_encoding(file: BinaryIO) -> tuple[str, int]:
    """The codec `decode_spreadsheet_text` would choose for the file, and where its text starts
    (past a byte order mark), read in chunks; refuses a file that is neither UTF-8 nor
    Windows-1252, or that holds NUL bytes."""
    start = len(_BOM) if file.read(len(_BOM)) == _BOM else 0
    file.seek(start)
    decoder = codecs.getincrementaldecoder("utf-8")()
    nul = False
    utf8 = True
    while chunk := file.read(_CHUNK):
        nul = nul or b"\x00" in chunk
        if utf8:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                utf8 = False
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    if not utf8:
        file.seek(start)
        position = 0
        while chunk := file.read(_CHUNK):
            try:
                chunk.decode("cp1252")
            except UnicodeDecodeError as error:
                raise _refused_encoding(position + error.start) from error
            position += len(chunk)
    if nul:
        raise _refused_nul()
    return ("utf-8" if utf8 else "cp1252"), start


def _header_columns(line: str, delimiter: str) -> list[str | None]:
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return [ALIASES.get(cell.strip().strip('"').casefold()) for cell in cells]


def choose_delimiter(first_line: str) -> str:
    """The separator (";", "," or tab) under which the first line names the most columns."""
    scores = {
        delimiter: sum(column is not None for column in _header_columns(first_line, delimiter))
        for delimiter in (";", ",", "\t")
    }
    return max(scores, key=lambda delimiter: scores[delimiter])


def _first_line(text: io.TextIOBase) -> str:
    """The first line with more than spaces, as `str.splitlines` would cut it."""
    buffered = ""
    while True:
        chunk = text.read(1 << 16)
        buffered += chunk
        lines = buffered.splitlines()
        complete = lines if not chunk else lines[:-1]  # the last piece may go on
        found = next((line for line in complete if line.strip()), None)
        if found is not None:
            return found
        if not chunk:
            return ""


class _Group:
    """The rows of one objection read so far."""

    __slots__ = ("category", "response_keys", "responses", "tags", "tags_seen", "text")

    def __init__(self, category: str | None, text: str) -> None:
        self.category = category
        self.text = text
        self.responses: list[ResponseRecord] = []
        self.response_keys: set[str] = set()
        self.tags: dict[str, str] = {}
        self.tags_seen = ""

    def record(self) -> ObjectionRecord:
        return ObjectionRecord(
            text=self.text,
            category=self.category,
            responses=tuple(self.responses),
            tags=tuple(self.tags.values()),
        )


def _missing_columns(header: list[str | None]) -> Exception:
    return refused_file(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "its first line must name the columns {columns} (missing: {missing})"
            ),
            columns=", ".join(COLUMNS),
            missing=", ".join(name for name in _REQUIRED if name not in header),
        )
    )


def _csv_problem(line: int, error: csv.Error) -> Exception:
    return refused_file(
        Message(
            QT_TRANSLATE_NOOP("Messages", "line {line} is not valid CSV ({reason})"),
            line=line,
            reason=csv_reason(str(error)),
        )
    )


def _objection_batches(
    lines: Iterable[str], delimiter: str, batch: int | None
) -> Iterator[list[ObjectionRecord]]:
    """The objections of the CSV text, grouped, `batch` at a time (None: all in one)."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    groups: dict[tuple[str, str], _Group] = {}
    header: list[str | None] | None = None
    width = 0
    positions: list[tuple[str, int]] = []
    # Consecutive rows usually belong to one objection: its cells, as read, find its group again
    # without computing the identity key.
    last_cells: tuple[str, str] | None = None
    last_group: _Group | None = None
    try:
        for row in reader:
            if not any(map(str.strip, row)):
                continue
            line = reader.line_num
            if header is None:
                header = [ALIASES.get(cell.strip().casefold()) for cell in row]
                if any(name not in header for name in _REQUIRED):
                    raise _missing_columns(header)
                width = len(header)
                positions = [(name, index) for index, name in enumerate(header) if name]
                continue
            if len(row) > width and any(map(str.strip, row[width:])):
                raise refused_file(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "line {line} has {fields} fields, but the header names {named}",
                        ),
                        line=line,
                        fields=len(row),
                        named=width,
                    )
                )
            values = dict.fromkeys(COLUMNS, "")
            count = len(row)
            for name, index in positions:
                if index < count:
                    cell = row[index]
                    values[name] = (restored(cell) if cell[:1] == "'" else cell).strip()
            objection_text = values["objection"]
            if not objection_text:
                raise refused_file(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "line {line} has no objection"), line=line
                    )
                )
            category = values["category"]
            cells = (category, objection_text)
            if cells == last_cells and last_group is not None:
                group = last_group
            else:
                key = (identity_key(category), identity_key(objection_text))
                found = groups.get(key)
                if found is None:
                    if batch is not None and len(groups) >= batch:
                        yield [g.record() for g in groups.values()]
                        groups.clear()
                    found = groups[key] = _Group(category or None, objection_text)
                group = found
                last_cells, last_group = cells, group
            tags = values["tags"]
            if tags and tags != group.tags_seen:
                group.tags_seen = tags
                for tag in tags.replace(",", ";").split(";"):
                    if stripped := tag.strip():
                        group.tags.setdefault(identity_key(stripped), stripped)
            response = values["response"]
            response_key = identity_key(response) if response else ""
            if response_key and response_key not in group.response_keys:
                group.response_keys.add(response_key)
                group.responses.append(ResponseRecord(text=response, technique=values["technique"]))
            elif not response_key and values["technique"]:
                raise refused_file(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "line {line} names a technique but has no response"
                        ),
                        line=line,
                    )
                )
    except csv.Error as error:
        raise _csv_problem(reader.line_num, error) from error
    if header is None:
        raise refused_file(Message(QT_TRANSLATE_NOOP("Messages", "it is empty")))
    if groups:
        yield [group.record() for group in groups.values()]


def parse_library_csv(raw: bytes | str) -> LibraryContent:
    """Read a CSV file into library content; raises `InterchangeError` naming the bad line."""
    text = decode_spreadsheet_text(raw) if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
    if "\x00" in text:
        raise _refused_nul()
    delimiter = choose_delimiter(_first_line(io.StringIO(text)))
    objections = [
        objection
        for batch in _objection_batches(io.StringIO(text, newline=""), delimiter, None)
        for objection in batch
    ]
    return LibraryContent(objections=tuple(objections))


def stream_library_csv(path: Path, batch: int = BATCH) -> ContentStream:
    """The CSV file's objections, read `batch` at a time while they are merged.

    What concerns the whole file is checked here, before anything is merged (see the module's
    doc); a bad line is refused while the batches are read.
    """
    with open_bounded(path) as file:
        encoding, start = spreadsheet_encoding(file)
        file.seek(start)
        header_text = io.TextIOWrapper(file, encoding=encoding)
        delimiter = choose_delimiter(_first_line(header_text))
        header_text.detach()  # the file is closed by `open_bounded`, not by the wrapper

    def batches() -> Generator[list[ObjectionRecord]]:
        with open_bounded(path) as file:
            file.seek(start)
            text = io.TextIOWrapper(file, encoding=encoding, newline="")
            reading = _objection_batches(text, delimiter, batch)
            while (found := refusing_os_errors(path, lambda: next(reading, None))) is not None:
                yield found

    reading = batches()
    # The first batch is read (and the header refused if it names no objections and responses)
    # before the import opens the library.
    ready = _started(reading)

    def close() -> None:
        ready.close()
        reading.close()

    return ContentStream.of_objections(ready, close)


def _started(batches: Iterator[list[ObjectionRecord]]) -> Generator[list[ObjectionRecord]]:
    """`batches`, its first batch read already (so that its problems surface now)."""
    first = next(batches, None)

    def rest() -> Generator[list[ObjectionRecord]]:
        if first is not None:
            yield first
        yield from batches

    return rest()
