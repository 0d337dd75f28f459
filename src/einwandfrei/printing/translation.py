"""The German strings of printed sheets, for processes that print without the main window.

The app loads every `*_de.qm` when its window speaks German; `einwandfrei sheet` prints in the
library's language instead and loads just this one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from einwandfrei.resources import resource

TRANSLATION_FILE = "printing_{language}.qm"

# QTranslator reads the .qm data in place: it must outlive the translator.
_KEEP_ALIVE: list[tuple[QTranslator, bytes]] = []


def install_print_translator(language: str) -> QTranslator | None:
    """Install the printing strings for `language` ("de"; English needs none); keep the result.

    Returns None when there is nothing to install (English, or no such translation shipped).
    """
    if language == "en":
        return None
    application = QCoreApplication.instance()
    qm = resource("translations", TRANSLATION_FILE.format(language=language))
    if application is None or not qm.is_file():
        return None
    data = qm.read_bytes()
    translator = QTranslator(application)
    if not translator.load(data):
        return None
    _KEEP_ALIVE.append((translator, data))
    QCoreApplication.installTranslator(translator)
    return translator
