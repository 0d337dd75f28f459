"""Help ▸ About (version, data folder) and Help ▸ Keyboard Shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from einwandfrei import __version__
from einwandfrei.paths import APP_NAME
from einwandfrei.ui.widgets.key_names import key_text


class AboutDialog(QDialog):
    """The app's name, version and data folder."""

    def __init__(
        self, parent: QWidget | None, data_dir: Path, open_folder: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Einwandfrei"))
        icon = QLabel(self)
        window_icon = parent.windowIcon() if parent is not None else QIcon()
        if not window_icon.isNull():
            icon.setPixmap(window_icon.pixmap(64, 64))
        title = QLabel(f"<h2>{APP_NAME} {escape(__version__)}</h2>", self)
        text = QLabel(
            self.tr(
                "Prepare your sales calls: your own library of customer objections and the "
                "answers you have prepared for them."
            ),
            self,
        )
        text.setWordWrap(True)
        folder = QLabel(
            self.tr("Your library and its backups are in:")
            + f"<br><code>{escape(str(data_dir))}</code>",
            self,
        )
        folder.setObjectName("aboutDataFolder")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_button = QPushButton(self.tr("Open Data Folder"), self)
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        open_button.clicked.connect(open_folder)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        open_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        for widget in (icon, title, text, folder):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


# Keys some keyboards have for one command ("Undo", "Find"): Qt's standard shortcuts include them,
# but listed they read like typos.
_COMMAND_KEYS = {
    Qt.Key.Key_New,
    Qt.Key.Key_Open,
    Qt.Key.Key_Save,
    Qt.Key.Key_Close,
    Qt.Key.Key_Undo,
    Qt.Key.Key_Redo,
    Qt.Key.Key_Find,
    Qt.Key.Key_Copy,
    Qt.Key.Key_Cut,
    Qt.Key.Key_Paste,
    Qt.Key.Key_Print,
    Qt.Key.Key_Refresh,
    Qt.Key.Key_Help,
}


def shortcut_text(action: QAction) -> str:
    """The action's main shortcut as the platform writes it ("" if it has none to type)."""
    command_keys = [QKeySequence(key) for key in _COMMAND_KEYS]
    for sequence in action.shortcuts():
        if not sequence.isEmpty() and sequence not in command_keys:
            return key_text(sequence)
    return ""


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """Every action that has a keyboard shortcut, with its keys, grouped by menu."""

    def __init__(self, parent: QWidget, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        groups: dict[str, list[tuple[str, str]]] = {}
        for action in actions:
            keys = shortcut_text(action)
            if keys and action.text():
                menu = next(
                    (item for item in action.associatedObjects() if isinstance(item, QMenu)), None
                )
                heading = _plain(menu.title()) if menu is not None else self.tr("Window")
                groups.setdefault(heading, []).append((_plain(action.text()), keys))
        groups.setdefault(self.tr("Search"), []).extend(
            [
                (self.tr("Clear the search"), key_text(Qt.Key.Key_Escape)),
                (self.tr("From the search to the list"), key_text(Qt.Key.Key_Down)),
            ]
        )
        heading = "<tr><td colspan='2' style='padding-top:10px'><b>{}</b></td></tr>"
        cell = "<tr><td style='padding-left:12px'>{}</td><td style='padding-left:24px'>{}</td></tr>"
        rows = []
        for title, entries in groups.items():
            rows.append(heading.format(escape(title)))
            rows.extend(cell.format(escape(label), escape(keys)) for label, keys in entries)
        view = QTextBrowser(self)
        view.setObjectName("shortcutsList")
        view.setAccessibleName(self.tr("Keyboard shortcuts"))
        view.setHtml(f"<table cellpadding='2'>{''.join(rows)}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(460, 560)
