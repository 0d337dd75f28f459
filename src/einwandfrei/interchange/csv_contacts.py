"""Contacts from the CSV exports of Outlook, Google Contacts, HubSpot and Salesforce.

The column names each product's export writes are recognised (Outlook's in English and German,
Google's current and older layout, HubSpot's contact export, Salesforce's report labels and its
data export's field names); for a field several columns may serve, in order (the business phone
before the mobile). A file whose columns are not recognised is mapped by the user: see
`ColumnMapping.with_choices`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from einwandfrei.interchange.csv_reading import decode_spreadsheet_text
from einwandfrei.interchange.errors import refused_file
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.contacts import Contact, ContactField
from einwandfrei.planning.meetings import name_from_email

F = ContactField

# Header names (compared case-insensitively, spaces collapsed) per field, best first.
ALIASES: dict[ContactField, tuple[str, ...]] = {
    F.NAME: (
        "full name",  # Salesforce report
        "name",  # Google (older layout), Salesforce data export
        "display name",
        "contact name",
        "anzeigename",
        "vollständiger name",
    ),
    F.FIRST_NAME: ("first name", "firstname", "given name", "vorname"),
    F.LAST_NAME: ("last name", "lastname", "family name", "surname", "nachname"),
    F.COMPANY: (
        "company",  # Outlook
        "company name",  # HubSpot
        "organization name",  # Google
        "organization 1 - name",  # Google (older layout)
        "account name",  # Salesforce report
        "account.name",
        "associated company",  # HubSpot
        "firma",  # Outlook (German)
        "unternehmen",
        "organisation",
    ),
    F.ROLE: (
        "job title",  # Outlook, HubSpot
        "organization title",  # Google
        "organization 1 - title",  # Google (older layout)
        "position",  # Outlook (German)
        "title",  # Salesforce; in Outlook's export a salutation, so only without "job title"
        "role",
        "rolle",
        "funktion",
    ),
    F.EMAIL: (
        "e-mail address",  # Outlook
        "e-mail-adresse",  # Outlook (German)
        "e-mail 1 - value",  # Google
        "email",  # HubSpot, Salesforce
        "email address",
        "e-mail",
        "primary email",
        "e-mail 2 address",
        "e-mail 2 - value",
    ),
    F.PHONE: (
        "business phone",  # Outlook
        "telefon geschäftlich",  # Outlook (German)
        "phone number",  # HubSpot
        "phone",  # Salesforce
        "phone 1 - value",  # Google
        "company main phone",
        "mobile phone",  # Outlook
        "mobiltelefon",  # Outlook (German)
        "mobile phone number",  # HubSpot
        "mobile",  # Salesforce report
        "mobilephone",  # Salesforce data export
        "phone 2 - value",
        "telefon",
        "home phone",
        "telefon privat",
    ),
}

# A column only one product writes, to say which export a file is.
PRODUCTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Outlook", ("e-mail address", "e-mail-adresse", "business phone", "telefon geschäftlich")),
    ("Google", ("e-mail 1 - value", "organization name", "organization 1 - name")),
    ("HubSpot", ("record id", "record id - contact", "phone number", "associated company")),
    ("Salesforce", ("account name", "accountid", "mobilephone", "contact owner")),
)


def _normal(header: str) -> str:
    return " ".join(header.strip().strip('"').removeprefix("\ufeff").split()).casefold()


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A CSV file's header and rows (each row as long as the header)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...] = ()
    """The file line each row starts on."""


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which columns each field is read from, best first; `product` names the export the
    columns were recognised as ("" if none)."""

    columns: Mapping[ContactField, tuple[int, ...]] = field(default_factory=dict)
    product: str = ""

    @property
    def has_name(self) -> bool:
        """Whether a name can be read: a name column, or first or last name."""
        return any(self.columns.get(name) for name in (F.NAME, F.FIRST_NAME, F.LAST_NAME))

    def with_choices(self, choices: Mapping[ContactField, int | None]) -> ColumnMapping:
        """This mapping with the column a user chose for some fields (None: not read).

        Choosing a name column (or first or last name) replaces the other name columns too,
        so that the name is read from what was chosen."""
        columns = dict(self.columns)
        names = (F.NAME, F.FIRST_NAME, F.LAST_NAME)
        if any(name in choices for name in names):
            for name in names:
                columns.pop(name, None)
        for name, column in choices.items():
            if column is None:
                columns.pop(name, None)
            else:
                columns[name] = (column,)
        return ColumnMapping(columns, self.product)

    def first(self, name: ContactField) -> int | None:
        """The (first) column a field is read from, or None."""
        found = self.columns.get(name, ())
        return found[0] if found else None


