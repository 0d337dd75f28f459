"""Dates the wizard proposes: when to call, and when to get back in touch."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

# Customers forget half of what they understood within about two weeks: check back before that.
FOLLOW_UP_AFTER = timedelta(days=14)
DEFAULT_CALL_TIME = time(10, 0)
_SATURDAY = 5


def next_working_day(day: date) -> date:
    """`day` itself on Monday to Friday, else the Monday after."""
    while day.weekday() >= _SATURDAY:
        day += timedelta(days=1)
    return day


def suggested_follow_up_day(call_day: date) -> date:
    """The day to propose for the next contact: two weeks after the call, on a working day."""
    return next_working_day(call_day + FOLLOW_UP_AFTER)


def suggested_call_time(now: datetime) -> datetime:
    """When a new plan's call is: the next full hour within office hours (8–17), else the next
    working day at 10:00. `now` is local time; the result has the same tzinfo."""
    next_hour = (now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    if next_hour.date() == now.date() and 8 <= next_hour.hour <= 17 and now.weekday() < _SATURDAY:
        return next_hour
    day = next_working_day(now.date() + timedelta(days=1))
    return datetime.combine(day, DEFAULT_CALL_TIME, tzinfo=now.tzinfo)


def follow_up_time(day: date, zone: tzinfo | None = None) -> datetime:
    """The next contact on `day` at the default call time, in `zone`."""
    return datetime.combine(day, DEFAULT_CALL_TIME, tzinfo=zone)
