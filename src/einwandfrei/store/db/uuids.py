"""Stable UUIDs of the items a library shares (objections, responses, questions, checklist items).

A UUID is written in its canonical form: 36 characters, lowercase hex with dashes, version 4.
"""

from __future__ import annotations

import os
import uuid

# The same in SQL, for rows that get their UUID inside SQLite (the upgrade of older libraries, and
# the column's default as a safety net): version 4, variant 10xx, from SQLite's own random bytes.
UUID4_SQL = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


def new_uuid() -> str:
    """A fresh random UUID (version 4) in canonical form."""
    return str(uuid.uuid4())


def new_uuids(count: int) -> list[str]:
    """`count` fresh UUIDs (version 4) at once, for imports of many rows.

    The random bytes come in one read and are cut into UUIDs as text: three times faster than
    `uuid.uuid4()` a row (0.25 s against 0.8 s for 400,000), which a large import notices.
    """
    digits = os.urandom(16 * count).hex()
    variant = "89ab89ab89ab89ab"  # indexed by any hex digit: the variant bits 10xx
    return [
        f"{digits[i : i + 8]}-{digits[i + 8 : i + 12]}-4{digits[i + 13 : i + 16]}-"
        f"{variant[int(digits[i + 16], 16)]}{digits[i + 17 : i + 20]}-{digits[i + 20 : i + 32]}"
        for i in range(0, 32 * count, 32)
    ]


def canonical_uuid(value: str) -> str | None:
    """`value` as a canonical UUID, or None if it is not one."""
    try:
        return str(uuid.UUID(value))
    except (ValueError, TypeError, AttributeError):
        return None
