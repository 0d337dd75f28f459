"""Customers, call plans, the question bank and the checklist template on disk.

Writes: an ORM session (`Library.session()`) per change, since saving a plan writes a graph — the
customer, the plan and its ordered lists, new bank questions, new objections and responses, the
answers' counters — that the ORM's unit of work orders and diffs. The models are imported inside
the writing functions, so the ORM loads with the first such change, never at start-up. Reads:
Core statements on `store.db.tables` (`printable_plan`: plain sqlite3, for `einwandfrei sheet`).
"""
