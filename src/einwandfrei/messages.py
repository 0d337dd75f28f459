"""Sentences for the user that the layers without Qt write: English templates, translated on show.

`store` and `interchange` cannot call Qt's translator, so an error there carries a `Message`: an
English template with named `{placeholders}` and the values for them (a value may itself be a
`Message`, so a sentence can be put together from translatable parts). `str()` renders it in
English (what the command line prints); the window translates each template on its way to the
screen (`einwandfrei.ui.error_text`).

Every template is written where it is used, inside `QT_TRANSLATE_NOOP("Messages", "…")`, which
`pyside6-lupdate` collects into `resources/translations/messages_de.ts` (top level). A translation
keeps the placeholders of its template; one that does not is ignored and the English is shown
instead.

After adding or changing a template (tests/messages/test_catalogue.py notices), run
`.venv/bin/python tools/build_resources.py --update`, translate the new entries in
`messages_de.ts` and run `tools/build_resources.py` again to compile them. A sentence whose German
needs another structure gets its own whole template (see `vocabulary`: one sentence per kind of
entry), never one glued together from translated words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Union

CONTEXT = "Messages"
"""The translation context of every template."""

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

Value = Union[str, int, PurePath, "Message"]
"""What a placeholder stands for. Text is shown as it is: user data, file names, SQLite's words."""

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` as a template to translate in `context`; returns it unchanged."""
    return text


def placeholders(template: str) -> set[str]:
    """The names of the `{placeholders}` in a template."""
    return set(_PLACEHOLDER.findall(template))


class Message:
    """One sentence (or part of one) to show: an English template and its values."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: Value) -> None:
        wanted = placeholders(template)
        if wanted != values.keys():
            raise ValueError(
                f"the template {template!r} needs {sorted(wanted)}, not {sorted(values)}"
            )
        self.template = template
        self.values = values

    def render(self, translate: Translate | None = None) -> str:
        """The sentence, its templates passed through `translate` (none: the English)."""
        template = self.template
        if translate is not None:
            translated = translate(template)
            if translated and placeholders(translated) == placeholders(template):
                template = translated

        def value(match: re.Match[str]) -> str:
            item = self.values[match.group(1)]
            return item.render(translate) if isinstance(item, Message) else str(item)

        return _PLACEHOLDER.sub(value, template)

    def templates(self) -> Iterator[str]:
        """This template and those of the messages among its values, depth first."""
        yield self.template
        for item in self.values.values():
            if isinstance(item, Message):
                yield from item.templates()

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted(self.values.items(), key=lambda kv: kv[0]))))


def as_message(value: Message | str) -> Message:
    """`value` as a message; text that comes without a template is shown as it is."""
    if isinstance(value, Message):
        return value
    return Message(QT_TRANSLATE_NOOP("Messages", "{text}"), text=value)


def sentence(value: Message | str, translate: Translate) -> str:
    """A message in the language `translate` speaks; text without a template as it is."""
    if isinstance(value, Message):
        return value.render(translate)
    return value


def error_sentence(error: BaseException, translate: Translate) -> str:
    """The sentence of an error: its `message` in the language `translate` speaks if it has
    one, else `str(error)`."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message.render(translate)
    return str(error)
