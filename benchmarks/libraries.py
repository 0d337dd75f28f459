"""Synthetic libraries on disk for benchmarks, built once and reused (in bench-data/)."""

from __future__ import annotations

import contextlib
import csv
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_objections, write_synthetic_library

BENCH_DATA = Path(__file__).resolve().parent.parent / "bench-data"


# Raised whenever the synthetic document changes, so that older bench data is built anew.
GENERATION = 2


def synthetic_json(count: int = 100_000) -> Path:
    """The synthetic library document with `count` objections (written on first use)."""
    return write_synthetic_library(BENCH_DATA / f"synthetic-{count}-g{GENERATION}.json", count)


def _current(library: Path) -> bool:
    """Whether the library is of the app's schema and search index (else it is built anew)."""
    from einwandfrei.store.db.schema import HEAD_REVISION
    from einwandfrei.store.library.search_index import SEARCH_FORMAT

    if not library.exists():
        return False
    with contextlib.closing(sqlite3.connect(f"{library.as_uri()}?mode=ro", uri=True)) as db:
        try:
            (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
            row = db.execute(
                "SELECT value FROM library_meta WHERE key = 'search_format'"
            ).fetchone()
        except sqlite3.Error:
            return False
    return revision == HEAD_REVISION and row is not None and row[0] == SEARCH_FORMAT


def synthetic_csv(count: int = 100_000) -> Path:
    """The synthetic library as the CSV a spreadsheet would hold (one row per response; written on
    first use): the same objections as `synthetic_json`, without what CSV has no column for."""
    path = BENCH_DATA / f"synthetic-{count}.csv"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".part")
        with temporary.open("w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file, lineterminator="\r\n")
            writer.writerow(["category", "objection", "response", "technique", "tags"])
            for objection in synthetic_objections(count):
                tags = "; ".join(objection["tags"])
                for response in objection["responses"]:
                    writer.writerow(
                        [
                            objection["category"],
                            objection["text"],
                            response["text"],
                            response["technique"],
                            tags,
                        ]
                    )
        temporary.replace(path)
    return path


def synthetic_data_dir(count: int = 100_000) -> Path:
    """A data folder whose library holds the synthetic library (imported on first use, and again
    when the app's schema or search index has changed since)."""
    # Imported here, so that a process that only wants the files (a benchmark's floor, say) does
    # not pay for the app's imports.
    from einwandfrei.interchange.files import import_file
    from einwandfrei.library_folder import open_data_folder

    folder = BENCH_DATA / f"library-{count}-g{GENERATION}"
    if not _current(folder / "library.sqlite3"):
        shutil.rmtree(folder, ignore_errors=True)
        source = synthetic_json(count)
        building = BENCH_DATA / f"library-{count}.building"
        shutil.rmtree(building, ignore_errors=True)
        started = time.perf_counter()
        with open_data_folder(building, language="en", starter=False, backup=False) as library:
            import_file(library, source)
        print(f"(built {folder.name} in {time.perf_counter() - started:.1f} s)", file=sys.stderr)
        building.rename(folder)
    return folder


if __name__ == "__main__":
    for size in (int(argument) for argument in sys.argv[1:] or ["1000", "100000"]):
        print(synthetic_data_dir(size))
