"""`einwandfrei sheet`: print a call cheat sheet, a library booklet or pocket cards to a PDF file.

It works without a display (Qt's offscreen platform) and prints in the library's language. It
reads a current library directly with sqlite3 and imports neither SQLAlchemy nor Qt's widgets, so
the whole process costs little more than Qt itself; a library that must first be created or
migrated, or a read-only one with changes still in its log, goes through `opened_library`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from einwandfrei.cli.common import (
    CommandError,
    add_global_options,
    data_dir,
    opened_library,
    positive_number,
)
from einwandfrei.cli.language import _, ngettext

if TYPE_CHECKING:
    from einwandfrei.printing.jobs import PrintRequest
    from einwandfrei.store.db.sqlite_access import AnyConnection

LAYOUTS = ("sheet", "booklet", "cards")
PAPERS = ("a4", "letter", "a6", "index")


def register(subcommands: Any) -> None:
    """Add `sheet` to the parser."""
    sheet = subcommands.add_parser(
        "sheet",
        help=_("print a call cheat sheet, a library booklet or pocket cards to a PDF"),
        description=_(
            "Write a PDF: the cheat sheet of a call plan (--plan), or a booklet or pocket cards "
            "of the library, a category, a tag or the favourites. Works without a display; "
            "prints in the library's language."
        ),
    )
    what = sheet.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--plan",
        type=positive_number(_("expected a plan number like 12, not {value}")),
        metavar="ID",
        help=_("the call plan with this number"),
    )
    what.add_argument("--all", action="store_true", help=_("every objection in the library"))
    what.add_argument("--category", metavar=_("NAME"), help=_("the objections of one category"))
    what.add_argument("--tag", metavar=_("NAME"), help=_("the objections with this tag"))
    what.add_argument("--favorites", action="store_true", help=_("the favourite objections"))
    sheet.add_argument(
        "--layout",
        choices=LAYOUTS,
        help=_(
            "sheet: the call cheat sheet (needs --plan; the default with it); booklet: grouped "
            "by category with contents (the default otherwise); cards: one objection per card"
        ),
    )
    sheet.add_argument(
        "--paper",
        choices=PAPERS,
        help=_(
            "paper size (default: A4 or US Letter as the locale expects; A6 or 4×6 in index "
            "cards for cards); cards on A4 or Letter come four to a sheet with cutting lines"
        ),
    )
    sheet.add_argument(
        "--backs", action="store_true", help=_("cards: add back sides for double-sided printing")
    )
    sheet.add_argument(
        "-o",
        "--output",
        metavar=_("FILE.pdf"),
        required=True,
        type=Path,
        help=_("the PDF to write"),
    )
    sheet.set_defaults(handler=run_sheet)
    add_global_options(sheet)


def run_sheet(args: argparse.Namespace) -> int:
    """Write the PDF the arguments describe."""
    if args.layout == "sheet" and args.plan is None:
        problem = _("--layout sheet needs --plan ID (a call plan)")
        usage_error = _("%(prog)s: error: %(message)s\n")  # argparse's own words
        sys.stderr.write(usage_error % {"prog": "einwandfrei sheet", "message": problem})
        return 2
    request = _request(args)
    output = args.output.expanduser()
    if output.is_dir():
        raise CommandError(_("{path} is a folder; name the PDF file to write.").format(path=output))
    if not output.parent.is_dir():
        raise CommandError(_("The folder {path} does not exist.").format(path=output.parent))
    from einwandfrei.paths import library_path
    from einwandfrei.store.db.data_folder import check_data_folder
    from einwandfrei.store.db.sqlite_access import open_snapshot

    check_data_folder(data_dir(args))
    path = library_path(data_dir(args))
    with open_snapshot(path) as snapshot:
        if snapshot is not None:
            return _print(snapshot, request, output)
    # A library to create or migrate, or a read-only one that must be read from a private copy.
    with opened_library(args, read_only_ok=True) as library, library.read() as connection:
        return _print(connection, request, output)


def _request(args: argparse.Namespace) -> PrintRequest:
    from einwandfrei.planning.library_part import LibraryPart, PartKind
    from einwandfrei.printing.jobs import LayoutKind, PrintRequest
    from einwandfrei.printing.paper import Paper

    if args.category is not None:
        part = LibraryPart(PartKind.CATEGORY, name=args.category)
    elif args.tag is not None:
        part = LibraryPart(PartKind.TAG, name=args.tag)
    elif args.favorites:
        part = LibraryPart(PartKind.FAVOURITES)
    else:
        part = LibraryPart(PartKind.ALL)
    default = LayoutKind.SHEET if args.plan is not None else LayoutKind.BOOKLET
    return PrintRequest(
        layout=LayoutKind(args.layout) if args.layout else default,
        plan_id=args.plan,
        part=part,
        paper=Paper(args.paper) if args.paper else None,
        backs=args.backs,
    )


def _print(connection: AnyConnection, request: PrintRequest, output: Path) -> int:
    from einwandfrei.i18n import locale_for
    from einwandfrei.printing.headless import gui_application
    from einwandfrei.printing.jobs import PrintRequestError, build_layout
    from einwandfrei.printing.render import PrintingError, render_pdf
    from einwandfrei.printing.translation import install_print_translator
    from einwandfrei.store.library.record_reading import read_meta

    language = read_meta(connection, "language", "en") or "en"
    application = gui_application()
    translator = install_print_translator(language)
    try:
        layout = build_layout(connection, request, locale=locale_for(language))
        pages = render_pdf(output, layout, request.paper_for())
    except (PrintingError, PrintRequestError) as error:
        raise CommandError(str(error)) from error
    finally:
        if translator is not None:
            application.removeTranslator(translator)
    print(
        ngettext("Wrote {path} ({count} page).", "Wrote {path} ({count} pages).", pages).format(
            path=output, count=pages
        )
    )
    return 0
