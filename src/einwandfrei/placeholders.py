"""Qt-style numbered placeholders (`%1`, `%2`, …) filled in one pass.

Translations keep Qt's `%1` markers (translators know them and may reorder them), but PySide6 has no
`QString.arg`. Chained `str.replace` calls would also replace a `%2` that the first value brought
in — a file named "offer %2.json", say — so every marker is replaced at once here.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """`template` with `%1` … `%n` replaced by the values (markers without a value stay)."""

    def value_for(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _MARKER.sub(value_for, template)
