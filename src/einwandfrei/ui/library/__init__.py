"""The library page: sidebar, objection list and editor; the library as a feature of the window."""
