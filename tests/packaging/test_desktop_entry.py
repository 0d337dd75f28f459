"""`einwandfrei install-desktop-entry [--remove]`, on the test's own XDG folders."""

from __future__ import annotations

import configparser
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from einwandfrei.cli import desktop_entry, main
from einwandfrei.cli.desktop_entry import (
    desktop_entry_path,
    exec_line,
    icon_paths,
    install_desktop_entry,
    launch_command,
    xdg_data_home,
)
from einwandfrei.resources import APP_ID, ICON_SIZES, icon_file
from tests.packaging.conftest import png_size


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def parse_exec(value: str) -> list[str]:
    """The arguments of an Exec value, decoded as the desktop entry spec says a launcher does."""
    # 1. The general string escapes of a .desktop value.
    unescaped, index = [], 0
    while index < len(value):
        if value[index] == "\\":
            unescaped.append(
                {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(value[index + 1], value[index + 1])
            )
            index += 2
        else:
            unescaped.append(value[index])
            index += 1
    text = "".join(unescaped)
    # 2. Split into arguments; double quotes group, and inside them \ escapes " ` $ \.
    arguments: list[str] = []
    current: list[str] | None = None
    index = 0
    while index < len(text):
        char = text[index]
        if char == " ":
            if current is not None:
                arguments.append("".join(current))
                current = None
        elif char == '"':
            current = current if current is not None else []
            index += 1
            while text[index] != '"':
                if text[index] == "\\":
                    assert text[index + 1] in '"`$\\', f"bad escape in {value!r}"
                    index += 1
                current.append(text[index])
                index += 1
        else:
            assert char not in "\"'\\><~|&;$*?#()`\t", f"unquoted reserved {char!r} in {value!r}"
            current = (current if current is not None else []) + [char]
        index += 1
    if current is not None:
        arguments.append("".join(current))
    # 3. Field codes: a literal percent sign is written %%.
    return [argument.replace("%%", "%") for argument in arguments]


def test_install_writes_the_entry_and_every_icon(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop-entry"]) == 0

    entry = data_home / "applications" / f"{APP_ID}.desktop"
    fields = read_entry(entry)
    assert fields["Name"] == "Einwandfrei"
    assert fields["Icon"] == APP_ID
    assert fields["Type"] == "Application"
    assert fields["Terminal"] == "false"
    assert parse_exec(fields["Exec"]) == launch_command()
    for size in ICON_SIZES:
        png = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png.read_bytes()) == (size, size)
    svg = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == icon_file().read_bytes()
    out = capsys.readouterr().out
    assert str(entry) in out
    assert f"{len(ICON_SIZES) + 1} icons" in out


def test_install_again_replaces_and_leaves_no_temporary_files(data_home: Path) -> None:
    install_desktop_entry(data_home, ["/old/place/einwandfrei"])
    assert main(["install-desktop-entry"]) == 0
    assert parse_exec(read_entry(desktop_entry_path(data_home))["Exec"]) == launch_command()
    leftovers = [path for path in data_home.rglob(".*") if path.is_file()]
    assert leftovers == []


def test_remove_takes_away_exactly_what_install_wrote(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop-entry"]) == 0
    neighbour = data_home / "applications" / "other.desktop"
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    capsys.readouterr()

    assert main(["install-desktop-entry", "--remove"]) == 0

    assert "Removed the desktop entry and 9 icons" in capsys.readouterr().out
    assert [path for path in data_home.rglob("*") if path.is_file()] == [neighbour]


def test_remove_without_an_entry_says_so_and_succeeds(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop-entry", "--remove"]) == 0
    assert "There was no desktop entry" in capsys.readouterr().out
    assert not data_home.exists()


@pytest.mark.parametrize(("platform", "advice"), [("darwin", "Applications"), ("win32", "Start")])
def test_elsewhere_than_linux_one_sentence_and_nothing_written(
    platform: str,
    advice: str,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(desktop_entry, "current_platform", lambda: platform)
    assert main(["install-desktop-entry"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("einwandfrei: install-desktop-entry is for Linux desktops;")
    assert advice in error
    assert error.endswith(".")
    assert ". " not in error  # one sentence
    assert "\n" not in error
    assert not data_home.exists()


def test_an_unwritable_folder_is_one_sentence(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_home.mkdir(parents=True)
    (data_home / "applications").write_text("a file where a folder should be", encoding="utf-8")
    assert main(["install-desktop-entry"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("einwandfrei: ")
    assert "cannot be written" in error
    assert "Traceback" not in error


def test_the_data_home_follows_xdg_and_ignores_a_relative_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert xdg_data_home() == tmp_path / "elsewhere"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert xdg_data_home() == Path.home() / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert xdg_data_home() == Path.home() / ".local" / "share"


def test_icons_go_into_the_hicolor_theme(tmp_path: Path) -> None:
    paths = icon_paths(tmp_path)
    assert paths[48] == tmp_path / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert paths[None] == tmp_path / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    assert len(paths) == len(ICON_SIZES) + 1


def test_a_bundle_starts_its_own_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    executable = tmp_path / "Einwandfrei App" / "einwandfrei"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert launch_command() == [str(executable)]


def test_an_installed_script_starts_itself_unresolved(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    venv_script = tmp_path / "venv" / "bin" / "einwandfrei"
    venv_script.parent.mkdir(parents=True)
    venv_script.write_text("#!/bin/sh\n", encoding="utf-8")
    link = tmp_path / "bin" / "einwandfrei"
    link.parent.mkdir()
    link.symlink_to(venv_script)
    monkeypatch.setattr(sys, "argv", [str(link), "install-desktop-entry"])
    assert launch_command() == [str(link)]


def test_python_m_starts_the_same_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/somewhere/einwandfrei/__main__.py"])
    assert launch_command() == [str(Path(sys.executable).absolute()), "-m", "einwandfrei"]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["/usr/bin/einwandfrei"], "/usr/bin/einwandfrei"),
        (["/opt/Ein wand/einwandfrei"], '"/opt/Ein wand/einwandfrei"'),
        (["/opt/a$b/x"], '"/opt/a\\\\$b/x"'),
        (["/opt/100%/x"], "/opt/100%%/x"),
        (["python3", "-m", "einwandfrei"], "python3 -m einwandfrei"),
        ([""], '""'),
    ],
)
def test_exec_quoting_follows_the_spec(arguments: list[str], expected: str) -> None:
    assert exec_line(arguments) == expected


@given(
    st.lists(
        st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=20),
        min_size=1,
        max_size=4,
    )
)
def test_any_command_survives_the_round_trip(arguments: list[str]) -> None:
    assert parse_exec(exec_line(arguments)) == arguments
