"""Composing blocks into pages: whole blocks, balanced columns, cuts only between lines."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter

from einwandfrei.printing.composer import (
    Composer,
    Page,
    Piece,
    balanced_height,
    pack,
    pieces,
    split,
)

LINE = 10.0
BODY = QRectF(0, 0, 200, 100)


class FakeBlock:
    """A block of `lines` lines of 10 units each; the first `keep` lines stay together."""

    def __init__(self, lines: int, keep: int = 1) -> None:
        self.lines = lines
        self.keep = keep

    @property
    def height(self) -> float:
        return self.lines * LINE

    def break_points(self) -> list[float]:
        return [LINE * (index + 1) for index in range(self.lines)]

    def keep_height(self) -> float:
        return self.keep * LINE

    def paint(self, painter: QPainter, origin: QPointF, top: float, bottom: float) -> None:
        raise AssertionError("not painted in these tests")


def _pieces(pages: list[Page]) -> list[tuple[int, Piece, float, float]]:
    return [
        (number, placed.piece, placed.x, placed.y)
        for number, page in enumerate(pages)
        for placed in page.placed()
    ]


def test_pack_moves_a_block_that_does_not_fit_to_the_next_column() -> None:
    units = [Piece(FakeBlock(lines), 0, lines * LINE) for lines in (6, 5, 3)]
    assert pack(units, 2, 100, 0) == [0, 1, 1]
    assert pack(units, 1, 100, 0) == [0]


def test_balanced_columns_are_as_short_as_possible() -> None:
    units = [Piece(FakeBlock(2), 0, 20) for _ in range(6)]
    assert balanced_height(units, 2, 100, 0) == 60
    assert balanced_height(units, 2, 50, 0) is None


def test_split_cuts_between_lines_and_keeps_the_head_together() -> None:
    block = FakeBlock(12, keep=3)
    head, rest = split(Piece(block, 0, 120), 45)
    assert head is not None and rest is not None
    assert (head.top, head.bottom, rest.top, rest.bottom) == (0, 40, 40, 120)
    none, whole = split(Piece(block, 0, 120), 25)  # the kept head does not fit
    assert none is None and whole is not None and whole.height == 120


def test_a_short_flow_fits_one_page_in_balanced_columns() -> None:
    composer = Composer(lambda _index: BODY)
    composer.add_columns([FakeBlock(2) for _ in range(6)], columns=2, gap=10, spacing=0)
    pieces = _pieces(composer.pages)
    assert len(composer.pages) == 1
    assert [x for _page, _piece, x, _y in pieces] == [0, 0, 0, 105, 105, 105]
    assert composer.y == 60


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=25), min_size=1, max_size=30),
    st.integers(min_value=1, max_value=3),
    st.integers(min_value=0, max_value=60),
)
def test_every_block_is_placed_once_whole_unless_taller_than_a_column(
    lines: list[int], columns: int, start: int
) -> None:
    composer = Composer(lambda _index: BODY)
    composer.y = float(start)  # something above the columns on the first page
    blocks = [FakeBlock(count, keep=min(count, 2)) for count in lines]
    composer.add_columns(blocks, columns=columns, gap=5, spacing=2)
    placed = _pieces(composer.pages)
    for block in blocks:
        parts = [(page, piece, y) for page, piece, _x, y in placed if piece.block is block]
        if block.height <= BODY.height():
            assert len(parts) == 1, "a block that fits a column is never cut"
            assert (parts[0][1].top, parts[0][1].bottom) == (0, block.height)
        else:
            # Cut between lines, in order, without gaps, the first part holding its kept head.
            assert parts[0][1].top == 0 and parts[-1][1].bottom == block.height
            assert parts[0][1].height >= block.keep_height()
            for (_, before, _), (_, after, _) in itertools.pairwise(parts):
                assert before.bottom == after.top
            assert all(piece.bottom in block.break_points() for _, piece, _ in parts)
    for _page, piece, _x, y in placed:
        assert BODY.top() <= y and y + piece.height <= BODY.bottom() + 0.5
    # Pieces in one column never overlap.
    columns_seen: dict[tuple[int, float], list[tuple[float, float]]] = {}
    for page, piece, x, y in placed:
        columns_seen.setdefault((page, x), []).append((y, y + piece.height))
    for spans in columns_seen.values():
        spans.sort()
        for (_, end), (begin, _) in itertools.pairwise(spans):
            assert end <= begin + 0.01


def test_full_width_blocks_keep_with_what_follows() -> None:
    composer = Composer(lambda _index: BODY)
    composer.add(FakeBlock(8))
    composer.add(FakeBlock(1), keep_with=20)  # a heading that needs two more lines below it
    assert len(composer.pages) == 2
    composer.add_at_foot(FakeBlock(2))
    assert composer.pages[-1].placed()[-1].y == BODY.bottom() - 20


def test_a_page_without_room_still_takes_a_line_at_a_time() -> None:
    # A header that fills the whole page leaves the body no height (or less than none): cutting
    # with force must still move on, one line a piece, instead of looping for ever.
    for limit in (0.0, -25.0):
        parts = pieces(FakeBlock(3), limit)
        assert [(part.top, part.bottom) for part in parts] == [(0, 10), (10, 20), (20, 30)]
