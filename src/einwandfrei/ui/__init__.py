"""The desktop interface: the library window and the widgets, models and dialogs it is made of."""
