"""What the window remembers between sessions: geometry, splitters, the view, selection and sort.

Everything goes through one injectable `QSettings`, so tests pass a settings file of their own and
never touch the user's. Library data never lives here, only window state and preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from einwandfrei.paths import APP_NAME

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_VIEW = "library/view"
_OBJECTION = "library/objection"
_QUERY = "library/query"
_SORT_COLUMN = "library/sortColumn"
_SORT_DESCENDING = "library/sortDescending"
_SIDEBAR = "window/sidebarVisible"


def default_settings() -> QSettings:
    """The user's settings (the platform's usual place for the app)."""
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


class WindowSettings:
    """Typed access to the window's remembered state."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        """The saved window geometry."""
        return self._bytes(_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        """The saved tool bar and dock state."""
        return self._bytes(_STATE)

    def splitter_state(self) -> QByteArray | None:
        """The saved positions of the splitters between sidebar, list and editor."""
        return self._bytes(_SPLITTER)

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the window's geometry and tool bar state."""
        self.qsettings.setValue(_GEOMETRY, geometry)
        self.qsettings.setValue(_STATE, state)

    def save_library_layout(self, splitter: QByteArray, sidebar: bool) -> None:
        """Remember the library page's splitter positions and whether the sidebar shows."""
        self.qsettings.setValue(_SPLITTER, splitter)
        self.qsettings.setValue(_SIDEBAR, sidebar)

    def sidebar_visible(self) -> bool:
        """Whether the sidebar was shown."""
        return _bool(self.qsettings.value(_SIDEBAR), True)

    def view_key(self) -> str:
        """The last part of the library shown (see `LibraryPart.key`)."""
        return str(self.qsettings.value(_VIEW, "all"))

    def objection_id(self) -> int | None:
        """The objection selected last."""
        value = _int(self.qsettings.value(_OBJECTION), 0)
        return value or None

    def query(self) -> str:
        """The search text at the end of the last session."""
        return str(self.qsettings.value(_QUERY, ""))

    def sort(self) -> tuple[int, bool] | None:
        """The column the list was sorted by, and whether descending; None for the default."""
        column = _int(self.qsettings.value(_SORT_COLUMN), -1)
        if column < 0:
            return None
        return column, _bool(self.qsettings.value(_SORT_DESCENDING), False)

    def save_selection(
        self, view_key: str, objection_id: int | None, query: str, sort: tuple[int, bool] | None
    ) -> None:
        """Remember the view, the selected objection, the search and the sort."""
        self.qsettings.setValue(_VIEW, view_key)
        self.qsettings.setValue(_OBJECTION, objection_id or 0)
        self.qsettings.setValue(_QUERY, query)
        self.qsettings.setValue(_SORT_COLUMN, -1 if sort is None else sort[0])
        self.qsettings.setValue(_SORT_DESCENDING, False if sort is None else sort[1])

    def sync(self) -> None:
        """Write everything to disk now."""
        self.qsettings.sync()
