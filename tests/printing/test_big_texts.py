"""Whatever the size of a text, printing finishes: a text beyond the limit is cut, visibly."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from einwandfrei.printing.style import PRINTED_TEXT_LIMIT, cut_for_print, escape
from einwandfrei.store.db.connection import Library
from tests.printing.conftest import flat, pdf_pages
from tests.printing.samples import add_objection, add_plan
from tests.printing.test_cli import sheet

# 5 MB of words, as the crash had: the sheet died in Qt (SIGSEGV) laying it out.
FIVE_MB = ("Preis Termin Budget Entscheidung Lieferant Qualität " * 100_000)[:5_000_000]


def test_a_long_text_is_cut_at_a_word_with_a_visible_mark(qtbot: QtBot) -> None:
    del qtbot  # the cut mark is translated: a QApplication must exist
    cut = cut_for_print(FIVE_MB)
    assert cut.endswith("…(cut)")
    kept = cut.removesuffix("…(cut)")
    assert PRINTED_TEXT_LIMIT - 100 <= len(kept) <= PRINTED_TEXT_LIMIT
    assert FIVE_MB.startswith(kept) and FIVE_MB[len(kept)] == " "
    no_spaces = "x" * (PRINTED_TEXT_LIMIT + 1_000)
    assert cut_for_print(no_spaces).removesuffix("…(cut)") == "x" * PRINTED_TEXT_LIMIT
    short = "Too expensive & <b>not</b> now"
    assert cut_for_print(short) == short
    assert escape(short) == "Too expensive &amp; &lt;b&gt;not&lt;/b&gt; now"


@pytest.mark.parametrize("layout", ["booklet", "cards", "sheet"])
def test_a_5_mb_text_prints_cut_in_every_layout(
    empty_library: Library, data_dir: Path, tmp_path: Path, layout: str
) -> None:
    objection = add_objection(
        empty_library,
        FIVE_MB,
        [(FIVE_MB, FIVE_MB)],
        concern=FIVE_MB,
        probing=FIVE_MB,
    )
    pdf = tmp_path / f"{layout}.pdf"
    if layout == "sheet":
        plan = add_plan(
            empty_library, [objection], customer=FIVE_MB, goal=FIVE_MB, questions=[FIVE_MB]
        )
        arguments = ["--plan", str(plan)]
    else:
        arguments = ["--all", "--layout", layout, "--backs"] if layout == "cards" else ["--all"]
    empty_library.close()

    result = sheet(data_dir, *arguments, "-o", str(pdf))

    assert result.returncode == 0, result.stderr
    text = flat("".join(pdf_pages(pdf)))
    assert flat("Entscheidung Lieferant") in text
    assert flat("…(cut)") in text
    assert len(text) < 10 * PRINTED_TEXT_LIMIT  # cut: far from the 25 MB the objection holds
