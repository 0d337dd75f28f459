"""The command line's language: German under a German locale or with `--language de`, else
English — messages, help, argparse's own words and plural forms alike, without Qt.

The command line speaks through Python's `gettext`, which argparse itself uses:

- its own sentences are marked with `_("…")`, `ngettext("…", "…", n)` (plural forms, chosen by
  the catalogue's Plural-Forms rule) or `N_("…")` (marked now, translated where used), and live
  in `resources/translations/cli_<language>.po`, compiled to `cli_<language>.mo` (see
  docs/development.md);
- argparse's own words ("usage:", "positional arguments", "options", its error messages) are in
  the same catalogue, under the very words of the running Python's argparse (a test extracts them
  from its source); `install` points argparse's lookups at the catalogue;
- the `Message` sentences of the Qt-free layers (errors from the store and the file formats) come
  from the window's own `messages_<language>.qm`, read without Qt (`einwandfrei.qm_catalogue`).

`install(language)` happens once, before the parser is built; everything printed afterwards
speaks that language.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Sequence
from pathlib import Path

from einwandfrei.languages import SUPPORTED_LANGUAGES, system_language
from einwandfrei.messages import CONTEXT, Message, error_sentence, sentence
from einwandfrei.qm_catalogue import QmTranslations

_active: gettext.NullTranslations = gettext.NullTranslations()


def requested_language(argv: Sequence[str]) -> str:
    """The language the arguments ask for (`--language de`, before any `--`), else the
    system's."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        value = None
        if argument == "--language" and index + 1 < len(argv):
            value = argv[index + 1]
        elif argument.startswith("--language="):
            value = argument.partition("=")[2]
        if value in SUPPORTED_LANGUAGES:
            return value
    return system_language()


def _folder() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def translations(language: str) -> gettext.NullTranslations:
    """The catalogues of `language` (English: none, the sentences are written in it)."""
    folder = _folder()
    messages = folder / f"messages_{language}.qm"
    fallback = QmTranslations(messages if messages.is_file() else None)
    compiled = folder / f"cli_{language}.mo"
    if not compiled.is_file():
        return fallback
    with compiled.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    catalogue.add_fallback(fallback)
    return catalogue


def install(language: str) -> None:
    """Speak `language` from now on, argparse included."""
    global _active
    _active = translations(language)
    # argparse looks its words up through these two names of its own module (it imported them
    # from gettext); pointing them at the catalogue is how its usage, headings and errors follow
    # `--language` and not only the environment.
    argparse._ = _active.gettext  # type: ignore[attr-defined]
    argparse.ngettext = _active.ngettext  # type: ignore[attr-defined]


def _(text: str) -> str:
    """`text` in the command line's language."""
    return _active.gettext(text)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of `singular`/`plural` for `count`, in the command line's language."""
    return _active.ngettext(singular, plural, count)


def N_(text: str) -> str:  # noqa: N802 - the name gettext's extractors look for
    """Mark `text` for translation where it is used; returns it unchanged."""
    return text


def message_template(template: str) -> str:
    """A `Message` template of the Qt-free layers in the command line's language."""
    return _active.pgettext(CONTEXT, template)


def message_text(message: Message | str) -> str:
    """A `Message` of the Qt-free layers in the command line's language."""
    return sentence(message, message_template)


def error_text(error: BaseException) -> str:
    """The sentence of an error: its translated `message` if it has one, else `str(error)`."""
    return error_sentence(error, message_template)
