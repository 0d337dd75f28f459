"""What happens to an error nobody expected while the window runs: it is logged, and said once.

`CrashHandler.install()` makes it Python's `sys.excepthook` (PySide6 hands an exception raised in
a slot to that hook). It appends the traceback to the app's log file (`crash_log`) and shows one
calm message through the prompt service naming that file; an error raised while the message is
still open is only logged. The hook installed before still gets the error (it prints it). The
library stays as it was: every change is its own transaction, so the one that failed was rolled
back and every one before it is saved.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from einwandfrei.crash_log import log_error
from einwandfrei.placeholders import fill
from einwandfrei.ui.prompts import Prompts

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashHandler(QObject):
    """Logs unexpected errors and tells the user once, calmly, where the details are."""

    def __init__(
        self,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        log: Callable[..., Path | None] = log_error,
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.window = parent
        self.log = log
        self._previous: ExceptHook | None = None
        self._telling = False

    def install(self) -> None:
        """Handle every uncaught error from now on (until `uninstall`)."""
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give the hook back to whoever had it before."""
        if self._previous is not None:
            if sys.excepthook == self.handle:
                sys.excepthook = self._previous
            self._previous = None

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """Log the error and say so (unless a message about an earlier one is still open);
        then hand it on to the hook installed before (by default, it is printed on stderr)."""
        if not issubclass(kind, KeyboardInterrupt):
            path = self.log(error.with_traceback(trace), where="window")
            if not self._telling:
                self._telling = True
                try:
                    self.prompts.warn(self.window, crash_title(), crash_text(path))
                finally:
                    self._telling = False
        if self._previous is not None:
            self._previous(kind, error, trace)


def crash_title() -> str:
    """The title of the message about an unexpected error."""
    return QCoreApplication.translate("CrashHandler", "Something went wrong")


def crash_text(path: Path | None) -> str:
    """The message about an unexpected error: what happened to the library, where to look."""
    safe = QCoreApplication.translate(
        "CrashHandler",
        "Einwandfrei ran into an unexpected error and stopped what it was doing. Your library is "
        "safe: every change is saved on its own as you make it.",
    )
    if path is None:
        return (
            safe
            + " "
            + QCoreApplication.translate(
                "CrashHandler", "The details could not be written to a log file."
            )
        )
    return (
        safe
        + " "
        + fill(
            QCoreApplication.translate(
                "CrashHandler",
                "The details are in %1; please send that file along if you report the problem.",
            ),
            str(path),
        )
    )
