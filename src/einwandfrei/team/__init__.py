"""The team playbook: one library for a whole sales team on PostgreSQL, pulled into each laptop.

No Qt here, and nothing here is imported on the window's start-up path: `psycopg` loads only
when a team command or the window's background pull reaches the server. See docs/team.md.

- `urls`, `server`, `errors`: reaching the server through libpq's own password handling, and
  turning what goes wrong into one sentence (classified by SQLSTATE).
- `server_schema`, `migrations/`, `roles`: the schema on the server, its own Alembic
  history and version table, the two group roles and what they may do.
- `content`: the JSON form of an objection, a question or a checklist item on the server.
- `link`, `local_items`: this library's link to a team and its team items (SQLite).
- `publish`, `pull`, `suggestions`, `counts`, `status`: the operations.
"""
