"""`einwandfrei forget-customer NAME|ID`: erase a customer for good, backups included."""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import sys
from pathlib import Path
from typing import Any

from einwandfrei.cli.common import CommandError, add_global_options, data_dir, opened_library
from einwandfrei.cli.language import _, message_text


def register(subcommands: Any) -> None:
    """Add this module's commands to the parser."""
    forget = subcommands.add_parser(
        "forget-customer",
        help=_("erase a customer for good, from the library and every backup"),
        description=_(
            "Erase a customer for good: their details, call plans and call logs, and their name "
            "and e-mail address wherever the library's texts mention them — in the library, its "
            "search index, every backup in the data folder and the log files. The freed bytes "
            "are overwritten. This cannot be undone. Names the customer by id or by name (case "
            "does not matter); customers in the Trash count."
        ),
    )
    forget.add_argument("customer", metavar=_("NAME|ID"), help=_("the customer's name or id"))
    forget.add_argument(
        "--yes", action="store_true", help=_("do not ask for confirmation (for scripts)")
    )
    forget.set_defaults(handler=run_forget_customer)
    add_global_options(forget)


def held_by_a_window(folder: Path) -> bool:
    """Whether an Einwandfrei window on this machine holds the data folder's lock (Qt's
    QLockFile: the process id, then the program and host names)."""
    from einwandfrei.paths import LOCK_FILE_NAME

    try:
        lines = (folder / LOCK_FILE_NAME).read_text(encoding="utf-8").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return False
    if len(lines) > 2 and lines[2] != socket.gethostname():
        return True  # held on another computer: cannot tell, so assume it is
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _confirmed(question: str) -> bool:
    print(question, file=sys.stderr)
    print(_("Type yes to erase: "), end="", file=sys.stderr, flush=True)
    answers = {"y", "yes", *_("y|yes").split("|")}
    with contextlib.suppress(EOFError):
        return input().strip().lower() in answers
    return False


def run_forget_customer(args: argparse.Namespace) -> int:
    """Erase one customer everywhere, after saying what goes (unless --yes)."""
    from einwandfrei.paths import log_dir
    from einwandfrei.store.privacy.everywhere import forget_everywhere
    from einwandfrei.store.privacy.forget_customer import find_customer, preview_forget
    from einwandfrei.store.privacy.wording import forget_question, nothing_erased, open_in_a_window

    folder = data_dir(args)
    if held_by_a_window(folder):
        raise CommandError(open_in_a_window(folder))
    with opened_library(args) as library:
        with library.read() as connection:
            target = find_customer(connection, args.customer)
            preview = preview_forget(connection, target.customer_id)
        if not args.yes and not _confirmed(message_text(forget_question(preview, folder))):
            raise CommandError(nothing_erased())
        report = forget_everywhere(library, target.customer_id, log_folder=log_dir())
    sentences = report.sentences()
    for sentence in sentences[:-1] if report.still_named else sentences:
        print(message_text(sentence))
    if report.still_named:
        raise CommandError(sentences[-1])
    return 0
