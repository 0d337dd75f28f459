"""The library's storage: SQLite through SQLAlchemy, migrations, search and backups. No Qt here."""
