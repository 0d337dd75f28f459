"""Library content in bulk: merging imports and the starter library, undoable imports."""
