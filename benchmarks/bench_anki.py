"""Einwandfrei beside Anki, built from the same 100,000-objection CSV (300,000 answers).

    .venv/bin/pip install -e ".[bench]"          # Anki, for this script only
    .venv/bin/python benchmarks/bench_anki.py [--objections N] [--runs R] [--parts …]

Both sides get the same file: `benchmarks/libraries.py` writes the synthetic library as the CSV a
spreadsheet holds (category, objection, response, technique, tags; one row per response). Anki
imports it with its own CSV import (a note type with the four text columns as fields, the tags
column as tags, every row a note: 300,000 notes); Einwandfrei with `einwandfrei import`.

Measured, runs interleaved (ours, Anki, ours, …), medians and p95 where there are enough values:
- import: the whole process, a fresh library or collection, and its peak memory (`wait4`);
  beside it the floor — the same FTS5 tables with the same tokenizer and prefix settings, filled
  through `executemany` from the CSV with texts folded in one `str.translate` pass (target: the
  import ≤ 1.5× the floor, and never slower than Anki);
- search in-process: the query mix below, each query on both sides in turn; ours is
  `search_ids` (ranked, top 50 of the whole text), Anki's `find_notes` (unranked, every match).
  A word typed without its umlaut is asked of Anki with `nc:` (its only way to find "Übernahme"
  from "ubernahme");
- open + first answer: a whole process that opens the library and prints the first answer;
- memory while searching: the peak of a process that opens and runs the whole mix three times;
- due today: `einwandfrei drills --json` vs a process that opens the collection and asks
  `sched.counts()` — on the fresh library, and with 30,000 reviewed of which 3,000 are overdue.

Everything is built once into `bench-data/` and copied to a temporary folder per run.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from libraries import BENCH_DATA, synthetic_csv

# (ours, Anki's equivalent): 3–5 letter prefixes, German words with and without umlauts, very
# common words, several words.
QUERIES: list[tuple[str, str]] = [
    ("ver", "ver"),
    ("kun", "kun"),
    ("pre", "pre"),
    ("übe", "übe"),
    ("kund", "kund"),
    ("budg", "budg"),
    ("sich", "sich"),
    ("cont", "cont"),
    ("liefe", "liefe"),
    ("termi", "termi"),
    ("preis", "preis"),
    ("kunde", "kunde"),
    ("price", "price"),
    ("übernahme", "übernahme"),
    ("ubernahme", "nc:ubernahme"),
    ("größe", "größe"),
    ("grosse", "nc:grosse"),
    ("prüfung", "prüfung"),
    ("prufung", "nc:prufung"),
    ("zürich", "zürich"),
    ("zurich", "nc:zurich"),
    ("kündigungsfrist", "kündigungsfrist"),
    ("zuverlässigkeit", "zuverlässigkeit"),
    ("kein budget", "kein budget"),
    ("zu teuer", "zu teuer"),
    ("send me an email", "send me an email"),
]
ROUNDS = 5
# Of 100,000 objections: 30,000 drilled before, 3,000 of them overdue.
REVIEWED_SHARE, OVERDUE_SHARE = 0.3, 0.03


# --- figures ---------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def median_p95(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), percentile(values, 0.95)


def row(name: str, ours: float, anki: float, unit: str) -> None:
    ratio = ours / anki if anki else float("inf")
    verdict = "✅" if ratio <= 1.0 else "❌"
    print(f"| {name} | {ours:.1f} {unit} | {anki:.1f} {unit} | {ratio:.2f}× {verdict} |")


def spread(values: list[float]) -> str:
    return f"{min(values):.1f}–{max(values):.1f}"


# --- building ----------------------------------------------------------------------------------


def anki_import(csv_path: str, collection_path: str) -> None:
    """A fresh Anki collection with a note type for the CSV's columns, then its CSV import."""
    from anki.collection import Collection
    from anki.import_export_pb2 import CsvMetadata, ImportCsvRequest

    collection = Collection(collection_path)
    models = collection.models
    notetype = models.new("Objection")
    for name in ("Category", "Objection", "Response", "Technique"):
        models.add_field(notetype, models.new_field(name))
    template = models.new_template("Card 1")
    template["qfmt"] = "{{Objection}}"
    template["afmt"] = "{{FrontSide}}<hr id=answer>{{Response}}"
    models.add_template(notetype, template)
    models.add(notetype)
    notetype_id = models.id_for_name("Objection")
    assert notetype_id is not None
    metadata = collection.get_csv_metadata(csv_path, CsvMetadata.COMMA)
    metadata.global_notetype.CopyFrom(
        CsvMetadata.MappedNotetype(id=notetype_id, field_columns=[1, 2, 3, 4])
    )
    metadata.tags_column = 5
    metadata.deck_id = 1
    # Every row is a note of its own (an objection's three answers share its text).
    metadata.dupe_resolution = CsvMetadata.DUPLICATE
    collection.import_csv(ImportCsvRequest(path=csv_path, metadata=metadata))
    collection.close()


