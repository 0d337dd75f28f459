"""The editing page's widgets and their layout: the objection large, its details, the responses.

`ObjectionEditor` gives them their behaviour; this module only builds and arranges them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.ui.library.phrasings_field import PhrasingsField
from einwandfrei.ui.library.response_card_list import ResponseList
from einwandfrei.ui.library.search_highlight import MatchHighlighter
from einwandfrei.ui.library.tags_field import TagsField
from einwandfrei.ui.widgets.text_fields import GrowingTextEdit

OBJECTION_FONT_SCALE = 1.6
FAVOURITE_STYLE = """
QToolButton { border: none; color: palette(placeholder-text); padding: 0 4px; }
QToolButton:hover { color: palette(text); }
QToolButton:checked { color: #e0a100; }
"""

# The page has the text background, on which a style's own field frames can all but vanish (Fusion
# in a dark scheme): the fields that take typing get a frame in the palette's mid tone.
FIELD_STYLE = """
QPlainTextEdit#objectionConcern, QPlainTextEdit#objectionProbing, QLineEdit#objectionTags,
QListView#phrasingList, QLineEdit#phrasingInput {
    border: 1px solid palette(mid); border-radius: 3px; padding: 1px 2px;
}
QPlainTextEdit#objectionConcern:focus, QPlainTextEdit#objectionProbing:focus,
QLineEdit#objectionTags:focus, QListView#phrasingList:focus, QLineEdit#phrasingInput:focus {
    border-color: palette(highlight);
}
"""


class EditorPage(QWidget):
    """The page the editor scrolls: it reads like a page, on the text background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPage")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setStyleSheet(FIELD_STYLE)

        self.trash_banner = QFrame(self)
        self.trash_banner.setObjectName("trashBanner")
        self.trash_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.trash_banner)
        banner.addWidget(QLabel(self.tr("This objection is in the Trash."), self.trash_banner), 1)
        self.restore_button = QPushButton(self.tr("Restore"), self.trash_banner)
        banner.addWidget(self.restore_button)

        self.text = GrowingTextEdit(self, min_lines=1, max_lines=6)
        self.text.setObjectName("objectionText")
        self.text.setAccessibleName(self.tr("What the customer says"))
        self.text.setPlaceholderText(self.tr("What does the customer say?"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * OBJECTION_FONT_SCALE)
        font.setWeight(QFont.Weight.DemiBold)
        self.text.setFont(font)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.favourite = QToolButton(self)
        self.favourite.setObjectName("favouriteButton")
        self.favourite.setCheckable(True)
        self.favourite.setAutoRaise(True)
        self.favourite.setToolTip(self.tr("Favourite (Ctrl+D)"))
        self.favourite.setAccessibleName(self.tr("Favourite"))
        star_font = self.favourite.font()
        star_font.setPointSizeF(star_font.pointSizeF() * 1.5)
        self.favourite.setFont(star_font)
        self.favourite.setStyleSheet(FAVOURITE_STYLE)
        self.favourite.setText("☆")
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.favourite, 0, Qt.AlignmentFlag.AlignTop)

        self.category = QComboBox(self)
        self.category.setObjectName("objectionCategory")
        self.category.setAccessibleName(self.tr("Category"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("objectionKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        for label, value in (
            (self.tr("Kind not set"), "unknown"),
            (self.tr("Real objection"), "real"),
            (self.tr("Smoke screen"), "smoke_screen"),
            (self.tr("Brush-off"), "brush_off"),
        ):
            self.kind.addItem(label, value)
        self.tags = TagsField(self)
        meta = QHBoxLayout()
        meta.addWidget(self.category)
        meta.addWidget(self.kind)
        meta.addWidget(self.tags, 1)

        self.concern = GrowingTextEdit(self, min_lines=1, max_lines=8)
        self.concern.setObjectName("objectionConcern")
        self.concern.setPlaceholderText(self.tr("What is really behind it?"))
        self.probing = GrowingTextEdit(self, min_lines=1, max_lines=8)
        self.probing.setObjectName("objectionProbing")
        self.probing.setPlaceholderText(self.tr("Questions that find out — one per line"))
        self.phrasings = PhrasingsField(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Customers say"), self.phrasings)
        form.addRow(self.tr("Behind it"), self.concern)
        form.addRow(self.tr("Probe with"), self.probing)

        heading = QLabel(self.tr("Responses"), self)
        heading.setObjectName("responsesHeading")
        heading_font = heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading.setFont(heading_font)
        self.responses = ResponseList(self)
        self.add_button = QPushButton(self.tr("+ Add response"), self)
        self.add_button.setObjectName("addResponse")
        self.add_button.setToolTip(self.tr("Add a response (Ctrl+Shift+N)"))
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.highlighters = [
            MatchHighlighter(widget.document(), self.palette())
            for widget in (self.text, self.concern, self.probing)
        ]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.setSpacing(10)
        layout.addWidget(self.trash_banner)
        layout.addLayout(top)
        layout.addLayout(meta)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.responses)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
