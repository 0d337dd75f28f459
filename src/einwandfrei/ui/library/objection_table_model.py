"""The objection list's item model: the ids of a view, shown in pages, their rows read on demand.

The model holds the ordered ids of the list (a view or a search result) and reveals them in pages
of `PAGE` rows through `canFetchMore`/`fetchMore`, so a view shows at once even for 100,000
objections. Row data is read about a screenful at a time (`READ_PAGE`) through the injected
`loader` and kept in a bounded cache; an edit refreshes just the rows it touched. Sorting and
filtering happen in the store.
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from einwandfrei.ui.widgets.secondary_text import readable_colour

if TYPE_CHECKING:
    from einwandfrei.store.library.list_views import ObjectionRow

PAGE = 200  # rows revealed per fetchMore
READ_PAGE = 50  # rows read from the library at a time: about one screenful
CACHED_PAGES = 64
OBJECTION_IDS_MIME = "application/x-einwandfrei-objection-ids"

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RowLoader = Callable[[Sequence[int]], "dict[int, ObjectionRow]"]


class Column(enum.IntEnum):
    """The list's columns, left to right."""

    FAVOURITE = 0
    TEXT = 1
    CATEGORY = 2
    RESPONSES = 3
    SUCCESS = 4
    TEAM = 5
    """The team's mark and success rate (shown while the library has a team)."""


ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
FAVOURITE_ROLE = Qt.ItemDataRole.UserRole + 3

_NUMERIC = (Column.RESPONSES, Column.SUCCESS)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ROLES = frozenset(
    {
        _DISPLAY,
        _DECORATION,
        _TOOLTIP,
        _ALIGNMENT,
        _FOREGROUND,
        _ACCESSIBLE,
        int(ID_ROLE),
        int(COLOUR_ROLE),
        int(FAVOURITE_ROLE),
    }
)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
# Positions in a row's cached cells after the columns' display texts.
_FULL_TEXT, _COLOUR, _ICON, _TEAM = len(Column), len(Column) + 1, len(Column) + 2, len(Column) + 3
FAVOURITE_COLOUR = "#e0a100"
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


@cache
def _favourite_brush(base: int) -> QBrush:
    """The star's gold, darkened on a light list (lightened on a dark one) to 4.5:1."""
    return QBrush(readable_colour(QColor(FAVOURITE_COLOUR), QColor.fromRgb(base)))


