"""Printing in the window: the print dialog, preview, printer and PDF export with progress.

printing = create_print_actions(window, lambda: window.library,
                                window.selected_objection_ids, calls_view.selected_plan_id)
window.menu("file").addActions(printing.actions)
calls_view.set_print_handler(printing.controller.print_plan)
"""

from einwandfrei.ui.printing.controller import (
    PrintActions,
    PrintController,
    create_print_actions,
)
from einwandfrei.ui.printing.dialogs import QtPrintDialogs

__all__ = [
    "PrintActions",
    "PrintController",
    "QtPrintDialogs",
    "create_print_actions",
]
