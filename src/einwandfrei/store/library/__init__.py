"""The objection library's tables: reading, listing, editing, search and its index."""
