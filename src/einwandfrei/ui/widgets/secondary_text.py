"""Secondary text (key hints, status lines, a drill's category): quieter, yet easy to read.

A disabled widget is not a style: its grey is meant to say "unavailable" and is often too faint to
read (about 1.6:1 on Fusion's light grey). Secondary text here takes the palette's text colour and
moves it towards the background only as far as the result keeps a contrast of at least 4.5:1
(WCAG AA for normal text), in light and dark palettes alike. Quick-find and the drill dialog both
use it; it imports nothing but Qt's GUI classes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

MINIMUM_CONTRAST = 4.5
# How far towards the background secondary text would like to go (0: text colour, 1: background).
_PREFERRED_MIX = 0.45
_STEP = 0.05


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance of `colour` (0 black … 1 white)."""
    red, green, blue = (
        _linear(value) for value in (colour.redF(), colour.greenF(), colour.blueF())
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _mixed(text: QColor, background: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        text.redF() + (background.redF() - text.redF()) * amount,
        text.greenF() + (background.greenF() - text.greenF()) * amount,
        text.blueF() + (background.blueF() - text.blueF()) * amount,
    )


def secondary_colour(text: QColor, background: QColor) -> QColor:
    """`text` moved towards `background` while it keeps a contrast of at least 4.5:1.

    A pair that starts below 4.5:1 gets `text` itself: secondary text is never fainter than text.
    """
    amount = _PREFERRED_MIX
    while amount > 0:
        candidate = _mixed(text, background, amount)
        if contrast_ratio(candidate, background) >= MINIMUM_CONTRAST:
            return candidate
        amount -= _STEP
    return QColor(text)


def secondary_palette(palette: QPalette) -> QPalette:
    """`palette` with secondary WindowText and Text (in the active and inactive groups)."""
    quiet = QPalette(palette)
    pairs = (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    )
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in pairs:
            quiet.setColor(
                group,
                text,
                secondary_colour(palette.color(group, text), palette.color(group, background)),
            )
    return quiet


class SecondaryLabel(QLabel):
    """A label in the secondary colour of its surroundings' palette, following palette changes."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._follow_palette()

    def _follow_palette(self) -> None:
        parent = self.parentWidget()
        surroundings = parent.palette() if parent is not None else QGuiApplication.palette()
        wanted = secondary_palette(surroundings)
        role = QPalette.ColorRole.WindowText
        groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
        # Setting the palette sends another PaletteChange; by then the colours are equal.
        if any(self.palette().color(group, role) != wanted.color(group, role) for group in groups):
            self.setPalette(wanted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._follow_palette()
