"""Printing: the call cheat sheet, the library booklet and pocket cards (Qt GUI, no widgets).

    layout = build_layout(connection, PrintRequest(LayoutKind.BOOKLET))   # printing.jobs
    render_pdf("library.pdf", layout, Paper.A4)                             # printing.render
    print_to(printer, layout)                                               # a QPrinter

Layouts compose pages from blocks of rich text laid out on the output device itself
(`blocks`, `composer`), so a preview shows exactly what prints. No SQL here: what is printed is
read by `store.calls.printable_plan` and `store.library.print_selection`.
"""
