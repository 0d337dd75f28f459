"""The Calls view, the after-call log, the Due list and the bank/checklist editors.

Import from the modules (`calls_view.CallsView`, `actions.create_calls_actions`, …): the wizard
and this package use each other's modules, so this file imports nothing.
"""
