"""Build the command line's German catalogue (gettext) from the sentences of its sources.

    .venv/bin/python tools/build_cli_catalogue.py           compile the .po into the .mo
    .venv/bin/python tools/build_cli_catalogue.py --update  first collect the sentences of
                                                             cli/*.py and argparse's own words
                                                             into the .po (new ones untranslated)
    .venv/bin/python tools/build_cli_catalogue.py --check   change nothing; exit 1 when the .po
                                                             or the .mo is out of date

What comes from what (Babel extracts and compiles; the command line reads the .mo with Python's
own gettext, so it needs neither Babel nor Qt):

    src/einwandfrei/cli/*.py: _("…"), ngettext("…", "…", n), N_("…")  ┐
    the running Python's argparse.py: _("…"), ngettext(…)              ┴→ resources/translations/
                                                                          cli_de.po (translated by
                                                                          hand) → src/einwandfrei/
                                                                          resources/translations/
                                                                          cli_de.mo

argparse's words differ a little between Python versions; the catalogue holds those of the version
named in its header (`ARGPARSE_PYTHON`), and `--update` on another version says so.
"""

from __future__ import annotations

import argparse
import inspect
import io
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
CLI_SOURCES = ROOT / "src" / "einwandfrei" / "cli"
PO = ROOT / "resources" / "translations" / "cli_de.po"
MO = ROOT / "src" / "einwandfrei" / "resources" / "translations" / "cli_de.mo"
LOCALE = "de_CH"
ARGPARSE_PYTHON = "3.11"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
OUR_KEYWORDS: dict[str, Any] = {"_": None, "ngettext": (1, 2), "N_": None}
ARGPARSE_KEYWORDS: dict[str, Any] = {"_": None, "ngettext": (1, 2)}

Message = str | tuple[str, ...]


def _extract(path: Path, keywords: dict[str, Any]) -> Iterable[tuple[Path, int, Message]]:
    for line, message, _comments, _context in extract_from_file("python", str(path), keywords):
        yield path, line, message


def extracted() -> list[tuple[Path, int, Message]]:
    """Every sentence of the command line's sources, then argparse's own words."""
    found: list[tuple[Path, int, Message]] = []
    for source in sorted(CLI_SOURCES.glob("*.py")):
        found.extend(_extract(source, OUR_KEYWORDS))
    argparse_source = inspect.getsourcefile(argparse)
    assert argparse_source is not None
    found.extend(_extract(Path(argparse_source), ARGPARSE_KEYWORDS))
    return found


def template() -> Catalog:
    """A fresh catalogue of every sentence to translate, untranslated."""
    catalog = Catalog(
        locale=LOCALE,
        domain="cli",
        project="Einwandfrei",
        version="1",
        msgid_bugs_address="",
        last_translator="Einwandfrei",
        language_team="Einwandfrei",
        fuzzy=False,
    )
    for path, line, message in extracted():
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else Path("argparse.py")
        catalog.add(message, locations=[(str(where), line)])
    return catalog


def read_catalogue(path: Path = PO) -> Catalog:
    """The translated catalogue."""
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=LOCALE)
    # Babel stamps missing dates with the time of reading; a build must not depend on it.
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    return catalog


def updated(current: Catalog) -> Catalog:
    """`current` with the sentences the sources hold now: new ones added untranslated, vanished
    ones dropped, translations kept."""
    current.update(template(), no_fuzzy_matching=True, update_header_comment=False)
    current.obsolete.clear()
    return current


def po_bytes(catalog: Catalog) -> bytes:
    """The .po file of `catalog`, without the volatile dates."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_by_file=False, no_location=True)
    lines = [
        line
        for line in buffer.getvalue().decode("utf-8").splitlines(keepends=True)
        if not line.startswith(('"POT-Creation-Date', '"PO-Revision-Date'))
    ]
    return "".join(lines).encode("utf-8")


def mo_bytes(catalog: Catalog) -> bytes:
    """The compiled .mo of `catalog`."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def main() -> int:
    """Update and compile as the arguments say; exit status 1 when --check finds stale files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true", help="collect the sources' sentences")
    parser.add_argument("--check", action="store_true", help="change nothing, report staleness")
    args = parser.parse_args()
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    if version != ARGPARSE_PYTHON:
        print(f"note: argparse's words are those of Python {ARGPARSE_PYTHON}, not {version}")
    catalog = read_catalogue() if PO.is_file() else template()
    stale = []
    if args.update or args.check:
        fresh = po_bytes(updated(read_catalogue() if PO.is_file() else template()))
        if not PO.is_file() or PO.read_bytes() != fresh:
            stale.append(PO)
            if not args.check:
                PO.parent.mkdir(parents=True, exist_ok=True)
                PO.write_bytes(fresh)
        catalog = read_catalogue() if PO.is_file() else catalog
    compiled = mo_bytes(catalog)
    if not MO.is_file() or MO.read_bytes() != compiled:
        stale.append(MO)
        if not args.check:
            MO.write_bytes(compiled)
    for path in stale:
        print(f"{'out of date' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    untranslated = [message.id for message in catalog if message.id and not message.string]
    if untranslated:
        print(f"{len(untranslated)} sentences wait for a translation in {PO.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
