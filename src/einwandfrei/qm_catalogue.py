"""Qt's compiled translations (`.qm`) read without Qt, for the command line's `gettext`.

The window reads the `.qm` catalogues with Qt's own `QTranslator`. The command line must start
without Qt, yet speak the same sentences — above all the `Message` templates of the Qt-free layers
(`messages_de.qm`, context "Messages"). This reads a `.qm` file into a `gettext` translations
object whose `pgettext(context, text)` answers as `QTranslator.translate(context, text)` would
(tests compare the two over every shipped catalogue).

The format, as `lrelease` writes it (Qt's `qtranslator.cpp`): a 16-byte magic number, then
sections, each a tag byte and a big-endian 32-bit length. The messages section is a run of
records, each a sequence of tagged fields up to an end tag: translations in UTF-16BE (one per
plural form), the source text, context and comment in UTF-8. Hashes, numerus rules and
dependencies are for lookups Qt does; a dictionary needs none of them.
"""

from __future__ import annotations

import gettext
import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags
_MESSAGES = 0x69
# Field tags of a message record
_END = 1
_SOURCE_TEXT_16 = 2
_TRANSLATION = 3
_CONTEXT_16 = 4
_OBSOLETE_1 = 5
_SOURCE_TEXT = 6
_CONTEXT = 7
_COMMENT = 8
_NULL = 0xFFFFFFFF

Key = tuple[str, str, str]  # context, source text, comment (the disambiguation)


class QmFormatError(ValueError):
    """The data is not a `.qm` catalogue this reader understands."""


def read_qm(data: bytes) -> dict[Key, tuple[str, ...]]:
    """Every message of a `.qm` catalogue: (context, source, comment) → its translation(s)."""
    if data[:16] != MAGIC:
        raise QmFormatError("not a Qt translation file")
    position = 16
    messages: dict[Key, tuple[str, ...]] = {}
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack_from(">I", data, position + 1)
        start = position + 5
        if start + length > len(data):
            raise QmFormatError("a section runs past the end of the file")
        if tag == _MESSAGES:
            messages.update(_messages(data[start : start + length]))
        position = start + length
    return messages


def _messages(block: bytes) -> dict[Key, tuple[str, ...]]:
    messages: dict[Key, tuple[str, ...]] = {}
    position = 0
    translations: list[str] = []
    fields = {_CONTEXT: "", _SOURCE_TEXT: "", _COMMENT: ""}
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == _END:
            key = (fields[_CONTEXT], fields[_SOURCE_TEXT], fields[_COMMENT])
            if translations:
                messages[key] = tuple(translations)
            translations = []
            fields = {_CONTEXT: "", _SOURCE_TEXT: "", _COMMENT: ""}
            continue
        if tag == _OBSOLETE_1:
            position += 4
            continue
        if position + 4 > len(block):
            raise QmFormatError("a message field runs past its section")
        (length,) = struct.unpack_from(">I", block, position)
        position += 4
        if length == _NULL:
            continue
        raw = block[position : position + length]
        position += length
        if tag == _TRANSLATION:
            translations.append(raw.decode("utf-16-be"))
        elif tag in (_SOURCE_TEXT, _CONTEXT, _COMMENT):
            fields[tag] = raw.decode("utf-8")
        elif tag == _SOURCE_TEXT_16:
            fields[_SOURCE_TEXT] = raw.decode("utf-16-be")
        elif tag == _CONTEXT_16:
            fields[_CONTEXT] = raw.decode("utf-16-be")
        else:
            raise QmFormatError(f"unknown message field {tag}")
    return messages


class QmTranslations(gettext.NullTranslations):
    """A `.qm` catalogue as `gettext` translations: `pgettext(context, text)` looks it up (the
    first form of a plural message); other lookups return the text as it is. It ends a chain of
    catalogues (`GNUTranslations.add_fallback`)."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self._messages: dict[tuple[str, str], str] = {}
        if path is not None:
            for (context, source, comment), forms in read_qm(path.read_bytes()).items():
                if not comment and forms[0]:
                    self._messages[(context, source)] = forms[0]

    def pgettext(self, context: str, message: str) -> str:
        """`message` translated in `context`, else `message` as it is."""
        return self._messages.get((context, message), message)
