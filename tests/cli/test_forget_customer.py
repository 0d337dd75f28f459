"""`einwandfrei forget-customer NAME|ID` from the command line."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from einwandfrei.library_folder import open_data_folder
from einwandfrei.paths import log_dir
from tests.cli.conftest import Run
from tests.store.forget_support import NAME, build_scene, files_holding, needles


def _scene(data_dir: Path) -> None:
    with open_data_folder(data_dir, language="en") as library:
        build_scene(library, data_dir, log_dir())


def test_forget_a_customer_by_name(einwandfrei: Run, data_dir: Path) -> None:
    _scene(data_dir)
    result = einwandfrei("forget-customer", NAME.lower(), "--yes", check_exit=0)
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"“{NAME}” was erased for good. Call plans: 2; call logs: 1; texts elsewhere that named "
        "them: 6; backups rewritten: 4."
    )
    assert len(lines) == 3  # and the two copies that could not be rewritten
    assert all(
        "could not be rewritten" in line and "so it was deleted" in line for line in lines[1:]
    )
    assert files_holding([data_dir, log_dir()], needles()) == {}
    again = einwandfrei("forget-customer", NAME, "--yes", check_exit=1)
    assert again.stderr == f"einwandfrei: There is no customer called “{NAME}”.\n"


def test_forgetting_asks_first_and_a_no_erases_nothing(einwandfrei: Run, data_dir: Path) -> None:
    _scene(data_dir)
    result = einwandfrei("forget-customer", NAME, input="no\n", check_exit=1)
    assert result.stderr.startswith(
        f"This erases “{NAME}” for good: the customer, call plans: 2, call logs: 1, and their "
        "name in 6 texts elsewhere in the library — also from every backup in "
    )
    assert "It cannot be undone." in result.stderr
    assert result.stderr.endswith("Type yes to erase: einwandfrei: Nothing was erased.\n")
    assert "data/library.sqlite3" in files_holding([data_dir], needles())
    einwandfrei("forget-customer", NAME, input="yes\n", check_exit=0)
    assert files_holding([data_dir], needles()) == {}


def test_forgetting_is_refused_while_a_window_has_the_library_open(
    einwandfrei: Run, data_dir: Path
) -> None:
    _scene(data_dir)
    (data_dir / "library.lock").write_text(
        f"{os.getpid()}\neinwandfrei\n{socket.gethostname()}\n", encoding="utf-8"
    )
    result = einwandfrei("forget-customer", NAME, "--yes", check_exit=1)
    assert result.stderr == (
        f"einwandfrei: The library in {data_dir} is open in an Einwandfrei window; erase the "
        "customer there (in the Calls view’s Trash) or close the window first.\n"
    )
    (data_dir / "library.lock").write_text("999999999\neinwandfrei\n", encoding="utf-8")
    einwandfrei("forget-customer", NAME, "--yes", check_exit=0)  # a lock its window left behind


def test_forgetting_speaks_german(einwandfrei: Run, data_dir: Path) -> None:
    _scene(data_dir)
    refused = einwandfrei("--language", "de", "forget-customer", NAME, input="nein\n", check_exit=1)
    assert refused.stderr.startswith(f"Damit wird «{NAME}» endgültig gelöscht: der Kunde, ")
    assert refused.stderr.endswith(
        "Zum Löschen ja eingeben: einwandfrei: Es wurde nichts gelöscht.\n"
    )
    result = einwandfrei("--language", "de", "forget-customer", NAME, input="ja\n", check_exit=0)
    assert result.stdout.startswith(f"«{NAME}» wurde endgültig gelöscht. Gesprächspläne: 2; ")
