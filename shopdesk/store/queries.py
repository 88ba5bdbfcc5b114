"""Aggregate queries over daily figures. Dialect-neutral SQL only."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from ..domain.metrics import Kind, MetricRegistry, weight_total_key, weighted_key
from .models.core import Figure

Totals = dict[str, dict[str, int]]  # scope -> stored metric (or weighted key) -> sum


def scope_totals(
    session: Session,
    registry: MetricRegistry,
    metrics: Iterable[str],
    start: date,
    end: date,
    scopes: Iterable[str] | None = None,
) -> Totals:
    """Per-scope integer sums of what `metrics` need over [start, end].

    Weighted metrics (bounce rate, visit depth) come back as Σ(value × weight)
    and Σ(weight) over the days that carry a value, so the period value is
    the weight-weighted mean, never a mean of daily means.
    """
    wanted = list(metrics)
    base = registry.base_keys(wanted)
    scope_list = None if scopes is None else list(scopes)
    out: Totals = defaultdict(dict)

    stmt = (
        select(Figure.scope, Figure.metric, func.sum(Figure.value))
        .where(Figure.day >= start, Figure.day <= end, Figure.metric.in_(base))
        .group_by(Figure.scope, Figure.metric)
    )
    if scope_list is not None:
        stmt = stmt.where(Figure.scope.in_(scope_list))
    for scope, metric, total in session.execute(stmt):
        out[scope][metric] = int(total)

    for key in wanted:
        m = registry[key]
        if m.kind is not Kind.WEIGHTED:
            continue
        w = aliased(Figure)
        wstmt = (
            select(Figure.scope, func.sum(Figure.value * w.value), func.sum(w.value))
            .join(w, and_(w.scope == Figure.scope, w.day == Figure.day, w.metric == m.weight))
            .where(Figure.metric == key, Figure.day >= start, Figure.day <= end)
            .group_by(Figure.scope)
        )
        if scope_list is not None:
            wstmt = wstmt.where(Figure.scope.in_(scope_list))
        for scope, weighted, weight in session.execute(wstmt):
            out[scope][weighted_key(key)] = int(weighted)
            out[scope][weight_total_key(key)] = int(weight)
    return dict(out)


def add_totals(*parts: dict[str, int]) -> dict[str, int]:
    """Sum several scopes' totals (a department = its members + itself)."""
    total: dict[str, int] = {}
    for part in parts:
        for key, value in part.items():
            total[key] = total.get(key, 0) + value
    return total
