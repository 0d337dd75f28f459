"""The `einwandfrei` command line: opens the window by default; library commands work headless.

Each command group lives in its own module with a `register(subcommands)` function, and `main`
wires them up. Commands that only read or write the library never import Qt (or Alembic,
unless a migration is due), so they start fast and run without a display. The language is chosen
first (`cli.language`: German under a German locale or with `--language de`), so that help,
messages and argparse's own words all speak it.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from einwandfrei import __version__
from einwandfrei.cli import (
    calendar_commands,
    contacts_command,
    deck_command,
    desktop_entry,
    library_commands,
    plan_commands,
    practice_commands,
    privacy_commands,
    sheet_command,
    team_commands,
)
from einwandfrei.cli.common import CommandError, add_global_options, report_unexpected
from einwandfrei.cli.language import _, error_text, install, requested_language
from einwandfrei.interchange.errors import InterchangeError
from einwandfrei.store.db.errors import LibraryError

COMMAND_MODULES = (
    library_commands,
    plan_commands,
    privacy_commands,
    calendar_commands,
    contacts_command,
    deck_command,
    practice_commands,
    desktop_entry,
    sheet_command,
    team_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    parser = argparse.ArgumentParser(
        prog="einwandfrei",
        description=_(
            "Prepare sales calls: your library of customer objections and prepared answers. "
            "Without a command, the window opens."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the version and exit"),
    )
    add_global_options(parser, suppress_defaults=False)
    subcommands = parser.add_subparsers(
        dest="command", metavar=_("COMMAND"), help=_("what to do (default: gui)")
    )
    gui = subcommands.add_parser(
        "gui",
        help=_("open the window (the default)"),
        description=_("Open the window on the library in the data folder."),
    )
    add_global_options(gui)
    gui.set_defaults(handler=_run_gui)
    for module in COMMAND_MODULES:
        module.register(subcommands)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from einwandfrei.app import run

    return run(args.data_dir, language=args.language, starter=args.starter)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status (0 ok, 1 failure, 2 usage)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    install(requested_language(arguments))
    parser = build_parser()
    args = parser.parse_args(arguments)
    if getattr(args, "handler", None) is None:
        args.handler = _run_gui
    logging.basicConfig(level=logging.WARNING, format="einwandfrei: %(message)s")
    try:
        return int(args.handler(args))
    except (CommandError, LibraryError, InterchangeError) as error:
        print(f"einwandfrei: {error_text(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`einwandfrei export | head`); nothing more to say.
        sys.stderr.close()
        return 0
    except Exception as error:
        print(f"einwandfrei: {report_unexpected(error)}", file=sys.stderr)
        return 1
