"""Drill sessions over an open library: the queue, grading, undo and statistics. No Qt."""