@cache
def category_dot(colour: str) -> QIcon:
    """A small round marker in a category's colour (empty for none)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    if colour:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(2, 2, 8, 8)
        painter.end()
    return QIcon(pixmap)


class ObjectionTableModel(QAbstractTableModel):
    """Objections of one view or search, in the store's order, revealed page by page."""

    sortRequested = Signal(int, Qt.SortOrder)

    def __init__(self, loader: RowLoader | None = None) -> None:
        super().__init__()
        self._loader: RowLoader = loader or (lambda ids: {})
        self._ids: list[int] = []
        self._more: Callable[[], list[int]] | None = None
        self._shown = 0
        self._rows: dict[int, ObjectionRow] = {}
        self._cells: dict[int, tuple[Any, ...]] = {}
        self._pages: OrderedDict[int, list[int]] = OrderedDict()
        self._prefetch: list[int] = []
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(0)
        self._prefetch_timer.timeout.connect(self._prefetch_next)
        self._marked: frozenset[int] = frozenset()
        self._mark: tuple[QIcon, str] = (QIcon(), "")

    # The list's content ---------------------------------------------------------------------

    def set_loader(self, loader: RowLoader) -> None:
        """Read rows through `loader` from now on (when the library opens)."""
        self._loader = loader
        self._forget_rows()

    def set_ids(
        self,
        ids: Sequence[int],
        *,
        at_least: int = 0,
        more: Callable[[], list[int]] | None = None,
    ) -> None:
        """Show these objections, in this order (`at_least` rows revealed at once).

        `more`, if given, is asked for further ids when the list is scrolled past the last one
        (the next search results); it returns [] when there are none.
        """
        self.beginResetModel()
        self._ids = list(ids)
        self._more = more
        self._forget_rows()
        self._shown = min(len(self._ids), max(PAGE, at_least))
        self.endResetModel()

    def ids(self) -> list[int]:
        """Every id of the list, revealed or not."""
        return list(self._ids)

    def total(self) -> int:
        """How many objections the list holds (rows not yet revealed included)."""
        return len(self._ids)

    def id_at(self, row: int) -> int:
        """The id of the objection in `row`."""
        return self._ids[row]

    def row_of(self, objection_id: int) -> int | None:
        """The position of an objection in the list (revealed or not), or None."""
        # A scan in C over the ids: fast enough for the few look-ups an edit makes, and it spares
        # a dictionary as large as the library.
        try:
            return self._ids.index(objection_id)
        except ValueError:
            return None

    def reveal(self, row: int) -> None:
        """Make sure `row` is revealed (fetching the pages before it)."""
        if row >= self._shown and row < len(self._ids):
            target = min(len(self._ids), (row // PAGE + 1) * PAGE)
            self.beginInsertRows(QModelIndex(), self._shown, target - 1)
            self._shown = target
            self.endInsertRows()

    def set_marked(self, objection_ids: Iterable[int], icon: QIcon, note: str) -> None:
        """Mark these objections (an icon before the text, `note` in its tooltip)."""
        marked = frozenset(objection_ids)
        if marked != self._marked or note != self._mark[1]:
            self._marked, self._mark = marked, (icon, note)
            if self._shown:
                last = self.index(self._shown - 1, Column.TEXT)
                self.dataChanged.emit(self.index(0, Column.TEXT), last)

    def refresh(self, objection_ids: Iterable[int]) -> None:
        """Read these objections again (after an edit) and repaint their rows."""
        for objection_id in objection_ids:
            self._rows.pop(objection_id, None)
            self._cells.pop(objection_id, None)
            row = self.row_of(objection_id)
            if row is not None and row < self._shown:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def refresh_all(self) -> None:
        """Read every row again (categories renamed, say) and repaint."""
        self._forget_rows()
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(Column) - 1))

    def remove(self, objection_ids: Iterable[int]) -> None:
        """Take objections out of the list (they left the view)."""
        rows = sorted(
            (row for i in set(objection_ids) if (row := self.row_of(i)) is not None), reverse=True
        )
        for row in rows:
            if row < self._shown:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self._shown -= 1
                self.endRemoveRows()
            else:
                del self._ids[row]

    def insert(self, objection_id: int, row: int = 0) -> None:
        """Put an objection into the list at `row` (a new one goes first)."""
        if self.row_of(objection_id) is not None:
            return
        row = max(0, min(row, self._shown))
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, objection_id)
        self._shown += 1
        self.endInsertRows()

    def row_data(self, objection_id: int) -> ObjectionRow | None:
        """The row of an objection, read if needed."""
        row = self.row_of(objection_id)
        if row is None:
            return None
        return self._row(row)

    def _forget_rows(self) -> None:
        self._prefetch = []
        self._rows.clear()
        self._cells.clear()
        self._pages.clear()

    def _row(self, row: int) -> ObjectionRow | None:
        objection_id = self._ids[row]
        cached = self._rows.get(objection_id)
        if cached is not None:
            return cached
        page = row // READ_PAGE
        self._load_page(page)
        # The rows a scroll reaches next are read while the event loop is idle, not in a paint.
        self._prefetch = [p for p in (page + 1, page - 1) if p >= 0]
        self._prefetch_timer.start()
        return self._rows.get(objection_id)

    def _load_page(self, page: int) -> None:
        ids = self._ids[page * READ_PAGE : (page + 1) * READ_PAGE]
        if not ids:
            return
        loaded = self._loader(ids)
        self._rows.update(loaded)
        for key, value in loaded.items():
            self._cells[key] = self._cells_of(value)
        self._pages[page] = ids
        self._pages.move_to_end(page)
        while len(self._pages) > CACHED_PAGES:
            _, old = self._pages.popitem(last=False)
            for old_id in old:
                self._rows.pop(old_id, None)
                self._cells.pop(old_id, None)

    def _prefetch_next(self) -> None:
        while self._prefetch:
            page = self._prefetch.pop(0)
            first = page * READ_PAGE
            if first < len(self._ids) and self._ids[first] not in self._rows:
                self._load_page(page)
                if self._prefetch:
                    self._prefetch_timer.start()  # one page per turn of the event loop
                return

    # QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid():
            return False
        return self._shown < len(self._ids) or self._more is not None

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        if self._shown >= len(self._ids) and self._more is not None:
            found = self._more()
            if not found:
                self._more = None
                return
            self._ids.extend(found)
        if self._shown < len(self._ids):
            self.reveal(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: keep it short.
        if role not in _ROLES:
            return None
        row = index.row()
        if row < 0 or row >= self._shown:
            return None
        objection_id = self._ids[row]
        if role == ID_ROLE:
            return objection_id
        cells = self._cells.get(objection_id)
        if cells is None:
            if self._row(row) is None:
                return None
            cells = self._cells[objection_id]
        column = index.column()
        if role == _DISPLAY:
            return cells[column]
        if role == _DECORATION:
            if column == Column.TEXT:
                return self._mark[0] if objection_id in self._marked else None
            if column == Column.TEAM:
                return cells[_TEAM][0]
            return cells[_ICON] if column == Column.CATEGORY else None
        if role == _FOREGROUND:
            if column != Column.FAVOURITE:
                return None
            base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
            return _favourite_brush(base.rgb())
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMERIC else None
        if role == _TOOLTIP:
            if column == Column.TEAM:
                return cells[_TEAM][1]
            if column != Column.TEXT:
                return None
            marked = objection_id in self._marked
            return f"{cells[_FULL_TEXT]}\n\n{self._mark[1]}" if marked else cells[_FULL_TEXT]
        if role == COLOUR_ROLE:
            return cells[_COLOUR]
        if role == FAVOURITE_ROLE:
            return bool(cells[Column.FAVOURITE])
        if role == _ACCESSIBLE and column == Column.FAVOURITE:
            return self.tr("Favourite") if cells[Column.FAVOURITE] else ""
        if role == _ACCESSIBLE and column == Column.TEAM:
            return cells[_TEAM][1]
        return None

    def _cells_of(self, row: ObjectionRow) -> tuple[Any, ...]:
        rate = row.success_rate
        team = row.team
        team_rate = None if team is None else team.success_rate
        return (
            "★" if row.favourite else "",
            " ".join(row.text.split()),
            row.category or "",
            str(row.responses) if row.responses else "",
            self._percent(rate),
            self._percent(team_rate),
            row.text,
            row.colour,
            category_dot(row.colour) if row.category else None,
            self._team_cell(row),
        )

    def _percent(self, rate: float | None) -> str:
        return "" if rate is None else self.tr("%1%").replace("%1", str(round(rate * 100)))

    def _team_cell(self, row: ObjectionRow) -> tuple[QIcon | None, str]:
        """The team column's mark and what it says (tooltip, screen readers)."""
        team = row.team
        if team is None:
            return (None, "")
        from einwandfrei.ui.library.team_mark import team_pill

        icon = team_pill(self.tr("Team"), team.waiting)
        if team.waiting:
            note = self.tr(
                "From the team playbook. The team changed it too: its version waits beside "
                "yours — compare them in the editor."
            )
        else:
            note = self.tr("From the team playbook.")
        if team.success_rate is not None:
            note += " " + self.tr("Across the team its responses worked in %1 of %2 uses.").replace(
                "%1", self._percent(team.success_rate)
            ).replace("%2", str(team.used))
        return (icon, note)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.FAVOURITE: "★",
                Column.TEXT: self.tr("Objection"),
                Column.CATEGORY: self.tr("Category"),
                Column.RESPONSES: "#",
                Column.SUCCESS: "✓",
                Column.TEAM: self.tr("Team"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.FAVOURITE: self.tr("Favourites"),
                Column.TEXT: self.tr("What the customer says"),
                Column.CATEGORY: self.tr("Category"),
                Column.RESPONSES: self.tr("Number of prepared responses"),
                Column.SUCCESS: self.tr("How often the responses worked in logged calls"),
                Column.TEAM: self.tr(
                    "Team objections, and how often their responses worked across the team"
                ),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The store sorts; whoever fills the model listens and calls `set_ids`.
        self.sortRequested.emit(column, order)

    def mimeTypes(self) -> list[str]:
        return [OBJECTION_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._ids[index.row()] for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(OBJECTION_IDS_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def ids_from_mime(mime: QMimeData) -> list[int]:
    """The objection ids a drag from the list carries."""
    raw = bytes(mime.data(OBJECTION_IDS_MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part.isdigit()]
