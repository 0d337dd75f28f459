"""Reading an address book export: a vCard file or a CSV contact export, told apart by name
and content."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from einwandfrei.interchange.csv_contacts import (
    ColumnMapping,
    CsvTable,
    contacts_from_table,
    read_csv_table,
    recognise_columns,
)
from einwandfrei.interchange.errors import refused_file
from einwandfrei.interchange.file_reading import read_bounded
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.contacts import Contact, ContactField

if TYPE_CHECKING:
    from einwandfrei.store.calls.contact_merge import MergeResult

ContactsFormat = Literal["vcf", "csv"]


@dataclass(frozen=True, slots=True)
class ContactsFile:
    """What an address book file holds: its contacts, how many entries had no name, and for a
    CSV file its table and the columns read (for a preview to show and change)."""

    contacts: tuple[Contact, ...]
    nameless: int = 0
    file_format: ContactsFormat = "vcf"
    table: CsvTable | None = None
    mapping: ColumnMapping | None = None


def guess_contacts_format(path: Path, raw: bytes) -> ContactsFormat:
    """vCard for `.vcf`/`.vcard` or content that starts like one, else CSV."""
    if path.suffix.lower() in (".vcf", ".vcard"):
        return "vcf"
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return "csv"
    head = raw[:512].lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    return "vcf" if head.startswith(b"BEGIN:VCARD") else "csv"


def _decode_vcards(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # Outlook writes vCards in ANSI


def parse_contacts(
    raw: bytes,
    file_format: ContactsFormat,
    columns: Mapping[ContactField, int | None] | None = None,
) -> ContactsFile:
    """The contacts of a file's bytes. For CSV, `columns` names the column the user chose for
    some fields (None: that field is not read) instead of the recognised ones. Refuses a file
    with one sentence: one that is not vCard or CSV, or a CSV file in which no column holds
    the name."""
    from einwandfrei.interchange.vcard_contacts import parse_vcards

    if file_format == "vcf":
        text = _decode_vcards(raw)
        if "BEGIN:VCARD" not in text.upper():
            raise refused_file(
                Message(QT_TRANSLATE_NOOP("Messages", "it is not a vCard file (.vcf)"))
            )
        contacts, nameless = parse_vcards(text)
        return ContactsFile(tuple(contacts), nameless, "vcf")
    if raw.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCARD"):
        raise refused_file(
            Message(QT_TRANSLATE_NOOP("Messages", "it is a vCard file, not CSV (use --format vcf)"))
        )
    table = read_csv_table(raw)
    mapping = recognise_columns(table.headers)
    if columns is not None:
        mapping = mapping.with_choices(columns)
    if not mapping.has_name:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "no column is recognised as the name (the columns are {columns})",
                ),
                columns=", ".join(table.headers[:12]) + (", …" if len(table.headers) > 12 else ""),
            )
        )
    contacts, nameless = contacts_from_table(table, mapping)
    return ContactsFile(tuple(contacts), nameless, "csv", table, mapping)


def read_contacts_file(
    path: Path,
    file_format: ContactsFormat | None = None,
    columns: Mapping[ContactField, int | None] | None = None,
) -> ContactsFile:
    """`parse_contacts` of a file, its format from its name or content unless given."""
    raw = read_bounded(path)
    return parse_contacts(raw, file_format or guess_contacts_format(path, raw), columns)


def merge_counts(result: MergeResult) -> Message:
    """The counts of a merge ("New customers: 2; updated: 1; already up to date: 3."); a dry
    run says first that nothing was changed."""
    from einwandfrei.store.calls.contact_merge import ContactOutcome

    counts = {
        "added": result.count(ContactOutcome.NEW),
        "updated": result.count(ContactOutcome.UPDATED),
        "unchanged": result.count(ContactOutcome.UNCHANGED),
    }
    if result.dry_run:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Dry run, nothing was changed. New customers: {added}; updated: {updated}; "
            "already up to date: {unchanged}.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "New customers: {added}; updated: {updated}; already up to date: {unchanged}.",
        )
    return Message(template, **counts)


def import_report(source: ContactsFile, result: MergeResult) -> list[Message]:
    """What an import (or a dry run) did, line by line: the export recognised, the counts, the
    entries left out."""

    lines: list[Message] = []
    if source.mapping is not None and source.mapping.product:
        lines.append(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Recognised as a contact export of {product}."),
                product=source.mapping.product,
            )
        )
    lines.append(merge_counts(result))
    if source.nameless:
        lines.append(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Entries without a name, left out: {count}."),
                count=source.nameless,
            )
        )
    return lines
