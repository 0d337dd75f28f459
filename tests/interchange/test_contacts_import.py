"""Contacts from each product's export: vCard 2.1/3.0/4.0 and the CSV of Outlook, Google, HubSpot
and Salesforce, with their documented columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from einwandfrei.interchange.contacts_import import (
    guess_contacts_format,
    parse_contacts,
    read_contacts_file,
)
from einwandfrei.interchange.csv_contacts import read_csv_table, recognise_columns
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.planning.contacts import Contact, ContactField

FIXTURES = Path(__file__).parent / "fixtures" / "contacts"

ANNA = Contact(
    "Anna Keller",
    "Müller AG",
    "Leiterin Einkauf",
    "anna.keller@mueller-ag.ch",
    "+41 44 123 45 67",
)
CLARA = Contact(
    "Clara Sommer",
    "Sommer Treuhand AG",
    "Partnerin",
    "clara.sommer@sommer-treuhand.ch",
    "+41 31 987 65 43",
)
JUERG = Contact(
    "Jürg Müller", "Müller AG", "CFO", "juerg.mueller@mueller-ag.ch", "+41 44 123 45 00"
)


def _read(name: str) -> list[Contact]:
    """The file's contacts, without where in the file each one was."""
    return [
        Contact(c.name, c.company, c.role, c.email, c.phone)
        for c in read_contacts_file(FIXTURES / name).contacts
    ]


def test_apple_contacts_vcard_3() -> None:
    assert _read("apple.vcf") == [
        ANNA,
        # A company's own card is named after the company.
        Contact(
            "Sommer Treuhand AG",
            "Sommer Treuhand AG",
            "",
            "info@sommer-treuhand.ch",
            "+41 31 987 65 00",
        ),
        Contact("Marco Brunner", "Müller AG", "Projektleiter", "", "+41 79 222 33 44"),
    ]
    assert [c.record for c in read_contacts_file(FIXTURES / "apple.vcf").contacts] == [1, 2, 3]


def test_google_vcard_prefers_the_work_address_and_phone() -> None:
    assert _read("google.vcf") == [
        Contact(
            "Ben Frei", "Frei GmbH", "Geschäftsführer", "ben.frei@frei-gmbh.ch", "+41 52 555 12 00"
        ),
        Contact(
            "Anna Keller",
            "Müller AG",
            "Head of Purchasing",
            "anna.keller@mueller-ag.ch",
            "+41 44 123 45 67",
        ),
    ]


def test_outlook_vcard_2_1_in_windows_1252_with_quoted_printable() -> None:
    assert _read("outlook.vcf") == [CLARA, JUERG]


def test_vcard_4_with_tel_uris() -> None:
    assert _read("vcard4.vcf") == [
        Contact(
            "David Roth", "Roth Bau AG", "Bauleiter", "david.roth@roth-bau.ch", "+41-52-123-45-67"
        )
    ]


@pytest.mark.parametrize(
    ("name", "product", "expected"),
    [
        (
            "outlook.csv",
            "Outlook",
            [
                # "Title" (Dr.) is Outlook's salutation; "Job Title" is the role.
                Contact(
                    "Anna Keller",
                    "Müller AG",
                    "Leiterin Einkauf",
                    "anna.keller@mueller-ag.ch",
                    "+41 44 123 45 67",
                ),
                Contact(
                    "Ben Frei",
                    "Frei GmbH",
                    "Geschäftsführer",
                    "ben.frei@frei-gmbh.ch",
                    "+41 79 555 12 34",
                ),
                Contact("Roth Bau AG", "Roth Bau AG", "", "info@roth-bau.ch", "+41 52 123 45 00"),
            ],
        ),
        ("outlook_de.csv", "Outlook", [CLARA, JUERG]),
        (
            "google.csv",
            "Google",
            [
                Contact(
                    "Ben Frei",
                    "Frei GmbH",
                    "Geschäftsführer",
                    "ben.frei@frei-gmbh.ch",
                    "+41 79 555 12 34",
                ),
                Contact(
                    "Anna Keller",
                    "Müller AG",
                    "Head of Purchasing",
                    "anna.keller@mueller-ag.ch",
                    "+41 44 123 45 67",
                ),
                Contact("Eva Graf", "", "", "eva.graf@graf-holz.ch", ""),
            ],
        ),
        (
            "hubspot.csv",
            "HubSpot",
            [
                Contact(
                    "David Roth",
                    "Roth Bau AG",
                    "Bauleiter",
                    "david.roth@roth-bau.ch",
                    "+41 52 123 45 67",
                ),
                Contact(
                    "Marco Brunner",
                    "Müller AG",
                    "Projektleiter",
                    "marco.brunner@mueller-ag.ch",
                    "+41 79 222 33 44",
                ),
            ],
        ),
        ("salesforce.csv", "Salesforce", [CLARA, JUERG]),
        (
            "salesforce_export.csv",
            "Salesforce",
            # The data export has the account's id, not its name: no company.
            [Contact("Clara Sommer", "", "Partnerin", CLARA.email, CLARA.phone)],
        ),
    ],
)
def test_csv_exports(name: str, product: str, expected: list[Contact]) -> None:
    assert _read(name) == expected
    source = read_contacts_file(FIXTURES / name)
    assert source.file_format == "csv"
    assert source.mapping is not None and source.mapping.product == product


