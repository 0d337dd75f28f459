"""The desktop entry and the AppStream metainfo pass the freedesktop.org validators.

The validators are Debian's `desktop-file-utils` and `appstream`; without them these tests skip.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from einwandfrei.cli.desktop_entry import desktop_entry_text, exec_line
from tests.packaging.conftest import DESKTOP_FILE, METAINFO_FILE

DESKTOP_FILE_VALIDATE = shutil.which("desktop-file-validate")
APPSTREAMCLI = shutil.which("appstreamcli")
needs_desktop_file_validate = pytest.mark.skipif(
    DESKTOP_FILE_VALIDATE is None,
    reason="desktop-file-validate is not installed (Debian package desktop-file-utils)",
)


def test_the_packaged_entry_is_the_one_the_command_writes() -> None:
    # The command and resources/linux/ share one text; only the Exec line differs per installation.
    assert DESKTOP_FILE.read_text(encoding="utf-8") == desktop_entry_text("einwandfrei")


@needs_desktop_file_validate
def test_the_packaged_desktop_entry_is_valid() -> None:
    assert DESKTOP_FILE_VALIDATE is not None
    result = subprocess.run(
        [DESKTOP_FILE_VALIDATE, str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings or hints either


@needs_desktop_file_validate
def test_an_entry_for_an_awkward_path_is_valid(tmp_path: Path) -> None:
    program = '/opt/My "Apps"/50% $off/ein`wand\\frei'
    entry = tmp_path / "awkward.desktop"
    entry.write_text(desktop_entry_text(exec_line([program, "gui"])), encoding="utf-8")
    assert DESKTOP_FILE_VALIDATE is not None
    result = subprocess.run([DESKTOP_FILE_VALIDATE, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.skipif(
    APPSTREAMCLI is None, reason="appstreamcli is not installed (Debian package appstream)"
)
def test_the_metainfo_is_valid() -> None:
    assert APPSTREAMCLI is not None
    result = subprocess.run(
        [APPSTREAMCLI, "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Older appstream (0.16) does not know <developer> yet and says so as an "info"; a warning
    # or an error would fail above.
    assert "W:" not in result.stdout
    assert "E:" not in result.stdout