# Started through this small go-between: Linux counts the memory of the process that started a
# program into the program's peak (`ru_maxrss` takes over the parent's high-water mark at exec),
# and this script holds both libraries while it searches.
_MEASURE = """
import os, subprocess, sys, time
started = time.perf_counter()
process = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(process.pid, 0)
elapsed = time.perf_counter() - started
with open(sys.argv[1], "w") as file:
    cpu = usage.ru_utime + usage.ru_stime
    file.write(f"{os.waitstatus_to_exitcode(status)} {elapsed} {usage.ru_maxrss * 1024} {cpu}")
"""


def run_process(command: list[str]) -> tuple[float, int]:
    """Seconds of wall time and the peak resident memory (bytes) of a whole process."""
    elapsed, peak, _ = run_measured(command)
    return elapsed, peak


def run_measured(command: list[str]) -> tuple[float, int, float]:
    """Seconds of wall time, peak resident memory (bytes) and seconds of CPU (user + system) of a
    whole process: on a busy machine the CPU time varies far less than the wall time."""
    with tempfile.NamedTemporaryFile(prefix="measure-", suffix=".txt") as report:
        subprocess.run([sys.executable, "-c", _MEASURE, report.name, *command], check=True)
        status, elapsed, peak, cpu = Path(report.name).read_text().split()
    if int(status):
        raise RuntimeError(f"{command} failed with status {status}")
    return float(elapsed), int(peak), float(cpu)


def ours_import_command(csv_path: Path, data_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "einwandfrei",
        "--data-dir",
        str(data_dir),
        "--no-starter",
        "--language",
        "en",
        "import",
        str(csv_path),
    ]


