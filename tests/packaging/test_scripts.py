"""The scripts the documentation tells people to run can be run as written: they exist, and the
ones run directly (`packaging/build-linux.sh`, not `bash …`) are executable in git, so a fresh
clone runs them too, not only the checkout of whoever set the bit locally."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# A script path in a code span or block: `packaging/build-linux.sh`, `.ci/run`, `tools/x.py`.
SCRIPT = re.compile(r"(?<![\w./-])((?:\.ci|packaging|tools)/[\w.-]+(?:\.sh|\.py)?)(?![\w/-])")


def _git_modes() -> dict[str, str] | None:
    """The mode git records for each tracked file, or None outside a git checkout."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return None
    listing = subprocess.run(
        ["git", "ls-files", "--stage"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return {line.split("\t", 1)[1]: line.split()[0] for line in listing.splitlines()}


def _mentioned() -> dict[str, str]:
    """Each script path the documents mention, with the first document that does."""
    found: dict[str, str] = {}
    for document in DOCUMENTS:
        for match in SCRIPT.finditer(document.read_text(encoding="utf-8")):
            found.setdefault(match.group(1), document.name)
    return found


def _run_directly() -> set[str]:
    """Scripts a document shows as a command of their own: at the start of a line in a code
    block, or in a code span of their own (`packaging/build-linux.sh`)."""
    commands = set()
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        commands |= set(re.findall(r"^\s*((?:\.ci|packaging|tools)/[\w.-]+)", text, re.MULTILINE))
        commands |= set(re.findall(r"`((?:\.ci|packaging)/[\w.-]+\.sh)(?: [^`]*)?`", text))
    return commands


def _starts_with_shebang(path: Path) -> bool:
    if not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(2) == b"#!"


def test_every_file_the_documents_name_in_packaging_tools_and_ci_exists() -> None:
    mentioned = _mentioned()
    assert "packaging/build-linux.sh" in mentioned
    assert "tools/build_resources.py" in mentioned
    missing = [
        f"{path} (in {where})" for path, where in mentioned.items() if not (ROOT / path).exists()
    ]
    assert missing == []


def test_the_scripts_people_run_directly_are_executable() -> None:
    commands = _run_directly()
    assert "packaging/build-linux.sh" in commands
    modes = _git_modes()
    for command in sorted(commands):
        script = ROOT / command
        assert _starts_with_shebang(script), f"{command} has no #! line"
        assert os.access(script, os.X_OK), f"{command} is not executable here"
        if modes is not None:
            assert modes[command] == "100755", (
                f"{command} is not executable in git: git update-index --chmod=+x"
            )


def test_every_tracked_script_with_a_shebang_is_executable_in_git() -> None:
    modes = _git_modes()
    if modes is None:
        pytest.skip("not a git checkout")
    with_shebang = sorted(path for path in modes if _starts_with_shebang(ROOT / path))
    assert ".ci/run" in with_shebang
    assert [path for path in with_shebang if modes[path] != "100755"] == []
