"""A data folder in which one customer is named everywhere: the library's rows and free text, the
search index, backups (checked, from an older version, damaged), a set-aside library, leftovers of
interrupted backups and the log file — and the byte search that proves they are gone."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import event

from einwandfrei.planning.plan import CustomerInfo, PlanStatus
from einwandfrei.store.calls.customers import CustomerDetails, update_customer
from einwandfrei.store.calls.plans import save_plan
from einwandfrei.store.db.backup import backup_library
from einwandfrei.store.db.backup_ladder import Check, backup_name
from einwandfrei.store.db.connection import Library
from einwandfrei.store.library.objection_edits import (
    create_objection,
    set_objection_text,
    set_tags,
)
from einwandfrei.store.library.response_edits import add_response
from tests.store.plan_fixtures import logged, ready_plan

NAME = "Zyprian Quastenberg"
EMAIL = "z.quastenberg@example.ch"
OLD_NAME = "Zyprian Quastenberg-Oeri"  # as an older backup knows them


def forms_of(text: str) -> list[bytes]:
    """Every way SQLite or the search index could hold `text`: UTF-8 as written, lower and upper
    case, folded for search, and UTF-16 in both byte orders."""
    forms = {text, text.lower(), text.upper(), text.casefold()}
    encoded = set()
    for form in forms:
        encoded.add(form.encode("utf-8"))
        encoded.add(form.encode("utf-16-le"))
        encoded.add(form.encode("utf-16-be"))
    return sorted(encoded)


def files_holding(folders: list[Path], needles: list[bytes]) -> dict[str, list[bytes]]:
    """Each file under `folders` with the needles found in its bytes."""
    found: dict[str, list[bytes]] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                content = path.read_bytes()
                hits = [needle for needle in needles if needle in content]
                if hits:
                    found[str(path.relative_to(folder.parent))] = hits
    return found


def needles() -> list[bytes]:
    """What must not be found anywhere after forgetting: the name, its words (each is rare
    enough to be theirs alone), the e-mail address and the name an older backup knew."""
    words = [*NAME.split(), "Oeri", EMAIL, "quastenberg-oeri"]
    return sorted({form for text in (NAME, OLD_NAME, *words) for form in forms_of(text)})


@dataclass(frozen=True)
class Scene:
    customer_id: int
    other_id: int
    objection_id: int
    plans: int
    logs: int


def without_secure_delete(library: Library) -> None:
    """Let the library's connections leave deleted bytes in place, as SQLite does unless built
    otherwise (Debian's is; the builds of python.org and Homebrew are not)."""

    def insecure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    library.close()
    event.listen(library.engine, "connect", insecure)


def build_scene(library: Library, data_dir: Path, log_folder: Path) -> Scene:
    """Fill the library and the data folder with the customer (see the module's docstring)."""
    without_secure_delete(library)
    base = ready_plan(library, CustomerInfo(OLD_NAME, "Quastenberg Holz AG", "Owner"))
    first = save_plan(library, replace(base, status=PlanStatus.DRAFT))
    customer_id = first.customer.id
    assert customer_id is not None
    # An older backup, written while they had another name and before marks existed.
    old = backup_library(library, clock=lambda: datetime(2026, 1, 5, 8, tzinfo=UTC))
    legacy = old.with_name(backup_name(datetime(2026, 1, 5, 8, tzinfo=UTC)))
    old.replace(legacy)
    update_customer(
        library,
        CustomerDetails(
            id=customer_id,
            name=NAME,
            company="Quastenberg Holz AG",
            role="Owner",
            email=EMAIL,
            phone="+41 44 000 00 00",
            notes=f"Call {NAME} only in the morning; mail {EMAIL}.",
        ),
    )
    customer = CustomerInfo(NAME, "Quastenberg Holz AG", "Owner", id=customer_id)
    save_plan(
        library,
        replace(
            ready_plan(library, customer),
            key_messages=(f"Remind {NAME} of the pilot",),
            goal=f"{NAME.upper()} signs the pilot",
        ),
    )
    save_plan(library, logged(ready_plan(library, customer), worked=True))
    other = save_plan(
        library,
        replace(
            ready_plan(library, CustomerInfo("Ben Frei", "Frei GmbH", f"Deputy of {NAME}")),
            opener="Say hello from zyprian  quastenberg's team",
        ),
    )
    other_id = other.customer.id
    assert other_id is not None
    update_customer(
        library,
        CustomerDetails(
            id=other_id,
            name="Ben Frei",
            company="Frei GmbH",
            role=f"Deputy of {NAME}",
            notes=f"Knows {NAME} from school.",
        ),
    )
    objection = create_objection(library, f"{NAME} said we are too slow")
    set_objection_text(library, objection, "concern", "Fears delays")
    set_tags(library, objection, [f"{NAME} account"])
    add_response(
        library, objection, "We deliver in two days.", follow_up=f"Shall I send {EMAIL} the plan?"
    )
    # Named once, then edited away: only old pages and the search index's old segments hold it.
    edited = create_objection(library, f"Ask {NAME} about the budget")
    set_objection_text(library, edited, "text", "Ask about the budget")
    for day in (1, 2):
        backup_library(library, clock=partial(datetime, 2026, 2, day, 8, tzinfo=UTC))
    # A library set aside as damaged: a copy with its header destroyed.
    damaged = data_dir / "library.sqlite3.damaged-20260203-080000-000000"
    shutil.copyfile(sorted((data_dir / "backups").iterdir())[-1], damaged)
    with damaged.open("r+b") as handle:
        handle.write(b"\0" * 100)
    # A backup whose check failed, and what an interrupted backup left.
    failed = (
        data_dir / "backups" / backup_name(datetime(2026, 2, 3, 8, tzinfo=UTC), "", Check.FAILED)
    )
    shutil.copyfile(damaged, failed)
    interrupted = (
        data_dir / "backups" / (backup_name(datetime(2026, 2, 4, 8, tzinfo=UTC)) + ".partial")
    )
    interrupted.write_bytes(b"SQLite format 3\0" + NAME.encode() + b"\0" * 200)
    log_folder.mkdir(parents=True, exist_ok=True)
    (log_folder / "einwandfrei.log").write_text(
        f"Traceback …\nValueError: no plan for {NAME}\n", encoding="utf-8"
    )
    return Scene(customer_id, other_id, objection, plans=2, logs=1)
