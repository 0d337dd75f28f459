"""The library page: sidebar, objection list, search field and the objection editor."""
