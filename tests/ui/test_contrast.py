"""Text and controls keep a contrast of at least 4.5:1 (WCAG AA) in light and dark mode, measured
from the palette: the style's own pairs, and every colour the app adds (secondary text, placeholder
text, a problem's red, the favourite star, search marks)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from einwandfrei.ui.calls.wizard.page_base import problem_label
from einwandfrei.ui.library.objection_table_model import FAVOURITE_COLOUR
from einwandfrei.ui.library.search_highlight import mark_format
from einwandfrei.ui.widgets.secondary_text import (
    MINIMUM_CONTRAST,
    contrast_ratio,
    readable_colour,
    readable_palette,
    secondary_colour,
)
from tools.screenshots import dark_palette

Role = QPalette.ColorRole
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
# Text on its background, as the widgets paint them.
TEXT_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
)


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


SCHEMES = {"light": light, "dark": dark_palette}


def over(colour: QColor, background: QColor) -> QColor:
    """`colour` painted over `background` (its alpha blended in)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        *(
            mine * alpha + theirs * (1 - alpha)
            for mine, theirs in zip(
                (colour.redF(), colour.greenF(), colour.blueF()),
                (background.redF(), background.greenF(), background.blueF()),
                strict=True,
            )
        )
    )


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_palette_the_app_runs_with_keeps_text_readable(scheme: str) -> None:
    palette = readable_palette(SCHEMES[scheme]())
    for group in GROUPS:
        for text, background in TEXT_PAIRS:
            behind = palette.color(group, background)
            ratio = contrast_ratio(over(palette.color(group, text), behind), behind)
            assert ratio >= MINIMUM_CONTRAST, (scheme, group, text, background, round(ratio, 2))


def test_the_styles_own_placeholder_grey_and_selection_would_not_be() -> None:
    palette = light()
    base = palette.color(Role.Base)
    assert contrast_ratio(over(palette.color(Role.PlaceholderText), base), base) < MINIMUM_CONTRAST
    selection = (palette.color(Role.HighlightedText), palette.color(Role.Highlight))
    assert contrast_ratio(*selection) < MINIMUM_CONTRAST
    fixed = readable_palette(palette).color(Role.PlaceholderText)
    assert contrast_ratio(fixed, palette.color(Role.Base)) >= MINIMUM_CONTRAST


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_apps_own_colours_keep_their_contrast(qtbot: QtBot, scheme: str) -> None:
    palette = readable_palette(SCHEMES[scheme]())
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    text = palette.color(Role.Text)
    # Secondary text (hints, key lists, the drill's category).
    assert contrast_ratio(secondary_colour(palette.color(Role.WindowText), window), window) >= 4.5
    assert contrast_ratio(secondary_colour(text, base), base) >= MINIMUM_CONTRAST
    # A problem under a field, in a real label on a page with this palette.
    page = QWidget()
    qtbot.addWidget(page)
    page.setPalette(palette)
    label = problem_label("someProblem", page)
    red = label.palette().color(Role.WindowText)
    assert contrast_ratio(red, window) >= MINIMUM_CONTRAST, (scheme, red.name())
    page.setPalette(readable_palette(SCHEMES["dark" if scheme == "light" else "light"]()))
    assert label.palette().color(Role.WindowText) != red  # it follows the palette
    # The favourite star in the list.
    star = readable_colour(QColor(FAVOURITE_COLOUR), base)
    assert contrast_ratio(star, base) >= MINIMUM_CONTRAST
    # A search match: its letters on its amber mark, in a plain row and a selected one.
    marked = mark_format(palette)
    for row, letters in (
        (base, text),
        (palette.color(Role.Highlight), palette.color(Role.HighlightedText)),
    ):
        background = over(marked.background().color(), row)
        foreground = (
            marked.foreground().color()
            if marked.hasProperty(marked.Property.ForegroundBrush)
            else letters
        )
        assert contrast_ratio(foreground, background) >= MINIMUM_CONTRAST, (
            scheme,
            foreground.name(),
        )


@pytest.mark.parametrize(
    ("accent", "background"),
    [("#a4262c", "#ffffff"), ("#a4262c", "#1f1f1f"), ("#e0a100", "#ffffff")],
)
def test_an_accent_moves_only_as_far_as_it_must(accent: str, background: str) -> None:
    colour, behind = QColor(accent), QColor(background)
    readable = readable_colour(colour, behind)
    assert contrast_ratio(readable, behind) >= MINIMUM_CONTRAST
    if contrast_ratio(colour, behind) >= MINIMUM_CONTRAST:
        assert readable == colour
