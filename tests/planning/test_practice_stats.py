"""Practice statistics and the order of prepared answers."""

from __future__ import annotations

from datetime import date, timedelta

from einwandfrei.drills.statistics import compute_statistics
from einwandfrei.planning.drill_records import ReviewLogRecord, ReviewStateRecord
from einwandfrei.planning.library_content import ResponseRecord
from einwandfrei.planning.practice_answers import best_response, ranked_responses, success_rate
from tests.practice_support import MORNING, ZONE


def _log(objection: int, rating: int, days_ago: float, cram: bool = False) -> ReviewLogRecord:
    return ReviewLogRecord(objection, rating, MORNING - timedelta(days=days_ago), 1000, cram)


def _state(objection: int, lapses: int) -> ReviewStateRecord:
    return ReviewStateRecord(objection, 2, None, 3.0, 6.0, MORNING, MORNING, 5, lapses)


def test_reviews_per_day_separate_scheduled_from_cram() -> None:
    logs = [_log(1, 3, 2), _log(2, 3, 2), _log(1, 1, 0, cram=True), _log(1, 3, 40)]
    statistics = compute_statistics(logs, {}, {1: "a", 2: "b"}, MORNING, ZONE, days=7)
    assert [day.day for day in statistics.days][-1] == date(2026, 3, 3)
    assert len(statistics.days) == 7
    by_day = {day.day: (day.scheduled, day.cram) for day in statistics.days}
    assert by_day[date(2026, 3, 1)] == (2, 0)
    assert by_day[date(2026, 3, 3)] == (0, 1)
    assert statistics.reviews == 3


def test_retention_counts_recalls_after_a_day_only() -> None:
    logs = [
        _log(1, 3, 10),
        _log(1, 3, 9.99),  # same day: a learning step, not a recall
        _log(1, 3, 5),  # recalled
        _log(2, 3, 6),
        _log(2, 1, 3),  # forgotten
        _log(2, 1, 1, cram=True),  # cram never counts for retention
        _log(2, 3, 0),  # recalled
    ]
    statistics = compute_statistics(logs, {}, {1: "a", 2: "b"}, MORNING, ZONE)
    assert (statistics.recalls, statistics.remembered) == (3, 2)
    assert statistics.retention == 2 / 3
    assert sum(week.recalls for week in statistics.weeks) == 3
    assert statistics.weeks[-1].week_start == date(2026, 3, 2)  # a Monday
    assert compute_statistics([], {}, {}, MORNING, ZONE).retention is None


def test_the_weakest_objections_fail_most() -> None:
    logs = [
        *(_log(1, 1, day) for day in (9, 7, 5)),
        _log(1, 3, 4),
        _log(2, 1, 6),
        _log(2, 3, 3),
        _log(3, 3, 3),
        _log(3, 3, 2),
        _log(4, 1, 1),  # one drill says little
    ]
    states = {1: _state(1, 4), 2: _state(2, 1), 3: _state(3, 0)}
    texts = {1: "You are persistent!", 2: "Too expensive", 3: "Send me an email", 4: "No"}
    statistics = compute_statistics(logs, states, texts, MORNING, ZONE)
    assert [weak.text for weak in statistics.weakest] == ["You are persistent!", "Too expensive"]
    assert statistics.weakest[0].failure_rate == 0.75
    assert statistics.weakest[0].leech
    assert (statistics.leeches, statistics.drilled_objections) == (1, 3)


def test_the_answer_that_worked_best_comes_first_then_the_users_order() -> None:
    unused = ResponseRecord("first")
    worked_once = ResponseRecord("second", times_used=4, times_worked=1)
    reliable = ResponseRecord("third", times_used=3, times_worked=3)
    also_unused = ResponseRecord("fourth")
    assert success_rate(unused) == 0.0
    assert ranked_responses([unused, worked_once, reliable, also_unused]) == [
        reliable,
        worked_once,
        unused,
        also_unused,
    ]
    assert best_response([unused, also_unused]) is unused
    assert best_response([]) is None
