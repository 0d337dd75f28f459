"""The drill itself: the customer's words, large; your answer; the prepared answers; four grades."""

from __future__ import annotations

import html
from datetime import datetime

from fsrs import Rating
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.drills.session import Drill
from einwandfrei.planning.practice_answers import ranked_responses
from einwandfrei.ui.practice.practice_wording import interval_text, quoted, rating_name
from einwandfrei.ui.widgets.key_names import key_text
from einwandfrei.ui.widgets.secondary_text import SecondaryLabel, secondary_colour

GRADES = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
_GRADE_NAMES = {
    Rating.Again: "practiceGradeAgain",
    Rating.Hard: "practiceGradeHard",
    Rating.Good: "practiceGradeGood",
    Rating.Easy: "practiceGradeEasy",
}


def muted_colour(widget: QWidget) -> str:
    """A quieter text colour for rich text in `widget` (≥ 4.5:1 on its base), as a colour name."""
    palette = widget.palette()
    return secondary_colour(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    ).name()


def _scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def prepared_answers_html(
    drill: Drill, *, concern_label: str, follow_up_label: str, muted: str
) -> str:
    """The prepared answers of a drill as rich text, the best first; `muted` is a colour name."""
    objection = drill.objection
    parts = []
    if objection.concern:
        parts.append(
            f'<p style="color:{muted}">{html.escape(concern_label)} '
            f"{html.escape(objection.concern)}</p>"
        )
    for response in ranked_responses(objection.responses):
        technique = (
            f'<span style="color:{muted}; font-variant:small-caps">'
            f"{html.escape(response.technique)}</span><br>"
            if response.technique
            else ""
        )
        follow_up = (
            f'<br><span style="color:{muted}"><i>{html.escape(follow_up_label)} '
            f"{html.escape(response.follow_up)}</i></span>"
            if response.follow_up
            else ""
        )
        parts.append(
            f'<p style="margin-bottom:12px">{technique}{html.escape(response.text)}{follow_up}</p>'
        )
    return "".join(parts)


