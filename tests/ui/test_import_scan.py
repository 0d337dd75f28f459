"""PySide6's import hook no longer reads (and keeps) the source of modules imported after it."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from einwandfrei.ui.shell import import_scan
from einwandfrei.ui.shell.import_scan import skip_feature_source_scan

feature = sys.modules.get("shibokensupport.feature")


def _import_fresh(folder: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = folder / f"{name}.py"
    path.write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    linecache.clearcache()
    assert __import__(name).VALUE == 1  # the import statement, which the hook watches
    return path


@pytest.mark.skipif(feature is None, reason="this PySide6 has no feature module")
def test_modules_imported_after_the_opt_out_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert feature is not None
    assert skip_feature_source_scan()
    assert import_scan.pyside_probe is not None
    # PySide6's own probe reads the module's text (the reason for the opt-out) ...
    monkeypatch.setattr(feature, "_mod_uses_pyside", import_scan.pyside_probe)
    read = _import_fresh(tmp_path, "einwandfrei_scan_probe_before", monkeypatch)
    assert str(read) in linecache.cache
    # ... and after the opt-out, nothing is read.
    assert skip_feature_source_scan()
    skipped = _import_fresh(tmp_path, "einwandfrei_scan_probe_after", monkeypatch)
    assert str(skipped) not in linecache.cache
