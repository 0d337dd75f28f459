"""The error for a file that cannot be imported."""

from __future__ import annotations

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message, as_message


class InterchangeError(Exception):
    """A file was refused; `str()` is one sentence naming the record or line and the reason.

    `message` is that sentence as a `Message`, for the window to translate.
    """

    def __init__(self, message: Message) -> None:
        self.message = as_message(message)  # plain text only arrives from unpickling
        super().__init__(self.message.render())


def refused_file(problem: Message) -> InterchangeError:
    """The whole file is refused: "The file cannot be imported: " and `problem`."""
    return InterchangeError(
        Message(
            QT_TRANSLATE_NOOP("Messages", "The file cannot be imported: {problem}."),
            problem=problem,
        )
    )
