"""Commands on the library itself: search, import, export, check, backup, restore."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from einwandfrei.cli.common import (
    CommandError,
    add_global_options,
    data_dir,
    opened_library,
    positive_number,
    write_output,
)
from einwandfrei.cli.language import N_, _, message_template, ngettext

if TYPE_CHECKING:
    from einwandfrei.store.transfer.merge import MergeReport


def register(subcommands: Any) -> None:
    """Add this module's commands to the parser."""
    search = subcommands.add_parser(
        "search",
        help=_("find objections and answers"),
        description=_(
            "Ranked matches over objection texts, responses, tags and notes. Case, accents and "
            "German spellings do not matter; the last word may be a prefix."
        ),
    )
    search.add_argument("query", metavar=_("QUERY"), help=_("what the customer said (any text)"))
    search.add_argument(
        "--limit",
        type=positive_number(_("expected a whole number of at least 1, not {value}")),
        default=10,
        metavar="N",
        help=_("at most N (10)"),
    )
    search.add_argument("--json", action="store_true", help=_("print a JSON list"))
    search.set_defaults(handler=run_search)

    export = subcommands.add_parser(
        "export",
        help=_("write the library as JSON, CSV or Markdown"),
        description=_(
            "Write the whole library: JSON (the full format, for import), CSV (for "
            "spreadsheets) or Markdown (for reading). From a damaged library, everything "
            "readable is written and the damaged records are counted (exit status 1)."
        ),
    )
    export.add_argument(
        "--format",
        choices=("json", "csv", "md"),
        default="json",
        help=_("the file format (default: json)"),
    )
    export.add_argument(
        "-o", "--output", metavar=_("FILE"), help=_("write to FILE (default: stdout)")
    )
    export.set_defaults(handler=run_export)

    imports = subcommands.add_parser(
        "import",
        help=_("merge a JSON or CSV file into the library (all or nothing)"),
        description=_(
            "Merge a library file. A file with any invalid record changes nothing. Objections "
            "already in the library (same text and category) are merged, not doubled."
        ),
    )
    imports.add_argument(
        "file", metavar=_("FILE"), type=Path, help=_("the JSON or CSV file to merge")
    )
    imports.add_argument(
        "--format", choices=("json", "csv"), help=_("the file's format (default: from its name)")
    )
    imports.add_argument(
        "--dry-run", action="store_true", help=_("check and count, change nothing")
    )
    imports.set_defaults(handler=run_import)

    check = subcommands.add_parser(
        "check",
        help=_("check the database and the search index (exit 1 if anything is wrong)"),
        description=_(
            "Run SQLite's integrity and reference checks and compare the search index with the "
            "library. Exits 1 and says what is wrong, 0 when all is well. Damage to the "
            "database itself needs a backup: see `einwandfrei restore`."
        ),
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help=_(
            "if the search index is all that is wrong, rebuild it from the library and check "
            "again (the database itself is never patched)"
        ),
    )
    check.set_defaults(handler=run_check)

    backup = subcommands.add_parser(
        "backup",
        help=_("back up the library now"),
        description=_(
            "Back up the library now, with SQLite's online backup, into the backups folder "
            "beside it or to FILE."
        ),
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar=_("FILE"),
        type=Path,
        help=_("write the backup to FILE (default: a new file in the backups folder)"),
    )
    backup.set_defaults(handler=run_backup)

    restore = subcommands.add_parser(
        "restore",
        help=_("replace the library with a backup (the current one is backed up first)"),
        description=_(
            "Replace the library with a backup. The current library is backed up first; a "
            "damaged one is moved aside, never deleted."
        ),
    )
    restore.add_argument("file", metavar=_("FILE"), type=Path, help=_("the backup to restore"))
    restore.set_defaults(handler=run_restore)

    for parser in (search, export, imports, check, backup, restore):
        add_global_options(parser)


