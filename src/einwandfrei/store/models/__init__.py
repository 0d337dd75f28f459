"""The library's tables as SQLAlchemy 2 typed declarative models."""

from einwandfrei.store.db.column_types import UtcDateTime
from einwandfrei.store.models.base import Base, utc_now
from einwandfrei.store.models.calls import (
    CallPlan,
    Customer,
    PlanChecklistEntry,
    PlanKeyMessage,
    PlanObjection,
    PlanQuestion,
    PlanStatus,
)
from einwandfrei.store.models.library import (
    Category,
    ChecklistItem,
    Objection,
    ObjectionKind,
    Phrasing,
    Question,
    Response,
    Tag,
    Technique,
    library_meta,
    objection_tags,
)
from einwandfrei.store.models.practice import ReviewLog, ReviewState
from einwandfrei.store.models.team import (
    TeamAnswerTotal,
    TeamCountBatch,
    TeamCountDelta,
    TeamItem,
    TeamRevision,
    TeamSuggestion,
)

__all__ = [
    "Base",
    "CallPlan",
    "Category",
    "ChecklistItem",
    "Customer",
    "Objection",
    "ObjectionKind",
    "Phrasing",
    "PlanChecklistEntry",
    "PlanKeyMessage",
    "PlanObjection",
    "PlanQuestion",
    "PlanStatus",
    "Question",
    "Response",
    "ReviewLog",
    "ReviewState",
    "Tag",
    "TeamAnswerTotal",
    "TeamCountBatch",
    "TeamCountDelta",
    "TeamItem",
    "TeamRevision",
    "TeamSuggestion",
    "Technique",
    "UtcDateTime",
    "library_meta",
    "objection_tags",
    "utc_now",
]
