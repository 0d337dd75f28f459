"""Drill state on disk: schedules, review logs, drill scopes and settings."""
