"""The objection library: reading, listing, editing, search and its index.

Writes: SQL text (`sqlalchemy.text`) on a `Library.write()` connection, one transaction per edit
(`objection_edits`, `response_edits`, `named_lists`), each returning what its undo needs. The search
index follows by itself (`search_index`). Reads: SQL text as well (listing and search build their
SQL from parts: sorts, index hints, JSON id lists), and the records every other part of the app
reads come from `record_reading`, which runs on the sqlite3 connection underneath.
"""
