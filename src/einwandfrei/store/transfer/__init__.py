"""Library content in bulk: merging imports and the starter library, undoable imports.

Writes: `executemany` of SQL text on the DB-API cursor (`row_writer`), inside the caller's
`Library.write()`, so an import lands whole or not at all; the new objections' search entries are
written from memory (`search_index.index_new_objections`), not reread.
"""
