"""A combo box for long texts: it shows the chosen one shortened with "…" and the whole as a tip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidedComboBox(QComboBox):
    """Qt's styles clip a combo box's text at its edge, mid-word; this one ends it with "…".

    Its width follows `setMinimumContentsLength`, not its longest item, and the list it opens
    shortens its items the same way, each item's whole text in its tooltip.
    """

    def __init__(self, parent: QWidget | None = None, *, minimum_characters: int = 24) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(minimum_characters)
        self.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.currentIndexChanged.connect(self._update_tooltip)
        self.model().rowsInserted.connect(self._tip_items)
        self.model().dataChanged.connect(self._tip_items)

    def display_text(self) -> str:
        """The current text as the box shows it: whole if it fits, else ending in "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        # The styles draw the text 1 px inside the field on each side.
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(field.width() - 2, 0)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.display_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _update_tooltip(self, index: int) -> None:
        self.setToolTip(self.itemText(index) if index >= 0 else "")

    def _tip_items(self, *_args: object) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, self.modelColumn())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if index.data(Qt.ItemDataRole.ToolTipRole) != text:
                model.setData(index, text, Qt.ItemDataRole.ToolTipRole)
        self._update_tooltip(self.currentIndex())
