"""The morning check's figures in two passes over the covering index.

Each date range (today, month to date, the same days last month and a
year ago) is one grouped range scan of the covering index; one more query
pairs the visitor-weighted metrics with the day's visitors, and a last one
lists who entered anything yesterday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from shopdesk.domain.metrics import (
    TASK_METRICS,
    Kind,
    MetricRegistry,
    weight_total_key,
    weighted_key,
)
from shopdesk.store.models.core import Figure

RANGE_NAMES = ("today", "mtd", "mom", "yoy")
# scope -> range name -> stored metric (or weighted key) -> sum
RangeTotals = dict[str, dict[str, dict[str, int]]]


@dataclass(frozen=True)
class Ranges:
    today: date
    mtd: tuple[date, date]
    mom: tuple[date, date]
    yoy: tuple[date, date]
    yesterday: date

    def bounds(self) -> dict[str, tuple[date, date]]:
        return {"today": (self.today, self.today), "mtd": self.mtd, "mom": self.mom, "yoy": self.yoy}


def _in(column, lo: date, hi: date):
    return and_(column >= lo, column <= hi)


def range_totals(session: Session, registry: MetricRegistry, keys: list[str], ranges: Ranges,
                 weighted_ranges: tuple[str, ...] = RANGE_NAMES) -> tuple[RangeTotals, set[str]]:
    """Per-scope sums for each range, and the scopes that entered anything yesterday.

    Visitor-weighted metrics are paired with visitors only over `weighted_ranges`.
    """
    base = sorted(registry.base_keys(keys))
    bounds = ranges.bounds()
    out: RangeTotals = {}
    # One plain grouped range scan per period, glued with UNION ALL: cheaper
    # than conditional sums over all the ranges at once (measured).
    parts = [select(literal(i), Figure.scope, Figure.metric, func.sum(Figure.value))
             .where(_in(Figure.day, lo, hi), Figure.metric.in_(base))
             .group_by(Figure.scope, Figure.metric)
             for i, (lo, hi) in enumerate(bounds.values())]
    names = list(bounds)
    for i, scope, metric, total in session.execute(union_all(*parts)):
        out.setdefault(scope, {}).setdefault(names[i], {})[metric] = int(total)

    weighted = [registry[k] for k in keys if registry[k].kind is Kind.WEIGHTED]
    for weight_key in sorted({m.weight or "" for m in weighted}):
        members = [m.key for m in weighted if m.weight == weight_key]
        w = aliased(Figure)
        wparts = [select(literal(i), Figure.scope, Figure.metric, func.sum(Figure.value * w.value), func.sum(w.value))
                  .join(w, and_(w.day == Figure.day, w.scope == Figure.scope, w.metric == weight_key))
                  # The range on both sides lets SQLite walk the day index from either.
                  .where(_in(Figure.day, lo, hi), _in(w.day, lo, hi), Figure.metric.in_(members))
                  .group_by(Figure.scope, Figure.metric)
                  for i, (name, (lo, hi)) in enumerate(bounds.items()) if name in weighted_ranges]
        if not wparts:
            continue
        for i, scope, metric, wsum, weight in session.execute(union_all(*wparts)):
            per = out.setdefault(scope, {}).setdefault(names[i], {})
            per[weighted_key(metric)] = int(wsum)
            per[weight_total_key(metric)] = int(weight)

    skip = [k for k in TASK_METRICS]
    entered = set(session.execute(select(Figure.scope).distinct()
                                  .where(Figure.day == ranges.yesterday, Figure.metric.not_in(skip))).scalars())
    return out, entered
