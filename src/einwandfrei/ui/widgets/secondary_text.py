"""Secondary text (key hints, status lines, a drill's category): quieter, yet easy to read.

A disabled widget is not a style: its grey is meant to say "unavailable" and is often too faint to
read (about 1.6:1 on Fusion's light grey). Secondary text here takes the palette's text colour and
moves it towards the background only as far as the result keeps a contrast of at least 4.5:1
(WCAG AA for normal text), in light and dark palettes alike. Quick-find and the drill dialog both
use it; it imports nothing but Qt's GUI classes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
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


def readable_colour(colour: QColor, background: QColor) -> QColor:
    """`colour` (an accent: a warning's red, a favourite's gold) darkened on a light `background`,
    lightened on a dark one, just as far as it keeps a contrast of at least 4.5:1."""
    target = QColor("black") if relative_luminance(background) > 0.18 else QColor("white")
    amount = 0.0
    while amount <= 1.0:
        candidate = _mixed(colour, target, amount)
        if contrast_ratio(candidate, background) >= MINIMUM_CONTRAST:
            return candidate
        amount += _STEP
    return target


def readable_palette(palette: QPalette) -> QPalette:
    """`palette` with placeholder text in the secondary colour of its fields (Fusion's own
    placeholder grey reads at about 3.9:1, yet hints and examples are written in it), and a
    selection colour dark (or light) enough for its text (Fusion's blue under white: 3.7:1)."""
    readable = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.Text)
        base = palette.color(group, QPalette.ColorRole.Base)
        readable.setColor(group, QPalette.ColorRole.PlaceholderText, secondary_colour(text, base))
        selected = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        if contrast_ratio(selected, highlight) < MINIMUM_CONTRAST:
            readable.setColor(
                group, QPalette.ColorRole.Highlight, readable_colour(highlight, selected)
            )
    return readable


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


class _ReadablePlaceholders(QObject):
    """Keeps the application's placeholder text readable when the desktop's palette changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            _apply_readable_palette()
        return False


def _apply_readable_palette() -> None:
    palette = QGuiApplication.palette()
    wanted = readable_palette(palette)
    roles = (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Highlight)
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    # Setting the palette sends another change; by then the colours are equal.
    if any(
        palette.color(group, role) != wanted.color(group, role)
        for group in groups
        for role in roles
    ):
        QGuiApplication.setPalette(wanted)


def keep_palette_readable(app: QGuiApplication) -> None:
    """Give `app` readable placeholder text and selections now and whenever its palette changes
    (only those roles are fixed; the rest keeps following the desktop)."""
    if app.findChild(_ReadablePlaceholders) is None:
        app.installEventFilter(_ReadablePlaceholders(app))
    _apply_readable_palette()


class AccentLabel(QLabel):
    """A label in an accent colour (a problem's red) made readable on its surroundings' window
    colour, light or dark, following palette changes."""

    def __init__(self, accent: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accent = QColor(accent)
        self._follow_palette()

    def _follow_palette(self) -> None:
        parent = self.parentWidget()
        surroundings = parent.palette() if parent is not None else QGuiApplication.palette()
        role = QPalette.ColorRole.WindowText
        # Only the text colour is the label's own: the rest (its window colour above all) keeps
        # following the parent, which is what brings the next PaletteChange here.
        wanted = QPalette(self.palette())
        wanted.setResolveMask(0)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            window = surroundings.color(group, QPalette.ColorRole.Window)
            wanted.setColor(group, role, readable_colour(self.accent, window))
        groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
        if any(self.palette().color(group, role) != wanted.color(group, role) for group in groups):
            self.setPalette(wanted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._follow_palette()


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
