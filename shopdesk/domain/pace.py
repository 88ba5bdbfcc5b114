"""Are we on target today? Pace, gap, achievement and the projected month end.

The pace is the month target pro-rated to a day by the month's day
breakdown (even, or working days only), so a Sunday off does not make the
shop look behind on Monday morning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .periods import Period
from .targets import day_weights

AMBER_BAND = Decimal(90)  # within 10 % of the pace: amber, not yet red


class Status(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"  # no target, or nothing to compare yet


@dataclass(frozen=True)
class Pace:
    """One figure against its target, all in natural units (¥, %, count)."""

    actual: Decimal | None
    target: Decimal | None  # the month (or day) target
    pace: Decimal | None  # what the target expects by now
    gap: Decimal | None  # actual − pace (negative: behind, for higher-is-better)
    achievement: Decimal | None  # actual / target × 100
    pace_pct: Decimal | None  # actual / pace × 100
    projected: Decimal | None  # the month end if the rest of the month goes like so far
    status: Status


def elapsed_share(month: Period, today: date, split: str, rest_days: frozenset[int]) -> tuple[int, int]:
    """(weight of days up to and including today, weight of the whole month)."""
    weights = day_weights(month, split, rest_days)
    done = sum(w for d, w in zip(month.days(), weights, strict=True) if d <= today)
    return done, sum(weights)


def status_of(actual: Decimal | None, expected: Decimal | None, higher_is_better: bool) -> Status:
    if actual is None or expected is None:
        return Status.NONE
    if expected == 0:
        # Nothing expected yet (a rest day, the first hours of the month): meeting
        # it is on track; errors over a zero allowance are not.
        if actual == 0 or higher_is_better:
            return Status.GREEN
        return Status.RED
    pct = actual / expected * 100
    if not higher_is_better:
        # Spending or errors: at or under the allowance is good.
        pct = Decimal(200) - pct
    if pct >= 100:
        return Status.GREEN
    return Status.AMBER if pct >= AMBER_BAND else Status.RED


def month_pace(actual: Decimal | None, target: Decimal | None, share: tuple[int, int],
               *, summed: bool = True, higher_is_better: bool = True, pace: Decimal | None = None) -> Pace:
    """Month-to-date `actual` against a month `target` with `share` of it elapsed.

    A summed metric's pace is target × done/total, or `pace` when the caller
    has it from the same integer day split as each day's target (so the two
    never disagree by a rounding); a ratio or weighted metric (conversion
    rate, AOV…) applies as-is, so its pace is the target.
    """
    done, whole = share
    if summed:
        if pace is None:
            pace = target * done / whole if target is not None and whole else None
        projected = actual * whole / done if actual is not None and done else None
    else:
        pace, projected = target, actual
    gap = actual - pace if actual is not None and pace is not None else None
    achievement = actual / target * 100 if actual is not None and target else None
    pace_pct = actual / pace * 100 if actual is not None and pace else None
    return Pace(actual, target, pace, gap, achievement, pace_pct, projected,
                status_of(actual, pace, higher_is_better))


def day_pace(actual: Decimal | None, day_target: Decimal | None, *, higher_is_better: bool = True) -> Pace:
    """Today's figure against today's share of the month target."""
    gap = actual - day_target if actual is not None and day_target is not None else None
    pct = actual / day_target * 100 if actual is not None and day_target else None
    return Pace(actual, day_target, day_target, gap, pct, pct, None,
                status_of(actual, day_target, higher_is_better))


def change_pct(now: Decimal | None, before: Decimal | None) -> Decimal | None:
    """Month-on-month (环比) or year-on-year (同比) change in percent."""
    if now is None or before is None or before == 0:
        return None
    return (now - before) / abs(before) * 100
