"""The Practice menu can be built, and quick-find can paint, before SQLAlchemy loads."""

from __future__ import annotations

import subprocess
import sys


def test_practice_actions_and_quick_find_import_neither_sqlalchemy_nor_fsrs() -> None:
    probe = (
        "import sys\n"
        "import einwandfrei.ui.practice, einwandfrei.ui.practice.quickfind.standalone\n"
        "from einwandfrei.ui.practice import install_practice, due_drills_text\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'fsrs', 'alembic') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""
