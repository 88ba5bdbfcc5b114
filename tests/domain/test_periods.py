from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain.periods import Grain, Period


@pytest.mark.parametrize("text,start,end", [
    ("2026", date(2026, 1, 1), date(2026, 12, 31)),
    ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
    ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
    ("2028-2", date(2028, 2, 1), date(2028, 2, 29)),
])
def test_parse(text, start, end):
    p = Period.parse(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("bad", ["2026-13", "2026-Q5", "26-11", "", "2026-00", "next month"])
def test_parse_rejects(bad):
    with pytest.raises(ValueError):
        Period.parse(bad)


def test_children_cascade_covers_the_year_exactly():
    year = Period.year(2026)
    months = [m for q in year.children() for m in q.children()]
    assert [m.key for m in months] == [f"2026-{i:02d}" for i in range(1, 13)]
    assert sum(m.day_count for m in months) == 365


def test_previous_and_year_ago():
    nov = Period.parse("2026-11")
    assert nov.previous().key == "2026-10"
    assert Period.parse("2026-01").previous().key == "2025-12"
    assert nov.year_ago().key == "2025-11"
    assert Period.parse("2026-Q1").previous().key == "2025-Q4"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_is_in_its_month_and_key_round_trips(d):
    month = Period.of_month(d)
    assert d in month and month.grain is Grain.MONTH
    assert Period.parse(month.key) == month
