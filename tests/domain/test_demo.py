import random
from collections import defaultdict
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from shopdesk.domain.demo import make_figures, make_people, months_back
from shopdesk.domain.departments import Department


def _days(people, start, end, seed):
    by_day = defaultdict(dict)
    for f in make_figures(people, start, end, random.Random(seed)):
        by_day[(f.day, f.person)][f.metric] = f.value
    return by_day


def test_a_default_shop_has_every_department_and_unique_names():
    people = make_people(12, random.Random(1), date(2025, 1, 1))
    assert {p.department for p in people} == set(Department)
    assert len({p.name for p in people}) == 12
    assert all(p.hire_date <= date(2025, 1, 1) for p in people)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), staff=st.integers(4, 40))
def test_figures_are_consistent(seed, staff):
    people = make_people(staff, random.Random(seed), date(2025, 10, 1))
    for values in _days(people, date(2025, 10, 25), date(2025, 11, 15), seed).values():
        assert all(v >= 0 for v in values.values())
        if "orders" in values:
            assert values["orders"] <= values["visitors"]
            assert 0 <= values["bounce_rate"] <= 10000
        if "cs_orders" in values:
            assert values["cs_orders"] <= values["inquiries"]
        if "shipping_errors" in values:
            assert values["shipping_errors"] <= values["parcels_shipped"]


def test_double_11_and_618_are_peaks():
    people = make_people(12, random.Random(3), date(2025, 1, 1))
    daily_sales = defaultdict(int)
    for f in make_figures(people, date(2025, 5, 1), date(2025, 11, 30), random.Random(3)):
        if f.metric == "sales":
            daily_sales[f.day] += f.value
    ordinary = sum(daily_sales[date(2025, 9, d)] for d in range(1, 29)) / 28
    assert daily_sales[date(2025, 11, 11)] > 2.5 * ordinary
    assert daily_sales[date(2025, 6, 18)] > 1.8 * ordinary


def test_months_back():
    assert months_back(date(2026, 11, 24), 13) == date(2025, 11, 1)
    assert months_back(date(2026, 1, 5), 1) == date(2026, 1, 1)