def child_command(*arguments: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--child", *arguments]


def built(count: int) -> tuple[Path, Path]:
    """The imported data folder and Anki collection of the `count` CSV (built on first use)."""
    csv_path = synthetic_csv(count)
    data_dir = BENCH_DATA / f"csv-library-{count}"
    collection = BENCH_DATA / f"anki-{count}" / "collection.anki2"
    if not (data_dir / "library.sqlite3").exists():
        building = BENCH_DATA / f"csv-library-{count}.building"
        shutil.rmtree(building, ignore_errors=True)
        run_process(ours_import_command(csv_path, building))
        building.rename(data_dir)
    if not collection.exists():
        building = collection.parent.with_suffix(".building")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        run_process(child_command("anki-import", str(csv_path), str(building / collection.name)))
        building.rename(collection.parent)
    return data_dir, collection


# --- the import floor ----------------------------------------------------------------------------

# Folding in one str.translate pass: lower case and umlauts (enough for the synthetic text).
FOLD_TABLE = str.maketrans(
    {
        **{chr(code): chr(code + 32) for code in range(ord("A"), ord("Z") + 1)},
        **dict.fromkeys("ÄäÀàÁá", "a"),
        **dict.fromkeys("ÖöÓó", "o"),
        **dict.fromkeys("ÜüÚú", "u"),
        **dict.fromkeys("ÉéÈè", "e"),
        "ß": "ss",
    }
)


def floor_import(csv_path: str, database: str) -> None:
    """The same indexing work as an import, at its floor: the CSV read by `csv.reader`, the rows
    through `executemany`, the search tables the app's own (same tokenizer, same prefixes)."""
    db = sqlite3.connect(database)
    db.executescript(
        """
        PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
        CREATE TABLE objections (id INTEGER PRIMARY KEY, text TEXT, category TEXT, tags TEXT);
        CREATE TABLE responses (id INTEGER PRIMARY KEY, objection_id INTEGER, text TEXT,
                                technique TEXT, position INTEGER);
        CREATE VIRTUAL TABLE search_objections USING fts5(text, tags,
            tokenize='unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE search_documents USING fts5(body,
            tokenize='unicode61 remove_diacritics 2', detail=none, prefix='3 4');
        """
    )
    objections: dict[tuple[str, str], list[Any]] = {}
    with Path(csv_path).open(encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        next(reader)
        for category, text, response, technique, tags in reader:
            entry = objections.get((category, text))
            if entry is None:
                entry = objections[(category, text)] = [len(objections) + 1, tags, []]
            entry[2].append((response, technique))
    objection_rows = []
    response_rows = []
    title_rows = []
    body_rows = []
    response_id = 0
    for (category, text), (objection_id, tags, responses) in objections.items():
        objection_rows.append((objection_id, text, category, tags))
        for position, (response, technique) in enumerate(responses):
            response_id += 1
            response_rows.append((response_id, objection_id, response, technique, position))
        title_rows.append((objection_id, text.translate(FOLD_TABLE), tags.translate(FOLD_TABLE)))
        body = "\n".join([text, tags, *(response for response, _ in responses)])
        body_rows.append((objection_id, body.translate(FOLD_TABLE)))
    with db:
        db.executemany("INSERT INTO objections VALUES (?, ?, ?, ?)", objection_rows)
        db.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?)", response_rows)
        db.executemany(
            "INSERT INTO search_objections (rowid, text, tags) VALUES (?, ?, ?)", title_rows
        )
        db.executemany("INSERT INTO search_documents (rowid, body) VALUES (?, ?)", body_rows)
    db.close()


# --- child processes -----------------------------------------------------------------------------


def child_anki_open(collection_path: str, query: str) -> None:
    """Open the collection, find, print the first match's answer."""
    from anki.collection import Collection

    collection = Collection(collection_path)
    found = collection.find_notes(query)
    if found:
        print(collection.get_note(found[0])["Response"])
    collection.close()


def child_anki_search(collection_path: str) -> None:
    """Open the collection and run the query mix three times (for its peak memory)."""
    from anki.collection import Collection

    collection = Collection(collection_path)
    for _ in range(3):
        for _, query in QUERIES:
            collection.find_notes(query)
    collection.close()


def child_ours_search(data_dir: str) -> None:
    """Open the library and run the query mix three times (for its peak memory)."""
    from einwandfrei.library_folder import open_data_folder
    from einwandfrei.store.library.search import search_ids

    with open_data_folder(Path(data_dir), backup=False) as library:
        for _ in range(3):
            for query, _ in QUERIES:
                with library.read() as connection:
                    search_ids(connection, query, limit=50)


def child_anki_due(collection_path: str) -> None:
    """Open the collection and count what is due today, as its deck screen does."""
    from anki.collection import Collection

    collection = Collection(collection_path)
    print(collection.sched.counts())
    collection.close()


def child(role: str, arguments: list[str]) -> None:
    roles: dict[str, Callable[..., None]] = {
        "anki-import": anki_import,
        "anki-open": child_anki_open,
        "anki-search": child_anki_search,
        "ours-search": child_ours_search,
        "anki-due": child_anki_due,
        "floor-import": floor_import,
    }
    roles[role](*arguments)


# --- the measures --------------------------------------------------------------------------------


def bench_import(csv_path: Path, work: Path, runs: int) -> None:
    print(f"\n## Import of {csv_path.name} (whole process, fresh library; {runs} runs each)\n")
    ours: list[tuple[float, int, float]] = []
    anki: list[tuple[float, int, float]] = []
    floor: list[tuple[float, int, float]] = []
    for run in range(runs):
        target = work / f"import-{run}"
        target.mkdir()
        ours.append(run_measured(ours_import_command(csv_path, target / "ours")))
        anki.append(
            run_measured(
                child_command("anki-import", str(csv_path), str(target / "collection.anki2"))
            )
        )
        floor.append(
            run_measured(
                child_command("floor-import", str(csv_path), str(target / "floor.sqlite3"))
            )
        )
        shutil.rmtree(target)

    def column(runs: list[tuple[float, int, float]], index: int, scale: float = 1.0) -> list[float]:
        return [measured[index] / scale for measured in runs]

    print("| measure | Einwandfrei | Anki | ratio |")
    print("| --- | --- | --- | --- |")
    for name, index, scale, unit in (
        ("import, whole process (median)", 0, 1.0, "s"),
        ("import, CPU user + system (median)", 2, 1.0, "s"),
        ("peak memory of the import (median)", 1, 1e6, "MB"),
    ):
        row(
            name,
            statistics.median(column(ours, index, scale)),
            statistics.median(column(anki, index, scale)),
            unit,
        )
    print(
        f"\nranges: ours {spread(column(ours, 0))} s ({spread(column(ours, 2))} s CPU), "
        f"Anki {spread(column(anki, 0))} s ({spread(column(anki, 2))} s CPU), "
        f"floor {spread(column(floor, 0))} s ({spread(column(floor, 2))} s CPU); "
        f"peaks ours {spread(column(ours, 1, 1e6))} MB, Anki {spread(column(anki, 1, 1e6))} MB, "
        f"floor {spread(column(floor, 1, 1e6))} MB"
    )
    for name, index in (("wall", 0), ("CPU", 2)):
        floor_median = statistics.median(column(floor, index))
        ratio = statistics.median(column(ours, index)) / floor_median
        print(
            f"floor (csv.reader + executemany into the same FTS5 tables, one translate pass), "
            f"{name}: {floor_median:.1f} s; import / floor = {ratio:.2f}× (target ≤ 1.5×)"
        )


def bench_search(data_dir: Path, collection_path: Path) -> None:
    from anki.collection import Collection

    from einwandfrei.library_folder import open_data_folder
    from einwandfrei.store.library.search import search_ids

    print(f"\n## Search in-process ({len(QUERIES)} queries × {ROUNDS} rounds, interleaved)\n")
    collection = Collection(str(collection_path))
    ours: dict[str, list[float]] = {query: [] for query, _ in QUERIES}
    anki: dict[str, list[float]] = {query: [] for query, _ in QUERIES}
    counts: dict[str, tuple[int, int]] = {}
    with open_data_folder(data_dir, backup=False) as library:
        for round_number in range(ROUNDS + 1):  # the first round warms both caches
            for query, anki_query in QUERIES:
                started = time.perf_counter()
                with library.read() as connection:
                    found = search_ids(connection, query, limit=50)
                ours_ms = (time.perf_counter() - started) * 1000
                started = time.perf_counter()
                notes = collection.find_notes(anki_query)
                anki_ms = (time.perf_counter() - started) * 1000
                if round_number:
                    ours[query].append(ours_ms)
                    anki[query].append(anki_ms)
                counts[query] = (len(found), len(notes))
    collection.close()
    print("| query (Anki's) | ours median / p95 | Anki median / p95 | ratio at p95 | found |")
    print("| --- | --- | --- | --- | --- |")
    for query, anki_query in QUERIES:
        ours_median, ours_p95 = median_p95(ours[query])
        anki_median, anki_p95 = median_p95(anki[query])
        shown = query if query == anki_query else f"{query} ({anki_query})"
        verdict = "✅" if ours_median <= anki_median and ours_p95 <= anki_p95 else "❌"
        print(
            f"| {shown} | {ours_median:.1f} / {ours_p95:.1f} ms | "
            f"{anki_median:.1f} / {anki_p95:.1f} ms | {ours_p95 / anki_p95:.2f}× {verdict} | "
            f"{counts[query][0]} of top 50 / {counts[query][1]} notes |"
        )
    all_ours = [value for values in ours.values() for value in values]
    all_anki = [value for values in anki.values() for value in values]
    ours_median, ours_p95 = median_p95(all_ours)
    anki_median, anki_p95 = median_p95(all_anki)
    print("\n| measure | Einwandfrei | Anki | ratio |")
    print("| --- | --- | --- | --- |")
    row("search, whole mix, median", ours_median, anki_median, "ms")
    row("search, whole mix, p95", ours_p95, anki_p95, "ms")


def bench_processes(data_dir: Path, collection_path: Path, work: Path, runs: int) -> None:
    print(f"\n## Whole processes ({runs} runs each, interleaved)\n")
    ours_dir = work / "open-ours"
    shutil.copytree(data_dir, ours_dir)
    anki_dir = work / "open-anki"
    shutil.copytree(collection_path.parent, anki_dir)
    collection = str(anki_dir / collection_path.name)
    ours_open = [
        sys.executable, "-m", "einwandfrei", "--data-dir", str(ours_dir),
        "search", "kündigung", "--limit", "1",
    ]  # fmt: skip
    run_process(ours_open)  # the first open writes the day's backup
    timings: dict[str, list[float]] = {"ours": [], "anki": []}
    memory: dict[str, list[float]] = {"ours": [], "anki": []}
    for _ in range(runs):
        timings["ours"].append(run_process(ours_open)[0] * 1000)
        timings["anki"].append(
            run_process(child_command("anki-open", collection, "kündigung"))[0] * 1000
        )
    for _ in range(max(2, runs // 3)):
        memory["ours"].append(run_process(child_command("ours-search", str(ours_dir)))[1] / 1e6)
        memory["anki"].append(run_process(child_command("anki-search", collection))[1] / 1e6)
    print("| measure | Einwandfrei | Anki | ratio |")
    print("| --- | --- | --- | --- |")
    row(
        "open + first answer, median",
        statistics.median(timings["ours"]),
        statistics.median(timings["anki"]),
        "ms",
    )
    row(
        "memory while searching (peak)",
        statistics.median(memory["ours"]),
        statistics.median(memory["anki"]),
        "MB",
    )
    print(
        f"\nranges: open ours {spread(timings['ours'])} ms, Anki {spread(timings['anki'])} ms; "
        f"memory ours {spread(memory['ours'])} MB, Anki {spread(memory['anki'])} MB"
    )


def review_ours(data_dir: Path, reviewed: int, overdue: int) -> None:
    """`reviewed` objections drilled before, `overdue` of them overdue (one review each)."""
    from einwandfrei.library_folder import open_data_folder

    now = datetime.now(UTC)
    rng = random.Random(3)

    def stamp(moment: datetime) -> str:
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    with open_data_folder(data_dir, backup=False) as library, library.write() as connection:
        ids = list(connection.exec_driver_sql("SELECT id FROM objections").scalars())
        chosen = rng.sample(ids, reviewed)
        states = []
        logs = []
        for index, objection_id in enumerate(chosen):
            days = -rng.randint(1, 20) if index < overdue else rng.randint(1, 60)
            due = now + timedelta(days=days)
            last = min(now, due) - timedelta(days=rng.randint(1, 30))
            states.append((objection_id, 2, None, 10.0, 5.0, stamp(due), stamp(last), 1, 0))
            logs.append((objection_id, 3, stamp(last), 4000, 0))
        connection.exec_driver_sql(
            "INSERT INTO review_states (objection_id, state, step, stability, difficulty, due, "
            "last_review, reviews, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            states,
        )
        connection.exec_driver_sql(
            "INSERT INTO review_logs (objection_id, rating, reviewed_at, duration_ms, is_cram) "
            "VALUES (?, ?, ?, ?, ?)",
            logs,
        )


def review_anki(collection_path: Path, reviewed: int, overdue: int) -> None:
    """`reviewed` cards reviewed before, `overdue` of them overdue (one review each)."""
    from anki.collection import Collection

    collection = Collection(str(collection_path))
    today = collection.sched.today
    database = collection.db
    assert database is not None
    rng = random.Random(3)
    card_ids = rng.sample(list(database.list("SELECT id FROM cards")), reviewed)
    rows = []
    for index, card_id in enumerate(card_ids):
        days = -rng.randint(1, 20) if index < overdue else rng.randint(1, 60)
        rows.append((today + days, max(1, abs(days)), card_id))
    database.executemany(
        "UPDATE cards SET type = 2, queue = 2, due = ?, ivl = ?, reps = 1, factor = 2500 "
        "WHERE id = ?",
        rows,
    )
    stamp = int(time.time() * 1000) - 86_400_000 * 30
    database.executemany(
        "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
        "VALUES (?, ?, -1, 3, 10, 0, 2500, 4000, 0)",
        [(stamp + index, card_id) for index, card_id in enumerate(card_ids)],
    )
    collection.close()


def bench_due(data_dir: Path, collection_path: Path, work: Path, runs: int, count: int) -> None:
    print(f"\n## Due today, whole process ({runs} runs each, interleaved)\n")
    results: list[tuple[str, list[float], list[float]]] = []
    reviewed_count, overdue_count = round(count * REVIEWED_SHARE), round(count * OVERDUE_SHARE)
    for reviewed in (False, True):
        ours_dir = work / f"due-ours-{reviewed}"
        shutil.copytree(data_dir, ours_dir)
        anki_dir = work / f"due-anki-{reviewed}"
        shutil.copytree(collection_path.parent, anki_dir)
        collection = anki_dir / collection_path.name
        if reviewed:
            review_ours(ours_dir, reviewed_count, overdue_count)
            review_anki(collection, reviewed_count, overdue_count)
        ours = [
            sys.executable, "-m", "einwandfrei", "--data-dir", str(ours_dir), "drills", "--json",
        ]  # fmt: skip
        run_process(ours)  # the first open writes the day's backup
        ours_times: list[float] = []
        anki_times: list[float] = []
        for _ in range(runs):
            ours_times.append(run_process(ours)[0] * 1000)
            anki_times.append(run_process(child_command("anki-due", str(collection)))[0] * 1000)
        name = (
            f"{reviewed_count:,} reviewed, {overdue_count:,} overdue"
            if reviewed
            else "fresh library"
        )
        results.append((name, ours_times, anki_times))
    print("| measure | Einwandfrei | Anki | ratio |")
    print("| --- | --- | --- | --- |")
    for name, ours_times, anki_times in results:
        row(
            f"due today, {name} (median)",
            statistics.median(ours_times),
            statistics.median(anki_times),
            "ms",
        )
    for name, ours_times, anki_times in results:
        print(f"ranges, {name}: ours {spread(ours_times)} ms, Anki {spread(anki_times)} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objections", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9, help="whole-process runs per side")
    parser.add_argument("--import-runs", type=int, default=3, help="import runs per side")
    parser.add_argument(
        "--parts",
        default="import,search,processes,due",
        help="comma-separated: import, search, processes, due (default: all)",
    )
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    data_dir, collection = built(args.objections)
    parts = set(args.parts.split(","))
    print(
        f"# Einwandfrei and Anki on {args.objections:,} objections "
        f"({3 * args.objections:,} answers)"
    )
    with tempfile.TemporaryDirectory(prefix="einwandfrei-anki-") as scratch:
        work = Path(scratch)
        if "search" in parts:
            shutil.copytree(data_dir, work / "search-ours")
            shutil.copytree(collection.parent, work / "search-anki")
            bench_search(work / "search-ours", work / "search-anki" / collection.name)
        if "processes" in parts:
            bench_processes(data_dir, collection, work, args.runs)
        if "due" in parts:
            bench_due(data_dir, collection, work, args.runs, args.objections)
        if "import" in parts:
            bench_import(synthetic_csv(args.objections), work, args.import_runs)


if __name__ == "__main__":
    main()
