"""README.md's commands are the ones CI runs: the apt line of the quick start, the test command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
# A Debian package name (Debian Policy 5.6.1).
PACKAGE = re.compile(r"^[a-z0-9][a-z0-9+.-]+$")


def readme_apt_packages() -> list[str]:
    [line] = [line for line in README.splitlines() if line.startswith("sudo apt install ")]
    return shlex.split(line)[3:]


def test_the_readme_apt_line_is_what_ci_installs_and_starts_the_window_with() -> None:
    packages = readme_apt_packages()
    [assignment] = re.findall(r'^README_APT_PACKAGES="([^"]*)"$', CI, re.MULTILINE)
    assert assignment.split() == packages
    assert all(PACKAGE.match(package) for package in packages), packages
    assert len(set(packages)) == len(packages)
    # The libraries Qt's xcb platform loads that a desktop may lack (found by starting the
    # window on a machine without them, see packaging/x11_start_test.py).
    for needed in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"):
        assert needed in packages
    # CI installs them, then starts the real window on X11.
    assert "$README_APT_PACKAGES" in CI
    assert "xvfb-run -a .venv/bin/python packaging/x11_start_test.py" in CI


def test_the_readme_test_command_is_the_one_ci_runs() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    [command] = [line for block in blocks for line in block.splitlines() if "pytest" in line]
    assert command in CI.splitlines()


def test_the_x11_start_names_a_missing_library() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("x11", ROOT / "packaging" / "x11_start_test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # What Qt printed on this machine before libxcb-icccm4 was installed.
    said = (
        'qt.core.library: "/venv/PySide6/Qt/plugins/platforms/libqxcb.so" cannot load: Cannot load '
        "library /venv/PySide6/Qt/plugins/platforms/libqxcb.so: libxcb-icccm.so.4: cannot open "
        "shared object file: No such file or directory"
    )
    assert module._MISSING.findall(said) == ["libxcb-icccm.so.4"]
