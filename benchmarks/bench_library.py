"""Foundation figures: search, import/export and the `einwandfrei search` process, beside floors.

Run: .venv/bin/python benchmarks/bench_library.py [--objections N] [--parts search,cli,import]

Every floor is measured in the same run on the same data:
- search: raw sqlite3 FTS5, bm25 top 50 over the objection texts alone;
- import: json.load + sqlite3 executemany of the same rows + an FTS5 rebuild over the same text
  columns the app indexes (objection text, tags, concern, probing questions; response text and
  follow-up question);
- CLI: `python -c "import sqlalchemy, sqlite3"` plus the floor query, as a whole process.

The sort part has no floor: the whole library listed by the # and ✓ columns (and by text), with a
third of the answers used, against the goal of 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from libraries import synthetic_data_dir, synthetic_json
from synthetic import synthetic_queries

from einwandfrei.interchange.files import export_text, import_file
from einwandfrei.library_folder import open_data_folder
from einwandfrei.planning.library_part import WHOLE_LIBRARY
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.listing import Sort, SortKey, list_ids
from einwandfrei.store.library.search import search_ids


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):7.2f} ms   p95 {percentile(values, 0.95):7.2f} ms"


def raw_prefix_query(query: str) -> str:
    words = [word.replace('"', "") for word in query.split()]
    return " ".join(f'"{word}"' for word in words[:-1]) + f' "{words[-1]}"*'


def build_floor_database(document: dict[str, object], folder: Path) -> Path:
    """The floor: a bare FTS5 table over the objection texts alone."""
    path = folder / "floor.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE VIRTUAL TABLE floor USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
        )
        objections = document["objections"]
        assert isinstance(objections, list)
        db.executemany(
            "INSERT INTO floor (rowid, text) VALUES (?, ?)",
            ((index, item["text"]) for index, item in enumerate(objections, start=1)),
        )
    db.close()
    return path


def time_queries(queries: list[str], run: Callable[[str], object]) -> list[float]:
    timings = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_search(library: Library, floor: Path, queries: list[str]) -> None:
    print(f"\n== search: {len(queries)} queries of 1–3 words, the last a 3–4 letter prefix")
    floor_db = sqlite3.connect(floor)

    def floor_query(query: str) -> object:
        return floor_db.execute(
            "SELECT rowid FROM floor WHERE floor MATCH ? ORDER BY rank LIMIT 50",
            (raw_prefix_query(query),),
        ).fetchall()

    def app_query(query: str) -> object:
        with library.read() as connection:
            return search_ids(connection, query, limit=50)

    for _ in range(2):  # warm both caches, then measure interleaved rounds
        time_queries(queries, floor_query)
        time_queries(queries, app_query)
    floor_times: list[float] = []
    app_times: list[float] = []
    for _ in range(3):
        floor_times += time_queries(queries, floor_query)
        app_times += time_queries(queries, app_query)
    floor_db.close()
    print(f"floor (raw FTS5 bm25, objection texts) {summary(floor_times)}")
    print(f"app search_ids (all text, limit 50)    {summary(app_times)}")
    ratio = percentile(app_times, 0.95) / percentile(floor_times, 0.95)
    print(f"p95 ratio app/floor: {ratio:.2f} (target ≤ 2.0)")


def floor_import(document_path: Path, folder: Path) -> float:
    """json.load + executemany of the same rows + an FTS5 rebuild of the same texts."""
    path = folder / "floor-import.sqlite3"
    started = time.perf_counter()
    document = json.loads(document_path.read_text(encoding="utf-8"))
    db = sqlite3.connect(path)
    db.executescript(
        """
        PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
        CREATE TABLE objections (id INTEGER PRIMARY KEY, text TEXT, category TEXT, tags TEXT,
                                 concern TEXT, probing_questions TEXT);
        CREATE TABLE responses (id INTEGER PRIMARY KEY, objection_id INTEGER, text TEXT,
                                technique TEXT, follow_up TEXT, position INTEGER);
        CREATE VIRTUAL TABLE objection_fts USING fts5(text, tags, concern, probing_questions,
            content='objections', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE response_fts USING fts5(text, follow_up, content='responses',
            content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        """
    )
    objection_rows = []
    response_rows = []
    response_id = 0
    for objection_id, objection in enumerate(document["objections"], start=1):
        objection_rows.append(
            (
                objection_id,
                objection["text"],
                objection["category"],
                " ".join(objection["tags"]),
                objection["concern"],
                "\n".join(objection["probing_questions"]),
            )
        )
        for position, response in enumerate(objection["responses"]):
            response_id += 1
            response_rows.append(
                (
                    response_id,
                    objection_id,
                    response["text"],
                    response["technique"],
                    response["follow_up"],
                    position,
                )
            )
    with db:
        db.executemany("INSERT INTO objections VALUES (?, ?, ?, ?, ?, ?)", objection_rows)
        db.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?)", response_rows)
        db.execute("INSERT INTO objection_fts (objection_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO response_fts (response_fts) VALUES ('rebuild')")
    db.close()
    return time.perf_counter() - started


def bench_import_export(document_path: Path, folder: Path) -> None:
    print(f"\n== import and export of {document_path.name}")
    floor = floor_import(document_path, folder)
    print(f"floor (json.load + executemany + FTS rebuild) {floor:6.1f} s")
    started = time.perf_counter()
    with open_data_folder(folder / "imported", starter=False, backup=False) as library:
        import_file(library, document_path)
        imported = time.perf_counter() - started
        print(
            f"app import_file (checked, merged, indexed)  {imported:6.1f} s   "
            f"ratio {imported / floor:.2f} (target ≤ 1.5)"
        )
        started = time.perf_counter()
        (folder / "exported.json").write_text(export_text(library, "json"), encoding="utf-8")
        exported = time.perf_counter() - started
    print(
        f"app export (JSON to a file)                 {exported:6.1f} s   "
        f"ratio to import {exported / imported:.2f} (target ≤ 1.0)"
    )
    # The export is a version 2 document: every item brings its UUID, which is checked and kept.
    started = time.perf_counter()
    with open_data_folder(folder / "reimported", starter=False, backup=False) as library:
        import_file(library, folder / "exported.json")
    reimported = time.perf_counter() - started
    print(
        f"app import_file of the export (with UUIDs)  {reimported:6.1f} s   "
        f"ratio {reimported / floor:.2f} (target ≤ 1.5)"
    )


def time_process(command: list[str], runs: int, environment: dict[str, str]) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=environment)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_cli(data_dir: Path, floor: Path, queries: list[str], runs: int) -> None:
    print(f"\n== `einwandfrei search` as a whole process ({runs} runs each)")
    environment = dict(os.environ, EINWANDFREI_DATA_DIR=str(data_dir))
    query = queries[0]
    floor_program = (
        "import sqlalchemy, sqlite3\n"
        f"db = sqlite3.connect({str(floor)!r})\n"
        "db.execute('SELECT rowid FROM floor WHERE floor MATCH ? ORDER BY rank LIMIT 50', "
        f"({raw_prefix_query(query)!r},)).fetchall()\n"
    )
    app = [sys.executable, "-m", "einwandfrei", "search", query, "--limit", "10"]
    subprocess.run(app, check=True, capture_output=True, env=environment)  # first open backs up
    floor_times = []
    app_times = []
    for _ in range(runs):
        floor_times += time_process([sys.executable, "-c", floor_program], 1, environment)
        app_times += time_process(app, 1, environment)
    print(f"floor (import sqlalchemy + raw FTS query) {summary(floor_times)}")
    print(f"app   (einwandfrei search)                {summary(app_times)}")
    ratio = statistics.median(app_times) / statistics.median(floor_times)
    print(f"median ratio app/floor: {ratio:.2f} (target ≤ 1.3)")


def bench_sort(data_dir: Path, runs: int) -> None:
    print(f"\n== the whole library sorted by a column ({runs} runs each, interleaved)")
    with sqlite3.connect(data_dir / "library.sqlite3") as db:
        # A third of the answers used, a part of those with success: rates to compare.
        db.execute(
            "UPDATE responses SET times_used = abs(random()) % 9 + 1, "
            "times_worked = abs(random()) % 5 WHERE id % 3 = 0"
        )
        db.execute("UPDATE responses SET times_worked = times_used WHERE times_worked > times_used")
    db.close()
    sorts = [
        Sort(key, descending)
        for key in (SortKey.RESPONSES, SortKey.SUCCESS, SortKey.TEXT)
        for descending in (False, True)
    ]
    times: dict[Sort, list[float]] = {sort: [] for sort in sorts}
    with open_data_folder(data_dir, backup=False) as library, library.read() as connection:
        for _ in range(runs):
            for sort in sorts:
                started = time.perf_counter()
                list_ids(connection, WHOLE_LIBRARY, sort)
                times[sort].append((time.perf_counter() - started) * 1000)
    for sort, values in times.items():
        name = f"{sort.key.value}{' descending' if sort.descending else ''}"
        print(f"{name:22} {summary(values)}   range {min(values):.0f}–{max(values):.0f} ms")
    print("target: the # (responses) and ✓ (success) columns ≤ 100 ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objections", type=int, default=100_000)
    parser.add_argument(
        "--parts",
        default="search,cli,import,sort",
        help="comma-separated: search, cli, import, sort (default: all)",
    )
    parser.add_argument("--runs", type=int, default=15, help="process starts per side (CLI)")
    args = parser.parse_args()

    document_path = synthetic_json(args.objections)
    queries = synthetic_queries(240)
    with tempfile.TemporaryDirectory(prefix="einwandfrei-bench-") as scratch:
        folder = Path(scratch)
        floor = build_floor_database(json.loads(document_path.read_text("utf-8")), folder)
        data_dir = folder / "library"
        shutil.copytree(synthetic_data_dir(args.objections), data_dir)
        parts = set(args.parts.split(","))
        if "search" in parts:
            with open_data_folder(data_dir, backup=False) as library:
                bench_search(library, floor, queries)
        if "cli" in parts:
            bench_cli(data_dir, floor, queries, args.runs)
        if "import" in parts:
            bench_import_export(document_path, folder)
        if "sort" in parts:
            bench_sort(data_dir, 9)


if __name__ == "__main__":
    main()
