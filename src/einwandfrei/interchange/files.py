"""Importing and exporting library files: the functions the CLI and the window both call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from einwandfrei.interchange.csv_format import library_to_csv
from einwandfrei.interchange.csv_reading import parse_library_csv, stream_library_csv
from einwandfrei.interchange.file_reading import read_bounded
from einwandfrei.interchange.json_format import library_to_json, parse_library_json
from einwandfrei.interchange.markdown_format import library_to_markdown
from einwandfrei.messages import Translate
from einwandfrei.planning.library_content import ContentStream, LibraryContent
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.record_reading import read_library
from einwandfrei.store.library.rescue_reading import read_readable_library
from einwandfrei.store.transfer.merge import MergeReport, merge_stream

ImportFormat = Literal["json", "csv"]
ExportFormat = Literal["json", "csv", "md"]


def guess_import_format(path: Path) -> ImportFormat:
    """The format a file name suggests (`.csv` or `.txt` → CSV, anything else → JSON)."""
    return "csv" if path.suffix.lower() in (".csv", ".txt", ".tsv") else "json"


def parse_content(raw: bytes, file_format: ImportFormat) -> LibraryContent:
    """Library content from the bytes of a file in `file_format`."""
    return parse_library_csv(raw) if file_format == "csv" else parse_library_json(raw)


def read_library_file(path: Path, file_format: ImportFormat | None = None) -> LibraryContent:
    """Read and check a library file; raises `InterchangeError` with one sentence on any problem."""
    return parse_content(read_bounded(path), file_format or guess_import_format(path))


def stream_library_file(path: Path, file_format: ImportFormat | None = None) -> ContentStream:
    """A library file to merge as it is read (CSV a batch of objections at a time).

    Problems with the whole file are refused here; a bad record or line is refused while the
    stream is read, so merge it in one transaction (`import_content` does).
    """
    if (file_format or guess_import_format(path)) == "csv":
        return stream_library_csv(path)
    return ContentStream.of(read_library_file(path, "json"))


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    report: MergeReport
    dry_run: bool


class _DryRun(Exception):  # noqa: N818 - a signal, not an error
    """Rolls the import's transaction back after counting."""


def import_content(
    library: Library, content: LibraryContent | ContentStream, *, dry_run: bool = False
) -> ImportResult:
    """Merge content into the library in one transaction (rolled back for a dry run)."""
    stream = content if isinstance(content, ContentStream) else ContentStream.of(content)
    report = MergeReport()
    try:
        with library.write() as connection:
            report = merge_stream(connection, stream).report
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    finally:
        stream.close()  # also when the library could not be opened for writing
    return ImportResult(report, dry_run)


def import_file(
    library: Library, path: Path, file_format: ImportFormat | None = None, *, dry_run: bool = False
) -> ImportResult:
    """Import a file all or nothing: a file with any invalid record changes nothing."""
    return import_content(library, stream_library_file(path, file_format), dry_run=dry_run)


def export_text(
    library: Library, file_format: ExportFormat, *, translate: Translate | None = None
) -> str:
    """The library as a JSON, CSV or Markdown document (Markdown's headings put into a language
    by `translate`; none: English)."""
    with library.read() as connection:
        content = read_library(connection)
    return _document(content, file_format, translate)


@dataclass(frozen=True, slots=True)
class Exported:
    """An export of whatever could be read: the document, and how many records could not be."""

    text: str
    unreadable: int


def export_readable(
    library: Library, file_format: ExportFormat, *, translate: Translate | None = None
) -> Exported:
    """Like `export_text`, but a damaged library is rescued: records whose text cannot be read
    (not valid UTF-8) are left out and counted instead of failing the whole export."""
    with library.read() as connection:
        rescued = read_readable_library(connection)
    return Exported(_document(rescued.content, file_format, translate), rescued.unreadable)


def _document(
    content: LibraryContent, file_format: ExportFormat, translate: Translate | None
) -> str:
    if file_format == "csv":
        return library_to_csv(content)
    if file_format == "md":
        return library_to_markdown(content, translate=translate)
    return library_to_json(content)
