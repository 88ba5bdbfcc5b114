"""Breaking a target down: year → quarters → months → days, shop → departments → people.

All values are integers in the metric's stored unit. A split always adds up
to its parent exactly; what cannot be shared evenly goes to the children
with the largest fractional parts, earlier children first on a tie, so the
same input always gives the same result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache

from .periods import Grain, Period

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVEN = "even"
WORKDAYS = "workdays"


def split_weighted(total: int, weights: Sequence[int | Decimal | Fraction], step: int = 1) -> list[int]:
    """Share `total` by `weights` in whole multiples of `step` (largest remainder).

    `step` lets a yuan target split into whole yuan when it is itself a
    whole number of yuan; any part of `total` below a step goes to the
    first child with a non-zero weight.
    """
    if not weights:
        return []
    fracs = [Fraction(w) for w in weights]
    if any(w < 0 for w in fracs):
        raise ValueError("weights cannot be negative")
    weight_sum = sum(fracs)
    if weight_sum == 0:
        fracs, weight_sum = [Fraction(1)] * len(fracs), Fraction(len(fracs))
    step = max(1, step)
    units, odd = divmod(total, step)
    exact = [Fraction(units) * w / weight_sum for w in fracs]
    shares = [int(e) for e in exact]  # floor: all exact values are >= 0
    left = units - sum(shares)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order[:left]:
        shares[i] += 1
    out = [s * step for s in shares]
    first = next(i for i, w in enumerate(fracs) if w > 0)
    out[first] += odd
    return out


def split_even(total: int, n: int, step: int = 1) -> list[int]:
    return split_weighted(total, [1] * n, step)


def parse_rest_days(text: str | None) -> frozenset[int]:
    """'sun' or 'sat,sun' (also Chinese 周六/周日) → weekday numbers (Monday = 0)."""
    out: set[int] = set()
    zh = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
    for part in (text or "").replace("，", ",").replace("、", ",").replace(" ", ",").split(","):
        word = part.strip().casefold()
        if not word:
            continue
        if word[:3] in WEEKDAYS:
            out.add(WEEKDAYS.index(word[:3]))
        elif word[-1:] in zh and word[:-1] in ("周", "星期", "礼拜"):
            out.add(zh[word[-1]])
        else:
            raise ValueError(f"'{part.strip()}' is not a day of the week")
    return frozenset(out)


def format_rest_days(days: Iterable[int]) -> str:
    return ",".join(WEEKDAYS[d] for d in sorted(set(days)))


def parse_weights(text: str, count: int) -> list[Fraction]:
    """'1,1,1,1,1,1.5,1,1,1,1,1.3,1' → weights; ValueError unless `count` non-negative numbers."""
    parts = [p.strip() for p in text.replace("，", ",").replace(";", ",").split(",")]
    if len(parts) != count:
        raise ValueError(f"{count} weights needed, {len(parts)} given")
    try:
        weights = [Fraction(Decimal(p)) for p in parts]
    except (InvalidOperation, ValueError):
        raise ValueError("weights must be numbers") from None
    if any(w < 0 for w in weights) or sum(weights) == 0:
        raise ValueError("weights must be positive")
    return weights


@lru_cache(maxsize=256)
def day_weights(month: Period, split: str, rest_days: frozenset[int]) -> tuple[int, ...]:
    """1 for each day that carries target, 0 for rest days when split by working days.

    Cached: the morning check asks for the same month hundreds of times.
    """
    days = list(month.days())
    if split == WORKDAYS and rest_days:
        weights = tuple(0 if d.weekday() in rest_days else 1 for d in days)
        if any(weights):
            return weights
    return (1,) * len(days)


def time_children(period: Period) -> list[Period]:
    """Year → quarters, quarter → months; months split to days only on the fly."""
    return period.children() if period.grain in (Grain.YEAR, Grain.QUARTER) else []


def child_weights(period: Period, split: str) -> list[Fraction]:
    """The weights of a year's quarters or a quarter's months for a split text.

    A year takes four (quarters) or twelve (months, summed per quarter)
    weights; a quarter takes three.
    """
    n = len(time_children(period))
    if split in ("", EVEN, WORKDAYS):
        return [Fraction(1)] * n
    if period.grain is Grain.YEAR:
        parts = split.replace("，", ",").split(",")
        if len(parts) == 12:
            months = parse_weights(split, 12)
            return [sum(months[3 * q:3 * q + 3], Fraction(0)) for q in range(4)]
    return parse_weights(split, n)


def month_weights(period: Period, split: str) -> list[Fraction]:
    """The weight of each month of a year or quarter under a split text."""
    if period.grain is Grain.MONTH:
        return [Fraction(1)]
    if period.grain is Grain.YEAR and split not in ("", EVEN, WORKDAYS) and len(split.split(",")) == 12:
        return parse_weights(split, 12)
    if period.grain is Grain.YEAR:
        quarters = child_weights(period, split)
        return [q / 3 for q in quarters for _ in range(3)]
    return child_weights(period, split)


def split_to_months(total: int, period: Period, split: str, step: int = 1) -> dict[str, int]:
    """A year or quarter target to exact month values, keyed by month ('2026-11')."""
    months = period.months()
    values = split_weighted(total, month_weights(period, split), step)
    return {m.key: v for m, v in zip(months, values, strict=True)}


def split_to_days(total: int, month: Period, split: str, rest_days: frozenset[int]) -> dict[date, int]:
    values = split_weighted(total, day_weights(month, split, rest_days))
    return dict(zip(month.days(), values, strict=True))


def money_step(total: int, scale: int) -> int:
    """Split whole yuan (or whole units) when the parent is whole; else to the fen."""
    return scale if scale > 1 and total % scale == 0 else 1


def share_to_date(total: int, month: Period, split: str, rest_days: frozenset[int], day: date) -> int:
    """The sum of `day_share` over the month's days up to and including `day`.

    The morning check's pace: being the same integer split as each day's
    target, on the first day of a month the pace *is* today's target.
    """
    weights = day_weights(month, split, rest_days)
    index = (day - month.start).days
    carrying = sum(weights)
    if not carrying:
        return 0
    base, spare = divmod(total, carrying)
    reached = sum(weights[:index + 1])
    return base * reached + min(reached, spare)


def day_share(total: int, month: Period, split: str, rest_days: frozenset[int], day: date) -> int:
    """One day's part of `split_to_days(...)` without building the whole month.

    Equal weights leave every day the same remainder, so the largest-remainder
    rule hands the spare units to the first days that carry target.
    """
    weights = day_weights(month, split, rest_days)
    index = (day - month.start).days
    if not weights[index]:
        return 0
    carrying = sum(weights)
    base, spare = divmod(total, carrying)
    rank = sum(weights[:index])
    return base + (1 if rank < spare else 0)
