"""Drill state on disk: schedules, review logs, what a drill session draws from, drill settings.

Writes and reads: Core statements on `store.db.tables`, inside the caller's `Library.write()` or
`read()` (a drill session writes a grade and its log entry in one transaction). No ORM: the due
count is read at start-up and by `einwandfrei drills`.
"""
