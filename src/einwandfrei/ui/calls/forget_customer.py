"""Delete Customer Permanently…: ask with what goes, then erase the customer everywhere.

The erasing (`store.privacy.everywhere.forget_everywhere`: the library, every backup in the data
folder, the log files) runs in the background behind a window-modal progress dialog, on a library
handle of its own; the window's connections let go of the file first, so the write-ahead log can
be emptied. Nothing of it can be undone, so the Undo history is cleared before it starts: an undo
step that wrote back a plan, a customer or a text naming them would bring them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from einwandfrei.planning.changes import Change
from einwandfrei.store.db.errors import LibraryError
from einwandfrei.ui.calls.calls_context import CallsContext
from einwandfrei.ui.error_text import error_text, message_text

if TYPE_CHECKING:
    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.privacy.everywhere import ForgetReport


def forget_customer(context: CallsContext, parent: QWidget, customer_id: int) -> bool:
    """Ask, then erase the customer for good; returns whether the erasing started."""
    from einwandfrei.store.privacy.everywhere import library_copies
    from einwandfrei.store.privacy.forget_customer import preview_forget

    library = context.library
    try:
        with library.read() as connection:
            preview = preview_forget(connection, customer_id)
        backups = len(library_copies(library.path))
    except LibraryError as error:
        context.show_error(parent, error_text(error))
        return False
    if not context.prompts.confirm_forget(parent, preview, backups):
        return False
    if context.undo_stack is not None:
        context.undo_stack.clear()
    _start(context, parent, customer_id, preview.target.name)
    return True


def _start(context: CallsContext, parent: QWidget, customer_id: int, name: str) -> None:
    from einwandfrei.paths import log_dir
    from einwandfrei.store.privacy.everywhere import forget_everywhere
    from einwandfrei.ui.shell.background_work import BackgroundTask

    def work(library: Library) -> ForgetReport:
        return forget_everywhere(library, customer_id, log_folder=log_dir())

    def done(report: Any) -> None:
        context.publish(Change.whole_library())
        context.prompts.inform(
            parent,
            QCoreApplication.translate("ForgetCustomer", "Customer deleted permanently"),
            "\n\n".join(message_text(sentence) for sentence in report.sentences()),
        )

    def failed(error: BaseException) -> None:
        context.publish(Change.whole_library())  # it may have changed before the failure
        context.show_error(parent, error_text(error))

    library = context.library
    library.close()  # the window's connections let go, so the write-ahead log can be emptied
    task = BackgroundTask(
        parent,
        library.path,
        work,
        done,
        failed,
        label=QCoreApplication.translate(
            "ForgetCustomer", "Erasing “%1” from the library and its backups…"
        ).replace("%1", name),
        block_at_once=True,
    )
    task.finished.connect(task.deleteLater)
    task.start()
