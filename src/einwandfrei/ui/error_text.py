"""The sentence to show for an error, in the interface's language.

Errors from `store` and `interchange` carry a `Message` (English templates and their values);
here each template is looked up in the "Messages" translations (`messages_de.ts`) and the values
are put in. Values that are plain text — file names, the user's own objections, SQLite's words —
are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from einwandfrei.messages import CONTEXT, Message, error_sentence, sentence


def translate_template(template: str) -> str:
    """A `Message` template in the interface's language."""
    return QCoreApplication.translate(CONTEXT, template)


def message_text(message: Message | str) -> str:
    """A message in the interface's language (text without a template is returned as it is)."""
    return sentence(message, translate_template)


def error_text(error: BaseException) -> str:
    """The sentence for `error`: its translated `message` if it has one, else `str(error)`."""
    return error_sentence(error, translate_template)
