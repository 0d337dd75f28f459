"""Alembic migrations, shipped inside the package and applied when a library is opened."""
