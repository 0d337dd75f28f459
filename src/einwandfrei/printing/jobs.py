"""What to print, as one request: the layout, what goes in it, the paper — and the layout it makes.

The GUI and `einwandfrei sheet` both describe a job with a `PrintRequest` and turn it into a layout
with `build_layout` (which reads through the store's plain readers, inside the caller's
transaction).
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale

from einwandfrei.planning.library_content import ResponseRecord
from einwandfrei.planning.library_part import LibraryPart
from einwandfrei.printing.paper import Paper, card_paper_for, sheet_paper_for
from einwandfrei.printing.render import PrintLayout
from einwandfrei.store.calls.printable_plan import read_plan
from einwandfrei.store.db.sqlite_access import AnyConnection
from einwandfrei.store.library.print_selection import read_selection


class LayoutKind(enum.StrEnum):
    """The three things Einwandfrei prints."""

    SHEET = "sheet"
    BOOKLET = "booklet"
    CARDS = "cards"

    def label(self) -> str:
        """The name shown in the print dialog."""
        if self is LayoutKind.SHEET:
            return QCoreApplication.translate("PrintJob", "Call cheat sheet")
        if self is LayoutKind.BOOKLET:
            return QCoreApplication.translate("PrintJob", "Library booklet")
        return QCoreApplication.translate("PrintJob", "Pocket cards")


class PrintRequestError(ValueError):
    """A request that cannot be printed as asked; `str()` is one sentence."""


@dataclass(frozen=True, slots=True)
class PrintRequest:
    """A print job: a call plan (for the sheet) or a part of the library, and the paper."""

    layout: LayoutKind
    plan_id: int | None = None
    part: LibraryPart = field(default_factory=LibraryPart)
    paper: Paper | None = None  # None: what the locale expects for this layout
    backs: bool = False  # pocket cards with their back sides

    def paper_for(self, locale_name: str | None = None) -> Paper:
        """The chosen paper, else the locale's usual one for this layout."""
        if self.paper is not None:
            return self.paper
        name = locale_name if locale_name is not None else paper_locale_name()
        return card_paper_for(name) if self.layout is LayoutKind.CARDS else sheet_paper_for(name)


def paper_locale_name() -> str:
    """The locale that decides the paper size: LC_ALL, LC_PAPER or LANG, else Qt's system locale."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    return QLocale.system().name()


def build_layout(
    connection: AnyConnection, request: PrintRequest, *, locale: QLocale | None = None
) -> PrintLayout:
    """Read what `request` names and make its layout.

    Raises the store's `NotFoundError` family for an unknown plan, category or tag or an empty
    selection, and `PrintRequestError` for a call sheet without a plan.
    """
    # Each layout is imported when it is used: `einwandfrei sheet` loads only what it prints.
    if request.layout is LayoutKind.SHEET:
        from einwandfrei.printing.call_sheet import CallSheet

        if request.plan_id is None:
            raise PrintRequestError(
                QCoreApplication.translate("PrintJob", "A call cheat sheet needs a call plan.")
            )
        return CallSheet(read_plan(connection, request.plan_id), locale=locale)
    preferred: dict[int, ResponseRecord] = {}
    part = request.part
    if request.plan_id is not None:
        plan = read_plan(connection, request.plan_id)
        ids = [planned.objection.id for planned in plan.objections if planned.objection.id]
        part = LibraryPart.of_ids(ids)
        preferred = {
            planned.objection.id: planned.response
            for planned in plan.objections
            if planned.objection.id is not None and planned.response is not None
        }
    selected = read_selection(connection, part)
    if request.layout is LayoutKind.BOOKLET:
        from einwandfrei.printing.booklet import Booklet

        return Booklet(selected, locale=locale)
    from einwandfrei.printing.cards import PocketCards

    return PocketCards(selected.objections, backs=request.backs, preferred=preferred)
