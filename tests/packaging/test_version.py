"""The version lives in src/einwandfrei/__init__.py; everything else reads or matches it."""

from __future__ import annotations

import datetime
import tomllib
from xml.etree import ElementTree

import pytest

import einwandfrei
from einwandfrei.cli import main
from einwandfrei.resources import APP_ID
from tests.packaging.conftest import METAINFO_FILE, ROOT


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"einwandfrei {einwandfrei.__version__}\n"


def test_hatchling_reads_the_version_from_the_package() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)
    assert "version" in project["project"]["dynamic"]
    assert "version" not in project["project"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/einwandfrei/__init__.py"


def test_the_metainfo_names_this_version_as_its_newest_release() -> None:
    releases = ElementTree.parse(METAINFO_FILE).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].attrib["version"] == einwandfrei.__version__
    dates = [datetime.date.fromisoformat(release.attrib["date"]) for release in releases]
    assert dates == sorted(dates, reverse=True), "releases go newest first"


def test_the_metainfo_describes_this_app() -> None:
    root = ElementTree.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "einwandfrei"
    assert root.findtext("project_license") == "MIT"
