"""Team playbook figures against a real PostgreSQL, beside floors measured in the same run.

Run: .venv/bin/python benchmarks/bench_team.py [--objections 5000] [--reps 50] [--pushes 20]

Starts its own throwaway cluster (fsync on, as a real server) on 127.0.0.1 and stops it after.
- first pull of the whole playbook (objections with 3 answers each) into an empty library;
  floor: a bare psycopg SELECT of the same rows + a bare sqlite3 executemany of the same number
  of objection and answer rows;
- an incremental pull of 10 changed objections; floor: the bare SELECT of those 10 rows;
- a pull of nothing new; floor: a bare psycopg connect + `SELECT 1`;
- N reps sending answer counts at once (threads, each its own connection): every count must
  arrive (server totals = the sum sent); p50/p95 per push (one batch of 5 answers, on an open
  connection, and with the connection made for it, as the app does).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))

from libraries import synthetic_json

from einwandfrei.interchange.files import import_file
from einwandfrei.library_folder import open_data_folder
from einwandfrei.store.library.objection_edits import set_objection_text
from einwandfrei.team.counts import send_batch
from einwandfrei.team.publish import publish
from einwandfrei.team.server import TeamServer
from einwandfrei.team.setup import connect, initialise
from einwandfrei.team.sync import sync
from einwandfrei.team.urls import parse
from tests.team import pg_cluster


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _setup(folder: Path) -> tuple[str, str, str]:
    admin = pg_cluster.start(folder, durable=True)
    with psycopg.connect(
        admin.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as connection:
        connection.execute("CREATE DATABASE bench")
        for user in ("coach", "rep"):
            connection.execute(f"CREATE ROLE {user} LOGIN PASSWORD 'bench-{user}'")
    port = (folder / pg_cluster.PORT_FILE).read_text(encoding="ascii").strip()
    passfile = folder.parent / "pgpass"
    passfile.write_text(
        "".join(f"127.0.0.1:{port}:*:{user}:bench-{user}\n" for user in ("coach", "rep")),
        encoding="utf-8",
    )
    passfile.chmod(0o600)
    os.environ["PGPASSFILE"] = str(passfile)
    bench_admin = pg_cluster.url(folder, database="bench")
    initialise(parse(bench_admin))
    with psycopg.connect(
        bench_admin.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as connection:
        connection.execute("GRANT einwandfrei_editor TO coach")
        connection.execute("GRANT einwandfrei_member TO rep")
    return (
        bench_admin,
        pg_cluster.tcp_url(folder, user="coach", database="bench"),
        pg_cluster.tcp_url(folder, user="rep", database="bench"),
    )


def _floor_select(url: str, where: str) -> float:
    started = time.perf_counter()
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        connection.execute(
            "SELECT i.uuid::text, i.kind, i.revision, r.content::text FROM einwandfrei.items i "
            "JOIN einwandfrei.item_revisions r ON r.uuid = i.uuid AND r.revision = i.revision "
            f"WHERE {where}"
        ).fetchall()
    return time.perf_counter() - started


def _floor_sqlite(objections: int, answers: int, scratch: Path) -> float:
    database = sqlite3.connect(scratch)
    database.execute("CREATE TABLE o (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, text TEXT, c TEXT)")
    database.execute(
        "CREATE TABLE r (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, o INTEGER, text TEXT)"
    )
    words = "lorem ipsum dolor sit amet " * 12
    started = time.perf_counter()
    with database:
        database.executemany(
            "INSERT INTO o VALUES (?, ?, ?, ?)",
            ((i, str(uuid.uuid4()), words[:60], words) for i in range(objections)),
        )
        database.executemany(
            "INSERT INTO r VALUES (?, ?, ?, ?)",
            ((i, str(uuid.uuid4()), i // 3, words) for i in range(answers)),
        )
    elapsed = time.perf_counter() - started
    database.close()
    return elapsed


def _pushes(rep_url: str, answers: list[str], reps: int, pushes: int) -> None:
    sent: Counter[str] = Counter()
    worked: Counter[str] = Counter()
    open_times: list[float] = []
    fresh_times: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(reps)

    def rep(index: int) -> None:
        rng = random.Random(index)
        server = TeamServer(parse(rep_url))
        mine_sent: Counter[str] = Counter()
        mine_worked: Counter[str] = Counter()
        timings_open: list[float] = []
        timings_fresh: list[float] = []
        start.wait()
        with server.connect() as connection:
            for _ in range(pushes):
                batch: list[dict[str, str | int]] = [
                    {"response": answer, "used": 1, "worked": rng.randint(0, 1)}
                    for answer in rng.sample(answers, 5)
                ]
                body = str(batch).replace("'", '"')
                begun = time.perf_counter()
                assert send_batch(connection, str(uuid.uuid4()), body)
                timings_open.append(time.perf_counter() - begun)
                for entry in batch:
                    mine_sent[str(entry["response"])] += 1
                    mine_worked[str(entry["response"])] += int(entry["worked"])
        for _ in range(max(1, pushes // 4)):
            batch = [{"response": rng.choice(answers), "used": 1, "worked": 0}]
            begun = time.perf_counter()
            with server.connect() as connection:
                send_batch(connection, str(uuid.uuid4()), str(batch).replace("'", '"'))
            timings_fresh.append(time.perf_counter() - begun)
            mine_sent[str(batch[0]["response"])] += 1
        server.dispose()
        with lock:
            sent.update(mine_sent)
            worked.update(mine_worked)
            open_times.extend(timings_open)
            fresh_times.extend(timings_fresh)

    threads = [threading.Thread(target=rep, args=(index,)) for index in range(reps)]
    begun = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - begun
    with psycopg.connect(rep_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        totals = {
            str(row[0]): (int(row[1]), int(row[2]))
            for row in connection.execute(
                "SELECT response::text, used, worked FROM einwandfrei.answer_counts"
            )
        }
    expected = {answer: (sent[answer], worked[answer]) for answer in sent}
    lost = sum(sent[a] - totals.get(a, (0, 0))[0] for a in sent)
    print(
        f"{reps} reps × {pushes} pushes at once ({wall:.1f} s wall): "
        f"{sum(sent.values())} counts sent, server totals "
        f"{'EQUAL' if totals == expected else 'DIFFER'}"
        f" (lost {lost})"
    )
    print(
        f"  push on an open connection   p50 {ms(statistics.median(open_times))}  "
        f"p95 {ms(percentile(open_times, 0.95))}  (n={len(open_times)})"
    )
    print(
        f"  push with its own connection p50 {ms(statistics.median(fresh_times))}  "
        f"p95 {ms(percentile(fresh_times, 0.95))}  (n={len(fresh_times)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objections", type=int, default=5000)
    parser.add_argument("--reps", type=int, default=50)
    parser.add_argument("--pushes", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="einwandfrei-bench-team-"))
    work.chmod(0o755)
    folder = work / "cluster"
    try:
        _admin, coach_url, rep_url = _setup(folder)
        coach = open_data_folder(work / "coach", language="en", starter=False, backup=False)
        import_file(coach, synthetic_json(args.objections))
        connect(coach, parse(coach_url))
        started = time.perf_counter()
        published = publish(coach, message="the whole playbook")
        print(
            f"publish of {args.objections} objections ({published.added} items): "
            f"{ms(time.perf_counter() - started)}"
        )

        rep = open_data_folder(work / "rep", language="en", starter=False, backup=False)
        connect(rep, parse(rep_url))
        started = time.perf_counter()
        first = sync(rep).report
        first_pull = time.perf_counter() - started
        with rep.read() as connection:
            answers = [str(u) for (u,) in connection.exec_driver_sql("SELECT uuid FROM responses")]
        floor = _floor_select(rep_url, "true") + _floor_sqlite(
            args.objections, len(answers), work / "floor.sqlite3"
        )
        print(
            f"first pull ({len(first.added)} items, {len(answers)} answers): "
            f"{ms(first_pull)}   floor {ms(floor)}   (budget 3000 ms)"
        )

        with coach.read() as connection:
            ids = [
                int(i)
                for (i,) in connection.exec_driver_sql(
                    "SELECT id FROM objections ORDER BY random() LIMIT 10"
                )
            ]
        for objection in ids:
            set_objection_text(coach, objection, "text", f"Changed wording {objection}")
        publish(coach, message="ten changes")
        started = time.perf_counter()
        incremental = sync(rep).report
        elapsed = time.perf_counter() - started
        floor = _floor_select(rep_url, f"i.revision > {first.revision_after}")
        print(
            f"incremental pull ({len(incremental.updated)} changed): {ms(elapsed)}   "
            f"floor {ms(floor)}   (budget 300 ms)"
        )

        nothing = []
        for _ in range(10):
            started = time.perf_counter()
            report = sync(rep).report
            nothing.append(time.perf_counter() - started)
            assert not report.changed_library
        floors = []
        for _ in range(10):
            started = time.perf_counter()
            with psycopg.connect(rep_url.replace("postgresql+psycopg://", "postgresql://")) as c:
                c.execute("SELECT 1").fetchall()
            floors.append(time.perf_counter() - started)
        print(
            f"pull of nothing new: median {ms(statistics.median(nothing))}  "
            f"max {ms(max(nothing))}   floor (connect + SELECT 1) "
            f"{ms(statistics.median(floors))}   (budget 100 ms)"
        )
        coach.close()
        rep.close()
        _pushes(rep_url, answers, args.reps, args.pushes)
    finally:
        pg_cluster.stop(folder, mode="fast")
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
