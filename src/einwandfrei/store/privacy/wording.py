"""The sentences of `einwandfrei forget-customer` (the window has its own dialog)."""

from __future__ import annotations

from pathlib import Path

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.store.privacy.forget_customer import ForgetPreview


def forget_question(preview: ForgetPreview, data_dir: Path) -> Message:
    """What erasing the customer removes, asked before it is done."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This erases “{name}” for good: the customer, call plans: {plans}, call logs: {logs}, "
            "and their name in {texts} texts elsewhere in the library — also from every backup in "
            "{folder}. It cannot be undone.",
        ),
        name=preview.target.name,
        plans=preview.plans,
        logs=preview.call_logs,
        texts=preview.mentions,
        folder=data_dir,
    )


def open_in_a_window(data_dir: Path) -> Message:
    """The library is open in a window, whose undo history could bring the customer back."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The library in {folder} is open in an Einwandfrei window; erase the customer there "
            "(in the Calls view’s Trash) or close the window first.",
        ),
        folder=data_dir,
    )


def nothing_erased() -> Message:
    """The user did not confirm."""
    return Message(QT_TRANSLATE_NOOP("Messages", "Nothing was erased."))
