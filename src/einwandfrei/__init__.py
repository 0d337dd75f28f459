"""Einwandfrei: prepare sales calls with a personal library of objections and prepared answers."""

__version__ = "0.1.0"
