"""The pre-call checklist template: the user's own items, which new plans start from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.bank_rules import check_text, normalise_text
from einwandfrei.planning.plan import ChecklistTick
from einwandfrei.store.calls.question_bank import TextRefusedError
from einwandfrei.store.db import tables
from einwandfrei.store.db.errors import NotFoundError
from einwandfrei.store.db.uuids import new_uuid

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from einwandfrei.store.db.connection import Library
    from einwandfrei.store.models import ChecklistItem

_items = tables.checklist_items.c


@dataclass(frozen=True, slots=True)
class TemplateItem:
    """An item of the template; inactive items stay in the list but not in new plans."""

    id: int
    text: str
    position: int
    active: bool = True
    uuid: str = ""


def list_checklist(connection: Connection) -> list[TemplateItem]:
    """Every template item in order."""
    rows = connection.execute(
        select(_items.id, _items.text, _items.position, _items.is_active, _items.uuid).order_by(
            _items.position, _items.id
        )
    )
    return [
        TemplateItem(row.id, row.text, row.position, bool(row.is_active), row.uuid) for row in rows
    ]


def template_ticks(connection: Connection) -> tuple[ChecklistTick, ...]:
    """The active items as unticked plan entries (what a new plan starts with)."""
    return tuple(
        ChecklistTick(item.text, False, item.id)
        for item in list_checklist(connection)
        if item.active
    )


def _ordered(session: Session) -> list[ChecklistItem]:
    from einwandfrei.store.models import ChecklistItem

    return list(
        session.scalars(select(ChecklistItem).order_by(ChecklistItem.position, ChecklistItem.id))
    )


def add_checklist_item(
    library: Library, text: str, *, position: int | None = None, active: bool = True
) -> int:
    """Add an item (at the end, or at `position`); returns its id."""
    from einwandfrei.store.models import ChecklistItem

    with library.session() as session:
        items = _ordered(session)
        problem = check_text(text, [item.text for item in items])
        if problem is not None:
            raise TextRefusedError(problem)
        item = ChecklistItem(text=normalise_text(text), is_active=active)
        items.insert(len(items) if position is None else max(0, min(position, len(items))), item)
        session.add(item)
        _renumber(items)
        session.flush()
        return item.id


def update_checklist_item(
    library: Library, item_id: int, *, text: str | None = None, active: bool | None = None
) -> None:
    """Reword an item, or switch whether new plans include it."""
    with library.session() as session:
        item = _get(session, item_id)
        if text is not None:
            others = [other.text for other in _ordered(session) if other.id != item_id]
            problem = check_text(text, others)
            if problem is not None:
                raise TextRefusedError(problem)
            item.text = normalise_text(text)
        if active is not None:
            item.is_active = active


def remove_checklist_item(library: Library, item_id: int) -> TemplateItem:
    """Remove an item from the template (plans keep their copy); returns it, for undo."""
    with library.session() as session:
        item = _get(session, item_id)
        removed = TemplateItem(item.id, item.text, item.position, item.is_active, item.uuid)
        session.delete(item)
        session.flush()
        _renumber(_ordered(session))
        return removed


def restore_checklist_item(library: Library, item: TemplateItem) -> int:
    """Put a removed item back where it was, under its old id and UUID when they are still free (so
    undo history that names it stays valid); returns its id."""
    from einwandfrei.store.models import ChecklistItem

    with library.session() as session:
        items = _ordered(session)
        problem = check_text(item.text, [other.text for other in items])
        if problem is not None:
            raise TextRefusedError(problem)
        free = session.get(ChecklistItem, item.id) is None
        uuid_free = bool(item.uuid) and item.uuid not in {other.uuid for other in items}
        restored = ChecklistItem(
            id=item.id if free else None,
            uuid=item.uuid if uuid_free else new_uuid(),
            text=normalise_text(item.text),
            is_active=item.active,
        )
        items.insert(max(0, min(item.position, len(items))), restored)
        session.add(restored)
        _renumber(items)
        session.flush()
        return restored.id


def reorder_checklist(library: Library, ordered_ids: Sequence[int]) -> None:
    """Put the items in the order of `ordered_ids` (others keep their order, after)."""
    with library.session() as session:
        items = _ordered(session)
        rank = {item_id: index for index, item_id in enumerate(ordered_ids)}
        items.sort(key=lambda item: rank.get(item.id, len(rank)))
        _renumber(items)


def _get(session: Session, item_id: int) -> ChecklistItem:
    from einwandfrei.store.models import ChecklistItem

    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFoundError(
            Message(QT_TRANSLATE_NOOP("Messages", "That checklist item no longer exists."))
        )
    return item


def _renumber(items: list[ChecklistItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position
