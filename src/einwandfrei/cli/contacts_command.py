"""`einwandfrei contacts-import`: merge the customers of a vCard file or a CSV contact export.

Imports `vobject` (and SQLAlchemy) only when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from einwandfrei.cli.common import CommandError, add_global_options, opened_library
from einwandfrei.cli.language import _, message_text
from einwandfrei.planning.contacts import ContactField

FIELDS = ("name", "first_name", "last_name", "company", "role", "email", "phone")


def register(subcommands: Any) -> None:
    """Add `contacts-import` to the parser."""
    contacts = subcommands.add_parser(
        "contacts-import",
        help=_("merge customers from a vCard file or a CSV contact export (all or nothing)"),
        description=_(
            "Read name, company, role, email and phone of each contact in a vCard file (.vcf, as "
            "Outlook, Apple Contacts and Google export it) or a CSV contact export of Outlook, "
            "Google, HubSpot or Salesforce, and merge them into the customers: a contact with a "
            "customer's address, or their name and company, updates that customer instead of "
            "adding a twin. A file that cannot be read changes nothing."
        ),
    )
    contacts.add_argument("file", metavar=_("FILE"), type=Path, help=_("the .vcf or .csv file"))
    contacts.add_argument(
        "--format", choices=("vcf", "csv"), help=_("the file's format (default: from its name)")
    )
    contacts.add_argument(
        "--column",
        action="append",
        default=[],
        metavar=_("FIELD=HEADER"),
        help=_(
            "CSV: read FIELD from the column named HEADER instead of the recognised columns (FIELD "
            "is one of {fields}; repeatable)"
        ).format(fields=", ".join(FIELDS)),
    )
    contacts.add_argument(
        "--dry-run", action="store_true", help=_("check and count, change nothing")
    )
    contacts.set_defaults(handler=run_contacts_import)
    add_global_options(contacts)


def _columns(args: argparse.Namespace, path: Path) -> dict[ContactField, int | None] | None:
    """The --column choices as column numbers of the file's header (None: none given)."""
    if not args.column:
        return None
    from einwandfrei.interchange.csv_contacts import read_csv_table
    from einwandfrei.interchange.file_reading import read_bounded

    headers = [header.casefold() for header in read_csv_table(read_bounded(path)).headers]
    chosen: dict[ContactField, int | None] = {}
    for item in args.column:
        field, _equals, header = item.partition("=")
        if field.strip() not in FIELDS or not header.strip():
            raise CommandError(
                _("--column expects FIELD=HEADER with FIELD one of {fields}.").format(
                    fields=", ".join(FIELDS)
                )
            )
        if header.strip().casefold() not in headers:
            raise CommandError(
                _("The file {path} has no column “{header}”.").format(
                    path=path, header=header.strip()
                )
            )
        chosen[ContactField(field.strip())] = headers.index(header.strip().casefold())
    return chosen


def run_contacts_import(args: argparse.Namespace) -> int:
    """Merge the contacts of a file into the customers."""
    from einwandfrei.interchange.contacts_import import import_report, read_contacts_file
    from einwandfrei.store.calls.contact_merge import merge_contacts

    source = read_contacts_file(args.file, args.format, _columns(args, args.file))
    with opened_library(args) as library:
        result = merge_contacts(library, source.contacts, dry_run=args.dry_run)
    for line in import_report(source, result):
        print(message_text(line))
    return 0
