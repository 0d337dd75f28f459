"""The library's storage: SQLite through SQLAlchemy Core, migrations, search and backups. No Qt.

Five areas, each with one way of writing (see each area's docstring):

- `db/`: the file itself — opening, transactions, errors, backups, the check. SQL text.
- `library/`: objections, responses, categories, techniques, tags; listing and search. SQL text.
- `calls/`: customers, call plans, the question bank, the checklist. An ORM session per change.
- `practice/`: drill schedules, review logs, drill settings. Core statements on `db.tables`.
- `transfer/`: imports and the starter library in bulk. `executemany`.

Every change runs in one `Library.write()` transaction (an ORM session runs inside one too), which
keeps the search index and the backup change counter in step before it commits. `models/` declares
the schema the migrations (`migrations/`) create; at run time only `calls/` writes through it, and
it is imported with the first such write, never at start-up.
"""
