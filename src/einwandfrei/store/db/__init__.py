"""The library file itself: engine and connections, schema revisions, errors, backups, the check.

Writes: SQL text (`sqlalchemy.text`) on a `Library.write()` connection — the library's own settings
in `library_meta`, the search index rebuilt by `check --repair`. The `sqlite3` module is used
directly only where SQLAlchemy has no part to play: the online backup API, the write probe and the
revision peek before a library is opened, and `sqlite_access.open_snapshot` for commands that start
without SQLAlchemy. SQLite's failures become one sentence each in `errors` (by error code).
"""
