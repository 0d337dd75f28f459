"""Edit ▸ Preferences: the interface language and how the open library drills.

The language is the user's (QSettings; it applies from the next start). The drill settings — new
objections a day and the desired retention — belong to the library (`store.practice_settings`), so
they can be changed only while one is open. Everything is saved as soon as it changes; the dialog
has only a Close button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from einwandfrei.i18n import LANGUAGE_KEY, chosen_language

if TYPE_CHECKING:
    from einwandfrei.planning.drill_records import DrillSettings
    from einwandfrei.store.db.connection import Library

# The bounds of `store.practice_settings`, repeated here so that building the dialog imports no
# SQLAlchemy (a test checks that they agree).
NEW_PER_DAY_RANGE = (0, 100)
RETENTION_PERCENT_RANGE = (70, 97)
DEFAULT_NEW_PER_DAY = 10
DEFAULT_RETENTION_PERCENT = 90


class PreferencesDialog(QDialog):
    """The user's choices and the open library's drill settings; saved as soon as they change.

    `library` is the open library (or a callable that returns the window's current one, None
    while none is open). Without a library the Drills group is disabled and says why.
    `drillSettingsChanged` follows every stored change of the drill settings, so that the window
    counts the drills due again.
    """

    drillSettingsChanged = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        settings: QSettings,
        library: Library | Callable[[], Library | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self._library = library
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("As the system (%1)").replace("%1", self._system()), "")
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(max(self.language.findData(chosen_language(settings)), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.note = QLabel(self)
        self.note.setObjectName("restartNote")
        self.note.setWordWrap(True)
        self.note.hide()  # no empty row before there is something to say
        form = QFormLayout()
        form.addRow(self.tr("Language of the interface"), self.language)
        form.addRow(self.note)

        self.drills = self._drills_group()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.drills)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._show_drill_settings()

    def _drills_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Drills"), self)
        group.setObjectName("drillsGroup")
        self.new_per_day = QSpinBox(group)
        self.new_per_day.setObjectName("newPerDay")
        self.new_per_day.setRange(*NEW_PER_DAY_RANGE)
        self.new_per_day.setValue(DEFAULT_NEW_PER_DAY)
        self.new_per_day.setToolTip(
            self.tr(
                "How many objections you never drilled come into today's drills at most. "
                "Objections of an upcoming call come in regardless."
            )
        )
        self.retention = QSpinBox(group)
        self.retention.setObjectName("desiredRetention")
        self.retention.setRange(*RETENTION_PERCENT_RANGE)
        self.retention.setValue(DEFAULT_RETENTION_PERCENT)
        before, _, after = self.tr("%1 %").partition("%1")
        self.retention.setPrefix(before)
        self.retention.setSuffix(after)
        self.retention_explanation = QLabel(
            self.tr(
                "How sure you want to be that an answer is still there when its drill comes "
                "back: higher means more drills, spaced closer."
            ),
            group,
        )
        self.retention_explanation.setObjectName("retentionExplanation")
        self.retention_explanation.setWordWrap(True)
        self.drills_note = QLabel(group)
        self.drills_note.setObjectName("drillsNote")
        self.drills_note.setWordWrap(True)
        self.drills_note.hide()
        form = QFormLayout(group)
        form.addRow(self.tr("&New objections per day"), self.new_per_day)
        form.addRow(self.tr("Desired &retention"), self.retention)
        form.addRow(self.retention_explanation)
        form.addRow(self.drills_note)
        return group

    @property
    def library(self) -> Library | None:
        """The library whose drill settings the dialog shows; None while none is open."""
        return self._library() if callable(self._library) else self._library

    @staticmethod
    def _system() -> str:
        from einwandfrei.languages import system_language

        return {"de": "Deutsch", "en": "English"}.get(system_language(), "English")

    def _language_changed(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, str(self.language.currentData()))
        self.settings.sync()
        self.note.setText(self.tr("The new language applies the next time Einwandfrei starts."))
        self.note.show()

    # Drills ----------------------------------------------------------------------------------

    def _show_drill_settings(self) -> None:
        library = self.library
        if library is None:
            self.new_per_day.setEnabled(False)
            self.retention.setEnabled(False)
            self._say(self.tr("Drill settings belong to a library: open one to change them."))
            return
        from einwandfrei.store.db.errors import LibraryError
        from einwandfrei.store.practice.drill_settings import read_drill_settings
        from einwandfrei.ui.error_text import error_text

        try:
            with library.read() as connection:
                stored = read_drill_settings(connection)
        except LibraryError as error:
            self.new_per_day.setEnabled(False)
            self.retention.setEnabled(False)
            self._say(error_text(error))
            return
        self._set_values(stored)
        # Typed numbers are saved when complete (Enter, leaving the box), arrows at once.
        for box in (self.new_per_day, self.retention):
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._drills_changed)

    def _set_values(self, stored: DrillSettings) -> None:
        for box in (self.new_per_day, self.retention):
            box.blockSignals(True)
        self.new_per_day.setValue(stored.new_per_day)
        self.retention.setValue(round(stored.desired_retention * 100))
        for box in (self.new_per_day, self.retention):
            box.blockSignals(False)

    def _drills_changed(self) -> None:
        from einwandfrei.planning.drill_records import DrillSettings
        from einwandfrei.store.db.errors import LibraryError
        from einwandfrei.store.practice.drill_settings import write_drill_settings
        from einwandfrei.ui.error_text import error_text

        library = self.library
        if library is None:
            return
        wanted = DrillSettings(self.new_per_day.value(), self.retention.value() / 100)
        try:
            with library.write() as connection:
                stored = write_drill_settings(connection, wanted)
        except LibraryError as error:
            self._say(error_text(error))
            return
        self.drills_note.hide()
        self._set_values(stored)
        self.drillSettingsChanged.emit()

    def _say(self, text: str) -> None:
        self.drills_note.setText(text)
        self.drills_note.show()
