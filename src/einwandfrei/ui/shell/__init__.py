"""The window and its composition: start-up, menus, pages, settings and the File menu's work."""
