"""Opting out of PySide6's source scan of every module imported after it.

Since PYSIDE-2029, shiboken's import hook asks of each newly imported Python module whether its
source mentions PySide (`shibokensupport.feature._mod_uses_pyside`), to know whether that module
may switch on `__feature__`s such as `snake_case`. The answer comes from `inspect.getsource`,
which reads every module's text and keeps it in `linecache`. For SQLAlchemy and the store,
imported once the window has painted, that costs about 100-150 ms and some 20 MB here.

Einwandfrei selects no `__feature__`, so it answers "no" for every module: such a module is
ignored by the feature switching, which is what the normal Qt API means for it anyway.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# PySide6's own probe, kept once replaced (tests compare the two).
pyside_probe: Callable[[ModuleType], bool] | None = None


def _uses_no_feature(module: ModuleType) -> bool:
    del module
    return False


def skip_feature_source_scan() -> bool:
    """Stop the scan for modules imported from now on; False if this PySide6 has no such scan."""
    global pyside_probe
    feature = sys.modules.get("shibokensupport.feature")
    probe = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(probe):
        return False
    if probe is not _uses_no_feature:
        pyside_probe = probe
        feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
    return True
