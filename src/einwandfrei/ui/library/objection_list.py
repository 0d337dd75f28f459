"""The objection list: a table view over `ObjectionTableModel`, smooth even at 100,000 rows.

Rows have one fixed height, so the view never measures them; only the objection's column gets a
Python delegate, and only while a search is marking matches — every other cell is painted by Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from einwandfrei.ui.library.objection_table_model import Column, ObjectionTableModel

ROW_PADDING = 8
MARKS_DELAY_MS = 80


class ObjectionListView(QTableView):
    """The list of objections: sortable by its header, several rows selectable, draggable."""

    def __init__(self, model: ObjectionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectionList")
        self.setAccessibleName(self.tr("Objections"))
        self.setModel(model)
        self.match_delegate: QStyledItemDelegate | None = None  # made when first searching
        self.plain_delegate = QStyledItemDelegate(self)  # Qt's own: no Python while painting
        self._query = ""
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(MARKS_DELAY_MS)
        self._marks_timer.timeout.connect(self._show_marks)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTabKeyNavigation(False)
        self.empty_message = ""
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setMinimumSectionSize(24)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.fontMetrics()

        def header_width(column: Column, minimum: str = "", padding: int = 28) -> int:
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(minimum))
            return widest + padding

        # The numbers' columns are as narrow as their figures (their titles are one sign), so the
        # objection's text keeps the room in a narrow window.
        widths = {
            Column.FAVOURITE: metrics.horizontalAdvance("★") + 20,
            Column.CATEGORY: header_width(Column.CATEGORY, "Competitor") + 16,
            Column.RESPONSES: header_width(Column.RESPONSES, "99", padding=20),
            Column.SUCCESS: header_width(Column.SUCCESS, "100 %", padding=14),
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.FAVOURITE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionHidden(Column.TEAM, True)  # until the library has a team

    def show_team_column(self, shown: bool) -> None:
        """Show the team's column (its mark and success rate) or hide it."""
        from PySide6.QtCore import QSize

        from einwandfrei.ui.library.team_mark import TEAM_PILL_HEIGHT

        header = self.horizontalHeader()
        if shown and header.isSectionHidden(Column.TEAM):
            # Sized when first shown: the mark is drawn only for a library with a team.
            header.setSectionResizeMode(Column.TEAM, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(Column.TEAM, self._team_width())
        header.setSectionHidden(Column.TEAM, not shown)
        # Room for the "Team" mark; smaller icons (the categories' dots) keep their own size.
        self.setIconSize(QSize(4 * TEAM_PILL_HEIGHT, TEAM_PILL_HEIGHT) if shown else QSize(16, 16))

    def _team_width(self) -> int:
        from einwandfrei.ui.library.team_mark import team_pill_pixmap

        # The column's title is the mark's word; room for the widest mark and a rate.
        title = str(self.model().headerData(Column.TEAM, Qt.Orientation.Horizontal))
        pill = team_pill_pixmap(title, True)
        rate = self.fontMetrics().horizontalAdvance("100 %")
        return int(pill.width() / pill.devicePixelRatio()) + rate + 24

    def fit_category_column(self, names: list[str]) -> None:
        """Make the category column as wide as the longest category name (within reason)."""
        metrics = self.fontMetrics()
        title = str(self.model().headerData(Column.CATEGORY, Qt.Orientation.Horizontal))
        widest = max([metrics.horizontalAdvance(name) for name in names] or [0])
        width = max(widest + 16 + 12, metrics.horizontalAdvance(title) + 28)
        self.horizontalHeader().resizeSection(
            Column.CATEGORY, min(width, 14 * metrics.averageCharWidth() + 60)
        )

    def set_query(self, query: str) -> None:
        """Mark the words of `query` in the objections' texts, once typing pauses.

        While keys come in, Qt paints the list alone (the quickest way to show each narrower
        list); the marks follow a moment after the last key.
        """
        self._query = query
        self.setItemDelegateForColumn(Column.TEXT, self.plain_delegate)
        if query.strip():
            self._marks_timer.start()
        else:
            self._marks_timer.stop()
        self.viewport().update()

    def _show_marks(self) -> None:
        from einwandfrei.ui.library.search_highlight import MatchDelegate

        if not self._query.strip():
            return
        if self.match_delegate is None:
            self.match_delegate = MatchDelegate(self)
        self.match_delegate.query = self._query  # type: ignore[attr-defined]
        self.setItemDelegateForColumn(Column.TEXT, self.match_delegate)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_message:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(
                QRect(area),
                int(
                    Qt.AlignmentFlag.AlignHCenter
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                self.empty_message,
            )
            painter.end()

    def set_empty_message(self, message: str) -> None:
        """What the list says when it is empty."""
        self.empty_message = message
        self.viewport().update()
