"""The translation catalogues in resources/translations/: each holds exactly the strings of the
sources catalogues.toml gives it, every string is translated, and the package ships each one
compiled from its current .ts.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import pytest

from tools.build_resources import (
    BUILT_TRANSLATIONS,
    PACKAGE,
    Catalogue,
    catalogue_of,
    catalogues,
    compiled,
    python_modules,
    qt_tool,
    source_files,
)

CATALOGUES = catalogues()
REBUILD = "run .venv/bin/python tools/build_resources.py"


def _by_name(catalogue: Catalogue) -> str:
    return catalogue.ts.name


def _lupdate(sources: list[Path], ts: Path, *, locations: str = "none") -> None:
    arguments = ["-locations", locations, *map(str, sources), "-ts", str(ts)]
    subprocess.run([qt_tool("lupdate"), *arguments], check=True, capture_output=True)


def _strings(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source text, comment) of every message of a catalogue."""
    root = ET.parse(ts).getroot()
    return {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment") or "",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_a_file_belongs_to_the_catalogue_that_names_it_most_closely() -> None:
    table = [Catalogue("wide", "de", ("ui/",)), Catalogue("narrow", "de", ("ui/shell/x.py",))]
    assert catalogue_of(PurePosixPath("ui/shell/x.py"), table) == "narrow"
    assert catalogue_of(PurePosixPath("ui/shell/y.py"), table) == "wide"
    assert catalogue_of(PurePosixPath("uix/y.py"), table) is None
    assert catalogue_of(PurePosixPath("store/z.py"), table) is None
    # The real table: the shell's menus are the library window's; the Calls page is not.
    assert catalogue_of(PurePosixPath("ui/shell/menus.py"), CATALOGUES) == "library"
    assert catalogue_of(PurePosixPath("ui/calls/calls_feature.py"), CATALOGUES) == "planning"


def test_every_source_with_translatable_strings_feeds_a_catalogue(tmp_path: Path) -> None:
    everything = tmp_path / "everything.ts"
    _lupdate([PACKAGE / module for module in python_modules()], everything, locations="absolute")
    files = {
        # lupdate writes each file name relative to the catalogue's folder.
        PurePosixPath(
            (tmp_path / location.attrib["filename"]).resolve().relative_to(PACKAGE).as_posix()
        )
        for location in ET.parse(everything).getroot().iter("location")
        if "filename" in location.attrib
    }
    assert len(files) > 50
    unclaimed = sorted(str(path) for path in files if catalogue_of(path, CATALOGUES) is None)
    assert unclaimed == [], "add these to resources/translations/catalogues.toml"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=_by_name)
def test_the_catalogue_holds_exactly_the_strings_of_its_sources(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    fresh = tmp_path / catalogue.ts.name
    _lupdate(source_files(catalogue.name), fresh)
    expected, found = _strings(fresh), _strings(catalogue.ts)
    assert sorted(expected - found) == [], f"new strings: {REBUILD} --update and translate them"
    assert sorted(found - expected) == [], f"strings no source has: {REBUILD} --update"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=_by_name)
def test_every_string_of_the_catalogue_is_translated(catalogue: Catalogue) -> None:
    problems = []
    for message in ET.parse(catalogue.ts).getroot().iter("message"):
        translation = message.find("translation")
        text = message.findtext("source")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            state = "missing" if translation is None else translation.get("type")
            problems.append(f"{text!r} is {state}")
        elif not "".join(translation.itertext()).strip():
            problems.append(f"{text!r} has an empty translation")
    assert problems == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=_by_name)
def test_the_shipped_qm_is_compiled_from_the_current_ts(catalogue: Catalogue) -> None:
    assert catalogue.qm.is_file(), f"{catalogue.qm.name} is missing: {REBUILD}"
    assert catalogue.qm.read_bytes() == compiled(catalogue.ts), (
        f"{catalogue.qm.name} is older than {catalogue.ts.name}: {REBUILD}"
    )


def test_the_package_ships_a_qm_per_catalogue_and_no_ts() -> None:
    shipped = sorted(path.name for path in BUILT_TRANSLATIONS.iterdir())
    # and the command line's gettext catalogue (tools/build_cli_catalogue.py, tests/cli)
    languages = sorted({catalogue.language for catalogue in CATALOGUES})
    gettext_catalogues = [f"cli_{language}.mo" for language in languages]
    assert shipped == sorted(
        [*(catalogue.qm.name for catalogue in CATALOGUES), *gettext_catalogues]
    )
