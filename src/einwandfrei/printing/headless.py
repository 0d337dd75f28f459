"""Printing from a process without a window: the Qt application that QPdfWriter needs."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def prepare_headless_qt() -> None:
    """Use Qt's offscreen platform on Linux and other X11/Wayland systems, unless one is chosen.

    Call it before the application exists. A PDF needs no window: connecting to a display only
    costs time, and a stale DISPLAY (say, over ssh) would abort Qt. Fonts still come from
    fontconfig. Windows and macOS keep their native platform, which needs no display session.
    QT_QPA_PLATFORM, if set, wins.
    """
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith(("win", "darwin", "cygwin")):
        return
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen where that matters)."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    prepare_headless_qt()
    return QGuiApplication([sys.argv[0] if sys.argv else "einwandfrei"])
