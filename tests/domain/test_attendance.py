"""Working days, pro-rating, absence, 全勤奖 and the whole month to net pay (DESIGN §4.5, §4.7)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopdesk.domain.attendance import (
    Attendance,
    AttendanceValueError,
    absence,
    days_due,
    employed_in,
    parse_late,
    parse_unpaid_days,
    prorate,
)
from shopdesk.domain.metrics import DEFAULT_REGISTRY
from shopdesk.domain.payroll import Facts, PaySetup, Person, compute_lines, settle
from shopdesk.domain.periods import Period
from shopdesk.domain.rules import RuleSpec
from shopdesk.domain.tax import TaxMonth

NOV = Period.parse("2026-11")
SUN = frozenset({6})


def test_working_days_due_are_the_days_that_are_not_rest_days():
    assert days_due(NOV, frozenset()) == 30
    assert days_due(NOV, SUN) == 25  # November 2026 has five Sundays
    assert days_due(NOV, frozenset({5, 6})) == 21
    assert days_due(Period.parse("2026-02"), SUN) == 24


def test_a_person_hired_on_the_16th_gets_the_working_days_employed():
    base = prorate(600000, NOV, SUN, date(2026, 11, 16), None)
    assert (base.due, base.employed) == (25, 13)
    assert base.fen == 312000 and not base.full_month
    assert base.note is not None and base.note.render() == (
        "¥6,000.00 × 13 working days employed ÷ 25 working days due = ¥3,120.00")


def test_a_leaver_is_paid_up_to_the_last_day_worked_and_not_after():
    base = prorate(500000, NOV, SUN, date(2025, 3, 1), date(2026, 11, 10))
    assert base.employed == 8 and base.fen == 160000
    assert not employed_in(Period.parse("2026-12"), date(2025, 3, 1), date(2026, 11, 10))
    assert not employed_in(Period.parse("2026-10"), date(2026, 11, 16), None)
    assert employed_in(NOV, date(2026, 11, 30), None)
    full = prorate(500000, NOV, SUN, date(2025, 3, 1), None)
    assert full.fen == 500000 and full.full_month and full.note is None


def test_absence_is_base_times_unpaid_days_over_days_due():
    base = prorate(600000, Period.parse("2026-10"), frozenset({6}), None, None)
    assert base.due == 27
    fen, note = absence(base, Attendance(unpaid_halves=4))
    assert fen == 44444
    assert note is not None and note.render() == "¥6,000.00 × 2 days ÷ 27 working days due = ¥444.44"
    assert absence(base, Attendance(late=3)) == (0, None)


def test_unpaid_days_are_checked():
    assert parse_unpaid_days("1.5", 25) == 3
    assert parse_unpaid_days(2, 25) == 4
    assert parse_unpaid_days(0.5, 25) == 1
    assert parse_unpaid_days("", 25) == 0 and parse_unpaid_days(None, 25) == 0
    for bad, word in (("-1", "negative"), ("26", "more than the 25"), ("1.25", "multiple of 0.5"),
                      ("abc", "not a number"), ("NaN", "not a number"), ("١", "not a number"), (True, "not a number")):
        with pytest.raises(AttendanceValueError) as caught:
            parse_unpaid_days(bad, 25)
        assert word in str(caught.value)
    assert parse_late("3") == 3 and parse_late(2.0) == 2 and parse_late("") == 0
    for bad in ("-1", "1.5", "x", "²"):
        with pytest.raises(AttendanceValueError):
            parse_late(bad)


ZHANG = Person(1, "张伟", "operations", "运营", 600000)
BONUS = RuleSpec("all", "全勤奖", "full_attendance", amount_fen=30000)


def full_attendance(attendance: Attendance, partial: frozenset[int] = frozenset()):  # type: ignore[no-untyped-def]
    return compute_lines("2026-11", [ZHANG], [(1, BONUS)], Facts({}, attendance={1: attendance}, partial=partial),
                         DEFAULT_REGISTRY)[1]


def test_full_attendance_pays_only_a_whole_month_without_unpaid_days_or_late_arrivals():
    got = full_attendance(Attendance())
    assert [(x.amount_fen, x.explanation) for x in got.lines] == [
        (30000, "no unpaid day and no late arrival this month = ¥300.00")]
    late = full_attendance(Attendance(late=1))
    assert late.lines == () and late.warnings[0].render() == "全勤奖: late 1 times this month, not paid"
    unpaid = full_attendance(Attendance(unpaid_halves=1))
    assert unpaid.lines == () and unpaid.warnings[0].render() == "全勤奖: 0.5 unpaid days this month, not paid"
    partial = full_attendance(Attendance(), frozenset({1}))
    assert partial.lines == () and "not employed for the whole month" in partial.warnings[0].render()


def test_the_explanation_is_translatable():
    zh = {"{label}: late {n} times this month, not paid": "{label}：本月迟到 {n} 次，不发"}
    text = full_attendance(Attendance(late=1)).warnings[0]
    assert text.render(lambda ctx, s: zh.get(s, s)) == "全勤奖：本月迟到 1 次，不发"
    assert text.context == "Payroll"


SETUP = PaySetup(income_tax=True, min_wage_fen=250000)


def test_a_whole_month_settles_from_base_to_net_pay():
    base = prorate(600000, Period.parse("2026-10"), SUN, None, None)
    s = settle(base, Attendance(unpaid_halves=4), (), [], {}, SETUP, month="2026-10", si_base_fen=500000,
               hf_base_fen=500000, special_fen=100000)
    assert s.absence_fen == 44444 and s.gross_fen == 600000 - 44444
    assert s.deductions == {"social_insurance": 52500, "housing_fund": 25000}
    # taxable 5,555.56 − 5,000 − 775 − 1,000 < 0: no tax
    assert s.tax is not None and s.tax.tax_fen == 0 and "income_tax" not in s.deductions
    assert s.net_fen == 600000 - 44444 - 52500 - 25000
    assert s.notes["social_insurance"].render() == "¥5,000.00 × 10.50% = ¥525.00"
    assert s.warnings == ()


def test_typed_values_replace_computed_ones_and_are_marked():
    base = prorate(1_200_000, Period.parse("2026-10"), SUN, None, None)
    s = settle(base, Attendance(), (), [], {"social_insurance": 40000, "income_tax": 1234}, SETUP,
               month="2026-10", si_base_fen=500000)
    assert s.computed["social_insurance"] == 52500 and s.deductions["social_insurance"] == 40000
    assert s.deductions["income_tax"] == 1234 and set(s.typed) == {"social_insurance", "income_tax"}
    # the computed tax used the typed social insurance: (12,000 − 5,000 − 400) × 3 %
    assert s.computed["income_tax"] == 19800


def test_net_pay_below_the_minimum_wage_warns():
    base = prorate(200000, Period.parse("2026-10"), SUN, None, None)
    s = settle(base, Attendance(), (), [], {}, SETUP, month="2026-10")
    assert s.net_fen == 200000
    assert s.warnings[0].render() == "net pay ¥2,000.00 is below the minimum wage ¥2,500.00"


bases = st.integers(min_value=0, max_value=10**8)
dates = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))
rests = st.frozensets(st.integers(0, 6), max_size=2)
months = st.sampled_from([Period.parse(f"2026-{m:02d}") for m in range(1, 13)])


@settings(max_examples=300)
@given(bases, months, rests, st.one_of(st.none(), dates), st.one_of(st.none(), dates))
def test_pro_rated_base_is_at_most_the_base_and_the_base_for_a_whole_month(base, month, rest, hire, leave):
    got = prorate(base, month, rest, hire, leave)
    assert 0 <= got.fen <= base
    if (hire is None or hire <= month.start) and (leave is None or leave >= month.end):
        assert got.fen == base and got.note is None


@settings(max_examples=300)
@given(bases, months, rests, st.integers(0, 62), st.one_of(st.none(), dates))
def test_absence_is_at_most_the_base(base, month, rest, halves, hire):
    b = prorate(base, month, rest, hire, None)
    halves = min(halves, 2 * b.due)
    fen, _ = absence(b, Attendance(halves))
    assert 0 <= fen <= b.fen <= base


@settings(max_examples=200)
@given(base=st.integers(0, 5 * 10**6), halves=st.integers(0, 40), si=st.integers(0, 5 * 10**6),
       special=st.integers(0, 500000), earlier=st.lists(st.tuples(st.integers(0, 5 * 10**6), st.integers(0, 10**5)),
                                                         max_size=10),
       tax_on=st.booleans(), late=st.integers(0, 3))
def test_one_more_unpaid_day_never_raises_net_pay(base, halves, si, special, earlier, tax_on, late):
    month = Period.parse("2026-11")
    b = prorate(base, month, SUN, None, None)
    halves = min(halves, 2 * b.due - 2)
    history = [TaxMonth(f"2026-{i:02d}", g, 0, special, w) for i, (g, w) in enumerate(earlier, start=1)]
    setup = PaySetup(income_tax=tax_on)

    def net(h: int) -> int:
        att = Attendance(h, late)
        lines = compute_lines("2026-11", [Person(1, "x", "operations", base_fen=base)], [(1, BONUS)],
                              Facts({}, attendance={1: att}), DEFAULT_REGISTRY)[1].lines
        return settle(b, att, lines, [], {}, setup, month="2026-11", si_base_fen=si, hf_base_fen=si,
                      special_fen=special, earlier=history).net_fen

    assert net(halves + 2) <= net(halves)
