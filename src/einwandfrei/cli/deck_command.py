"""`einwandfrei deck`: the library as an Anki deck for the phone (imports `genanki` only when
the command runs)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from einwandfrei.cli.common import add_global_options, opened_library
from einwandfrei.cli.language import _, message_text

DEFAULT_FILE = "Einwandfrei.apkg"


def register(subcommands: Any) -> None:
    """Add `deck` to the parser."""
    deck = subcommands.add_parser(
        "deck",
        help=_("write the library as an Anki deck (.apkg) for AnkiDroid or AnkiMobile"),
        description=_(
            "Write one Anki note per objection: the objection on the front; what is behind it, the "
            "answers with their techniques and follow-up questions on the back. Categories and "
            "tags become Anki tags. Importing a later export into Anki updates the notes (and "
            "keeps their reviews) instead of adding them twice."
        ),
    )
    deck.add_argument(
        "--category",
        action="append",
        default=[],
        metavar=_("NAME"),
        help=_("only the objections of this category (repeatable; default: the whole library)"),
    )
    deck.add_argument(
        "-o",
        "--output",
        metavar=_("FILE.apkg"),
        type=Path,
        default=Path(DEFAULT_FILE),
        help=_("the deck file to write (default: {file} in the current folder)").format(
            file=DEFAULT_FILE
        ),
    )
    deck.set_defaults(handler=run_deck)
    add_global_options(deck)


def run_deck(args: argparse.Namespace) -> int:
    """Write the Anki deck."""
    from einwandfrei.interchange.anki_deck import export_deck, notes_written

    with opened_library(args, read_only_ok=True) as library:
        count = export_deck(library, args.output, categories=args.category)
    print(message_text(notes_written(count, args.output)))
    return 0
