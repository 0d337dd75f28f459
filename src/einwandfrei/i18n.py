"""The user interface's language: which one, and loading its translations into the application.

English is the source language. For German, every `*_de.qm` in `resources/translations/` is loaded
(each feature ships its own file), together with Qt's own translations of its dialogs and buttons.
The language comes from the Preferences (saved in QSettings); without a choice there, from the
system.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from einwandfrei.languages import SUPPORTED_LANGUAGES, system_language

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

log = logging.getLogger(__name__)

LANGUAGE_KEY = "interface/language"
SOURCE_LANGUAGE = "en"
QT_CATALOGUES = ("qtbase",)


class _BufferedTranslator(QTranslator):
    """A translator loaded from bytes (so a zipped install works), holding on to those bytes.

    Qt reads the translations from the buffer for the translator's whole life.
    """

    def __init__(self, data: bytes, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._data = data
        self.loaded = self.load(self._data)


def chosen_language(settings: QSettings) -> str:
    """The language chosen in the Preferences, or "" to follow the system."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in SUPPORTED_LANGUAGES else ""


def interface_language(settings: QSettings) -> str:
    """The language the interface speaks: the chosen one, else the system's."""
    return chosen_language(settings) or system_language()


def _translations() -> Path | Traversable:
    # The package is a folder in a checkout and in an installed wheel: reading it directly spares
    # importlib.resources at start-up; a zipped install goes through it.
    folder = Path(__file__).with_name("resources") / "translations"
    if folder.is_dir():
        return folder
    from einwandfrei.resources import resource

    return resource("translations")


def translation_files(language: str) -> list[str]:
    """The names of the app's compiled translations for `language`, sorted."""
    folder = _translations()
    if language == SOURCE_LANGUAGE or not folder.is_dir():
        return []
    return sorted(item.name for item in folder.iterdir() if item.name.endswith(f"_{language}.qm"))


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers in `language`: the system's own when it speaks that
    language (British English keeps day-month order, Swiss German its own), else the language's
    main one."""
    system = QLocale.system() if system is None else system
    if not language:
        return system
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return wanted


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's translations for `language` into `app`; returns the translators.

    Keep the returned list alive as long as the application runs.
    """
    QLocale.setDefault(locale_for(language))
    translators: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        return translators
    for name in translation_files(language):
        translator = _BufferedTranslator((_translations() / name).read_bytes(), app)
        if translator.loaded:
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("the translation %s could not be loaded", name)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in QT_CATALOGUES:
        qt_translator = QTranslator(app)
        if qt_translator.load(QLocale(language), catalogue, "_", qt_folder):
            app.installTranslator(qt_translator)
            translators.append(qt_translator)
    return translators
