"""The error for a file that cannot be imported."""

from __future__ import annotations

from einwandfrei.messages import Message, as_message


class InterchangeError(Exception):
    """A file was refused; `str()` is one sentence naming the record or line and the reason.

    `message` is that sentence as a `Message`, for the window to translate.
    """

    def __init__(self, message: Message) -> None:
        self.message = as_message(message)  # plain text only arrives from unpickling
        super().__init__(self.message.render())
