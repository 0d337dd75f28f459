"""The window's frame and how it is put together: composition, start-up in stages, menus, pages,
settings, the File menu's work and the crash handler."""
