"""`einwandfrei deck`: the library as an Anki deck for the phone (imports `genanki` only when
the command runs)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from einwandfrei.cli.common import add_global_options, opened_library

DEFAULT_FILE = "Einwandfrei.apkg"


def register(subcommands: Any) -> None:
    """Add `deck` to the parser."""
    deck = subcommands.add_parser(
        "deck",
        help="write the library as an Anki deck (.apkg) for AnkiDroid or AnkiMobile",
        description="Write one Anki note per objection: the objection on the front; what is "
        "behind it, the answers with their techniques and follow-up questions on the back. "
        "Categories and tags become Anki tags. Importing a later export into Anki updates the "
        "notes (and keeps their reviews) instead of adding them twice.",
    )
    deck.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="NAME",
        help="only the objections of this category (repeatable; default: the whole library)",
    )
    deck.add_argument(
        "-o",
        "--output",
        metavar="FILE.apkg",
        type=Path,
        default=Path(DEFAULT_FILE),
        help=f"the deck file to write (default: {DEFAULT_FILE} in the current folder)",
    )
    deck.set_defaults(handler=run_deck)
    add_global_options(deck)


def run_deck(args: argparse.Namespace) -> int:
    """Write the Anki deck."""
    from einwandfrei.interchange.anki_deck import export_deck, notes_written

    with opened_library(args) as library:
        count = export_deck(library, args.output, categories=args.category)
    print(notes_written(count, args.output).render())
    return 0
