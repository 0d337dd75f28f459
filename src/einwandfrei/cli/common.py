"""What every command shares: global options, opening the library, writing output safely."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from einwandfrei.cli.language import _, error_text
from einwandfrei.languages import SUPPORTED_LANGUAGES
from einwandfrei.messages import Message
from einwandfrei.paths import resolve_data_dir

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library

log = logging.getLogger(__name__)


class CommandError(Exception):
    """A command cannot do what was asked: one sentence for stderr, already in the command line's
    language (or a `Message`, translated when printed)."""

    def __init__(self, sentence: str | Message) -> None:
        self.message = sentence
        super().__init__(sentence if isinstance(sentence, str) else sentence.render())


def add_global_options(parser: argparse.ArgumentParser, *, suppress_defaults: bool = True) -> None:
    """--data-dir, --language and --no-starter, accepted before or after the command name."""
    default = argparse.SUPPRESS if suppress_defaults else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=_(
            "the folder holding the library (default: $EINWANDFREI_DATA_DIR, else the user's "
            "data folder)"
        ),
    )
    parser.add_argument(
        "--language",
        choices=SUPPORTED_LANGUAGES,
        default=default,
        help=_(
            "the language of the messages, and of the starter library when a new library is "
            "created (default: the system's)"
        ),
    )
    parser.add_argument(
        "--no-starter",
        dest="starter",
        action="store_false",
        default=argparse.SUPPRESS if suppress_defaults else True,
        help=_("create a new library empty, without the starter library"),
    )


def positive_number(refusal: str) -> Callable[[str], int]:
    """An argparse type for a whole number of at least 1; anything else is refused with the
    sentence `refusal`, its `{value}` the value given (quoted)."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = 0
        if number < 1:
            raise argparse.ArgumentTypeError(refusal.format(value=repr(value)))
        return number

    return parse


def iso_day(value: str) -> date:
    """An option's day, written as ISO 8601 says (2025-03-18)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("expected a date like 2025-03-18, not {value}").format(value=repr(value))
        ) from None


def data_dir(args: argparse.Namespace) -> Path:
    """The data folder the arguments and environment name."""
    return resolve_data_dir(args.data_dir)


@contextlib.contextmanager
def opened_library(args: argparse.Namespace, *, read_only_ok: bool = False) -> Iterator[Library]:
    """The library in the data folder (created on first use), closed afterwards.

    Commands that only read pass `read_only_ok`: a library on read-only media is read, not refused.
    """
    from einwandfrei.library_folder import open_data_folder

    library = open_data_folder(
        data_dir(args),
        language=args.language,
        starter=args.starter,
        read_only_ok=read_only_ok,
        reindexing=_say_reindexing,
    )
    try:
        yield library
    finally:
        library.close()


def _say_reindexing(done: int, total: int) -> None:
    """Say once, on stderr, that an older library's search index is being built anew."""
    if done == 0:
        print(
            _("Updating the search index for this version ({count} objections)…").format(
                count=total
            ),
            file=sys.stderr,
        )


def write_output(text: str | bytes, target: str | None) -> None:
    """Write `text` (as UTF-8, or bytes as they are) to a file (atomically) or, without a target
    or for "-", to stdout."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    if target in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = Path(target).expanduser()
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            handle.write(data)
        Path(handle.name).replace(path)
    except OSError as error:
        with contextlib.suppress(OSError, NameError):
            Path(handle.name).unlink()
        raise CommandError(
            _("{path} cannot be written ({reason}).").format(path=path, reason=error.strerror)
        ) from error


def report_unexpected(error: Exception) -> str:
    """Log an unexpected error's traceback to the log file and say where it is, in one sentence."""
    from einwandfrei.crash_log import log_error

    described = f"{type(error).__name__}: {error_text(error)}"
    log_file = log_error(error, where="command line")
    if log_file is None:
        return _("an unexpected error stopped the command ({error}).").format(error=described)
    return _("an unexpected error stopped the command ({error}); details are in {log}.").format(
        error=described, log=log_file
    )
