"""Putting a layout on paper: `render_pdf(path, layout)` and `print_to(printer, layout)`.

Both lay the layout out on the very device they paint on, so what the preview shows is what the
printer prints. Long jobs report progress through a callback that may cancel them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

from einwandfrei import __version__
from einwandfrei.printing.composer import Page
from einwandfrei.printing.paper import Paper

PDF_RESOLUTION = 1200

# (done, total) → whether to go on; returning False cancels the job.
Progress = Callable[[int, int], bool]


class PrintingError(Exception):
    """A document could not be printed or written; `str()` is one sentence for the user."""


class PrintingCancelled(Exception):  # noqa: N818 — it is not an error, the user asked for it
    """The user cancelled a print job; nothing was written."""


# Fractions summed in floating point may end a hair short of the total; that is done.
FINISHED_SLACK = 1e-6


class Tracker:
    """Counts work done and tells the progress callback now and then (and lets it cancel)."""

    def __init__(self, progress: Progress | None, total: int, interval: float = 0.05) -> None:
        self._progress = progress
        self.total = max(1, total)
        self.done = 0.0
        self._interval = interval
        self._last = 0.0

    def advance(self, units: float = 1) -> None:
        """Count `units` more; raises `PrintingCancelled` if the callback says stop."""
        self.done = min(self.total, self.done + units)
        if self.total - self.done < FINISHED_SLACK:
            self.done = self.total  # shares of a page that do not sum to the total exactly
        if self._progress is None:
            return
        now = time.monotonic()
        if now - self._last < self._interval and self.done < self.total:
            return
        self._last = now
        if not self._progress(round(self.done), self.total):
            raise PrintingCancelled


class PrintLayout(Protocol):
    """A cheat sheet, booklet or set of cards, ready to be composed on any paper."""

    @property
    def title(self) -> str:
        """The document title (PDF metadata, print job name)."""
        ...

    def work(self) -> int:
        """How many steps composing takes (for the progress bar)."""
        ...

    def compose(self, device: QPagedPaintDevice, paper: QRectF, tracker: Tracker) -> list[Page]:
        """The pages, laid out for `device`; `paper` is the whole sheet in device pixels."""
        ...


def render_pdf(
    path: str | os.PathLike[str],
    layout: PrintLayout,
    paper: Paper,
    *,
    progress: Progress | None = None,
) -> int:
    """Write `layout` on `paper` as a PDF file at `path`; returns the number of pages.

    The file appears only when complete: a cancelled or failed job leaves any old file alone.
    """
    target = Path(path).expanduser()
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
        os.close(handle)
    except OSError as error:
        raise PrintingError(
            QCoreApplication.translate("Printing", "%1 cannot be written (%2).")
            .replace("%1", str(target))
            .replace("%2", error.strerror or str(error))
        ) from error
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(paper.page_layout())
        writer.setTitle(layout.title)
        writer.setCreator(f"Einwandfrei {__version__}")
        count = _paint(writer, layout, QRectF(0, 0, 0, 0), progress)
        del writer  # finishes the file
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    return count


def print_to(
    printer: QPagedPaintDevice, layout: PrintLayout, *, progress: Progress | None = None
) -> int:
    """Print `layout` on `printer` (a QPrinter, also the preview's) on its paper; returns pages.

    A page range chosen in the print dialog (`fromPage`/`toPage`) is honoured.
    """
    margins = printer.pageLayout().paintRectPixels(printer.logicalDpiX())
    return _paint(printer, layout, QRectF(margins.topLeft(), margins.topLeft()), progress)


def _paint(
    device: QPagedPaintDevice, layout: PrintLayout, offset: QRectF, progress: Progress | None
) -> int:
    full = device.pageLayout().fullRectPixels(device.logicalDpiX())
    paper = QRectF(0, 0, full.width(), full.height())
    work = max(1, layout.work())
    tracker = Tracker(progress, 2 * work)  # composing is the first half, painting the second
    pages = layout.compose(device, paper, tracker)
    tracker.done = work
    first, last = _page_range(device, len(pages))
    painter = QPainter()
    if not painter.begin(device):
        raise PrintingError(
            QCoreApplication.translate("Printing", "The printer or file could not be opened.")
        )
    share = work / (last - first + 1)
    try:
        # Page coordinates start at the paper's corner; the device's own origin is its margin.
        painter.translate(-offset.left(), -offset.top())
        for number in range(first, last + 1):
            if number > first:
                device.newPage()
            pages[number - 1].paint(painter)
            tracker.advance(share)
    finally:
        painter.end()
    return len(pages)


def _page_range(device: QPagedPaintDevice, count: int) -> tuple[int, int]:
    from_page = getattr(device, "fromPage", lambda: 0)()
    to_page = getattr(device, "toPage", lambda: 0)()
    if from_page <= 0 or from_page > count:
        return 1, count
    return from_page, min(count, to_page) if to_page >= from_page else count
