"""Paper sizes: what a sheet is printed on, and which one the locale expects."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize

# Countries and territories that print on US Letter (the rest of the world uses A4).
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "PR", "DO", "SV", "NI", "BZ"}
)


class Paper(enum.StrEnum):
    """The paper sizes a cheat sheet can be printed on."""

    A4 = "a4"
    LETTER = "letter"
    A6 = "a6"
    INDEX_CARD = "index"  # 4 × 6 in, the North American index card

    def page_size(self) -> QPageSize:
        """The Qt page size."""
        if self is Paper.A4:
            return QPageSize(QPageSize.PageSizeId.A4)
        if self is Paper.LETTER:
            return QPageSize(QPageSize.PageSizeId.Letter)
        if self is Paper.A6:
            return QPageSize(QPageSize.PageSizeId.A6)
        return QPageSize(QSizeF(4, 6), QPageSize.Unit.Inch, "Index card 4 × 6 in")

    def page_layout(self) -> QPageLayout:
        """Portrait, without margins: every layout draws its own margins."""
        return QPageLayout(
            self.page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )

    def label(self) -> str:
        """The name shown in menus."""
        if self is Paper.A4:
            return QCoreApplication.translate("Paper", "A4")
        if self is Paper.LETTER:
            return QCoreApplication.translate("Paper", "US Letter")
        if self is Paper.A6:
            return QCoreApplication.translate("Paper", "A6 card")
        return QCoreApplication.translate("Paper", "Index card (4 × 6 in)")


def territory_of(locale_name: str) -> str:
    """The territory code of a locale name: "de_CH.UTF-8" → "CH", "en-US" → "US", "de" → ""."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    return parts[1].upper() if len(parts) > 1 else ""


def sheet_paper_for(locale_name: str) -> Paper:
    """Letter where the locale's territory prints on Letter (en_US, en_CA, es_MX, …), else A4."""
    return Paper.LETTER if territory_of(locale_name) in LETTER_TERRITORIES else Paper.A4


def card_paper_for(locale_name: str) -> Paper:
    """Index cards where Letter is the norm, A6 elsewhere."""
    return Paper.INDEX_CARD if sheet_paper_for(locale_name) is Paper.LETTER else Paper.A6
