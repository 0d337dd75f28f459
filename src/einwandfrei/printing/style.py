"""Typography of everything printed: one sans family, three sizes, black and one grey.

The stylesheet itself lives in `resources/print/print.css`; this fills in its sizes for an output
device. Text the user typed always goes through `escape`, so it prints as text, never as markup.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, replace
from string import Template

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QPaintDevice

from einwandfrei.resources import resource

# The first of these that is installed is used; DejaVu Sans ships with most Linux systems and
# covers umlauts, typographic quotes, arrows and the ballot box.
PREFERRED_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans",
    "Liberation Sans",
    "Helvetica Neue",
    "Segoe UI",
    "Arial",
)
GREY = "#555555"
BOX = "\u2610"  # ☐, the ballot box of checklists
RULE_GREY = "#8a8a8a"

# Control characters other than tab and line breaks are dropped (a regex scan is far quicker than
# str.translate with a table on long texts).
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_OPENING_QUOTES = "\"'“”„‚‘’«»‹›"
# The most characters of one text that are printed; a longer one is cut with a visible mark.
# 50,000 fill about 15 pages of a cheat sheet or 25 pocket cards and print in a quarter of a
# second; a text pages long still flows on. Layout time grows faster than the text (a million
# characters took 6 s of CPU, and a 5 MB text crashed Qt), so beyond that nobody reads it on paper.
PRINTED_TEXT_LIMIT = 50_000
# A cut ends at a space when one is this close to the limit, else in the middle of a word.
_CUT_AT_SPACE_WITHIN = 100


@dataclass(frozen=True, slots=True)
class TypeScale:
    """The three sizes of a layout, in points."""

    large: float
    body: float
    small: float

    def scaled(self, factor: float) -> TypeScale:
        """Every size times `factor` (used to fit a long card)."""
        return replace(
            self, large=self.large * factor, body=self.body * factor, small=self.small * factor
        )


@functools.cache
def font_family() -> str:
    """The sans family everything prints in: the first preferred one installed, else the default."""
    installed = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def base_font(size: float) -> QFont:
    """The print family at `size` points."""
    font = QFont(font_family())
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setKerning(True)
    return font


@functools.cache
def _template() -> Template:
    text = resource("print", "print.css").read_text(encoding="utf-8")
    # Every document parses the stylesheet: without the comments it parses faster.
    return Template(re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL))


def stylesheet(scale: TypeScale, device: QPaintDevice) -> str:
    """The print stylesheet for `scale`, with lengths as Qt's text layout reads them on `device`.

    Qt scales vertical margins and letter spacing from 96 dpi "CSS pixels" to the device, but
    takes left margins and indents in device pixels; both are filled in accordingly.
    """
    dpi = device.logicalDpiY()

    def vertical(points: float) -> str:
        return f"{points * 96 / 72:.2f}px"

    metrics = QFontMetricsF(base_font(scale.body), device)
    arrow = max(metrics.horizontalAdvance("→\u00a0"), metrics.horizontalAdvance("?\u00a0"))
    number = metrics.horizontalAdvance("0.\u00a0")
    box = metrics.horizontalAdvance(f"{BOX}\u00a0")
    return _template().substitute(
        large=f"{scale.large:.2f}pt",
        body=f"{scale.body:.2f}pt",
        small=f"{scale.small:.2f}pt",
        grey=GREY,
        hair=vertical(scale.body * 0.22),
        gap=vertical(scale.body * 0.6),
        arrow=f"{arrow:.1f}px",
        number=f"{number:.1f}px",
        box=f"{box:.1f}px",
        tracking=vertical(scale.small * 0.06),
        indent=f"{scale.body * 1.2 * dpi / 72:.1f}px",
    )


def cut_for_print(text: str, limit: int = PRINTED_TEXT_LIMIT) -> str:
    """`text`, or its first `limit` characters and a visible "…(cut)" if it is longer."""
    if len(text) <= limit:
        return text
    kept = text[:limit]
    space = kept.rfind(" ", limit - _CUT_AT_SPACE_WITHIN)
    if space > 0:
        kept = kept[:space]
    return kept.rstrip() + QCoreApplication.translate("Printing", "…(cut)")


def escape(text: str) -> str:
    """User text as HTML that shows exactly that text: markup escaped, line breaks kept.

    A text longer than `PRINTED_TEXT_LIMIT` is cut (see `cut_for_print`).
    """
    cleaned = cut_for_print(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if _CONTROL_CHARACTERS.search(cleaned):
        cleaned = _CONTROL_CHARACTERS.sub("", cleaned)
    cleaned = cleaned.strip()
    if "&" in cleaned or "<" in cleaned or ">" in cleaned:
        cleaned = html.escape(cleaned, quote=False)
    return cleaned.replace("\n", "<br/>")


def quoted(text: str) -> str:
    """An objection as the customer said it, in the language's quotation marks (escaped)."""
    stripped = text.strip()
    if not stripped or stripped[0] in _OPENING_QUOTES:
        return escape(stripped)
    return QCoreApplication.translate("Printing", "“%1”").replace("%1", escape(stripped))


def technique(name: str) -> str:
    """A technique as small grey capitals that stay together on one line."""
    glued = escape(name.upper()).replace(" ", "\u00a0")
    for dash in "-–—/":  # a word joiner after each dash: no line break there either
        glued = glued.replace(dash, dash + "\u2060")
    return span("technique", glued)


def span(css_class: str, inner_html: str) -> str:
    """`inner_html` in a span of `css_class`."""
    return f'<span class="{css_class}">{inner_html}</span>'
