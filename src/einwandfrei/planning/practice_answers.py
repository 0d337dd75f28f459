"""Which prepared answer comes first: the one that worked best in calls, then the user's order."""

from __future__ import annotations

from collections.abc import Sequence

from einwandfrei.planning.library_content import ResponseRecord


def success_rate(response: ResponseRecord) -> float:
    """How often the answer worked when used (0 when it was never used)."""
    if response.times_used <= 0:
        return 0.0
    return min(1.0, response.times_worked / response.times_used)


def ranked_responses(responses: Sequence[ResponseRecord]) -> list[ResponseRecord]:
    """The answers best first: by success rate, then in the order given (their position)."""
    order = {id(response): index for index, response in enumerate(responses)}
    return sorted(responses, key=lambda response: (-success_rate(response), order[id(response)]))


def best_response(responses: Sequence[ResponseRecord]) -> ResponseRecord | None:
    """The answer to show first, or None for an objection without answers."""
    ranked = ranked_responses(responses)
    return ranked[0] if ranked else None
