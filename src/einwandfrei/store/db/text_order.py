"""How objection texts sort: German letters folded in SQL, so that "Ärger" sorts beside "Angebot",
not after "Zeit".

The same expression is indexed (`ix_objections_text_order`, with `deleted_at` in front): SQLite
uses an index on an expression only for the very same expression, so the listing's ORDER BY and
the index are both built here.
"""

from __future__ import annotations

SORT_FOLDS = (
    ("Ä", "A"),
    ("ä", "a"),
    ("Ö", "O"),
    ("ö", "o"),
    ("Ü", "U"),
    ("ü", "u"),
    ("ß", "ss"),
    ("É", "E"),
    ("é", "e"),
    ("È", "E"),
    ("è", "e"),
    ("À", "A"),
    ("à", "a"),
)


def text_order(column: str) -> str:
    """The SQL that sorts `column` (a text) with its German letters folded, ignoring case."""
    expression = column
    for original, replacement in SORT_FOLDS:
        expression = f"replace({expression}, '{original}', '{replacement}')"
    return f"{expression} COLLATE NOCASE"
