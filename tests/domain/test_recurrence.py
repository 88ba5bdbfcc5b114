"""Repetition: every occurrence exactly once, month ends handled as documented."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain.recurrence import (
    NO_REPEAT,
    Repeat,
    RepeatError,
    RepeatKind,
    monthly_day,
    occurrences,
    parse_repeat,
)

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
rules = st.one_of(
    st.just(Repeat(RepeatKind.DAILY)),
    st.frozensets(st.integers(0, 6), min_size=1).map(lambda w: Repeat(RepeatKind.WEEKLY, weekdays=w)),
    st.integers(1, 31).map(lambda d: Repeat(RepeatKind.MONTHLY, monthday=d)),
)


def _span(a: date, b: date) -> tuple[date, date]:
    return (a, b) if a <= b else (b, a)


def test_spellings_round_trip():
    for text in ("none", "daily", "weekly:mon,thu", "monthly:31"):
        assert parse_repeat(text).spell() == text
    assert parse_repeat(" Weekly: Monday, fri ").spell() == "weekly:mon,fri"
    assert parse_repeat("") is NO_REPEAT


@pytest.mark.parametrize("bad", ["weekly:", "weekly:funday", "monthly:0", "monthly:32",
                                 "monthly:x", "hourly", "weekly:mo"])
def test_unknown_spellings_are_refused(bad):
    with pytest.raises(RepeatError):
        parse_repeat(bad)


def test_the_31st_falls_on_the_last_day_of_short_months():
    rule = parse_repeat("monthly:31")
    got = list(occurrences(rule, date(2028, 1, 1), date(2028, 1, 1), date(2028, 4, 30)))
    assert got == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]
    assert monthly_day(2026, 2, 30) == 28


def test_a_one_off_task_has_no_generated_occurrences():
    assert list(occurrences(NO_REPEAT, date(2026, 1, 1), date(2026, 1, 1), date(2026, 12, 31))) == []


@given(rules, days, days, days)
def test_every_matching_day_occurs_once_and_no_other(rule, start, a, b):
    first, last = _span(a, b)
    got = list(occurrences(rule, start, first, last))
    assert len(got) == len(set(got)), "no duplicates"
    assert got == sorted(got)
    expected = []
    day = max(start, first)
    while day <= last:
        if rule.occurs_on(day):
            expected.append(day)
        day += timedelta(days=1)
    assert got == expected, "no missing and no extra days"


@given(rules, days, days, days, days)
def test_generating_in_pieces_equals_generating_at_once(rule, start, a, b, cut):
    first, last = _span(a, b)
    cut = min(max(cut, first), last)
    whole = list(occurrences(rule, start, first, last))
    pieces = list(occurrences(rule, start, first, cut)) + list(
        occurrences(rule, start, cut + timedelta(days=1), last))
    assert pieces == whole


@given(st.integers(1, 31), st.integers(2020, 2030), st.integers(1, 12))
def test_monthly_occurs_exactly_once_in_every_month(monthday, year, month):
    rule = Repeat(RepeatKind.MONTHLY, monthday=monthday)
    first = date(year, month, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    got = list(occurrences(rule, first, first, last))
    assert len(got) == 1
    assert got[0].day == min(monthday, last.day)
