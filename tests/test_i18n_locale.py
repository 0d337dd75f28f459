"""The interface language decides the words; the system's country still decides dates."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from einwandfrei.i18n import locale_for


def test_a_system_in_the_same_language_keeps_its_country() -> None:
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert locale_for("en", british).territory() == QLocale.Country.UnitedKingdom
    swiss = QLocale(QLocale.Language.German, QLocale.Country.Switzerland)
    assert locale_for("de", swiss).territory() == QLocale.Country.Switzerland


def test_a_system_in_another_language_gives_the_languages_main_locale() -> None:
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    chosen = locale_for("de", british)
    assert chosen.language() == QLocale.Language.German
    assert chosen.territory() == QLocale.Country.Germany
