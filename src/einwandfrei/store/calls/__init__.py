"""Customers, call plans, the question bank and the checklist template on disk."""
