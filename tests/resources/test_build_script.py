"""tools/build_resources.py on a scratch copy of resources/: it builds what is missing or old,
nothing else, and --check names what an edit made stale."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from einwandfrei.resources import icon_file
from tools import build_cli_catalogue, build_resources
from tools.build_resources import ROOT, difference, main


@dataclass
class Scratch:
    root: Path
    translations: Path
    svg: Path
    built: Path


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Scratch:
    """The script's sources copied below `tmp_path`, and its outputs pointed there (empty)."""
    shutil.copytree(
        ROOT / "resources", tmp_path / "resources", ignore=shutil.ignore_patterns("*.ic*")
    )
    built = tmp_path / "src" / "einwandfrei" / "resources"
    paths = {
        "ROOT": tmp_path,
        "PACKAGE": tmp_path / "src" / "einwandfrei",
        "TRANSLATIONS": tmp_path / "resources" / "translations",
        "CATALOGUES": tmp_path / "resources" / "translations" / "catalogues.toml",
        "ICON_SOURCE": tmp_path / "resources" / "icons" / "einwandfrei.svg",
        "BUILT_TRANSLATIONS": built / "translations",
        "BUILT_ICONS": built / "icons",
        "WINDOWS_ICON": tmp_path / "resources" / "icons" / "einwandfrei.ico",
        "MACOS_ICON": tmp_path / "resources" / "icons" / "einwandfrei.icns",
    }
    for name, path in paths.items():
        monkeypatch.setattr(build_resources, name, path)
    monkeypatch.setattr(build_cli_catalogue, "PO", paths["TRANSLATIONS"] / "cli_de.po")
    monkeypatch.setattr(build_cli_catalogue, "MO", built / "translations" / "cli_de.mo")
    return Scratch(tmp_path, paths["TRANSLATIONS"], paths["ICON_SOURCE"], built)


def _named(text: str) -> list[str]:
    return sorted(line.split(": ", 1)[1] for line in text.splitlines())


def test_a_build_makes_what_the_checkout_has_and_a_second_build_nothing(
    scratch: Scratch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a .qm per catalogue, the .mo, the SVG, eight PNGs, the .ico and the .icns
    built_files = len(build_resources.catalogues()) + 1 + 1 + 8 + 2
    assert main(["--check"]) == 1
    assert len(_named(capsys.readouterr().err)) == built_files

    assert main([]) == 0
    assert len(capsys.readouterr().out.splitlines()) == built_files
    for built in (scratch.built / "translations").iterdir():
        checkout = ROOT / "src" / "einwandfrei" / "resources" / "translations" / built.name
        assert built.read_bytes() == checkout.read_bytes(), built.name
    for size in (16, 512):
        made = QImage(str(scratch.built / "icons" / f"einwandfrei-{size}.png"))
        assert difference(made, QImage(str(icon_file(size)))) == (0, 0.0)

    written = {path: path.stat().st_mtime_ns for path in scratch.root.rglob("*") if path.is_file()}
    assert main([]) == 0
    assert capsys.readouterr().out == "every built resource is up to date\n"
    assert {path: path.stat().st_mtime_ns for path in written} == written
    assert main(["--check"]) == 0
    # The script draws without an application object, so it leaves none behind in the tests.
    assert QCoreApplication.instance() is None or isinstance(
        QCoreApplication.instance(), QApplication
    )


def test_check_names_what_an_edit_made_stale(
    scratch: Scratch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 0
    ts = scratch.translations / "printing_de.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(">Drucken<", ">Ausdrucken<", 1), encoding="utf-8"
    )
    capsys.readouterr()
    assert main(["--check"]) == 1
    assert _named(capsys.readouterr().err) == [
        "src/einwandfrei/resources/translations/printing_de.qm"
    ]

    po = scratch.translations / "cli_de.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace('msgstr "Aufruf: "', 'msgstr "Gebrauch: "', 1),
        encoding="utf-8",
    )
    assert main(["--check"]) == 1
    assert _named(capsys.readouterr().err) == [
        "src/einwandfrei/resources/translations/cli_de.mo",
        "src/einwandfrei/resources/translations/printing_de.qm",
    ]

    scratch.svg.write_bytes(scratch.svg.read_bytes().replace(b"#2e9d55", b"#2e9d60"))
    assert main(["--check"]) == 1
    named = _named(capsys.readouterr().err)
    assert "src/einwandfrei/resources/icons/einwandfrei.svg" in named
    assert "src/einwandfrei/resources/icons/einwandfrei-48.png" in named
    assert {"resources/icons/einwandfrei.ico", "resources/icons/einwandfrei.icns"} <= set(named)
    assert len(named) == 2 + 1 + 8 + 2


def test_a_qm_no_catalogue_makes_is_named_and_removed(
    scratch: Scratch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 0
    left_over = scratch.built / "translations" / "retired_de.qm"
    left_over.write_bytes((scratch.built / "translations" / "library_de.qm").read_bytes())
    capsys.readouterr()
    assert main(["--check"]) == 1
    assert (
        capsys.readouterr().err
        == "left over: src/einwandfrei/resources/translations/retired_de.qm\n"
    )
    assert left_over.exists()
    assert main([]) == 0
    assert not left_over.exists()
    assert main(["--check"]) == 0


def test_update_collects_a_new_string_for_translation(
    scratch: Scratch, capsys: pytest.CaptureFixture[str]
) -> None:
    (scratch.translations / "catalogues.toml").write_text(
        'languages = ["de"]\n[catalogues.demo]\nsources = ["ui/"]\n', encoding="utf-8"
    )
    module = scratch.root / "src" / "einwandfrei" / "ui" / "demo.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "class DemoPage(QWidget):\n    def title(self):\n        return self.tr('Hello')\n",
        encoding="utf-8",
    )
    assert main(["--update"]) == 0
    assert "collected the strings of resources/translations/demo_de.ts" in capsys.readouterr().out
    text = (scratch.translations / "demo_de.ts").read_text(encoding="utf-8")
    assert "<name>DemoPage</name>" in text
    assert "<source>Hello</source>" in text
    assert '<translation type="unfinished">' in text
    assert "<location" not in text
    assert (scratch.built / "translations" / "demo_de.qm").is_file()