def recognise_columns(headers: Sequence[str]) -> ColumnMapping:
    """The columns of a known export's header."""
    normal = [_normal(header) for header in headers]
    columns: dict[ContactField, tuple[int, ...]] = {}
    for name, aliases in ALIASES.items():
        found = [normal.index(alias) for alias in aliases if alias in normal]
        if name is F.ROLE and "job title" in normal and "title" in normal:
            found.remove(normal.index("title"))  # Outlook's "Title" is Mr/Ms/Dr
        if found:
            columns[name] = tuple(found)
    product = next(
        (product for product, marks in PRODUCTS if any(mark in normal for mark in marks)), ""
    )
    return ColumnMapping(columns, product)


def read_csv_table(raw: bytes) -> CsvTable:
    """The header and rows of a CSV file (UTF-8, UTF-16 with its mark, or Windows-1252;
    comma, semicolon or tab); refuses what is no table with one sentence."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = decode_spreadsheet_text(raw)
    else:
        text = decode_spreadsheet_text(raw)
    if "\x00" in text:
        raise refused_file(
            Message(QT_TRANSLATE_NOOP("Messages", "it is not a text file (it holds NUL bytes)"))
        )
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    try:
        for row in reader:
            start = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if headers is None:
                headers = [cell.strip().strip('"').removeprefix("\ufeff") for cell in row]
                continue
            cells = [cell.strip() for cell in row][: len(headers)]
            rows.append(tuple(cells + [""] * (len(headers) - len(cells))))
            lines.append(start)
    except csv.Error as error:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP("Messages", "line {line} is not valid CSV ({reason})"),
                line=reader.line_num,
                reason=str(error),
            )
        ) from error
    if headers is None or len(headers) < 2:
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP("Messages", "it is not a table of contacts with named columns")
            )
        )
    return CsvTable(tuple(headers), tuple(rows), tuple(lines))


def _value(row: tuple[str, ...], columns: tuple[int, ...]) -> str:
    for column in columns:
        if column < len(row):
            # Google separates several values of a cell with " ::: ".
            value = " ".join(row[column].split(":::")[0].split())
            if value:
                return value
    return ""


def contacts_from_table(table: CsvTable, mapping: ColumnMapping) -> tuple[list[Contact], int]:
    """The contacts of a table's rows, and how many rows had neither a name nor an address.

    A row without a name is named after its company (a company's own entry), else after its
    address (`anna.keller@…` → "Anna Keller")."""
    contacts: list[Contact] = []
    nameless = 0
    for number, row in enumerate(table.rows, start=1):

        def get(name: ContactField, row: tuple[str, ...] = row) -> str:
            return _value(row, tuple(mapping.columns.get(name, ())))

        email = get(F.EMAIL).lower()
        name = get(F.NAME) or " ".join(
            part for part in (get(F.FIRST_NAME), get(F.LAST_NAME)) if part
        )
        name = name or get(F.COMPANY) or name_from_email(email)
        if not name:
            nameless += 1
            continue
        contacts.append(
            Contact(
                name=name,
                company=get(F.COMPANY),
                role=get(F.ROLE),
                email=email,
                phone=get(F.PHONE),
                record=table.lines[number - 1] if table.lines else number,
            )
        )
    return contacts, nameless