def test_outlook_csv_row_without_name_or_address_is_counted() -> None:
    source = read_contacts_file(FIXTURES / "outlook.csv")
    assert source.nameless == 1
    assert [contact.record for contact in source.contacts] == [2, 3, 4]


def test_unknown_columns_are_mapped_by_choice() -> None:
    raw = "Kunde;Betrieb;Mail\nAnna Keller;Müller AG;anna@x.ch\n".encode("cp1252")
    with pytest.raises(InterchangeError) as error:
        parse_contacts(raw, "csv")
    assert str(error.value) == (
        "The file cannot be imported: no column is recognised as the name "
        "(the columns are Kunde, Betrieb, Mail)."
    )
    table = read_csv_table(raw)
    assert table.headers == ("Kunde", "Betrieb", "Mail")
    chosen = parse_contacts(
        raw, "csv", {ContactField.NAME: 0, ContactField.COMPANY: 1, ContactField.EMAIL: 2}
    )
    assert chosen.contacts == (Contact("Anna Keller", "Müller AG", "", "anna@x.ch", "", record=2),)


def test_a_choice_replaces_the_recognised_name_and_none_drops_a_field() -> None:
    raw = (FIXTURES / "google.csv").read_bytes()
    table = read_csv_table(raw)
    nickname = table.headers.index("File As")
    mapping = recognise_columns(table.headers).with_choices(
        {ContactField.NAME: nickname, ContactField.PHONE: None}
    )
    assert mapping.first(ContactField.NAME) == nickname
    assert mapping.first(ContactField.FIRST_NAME) is None
    assert mapping.first(ContactField.PHONE) is None
    assert mapping.first(ContactField.COMPANY) == table.headers.index("Organization Name")


@pytest.mark.parametrize(
    ("raw", "file_format", "sentence"),
    [
        (b"Name,Email\r\n", "vcf", "it is not a vCard file (.vcf)"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\n", "vcf", "its vCard data cannot be read ("),
        (b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n", "csv", "it is a vCard file, not CSV"),
        (b"just one line of words\r\n", "csv", "it is not a table of contacts with named columns"),
        (b"a,b\r\n\x00\x00\r\n", "csv", "it is not a text file"),
    ],
)
def test_refused_files(raw: bytes, file_format: str, sentence: str) -> None:
    with pytest.raises(InterchangeError) as error:
        parse_contacts(raw, file_format)  # type: ignore[arg-type]
    text = str(error.value)
    assert text.startswith("The file cannot be imported: ") and sentence in text
    assert text.endswith(".") and not text.endswith("..")


def test_the_format_from_name_or_content() -> None:
    assert guess_contacts_format(Path("a.VCF"), b"") == "vcf"
    assert guess_contacts_format(Path("a.csv"), b"BEGIN:VCARD") == "csv"
    assert guess_contacts_format(Path("export"), b"\xef\xbb\xbfBEGIN:VCARD\r\n") == "vcf"
    assert guess_contacts_format(Path("export"), b"Name,Email") == "csv"


def test_utf16_csv_from_excel() -> None:
    raw = "Name\tE-mail Address\r\nÄnni Müller\tanni@x.ch\r\n".encode("utf-16")
    assert parse_contacts(raw, "csv").contacts == (
        Contact("Änni Müller", "", "", "anni@x.ch", "", record=2),
    )
