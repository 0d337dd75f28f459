"""The item models, checked by pytest-qt's model tester, and the list's paging."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from einwandfrei.planning.library_part import LibraryPart, PartKind
from einwandfrei.store.library.list_views import LibraryCounts, NamedEntry, ObjectionRow
from einwandfrei.ui.library.objection_table_model import (
    PAGE,
    Column,
    ObjectionTableModel,
    ids_from_mime,
)
from einwandfrei.ui.library.sidebar import SidebarModel
from einwandfrei.ui.shell.main_window import MainWindow
from tests.ui.conftest import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS


class CountingLoader:
    """Rows made up from their ids; remembers every page it was asked for."""

    def __init__(self) -> None:
        self.pages: list[list[int]] = []

    def __call__(self, ids: Sequence[int]) -> dict[int, ObjectionRow]:
        self.pages.append(list(ids))
        return {
            i: ObjectionRow(
                id=i,
                text=f"Objection {i}",
                category_id=i % 3 or None,
                category=f"Category {i % 3}" if i % 3 else None,
                colour="#aa3300" if i % 3 == 1 else "",
                favourite=i % 5 == 0,
                responses=i % 4,
                times_used=i % 7,
                times_worked=(i % 7) // 2,
                deleted=False,
            )
            for i in ids
        }


def test_objection_model_passes_the_model_tester(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    model = ObjectionTableModel(CountingLoader())
    model.set_ids(list(range(1, 451)))
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.refresh([3, 4])
    model.remove([2, 300])
    model.insert(999, 5)
    model.set_ids([7, 8, 9])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_objection_model_reveals_pages_and_reads_rows_on_demand(qapp: QApplication) -> None:
    loader = CountingLoader()
    model = ObjectionTableModel(loader)
    model.set_ids(list(range(1, 1001)))
    assert model.rowCount() == PAGE
    assert model.total() == 1000
    assert loader.pages == []  # nothing is read until a row is shown
    assert model.index(0, Column.TEXT).data() == "Objection 1"
    assert len(loader.pages) == 1
    assert model.canFetchMore(model.index(-1, -1))
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 1000
    assert model.index(999, Column.TEXT).data() == "Objection 1000"
    assert len(loader.pages) == 2
    model.reveal(0)
    assert model.index(4, Column.SUCCESS).data() == "40%"  # id 5: worked 2 of 5
    assert model.index(4, Column.FAVOURITE).data() == "★"
    assert model.index(0, Column.RESPONSES).data() == "1"
    assert model.index(3, Column.RESPONSES).data() == ""  # none
    assert model.index(6, Column.SUCCESS).data() == ""  # never used


def test_objection_model_drags_ids(qapp: QApplication) -> None:
    model = ObjectionTableModel(CountingLoader())
    model.set_ids([10, 20, 30])
    mime = model.mimeData([model.index(2, 0), model.index(0, 1), model.index(0, 0)])
    assert ids_from_mime(mime) == [10, 30]


def test_sidebar_model_passes_the_model_tester(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    model = SidebarModel()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_vocabulary(
        [NamedEntry(1, "Price", "#cc0000"), NamedEntry(2, "Timing")],
        [NamedEntry(5, "budget")],
    )
    model.set_counts(LibraryCounts(total=7, favourites=2, trash=1, categories={1: 4}, tags={5: 3}))
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.view_at(model.index_of(LibraryPart(PartKind.CATEGORY, 1))) == LibraryPart(
        PartKind.CATEGORY, 1
    )
    category = model.index_of(LibraryPart(PartKind.CATEGORY, 1))
    assert model.index(category.row(), 1, category.parent()).data() == "4"
    recent = model.index_of(LibraryPart(PartKind.RECENT))
    assert model.index(recent.row(), 1, recent.parent()).data() == ""


def test_the_window_models_pass_the_model_tester(
    main_window: MainWindow, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(main_window.library_page.model)  # type: ignore[no-untyped-call]
    qtmodeltester.check(main_window.library_page.sidebar.sidebar_model)  # type: ignore[no-untyped-call]


def test_objection_model_asks_for_more_at_the_end(qapp: QApplication) -> None:
    model = ObjectionTableModel(CountingLoader())
    batches = [[4, 5], [6], []]
    asked = []

    def more() -> list[int]:
        asked.append(True)
        return batches.pop(0)

    model.set_ids([1, 2, 3], more=more)
    root = model.index(-1, -1)
    assert model.rowCount() == 3 and model.canFetchMore(root)
    model.fetchMore(root)
    assert model.ids() == [1, 2, 3, 4, 5] and model.rowCount() == 5
    model.fetchMore(root)
    model.fetchMore(root)
    assert model.ids() == [1, 2, 3, 4, 5, 6]
    assert not model.canFetchMore(root)
    assert len(asked) == 3
