"""Breaking a target down keeps every fen and every unit, deterministically."""

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain.periods import Period
from shopdesk.domain.targets import (
    WORKDAYS,
    day_share,
    money_step,
    parse_rest_days,
    split_even,
    split_to_days,
    split_to_months,
    split_weighted,
)


def test_an_uneven_split_gives_the_remainder_to_the_first_children():
    assert split_even(10, 3) == [4, 3, 3]
    assert split_even(11, 3) == [4, 4, 3]
    assert split_weighted(100, [1, 1, 2]) == [25, 25, 50]


def test_a_year_with_a_heavier_june_and_november():
    weights = "1,1,1,1,1,1.5,1,1,1,1,2,1"
    months = split_to_months(1_350_000_00, Period.year(2026), weights, money_step(1_350_000_00, 100))
    assert sum(months.values()) == 1_350_000_00
    assert months["2026-06"] == 150_000_00 and months["2026-11"] == 200_000_00
    assert months["2026-01"] == 100_000_00
    assert all(v % 100 == 0 for v in months.values())  # whole yuan when the year is whole yuan


def test_working_days_leave_sundays_at_zero():
    nov = Period.month(2026, 11)
    days = split_to_days(2500, nov, WORKDAYS, parse_rest_days("sun"))
    assert days[date(2026, 11, 1)] == 0  # a Sunday
    assert days[date(2026, 11, 2)] == 100  # 25 working days
    assert sum(days.values()) == 2500


def test_rest_days_are_read_in_english_or_chinese():
    assert parse_rest_days("sat,sun") == {5, 6}
    assert parse_rest_days("周日") == {6}
    assert parse_rest_days("") == frozenset()
    with pytest.raises(ValueError):
        parse_rest_days("someday")


@given(st.integers(0, 10**12), st.lists(st.integers(0, 1000), min_size=1, max_size=40),
       st.sampled_from([1, 100]))
def test_any_split_adds_up_exactly(total, weights, step):
    parts = split_weighted(total, weights, step)
    assert sum(parts) == total
    assert all(p >= 0 for p in parts)
    assert split_weighted(total, weights, step) == parts
    if sum(weights):
        # No child is more than one step away from its exact share.
        for p, w in zip(parts, weights, strict=True):
            exact = Fraction(total) * w / sum(weights)
            assert abs(p - exact) <= step + total % step


@given(st.integers(0, 10**10), st.integers(2024, 2030), st.integers(1, 12), st.booleans())
def test_any_month_spreads_over_its_days_exactly(total, year, month, workdays):
    p = Period.month(year, month)
    days = split_to_days(total, p, WORKDAYS if workdays else "even", parse_rest_days("sat,sun"))
    assert sum(days.values()) == total
    assert len(days) == p.day_count


@given(st.integers(0, 10**9), st.integers(1, 12), st.booleans(), st.integers(1, 28))
def test_one_days_share_matches_the_whole_month_split(total, month, workdays, day):
    p = Period.month(2026, month)
    split = WORKDAYS if workdays else "even"
    rest = parse_rest_days("sun")
    d = date(2026, month, day)
    assert day_share(total, p, split, rest, d) == split_to_days(total, p, split, rest)[d]


def test_rest_days_read_as_the_window_writes_them_in_either_language():
    from shopdesk.domain.targets import parse_rest_days

    assert parse_rest_days("周六、周日") == parse_rest_days("Sat, Sun") == parse_rest_days("sat,sun") == {5, 6}