def run_search(args: argparse.Namespace) -> int:
    """Print the ranked matches for a query."""
    from einwandfrei.interchange.json_format import objection_to_dict
    from einwandfrei.store.library.search import search

    with opened_library(args, read_only_ok=True) as library, library.read() as connection:
        results = search(connection, args.query, limit=args.limit)
    if args.json:
        document = [objection_to_dict(objection, with_ids=True) for objection in results]
        write_output(json.dumps(document, ensure_ascii=False, indent=2) + "\n", None)
        return 0
    lines: list[str] = []
    for objection in results:
        category = f"  [{objection.category}]" if objection.category else ""
        lines.append(f"{objection.id:>6}  {objection.text}{category}")
        for response in objection.responses:
            technique = f" ({response.technique})" if response.technique else ""
            lines.append(f"        → {response.text}{technique}")
    if not results:
        lines.append(_("No matches."))
    write_output("\n".join(lines) + "\n", None)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the library in the chosen format."""
    from einwandfrei.interchange.files import export_readable

    with opened_library(args, read_only_ok=True) as library:
        exported = export_readable(library, args.format, translate=message_template)
    write_output(exported.text, args.output)
    if exported.unreadable:
        # Everything readable was written; the exit status still says the export is incomplete.
        raise CommandError(
            ngettext(
                "{count} record of the library is damaged and could not be read; everything "
                "else was exported — restore a backup with `einwandfrei restore FILE` to get it "
                "back.",
                "{count} records of the library are damaged and could not be read; everything "
                "else was exported — restore a backup with `einwandfrei restore FILE` to get them "
                "back.",
                exported.unreadable,
            ).format(count=exported.unreadable)
        )
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Merge a file into the library, all or nothing."""
    from einwandfrei.interchange.files import import_content, stream_library_file

    # A bad file is refused before the library is opened; a bad line deep in a large CSV file
    # while it is merged, which then changes nothing.
    content = stream_library_file(args.file, args.format)
    with opened_library(args) as library:
        result = import_content(library, content, dry_run=args.dry_run)
    print(_import_summary(result.report, dry_run=result.dry_run))
    return 0


def _import_summary(report: MergeReport, *, dry_run: bool) -> str:
    """ "Added 3 objections and 1 response; 2 objections were …", each count in its own form."""
    objections = ngettext(
        "{count} objection", "{count} objections", report.objections_added
    ).format(count=report.objections_added)
    responses = ngettext("{count} response", "{count} responses", report.responses_added).format(
        count=report.responses_added
    )
    merged = ngettext(
        "{count} objection was already in the library and was merged",
        "{count} objections were already in the library and were merged",
        report.objections_merged,
    ).format(count=report.objections_merged)
    categories = ngettext(
        "{count} new category", "{count} new categories", report.categories_added
    ).format(count=report.categories_added)
    tags = ngettext("{count} new tag", "{count} new tags", report.tags_added).format(
        count=report.tags_added
    )
    template = (
        _("Would add {objections} and {responses}; {merged} ({categories}, {tags}).")
        if dry_run
        else _("Added {objections} and {responses}; {merged} ({categories}, {tags}).")
    )
    return template.format(
        objections=objections,
        responses=responses,
        merged=merged,
        categories=categories,
        tags=tags,
    )


def run_check(args: argparse.Namespace) -> int:
    """Report problems with the database or its search index; with --repair, rebuild the index."""
    from einwandfrei.store.db.integrity_check import inspect_library, repair_search_index

    with opened_library(args, read_only_ok=True) as library:
        result = inspect_library(library)
        if result.sound:
            print(_("The library is in good order."))
            return 0
        if not result.repairable:
            raise CommandError(" ".join([*result.problems, _(RESTORE_HINT)]))
        if not args.repair:
            raise CommandError(" ".join([*result.problems, _(REPAIR_HINT)]))
        for problem in result.problems:
            print(problem)
        indexed = repair_search_index(library)
        print(
            ngettext(
                "Rebuilt the search index for {count} objection.",
                "Rebuilt the search index for {count} objections.",
                indexed,
            ).format(count=indexed)
        )
        after = inspect_library(library)
    if not after.sound:
        raise CommandError(
            " ".join([_("The rebuilt search index did not mend everything."), *after.problems])
        )
    print(_("The library is in good order."))
    return 0


RESTORE_HINT = N_(
    "The database itself is damaged, which --repair does not mend: restore a backup with "
    "`einwandfrei restore FILE`."
)
REPAIR_HINT = N_("Only the search index is affected: `einwandfrei check --repair` rebuilds it.")


def run_backup(args: argparse.Namespace) -> int:
    """Back up the library now."""
    from einwandfrei.store.db.backup import backup_library

    with opened_library(args) as library:
        target = backup_library(library, args.output.expanduser() if args.output else None)
    print(_("Backed up to {path}").format(path=target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Replace the library with a backup, after backing up the current one."""
    from einwandfrei.paths import library_path
    from einwandfrei.store.db.backup import (
        check_restorable,
        replace_damaged_library,
        restore_library,
    )
    from einwandfrei.store.db.connection import library_exists, open_library
    from einwandfrei.store.db.errors import DamagedLibraryError

    source = args.file.expanduser().resolve()
    check_restorable(source)
    path = library_path(data_dir(args))
    if not library_exists(path):
        raise CommandError(_("There is no library at {path} to restore into.").format(path=path))
    try:
        library = open_library(path)
    except DamagedLibraryError:
        aside = replace_damaged_library(path, source)
        print(
            _("Restored {backup}; the damaged library was moved to {path}").format(
                backup=source, path=aside
            )
        )
        return 0
    with library:
        safety = restore_library(library, source)
    print(
        _("Restored {backup}; the previous library is saved as {path}").format(
            backup=source, path=safety
        )
    )
    return 0
