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
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from einwandfrei import __version__
from einwandfrei.paths import APP_NAME


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
        layout = QVBoxLayout(self)
        for widget in (icon, title, text, folder):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class ShortcutsDialog(QDialog):
    """Every action that has a keyboard shortcut, with its keys."""

    def __init__(self, parent: QWidget, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        cell = "<tr><td>{}</td><td style='padding-left:24px'><b>{}</b></td></tr>"
        rows = []
        for action in actions:
            keys = [
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            ]
            if keys and action.text():
                label = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                rows.append(
                    cell.format(escape(label.rstrip("…").strip()), escape(" / ".join(keys)))
                )
        extra = [
            (self.tr("Clear the search"), "Esc"),
            (self.tr("From the search to the list"), self.tr("Down")),
        ]
        rows.extend(cell.format(escape(label), escape(keys)) for label, keys in extra)
        view = QTextBrowser(self)
        view.setObjectName("shortcutsList")
        view.setHtml(f"<table cellpadding='3'>{''.join(rows)}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(460, 520)
