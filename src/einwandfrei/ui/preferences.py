"""Edit ▸ Preferences: the interface language (it applies from the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from einwandfrei.i18n import LANGUAGE_KEY, chosen_language


class PreferencesDialog(QDialog):
    """Choices that are the user's, not the library's; saved as soon as they change."""

    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Language of the interface"), self.language)
        layout.addRow(self.note)
        layout.addRow(buttons)
        self.setMinimumWidth(420)

    @staticmethod
    def _system() -> str:
        from einwandfrei.languages import system_language

        return {"de": "Deutsch", "en": "English"}.get(system_language(), "English")

    def _language_changed(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, str(self.language.currentData()))
        self.settings.sync()
        self.note.setText(self.tr("The new language applies the next time Einwandfrei starts."))
        self.note.show()
