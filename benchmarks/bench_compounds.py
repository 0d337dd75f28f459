"""Parts of compounds: the suffix index this app uses beside an FTS5 trigram index, measured alike.

Run: .venv/bin/python benchmarks/bench_compounds.py [--objections N] [--queries N]

Both answer "which objections have a word containing these letters?" for a word typed from inside
a German compound ("frist" in "Kündigungsfrist"), over the customers' words (objection text and
phrasings) of N synthetic objections:

- parts: each word of six letters or more adds its endings from the third letter on
  (`word_forms.compound_parts`) to a unicode61 FTS5 column; a query is a prefix query on it —
  what `search_index` builds (the `parts` column of `search_forms`).
- trigram: the folded words in an FTS5 table with `tokenize='trigram'` (SQLite 3.40 here: the
  text is folded first, `remove_diacritics` needs 3.45); a query is the substring itself.

Reported: the time to build each index, its size on disk, and per query (substrings of 4 to 9
letters taken from inside the synthetic compounds) the median and 95th percentile time and how many
objections match. Both find the same objections for a substring that starts after the second
letter of a word (checked on every query); the trigram also finds one at the start of a word, which
the search's earlier stages find already.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import synthetic_objections

from einwandfrei.planning.folding import fold
from einwandfrei.planning.word_forms import compound_parts, raw_words


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _size(db: sqlite3.Connection, prefix: str) -> float:
    pages = db.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?", (prefix + "%",)
    ).fetchone()[0]
    return (pages or 0) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objections", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    arguments = parser.parse_args()

    documents: list[list[str]] = []
    for objection in synthetic_objections(arguments.objections):
        words = raw_words(" ".join([objection["text"], *objection["phrasings"]]))
        documents.append([fold(word) for word in words])
    long_words = sorted({w for words in documents for w in words if len(w) >= 10})
    rng = random.Random(3)
    queries = []
    for word in rng.sample(long_words, min(arguments.queries, len(long_words))):
        length = rng.randint(4, min(9, len(word) - 2))
        start = rng.randint(2, len(word) - length)
        queries.append(word[start : start + length])

    with tempfile.TemporaryDirectory() as folder:
        db = sqlite3.connect(Path(folder) / "bench.sqlite3")
        db.execute(
            "CREATE VIRTUAL TABLE by_parts USING fts5("
            "parts, tokenize='unicode61 remove_diacritics 2', detail=column)"
        )
        db.execute("CREATE VIRTUAL TABLE tri USING fts5(words, tokenize='trigram', detail=full)")
        timings = {}
        started = time.perf_counter()
        db.executemany(
            "INSERT INTO by_parts (rowid, parts) VALUES (?, ?)",
            (
                (rowid, " ".join(dict.fromkeys(p for w in words for p in compound_parts(w))))
                for rowid, words in enumerate(documents, 1)
            ),
        )
        db.commit()
        timings["parts"] = time.perf_counter() - started
        started = time.perf_counter()
        db.executemany(
            "INSERT INTO tri (rowid, words) VALUES (?, ?)",
            ((rowid, " ".join(dict.fromkeys(words))) for rowid, words in enumerate(documents, 1)),
        )
        db.commit()
        timings["trigram"] = time.perf_counter() - started
        sizes = {"parts": _size(db, "by_parts"), "trigram": _size(db, "tri")}

        sql = {
            "parts": "SELECT rowid FROM by_parts WHERE by_parts MATCH ?",
            "trigram": "SELECT rowid FROM tri WHERE tri MATCH ?",
        }
        times: dict[str, list[float]] = {"parts": [], "trigram": []}
        found: dict[str, list[int]] = {"parts": [], "trigram": []}
        disagreements = 0
        for query in queries:
            matched = {}
            for name, expression in (("parts", f'"{query}"*'), ("trigram", f'"{query}"')):
                started = time.perf_counter()
                rows = {row[0] for row in db.execute(sql[name], (expression,))}
                times[name].append((time.perf_counter() - started) * 1000)
                found[name].append(len(rows))
                matched[name] = rows
            inside = {
                rowid
                for rowid in matched["trigram"]
                if any(query in w[2:] for w in documents[rowid - 1])
            }
            disagreements += inside != matched["parts"]
        db.close()

    print(f"{arguments.objections} objections, {len(queries)} substrings of 4-9 letters")
    print(f"{'index':10}{'build s':>9}{'size MB':>9}{'median ms':>11}{'p95 ms':>9}{'matches':>9}")
    for name in ("parts", "trigram"):
        print(
            f"{name:10}{timings[name]:9.1f}{sizes[name]:9.1f}"
            f"{statistics.median(times[name]):11.2f}{percentile(times[name], 0.95):9.2f}"
            f"{statistics.median(found[name]):9.0f}"
        )
    print(f"queries where parts and trigram (inside words) disagree: {disagreements}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
