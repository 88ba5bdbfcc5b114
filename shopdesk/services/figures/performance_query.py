"""Day-level sums for the performance charts, bucketed by month in Python.

One grouped query per need (plain sums, and the visitor-weighted metrics
paired with their weight) over the whole span, so a year of one person is
a single index range scan; months are bucketed here, which keeps the SQL
dialect-neutral (no strftime).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from shopdesk.domain.metrics import Kind, MetricRegistry, weight_total_key, weighted_key
from shopdesk.domain.periods import Period
from shopdesk.domain.targets import split_to_days
from shopdesk.store.models.core import Figure, Target

# day -> stored metric (or weighted key) -> sum
DayTotals = dict[date, dict[str, int]]


def day_totals(session: Session, registry: MetricRegistry, keys: Iterable[str], lo: date, hi: date,
               scopes: list[str] | None = None) -> DayTotals:
    """Per-day sums of what `keys` need over [lo, hi], over `scopes` (None: every scope = the shop)."""
    keys = list(keys)
    base = sorted(registry.base_keys(keys))
    out: DayTotals = {}
    if not base:
        return out
    stmt = (select(Figure.day, Figure.metric, func.sum(Figure.value))
            .where(Figure.day >= lo, Figure.day <= hi, Figure.metric.in_(base))
            .group_by(Figure.day, Figure.metric))
    if scopes is not None:
        stmt = stmt.where(Figure.scope.in_(scopes))
    for day, metric, total in session.execute(stmt):
        out.setdefault(day, {})[metric] = int(total)
    for key in keys:
        m = registry[key]
        if m.kind is not Kind.WEIGHTED:
            continue
        w = aliased(Figure)
        wstmt = (select(Figure.day, func.sum(Figure.value * w.value), func.sum(w.value))
                 .join(w, and_(w.scope == Figure.scope, w.day == Figure.day, w.metric == m.weight))
                 .where(Figure.metric == key, Figure.day >= lo, Figure.day <= hi, w.day >= lo, w.day <= hi)
                 .group_by(Figure.day))
        if scopes is not None:
            wstmt = wstmt.where(Figure.scope.in_(scopes))
        for day, weighted, weight in session.execute(wstmt):
            bucket = out.setdefault(day, {})
            bucket[weighted_key(key)] = int(weighted)
            bucket[weight_total_key(key)] = int(weight)
    return out


def sum_days(days: DayTotals, lo: date, hi: date) -> dict[str, int]:
    """Add the day buckets inside [lo, hi]."""
    total: dict[str, int] = {}
    for day, values in days.items():
        if lo <= day <= hi:
            for key, v in values.items():
                total[key] = total.get(key, 0) + v
    return total


def month_totals(days: DayTotals, months: list[Period]) -> dict[str, dict[str, int]]:
    """The day buckets added up per month key ('2026-11')."""
    out: dict[str, dict[str, int]] = {m.key: {} for m in months}
    for day, values in days.items():
        bucket = out.get(f"{day.year}-{day.month:02d}")
        if bucket is None:
            continue
        for key, v in values.items():
            bucket[key] = bucket.get(key, 0) + v
    return out


def target_rows(session: Session, scopes: list[str], metrics: list[str],
                months: list[Period]) -> dict[tuple[str, str, str], tuple[int, str]]:
    """(scope, metric, month key) → (stored value, day split) for the month rows asked."""
    if not scopes or not metrics or not months:
        return {}
    rows = session.execute(select(Target.scope, Target.metric, Target.period, Target.value, Target.split)
                           .where(Target.scope.in_(scopes), Target.metric.in_(metrics),
                                  Target.period.in_([m.key for m in months])))
    return {(scope, metric, period): (value, split) for scope, metric, period, value, split in rows}


def clipped_target(value: int, split: str, month: Period, lo: date, hi: date,
                   rest_days: frozenset[int], summed: bool) -> int:
    """A month target limited to the days of [lo, hi] by the month's day breakdown.

    A ratio target (conversion, AOV) applies as it is to any part of a month.
    """
    if not summed or (lo <= month.start and month.end <= hi):
        return value
    return sum(v for d, v in split_to_days(value, month, split, rest_days).items() if lo <= d <= hi)


def months_between(lo: date, hi: date) -> list[Period]:
    out: list[Period] = []
    month = Period.of_month(lo)
    while month.start <= hi:
        out.append(month)
        month = month.shifted(1)
    return out
