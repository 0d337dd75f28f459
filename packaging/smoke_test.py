"""Smoke test of the built app folder: run it as a user would, on a fresh data folder.

    python3 packaging/smoke_test.py [BUNDLE_DIR]      (default: dist/einwandfrei)

Uses the standard library only (pypdf or poppler's pdftotext, when present, read the cheat
sheet's text). Every run gets its own home, XDG folders and data folder, so nothing of the user's
is touched. Checks, through the bundle's own executable:

1. `--version` prints the version of src/einwandfrei/__init__.py, which is also the newest
   release in the AppStream metainfo.
2. Every shipped resource file (starter libraries, translations, icons, …) and every migration
   script is on disk in the bundle.
3. `check` on a fresh data folder creates the library (Alembic migrations run from the bundled
   scripts, the starter library is read through importlib.resources) and finds it in order.
4. `search`, `export` (JSON and Markdown) work on it.
5. `install-desktop-entry` finds the icons and writes an entry that starts the bundle.
6. The GUI starts offscreen, shows its window and quits cleanly (exit status 0), in English and
   in German; the time from start to the shown window is printed.
7. When `sheet --help` succeeds: `sheet --all -o FILE.pdf` writes a PDF that holds the objections.

Exit status 0 when everything passed, 1 otherwise; one line per check.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCE_PACKAGE = ROOT / "src" / "einwandfrei"
TIMEOUT_SECONDS = 120
FAILURE_MARKERS = ("Traceback", "ModuleNotFoundError", "ImportError", "No such file", "Could not")


class CheckFailedError(Exception):
    """One check failed; the message says what was expected and what happened."""


class Bundle:
    """The app folder and an isolated environment to run its executable in."""

    def __init__(self, folder: Path, scratch: Path) -> None:
        self.folder = folder
        executable = "einwandfrei.exe" if sys.platform == "win32" else "einwandfrei"
        self.executable = folder / executable
        if not self.executable.is_file():
            raise CheckFailedError(f"{self.executable} does not exist: build the bundle first")
        self.scratch = scratch
        home = scratch / "home"
        self.environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("EINWANDFREI_", "XDG_", "LC_", "QT_"))
        }
        self.environment.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_STATE_HOME=str(home / "state"),
            XDG_CACHE_HOME=str(home / "cache"),
            QT_QPA_PLATFORM="offscreen",
            LANG="en_US.UTF-8",
        )
        home.mkdir(parents=True)

    def run(
        self, *arguments: str, language: str = "en_US.UTF-8", extra: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run the executable; fail on a non-zero exit or a Python error on stderr."""
        environment = {**self.environment, "LANG": language, **(extra or {})}
        command = [str(self.executable), *arguments]
        try:
            result = subprocess.run(
                command,
                env=environment,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            message = f"`{' '.join(arguments)}` took over {error.timeout} s"
            raise CheckFailedError(message) from error
        problems = [marker for marker in FAILURE_MARKERS if marker in result.stderr]
        if result.returncode != 0 or problems:
            raise CheckFailedError(
                f"`einwandfrei {' '.join(arguments)}` exited {result.returncode}; "
                f"stderr: {result.stderr.strip()[-2000:] or '(empty)'}"
            )
        return result


def source_version() -> str:
    text = (SOURCE_PACKAGE / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise CheckFailedError("src/einwandfrei/__init__.py has no __version__")
    return match.group(1)


def metainfo_version() -> str:
    (metainfo,) = (ROOT / "resources" / "linux").glob("*.metainfo.xml")
    release = ElementTree.parse(metainfo).getroot().find("releases/release")
    if release is None:
        raise CheckFailedError(f"{metainfo.name} lists no release")
    return release.attrib["version"]


def check_version(bundle: Bundle) -> str:
    printed = bundle.run("--version").stdout.strip()
    expected = source_version()
    if printed != f"einwandfrei {expected}":
        raise CheckFailedError(f"--version printed {printed!r}, the source says {expected}")
    if metainfo_version() != expected:
        raise CheckFailedError(f"the metainfo's release is {metainfo_version()}, not {expected}")
    return printed


def check_files_on_disk(bundle: Bundle) -> str:
    env_scripts = list(bundle.folder.rglob("einwandfrei/store/migrations/env.py"))
    if len(env_scripts) != 1:
        raise CheckFailedError(f"expected one bundled migrations/env.py, found {env_scripts}")
    bundled_package = env_scripts[0].parents[2]
    wanted = [
        path.relative_to(SOURCE_PACKAGE)
        for folder in ("resources", "store/migrations")
        for path in (SOURCE_PACKAGE / folder).rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix != ".pyc"
        and not (folder == "resources" and path.suffix == ".py")
    ]
    missing = [str(path) for path in wanted if not (bundled_package / path).is_file()]
    if missing:
        raise CheckFailedError(f"missing from the bundle: {', '.join(sorted(missing))}")
    tests = [str(path) for path in bundle.folder.rglob("test_*.py")]
    if tests:
        raise CheckFailedError(f"tests in the bundle: {', '.join(tests[:5])}")
    return f"{len(wanted)} resource and migration files on disk"


def check_library(bundle: Bundle, data_dir: Path) -> str:
    output = bundle.run("--data-dir", str(data_dir), "--language", "en", "check").stdout
    if not (data_dir / "library.sqlite3").is_file():
        raise CheckFailedError(f"`check` created no library in {data_dir}")
    hits = json.loads(
        bundle.run("--data-dir", str(data_dir), "search", "expensiv", "--json").stdout
    )
    if not hits or "expensive" not in json.dumps(hits).lower():
        raise CheckFailedError(f"`search expensiv` found nothing useful: {hits!r}")
    exported = data_dir.parent / "export.json"
    bundle.run("--data-dir", str(data_dir), "export", "-o", str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    if document.get("format") != "einwandfrei-library" or len(document["objections"]) < 10:
        raise CheckFailedError(f"the JSON export is not a starter library: {str(document)[:300]}")
    markdown = bundle.run("--data-dir", str(data_dir), "export", "--format", "md").stdout
    if document["objections"][0]["text"] not in markdown:
        raise CheckFailedError("the Markdown export lacks the first objection")
    return (
        f"{output.strip()} {len(document['objections'])} objections, "
        f"{len(hits)} search hits, JSON and Markdown exports"
    )


def check_desktop_entry(bundle: Bundle) -> str:
    if not sys.platform.startswith("linux"):
        return "skipped (Linux only)"
    bundle.run("install-desktop-entry")
    applications = Path(bundle.environment["XDG_DATA_HOME"]) / "applications"
    (entry,) = applications.glob("*.desktop")
    exec_line = next(
        line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")
    )
    if str(bundle.executable.absolute()) not in exec_line:
        raise CheckFailedError(f"the desktop entry does not start the bundle: {exec_line}")
    icons = list((Path(bundle.environment["XDG_DATA_HOME"]) / "icons").rglob("*.*"))
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        if result.returncode != 0 or result.stdout.strip():
            raise CheckFailedError(f"desktop-file-validate: {result.stdout}{result.stderr}")
    bundle.run("install-desktop-entry", "--remove")
    if entry.exists():
        raise CheckFailedError("install-desktop-entry --remove left the entry in place")
    return f"{exec_line}, {len(icons)} icons, removed again"


def check_gui(bundle: Bundle, data_dir: Path, language: str) -> float:
    """Start the window offscreen; returns seconds from start to the first shown window."""
    report = bundle.scratch / f"gui-{language}.json"
    started = time.monotonic()
    bundle.run(
        "--data-dir",
        str(data_dir),
        language=language,
        extra={"EINWANDFREI_SMOKE_REPORT": str(report)},
    )
    if not report.is_file():
        raise CheckFailedError("the GUI exited without showing a window")
    shown = json.loads(report.read_text(encoding="utf-8"))
    if shown["width"] < 200 or shown["height"] < 150:
        raise CheckFailedError(f"the window is tiny: {shown}")
    for key in ("qt_plugins", "qt_translations"):
        if not Path(shown[key]).resolve().is_relative_to(bundle.folder):
            raise CheckFailedError(f"Qt's {key} is outside the bundle: {shown[key]}")
    if not (Path(shown["qt_translations"]) / "qtbase_de.qm").is_file():
        raise CheckFailedError(f"Qt's German translation is not in {shown['qt_translations']}")
    return float(shown["shown_at_monotonic"]) - started


def check_sheet(bundle: Bundle, data_dir: Path) -> str:
    try:
        bundle.run("sheet", "--help")
    except CheckFailedError:
        return "skipped: this build has no `sheet` command yet"
    pdf = bundle.scratch / "sheet.pdf"
    bundle.run("--data-dir", str(data_dir), "sheet", "--all", "-o", str(pdf))
    content = pdf.read_bytes() if pdf.is_file() else b""
    if not content.startswith(b"%PDF-") or b"%%EOF" not in content[-1024:]:
        raise CheckFailedError(f"`sheet --all` wrote no complete PDF to {pdf}")
    text, reader = pdf_text(pdf)
    if text is None:
        return f"PDF of {len(content)} bytes (no pypdf or pdftotext here to read its text)"
    exported = json.loads(bundle.run("--data-dir", str(data_dir), "export").stdout)
    expected = sorted(objection["text"] for objection in exported["objections"])[:5]
    flat = " ".join(text.split())
    missing = [each for each in expected if " ".join(each.split()) not in flat]
    if missing:
        raise CheckFailedError(f"the cheat sheet PDF lacks {missing} (text read by {reader})")
    return f"PDF of {len(content)} bytes holding the objections (read by {reader})"


def pdf_text(pdf: Path) -> tuple[str | None, str]:
    try:
        from pypdf import PdfReader
    except ImportError:
        pass
    else:
        return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages), "pypdf"
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        result = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True)
        return result.stdout, "pdftotext"
    return None, ""


def main(arguments: list[str]) -> int:
    folder = Path(arguments[0]) if arguments else ROOT / "dist" / "einwandfrei"
    failures = 0
    checks = 0
    with tempfile.TemporaryDirectory(prefix="einwandfrei-smoke-") as scratch_name:
        scratch = Path(scratch_name)
        try:
            bundle = Bundle(folder.resolve(), scratch)
        except CheckFailedError as error:
            print(f"FAIL bundle: {error}")
            return 1
        data_dir = scratch / "data"

        def step(name: str, check: object, *check_arguments: object) -> object:
            nonlocal failures, checks
            checks += 1
            started = time.monotonic()
            try:
                outcome = check(*check_arguments)  # type: ignore[operator]
            except Exception as error:
                failures += 1
                reason = error if isinstance(error, CheckFailedError) else repr(error)
                print(f"FAIL {name}: {reason}", flush=True)
                return None
            took = time.monotonic() - started
            if isinstance(outcome, float):
                outcome = f"{outcome:.2f} s to the first window"
            print(f"ok   {name} ({took:.2f} s): {outcome}", flush=True)
            return outcome

        step("version", check_version, bundle)
        step("files", check_files_on_disk, bundle)
        step("library", check_library, bundle, data_dir)
        step("desktop entry", check_desktop_entry, bundle)
        step("gui (English)", check_gui, bundle, data_dir, "en_US.UTF-8")
        step("gui (German, new library)", check_gui, bundle, scratch / "data-de", "de_DE.UTF-8")
        step("sheet", check_sheet, bundle, data_dir)
    print(f"smoke test: {checks - failures} of {checks} checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
