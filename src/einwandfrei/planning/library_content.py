"""Plain, immutable views of library content, shared by reading, importing and exporting.

These carry names, not ids, for categories, techniques and tags, so that they describe content the
same way in every library; `id` is set only when a record was read from one. `uuid` names an
objection, a response, a question or a checklist item in every library it travels to (None: not
known yet, the library gives it one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

KINDS = ("unknown", "real", "smoke_screen", "brush_off")


@dataclass(frozen=True, slots=True)
class ResponseRecord:
    """A prepared answer."""

    text: str
    technique: str = ""
    follow_up: str = ""
    times_used: int = 0
    times_worked: int = 0
    id: int | None = None
    uuid: str | None = None


@dataclass(frozen=True, slots=True)
class ObjectionRecord:
    """An objection with everything that belongs to it."""

    text: str
    category: str | None
    responses: tuple[ResponseRecord, ...] = ()
    tags: tuple[str, ...] = ()
    phrasings: tuple[str, ...] = ()  # how customers say it, in their words
    concern: str = ""
    probing_questions: tuple[str, ...] = ()
    kind: str = "unknown"
    language: str = ""
    favorite: bool = False
    id: int | None = None
    uuid: str | None = None


@dataclass(frozen=True, slots=True)
class TextItemRecord:
    """A question of the bank or an item of the checklist template."""

    text: str
    uuid: str | None = None


@dataclass(frozen=True, slots=True)
class CategoryRecord:
    """A category's name, place and colour."""

    name: str
    position: int = 0
    colour: str = ""


@dataclass(frozen=True, slots=True)
class LibraryContent:
    """A whole library: what an export writes and an import merges."""

    objections: tuple[ObjectionRecord, ...]
    categories: tuple[CategoryRecord, ...] = ()
    techniques: tuple[str, ...] = ()
    questions: tuple[TextItemRecord, ...] = ()
    checklist: tuple[TextItemRecord, ...] = ()
    language: str = ""


@dataclass(frozen=True, slots=True)
class ContentStream:
    """Library content as a file is read: a batch of objections at a time, so that a large file
    never sits in memory whole.

    `before` is what must be merged before any objection (the language, categories and
    techniques; its `objections` are empty); `batches` yields the objections; `after()` gives the
    rest (questions and checklist items), once every batch has been read. An error in the file
    surfaces while the batches are read, so the merge must run in one transaction. `close()`
    lets go of the file (the merge calls it when it is done, also when it fails).
    """

    before: LibraryContent
    batches: Iterator[Sequence[ObjectionRecord]]
    after: Callable[[], LibraryContent]
    close: Callable[[], None] = lambda: None

    @classmethod
    def of(cls, content: LibraryContent) -> ContentStream:
        """Content already in memory, as one batch."""
        return cls(
            before=replace(content, objections=(), questions=(), checklist=()),
            batches=iter([content.objections] if content.objections else []),
            after=lambda: LibraryContent(
                objections=(), questions=content.questions, checklist=content.checklist
            ),
        )

    @classmethod
    def of_objections(
        cls,
        batches: Iterable[Sequence[ObjectionRecord]],
        close: Callable[[], None] = lambda: None,
    ) -> ContentStream:
        """Objections only (what a CSV file holds), in batches; `close` lets go of the file."""
        return cls(
            before=LibraryContent(objections=()),
            batches=iter(batches),
            after=lambda: LibraryContent(objections=()),
            close=close,
        )


def identity_key(text: str) -> str:
    """How duplicates are recognised: ignoring case and surrounding space."""
    return " ".join(text.split()).casefold()


def distinct(texts: tuple[str, ...]) -> tuple[str, ...]:
    """`texts` without a second copy of any (ignoring case and spacing), in their order."""
    kept: dict[str, str] = {}
    for value in texts:
        kept.setdefault(identity_key(value), value)
    return tuple(value for key, value in kept.items() if key)


def split_lines(text: str) -> tuple[str, ...]:
    """Non-empty, stripped lines (probing questions are stored one per line)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())
