"""The library file itself: engine and connections, schema revisions, errors, backups, integrity."""
