"""The morning check: how far along the month's target we are, and what colour."""

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain.pace import Status, change_pct, elapsed_share, month_pace
from shopdesk.domain.periods import Period
from shopdesk.domain.targets import parse_rest_days

NOV = Period.month(2026, 11)


def test_pace_counts_only_working_days_so_far():
    # 24 Nov 2026 is a Tuesday; Sundays off: 1, 8, 15, 22 passed (29 to come) → 20 of 25 days.
    assert elapsed_share(NOV, date(2026, 11, 24), "workdays", parse_rest_days("sun")) == (20, 25)
    assert elapsed_share(NOV, date(2026, 11, 24), "even", parse_rest_days("sun")) == (24, 30)


def test_on_pace_is_green_a_little_behind_is_amber_far_behind_is_red():
    share = (20, 25)
    target = Decimal(250_000)
    on = month_pace(Decimal(200_000), target, share)
    assert on.pace == 200_000 and on.gap == 0 and on.status is Status.GREEN
    assert on.projected == 250_000 and on.achievement == 80
    assert month_pace(Decimal(185_000), target, share).status is Status.AMBER
    assert month_pace(Decimal(150_000), target, share).status is Status.RED


def test_ratio_targets_apply_as_is_and_lower_is_better_flips_the_colour():
    conv = month_pace(Decimal("2.5"), Decimal("3"), (20, 26), summed=False)
    assert conv.pace == 3 and conv.projected == Decimal("2.5") and conv.status is Status.RED
    errors = month_pace(Decimal("0.5"), Decimal("1"), (20, 26), summed=False, higher_is_better=False)
    assert errors.status is Status.GREEN


def test_no_target_means_no_colour():
    assert month_pace(Decimal(5), None, (3, 26)).status is Status.NONE


def test_change_percent():
    assert change_pct(Decimal(120), Decimal(100)) == 20
    assert change_pct(Decimal(120), None) is None


@given(total=st.integers(0, 10**12), month=st.sampled_from(["2026-02", "2026-11", "2026-12"]),
       split=st.sampled_from(["even", "workdays"]), rest=st.sets(st.integers(0, 6), max_size=6), day=st.integers(1, 28))
def test_the_pace_to_date_is_the_sum_of_the_day_targets(total, month, split, rest, day):
    from shopdesk.domain.targets import day_share, share_to_date

    p = Period.parse(month)
    upto = date(p.start.year, p.start.month, day)
    days = [d for d in p.days() if d <= upto]
    assert share_to_date(total, p, split, frozenset(rest), upto) == sum(
        day_share(total, p, split, frozenset(rest), d) for d in days)
    if day == 1:  # the first morning of a month: pace and today's target are one number
        assert share_to_date(total, p, split, frozenset(rest), upto) == day_share(total, p, split, frozenset(rest), upto)
