"""What an appraisal reads from the rest of the shop: targets and figures for a
period, and the finalised results payroll uses. Session-level helpers, no
permission checks: callers (the appraisal and payroll services) check first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.appraisal import Scheme
from shopdesk.domain.metrics import Kind, MetricRegistry
from shopdesk.domain.periods import Grain, Period
from shopdesk.store.models.appraisal import Appraisal, AppraisalRound
from shopdesk.store.models.core import Target, staff_scope
from shopdesk.store.queries import scope_totals

Figures = dict[str, tuple[Decimal | None, Decimal | None]]  # metric → (target, actual)
_CENT = Decimal("0.01")


def _targets(session: Session, registry: MetricRegistry, scopes: list[str], metrics: set[str],
             period: Period) -> dict[tuple[str, str], Decimal]:
    """Natural-unit targets per (scope, metric) for a month or a quarter.

    A quarter uses its own target row when the owner set one; otherwise a
    summed metric adds up the three month targets (all three needed) and a
    ratio takes their mean, as the targets page shows them.
    """
    keys = [period.key] + ([m.key for m in period.months()] if period.grain is Grain.QUARTER else [])
    rows = session.execute(select(Target.scope, Target.metric, Target.period, Target.value)
                           .where(Target.period.in_(keys), Target.metric.in_(metrics),
                                  Target.scope.in_(scopes))).all()
    stored: dict[tuple[str, str], dict[str, int]] = {}
    for scope, metric, key, value in rows:
        stored.setdefault((scope, metric), {})[key] = value
    out: dict[tuple[str, str], Decimal] = {}
    for (scope, metric), by_period in stored.items():
        m = registry[metric]
        if period.key in by_period:
            out[scope, metric] = m.to_natural(by_period[period.key])
            continue
        months = [by_period[k] for k in keys[1:] if k in by_period]
        if m.kind is Kind.SUM and len(months) == 3:
            out[scope, metric] = m.to_natural(sum(months))
        elif m.kind is not Kind.SUM and months:
            mean = m.to_natural(sum(months)) / len(months)
            out[scope, metric] = mean.quantize(_CENT, rounding=ROUND_HALF_UP)
    return out


def people_figures(session: Session, registry: MetricRegistry, schemes: dict[int, Scheme],
                   period: Period, upto: date | None = None) -> dict[int, Figures]:
    """Target and actual of each scheme metric, per person, over the period.

    A summed metric with no figures counts as 0 (nothing done); a ratio with
    no denominator is None and is left out of the score.
    """
    scopes = [staff_scope(sid) for sid in schemes]
    metrics = {q.metric for s in schemes.values() for q in s.quantitative}
    metrics = {m for m in metrics if m in registry}
    if not scopes or not metrics:
        return {sid: {} for sid in schemes}
    end = period.end if upto is None else min(period.end, upto)  # figures so far
    totals = scope_totals(session, registry, sorted(metrics), period.start, end, scopes=scopes)
    targets = _targets(session, registry, scopes, metrics, period)
    out: dict[int, Figures] = {}
    for sid, scheme in schemes.items():
        scope = staff_scope(sid)
        own = totals.get(scope, {})
        figures: Figures = {}
        for item in scheme.quantitative:
            if item.metric not in registry:
                continue
            actual = registry.period_value(item.metric, own)
            if actual is None and registry[item.metric].kind is Kind.SUM:
                actual = Decimal(0)
            figures[item.metric] = (targets.get((scope, item.metric)), actual)
        out[sid] = figures
    return out


def finalised_for_month(session: Session, month: Period,
                        staff_ids: Iterable[int] | None = None) -> dict[int, tuple[Decimal, str]]:
    """staff id → (score, grade) from finalised appraisals covering the month.

    A monthly round wins over the quarter round that covers the month.
    """
    quarter = Period.quarter(month.start.year, (month.start.month - 1) // 3 + 1)
    stmt = (select(Appraisal.staff_id, Appraisal.score_centi, Appraisal.grade, AppraisalRound.period)
            .join(AppraisalRound, AppraisalRound.id == Appraisal.round_id)
            .where(AppraisalRound.period.in_([month.key, quarter.key]),
                   Appraisal.finalised_at.is_not(None)))
    if staff_ids is not None:
        stmt = stmt.where(Appraisal.staff_id.in_(list(staff_ids)))
    out: dict[int, tuple[Decimal, str]] = {}
    for sid, centi, grade, key in session.execute(stmt).all():
        if key == month.key or sid not in out:  # the month's own round wins
            out[sid] = (Decimal(centi or 0).scaleb(-2), grade or "")  # final: both are set
    return out


def ratings_of(text: str | None) -> dict[str, int]:
    return {} if not text else {k: int(v) for k, v in json.loads(text).items()}