class DrillPage(QWidget):
    """One drill: ask, reveal, grade. The dialog feeds it drills and reacts to its signals."""

    revealRequested = Signal()
    gradeChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceDrillPage")
        # The page itself holds the focus while asking, so Space and 1–4 reach the dialog's
        # shortcuts; Tab leads into the answer field for typing.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._drill: Drill | None = None
        self._revealed = False

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("practiceProgress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("practiceProgressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(6)

        self.cram_note = QLabel(self.tr("Cram: this grade leaves the schedule as it is."), self)
        self.cram_note.setObjectName("practiceCramNote")
        self.leech_note = QLabel(
            self.tr(
                "You keep forgetting this answer. Rewrite it in your own words rather than "
                "drilling it harder."
            ),
            self,
        )
        self.leech_note.setObjectName("practiceLeechNote")
        self.leech_note.setWordWrap(True)
        for note in (self.cram_note, self.leech_note):
            note.setFrameShape(QFrame.Shape.StyledPanel)
            note.setMargin(6)

        self.objection_label = QLabel(self)
        self.objection_label.setObjectName("practiceObjection")
        self.objection_label.setWordWrap(True)
        self.objection_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.objection_label.setFont(_scaled_font(self, 2.3, bold=True))
        self.objection_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.objection_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.meta_label = SecondaryLabel("", self)
        self.meta_label.setObjectName("practiceMeta")
        self.meta_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.answer_input = QPlainTextEdit(self)
        self.answer_input.setObjectName("practiceAnswerInput")
        self.answer_input.setAccessibleName(self.tr("Your answer"))
        self.answer_input.setPlaceholderText(
            self.tr("Answer aloud — or press Tab, type your answer, then %1.").replace(
                "%1", key_text(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter))
            )
        )
        self.answer_input.setTabChangesFocus(True)
        self.answer_input.setMaximumHeight(96)

        self.reveal_button = QPushButton(self.tr("Show the prepared answers (Space)"), self)
        self.reveal_button.setObjectName("practiceReveal")
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self.revealRequested)

        self.your_words = QTextBrowser(self)
        self.your_words.setObjectName("practiceYourWords")
        self.your_words_title = QLabel(self.tr("Your words"), self)
        self.prepared = QTextBrowser(self)
        self.prepared.setObjectName("practicePrepared")
        self.prepared_title = QLabel(self.tr("Prepared answers"), self)
        self.your_words.setAccessibleName(self.tr("Your words"))
        self.prepared.setAccessibleName(self.tr("Prepared answers"))
        for title in (self.your_words_title, self.prepared_title):
            title.setFont(_scaled_font(self, 1.0, bold=True))
        # Side by side, so in the same type: what you said against what was prepared.
        for text_area in (self.your_words, self.prepared):
            text_area.setFont(_scaled_font(self, 1.2))

        your_column = QVBoxLayout()
        your_column.addWidget(self.your_words_title)
        your_column.addWidget(self.your_words)
        prepared_column = QVBoxLayout()
        prepared_column.addWidget(self.prepared_title)
        prepared_column.addWidget(self.prepared)
        self.answers = QWidget(self)
        self.answers.setObjectName("practiceAnswers")
        answers_row = QHBoxLayout(self.answers)
        answers_row.setContentsMargins(0, 0, 0, 0)
        answers_row.addLayout(your_column, 2)
        answers_row.addLayout(prepared_column, 3)

        self.grade_buttons: dict[Rating, QPushButton] = {}
        grades_row = QHBoxLayout()
        for number, rating in enumerate(GRADES, start=1):
            button = QPushButton(self)
            button.setObjectName(_GRADE_NAMES[rating])
            button.setAutoDefault(False)
            button.setMinimumHeight(48)
            button.setToolTip(self.tr("Key %1").replace("%1", str(number)))
            button.clicked.connect(lambda _checked=False, r=rating: self.gradeChosen.emit(int(r)))
            self.grade_buttons[rating] = button
            grades_row.addWidget(button)
        self.grades = QWidget(self)
        self.grades.setLayout(grades_row)
        grades_row.setContentsMargins(0, 0, 0, 0)

        self.hint = SecondaryLabel(
            self.tr(
                "Space: show the answers · 1–4: grade yourself · %1: take back a grade"
            ).replace("%1", key_text(QKeySequence.StandardKey.Undo)),
            self,
        )
        self.hint.setObjectName("practiceHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cram_note)
        layout.addWidget(self.leech_note)
        layout.addStretch(1)
        layout.addWidget(self.objection_label)
        layout.addWidget(self.meta_label)
        layout.addStretch(1)
        layout.addWidget(self.answer_input)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.answers, 4)
        layout.addWidget(self.grades)
        layout.addWidget(self.hint)

    @property
    def revealed(self) -> bool:
        """Whether the prepared answers are showing."""
        return self._revealed

    def show_drill(self, drill: Drill, title: str) -> None:
        """Ask `drill`: its objection large, the answers hidden."""
        self._drill = drill
        self._revealed = False
        self.progress_label.setText(
            self.tr("%1 · %2 of %3")
            .replace("%1", title)
            .replace("%2", str(drill.number))
            .replace("%3", str(drill.total))
        )
        self.progress_bar.setRange(0, max(1, drill.total))
        self.progress_bar.setValue(drill.number - 1)
        self.cram_note.setVisible(drill.item.cram)
        self.leech_note.setVisible(drill.is_leech)
        self.objection_label.setText(quoted(drill.objection.text))
        meta = [drill.objection.category or "", *drill.objection.tags]
        self.meta_label.setText(" · ".join(part for part in meta if part))
        self.answer_input.clear()
        self.answer_input.setReadOnly(False)
        self.answer_input.setVisible(True)
        self.reveal_button.setVisible(True)
        self.answers.setVisible(False)
        self.grades.setVisible(False)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, previews: dict[Rating, datetime], now: datetime) -> None:
        """Show the prepared answers beside the user's words, and the grade buttons."""
        if self._drill is None:
            return
        self._revealed = True
        typed = self.answer_input.toPlainText().strip()
        self.your_words.setPlainText(typed)
        self.your_words.setVisible(bool(typed))
        self.your_words_title.setVisible(bool(typed))
        self.prepared.setHtml(
            prepared_answers_html(
                self._drill,
                concern_label=self.tr("Behind it:"),
                follow_up_label=self.tr("Then ask:"),
                muted=muted_colour(self),
            )
        )
        if not self._drill.objection.responses:
            self.prepared.setPlainText(self.tr("No answer is prepared for this objection yet."))
        self.answer_input.setVisible(False)
        self.reveal_button.setVisible(False)
        self.answers.setVisible(True)
        for number, rating in enumerate(GRADES, start=1):
            label = f"{number}  {rating_name(rating)}"
            if rating in previews:
                label += "\n" + interval_text(previews[rating] - now)
            self.grade_buttons[rating].setText(label)
        self.grades.setVisible(True)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
