"""The schema revisions this version of the app knows, readable without importing Alembic.

Opening a library compares its `alembic_version` with `HEAD_REVISION` using plain SQL; Alembic
(about 150 ms to import) is loaded only when a migration is actually needed. A test checks that
these constants match the migration scripts.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_stable_ids",
    "0003_calendar_uid",
    "0004_team_playbook",
    "0005_sort_indexes",
    "0006_phrasings",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

# The search index's virtual tables and their shadow tables are managed by `search_index`, not by
# the ORM metadata; schema comparisons skip names with this prefix.
SEARCH_TABLE_PREFIX = "search_"
