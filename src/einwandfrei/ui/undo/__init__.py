"""Undo steps: every change the window makes, wrapped so it can be taken back."""
