"""What the performance charts show, with permissions and exact values.

A person's months against target, this month's cumulative figure against
the target's day breakdown, and a year of their ratio metrics beside the
shop's value and the healthy limits from the owner's playbook; a
department's ranking (排行榜), its months against target and its
month-on-month (环比) and year-on-year (同比) growth; the shop's days this
month against the pace and the same month last year.

Staff see only their own charts, a manager those of their department,
the owner everything. Values are `Decimal` in natural units (¥, %, count);
the chart builders turn them into pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import NotFound, PermissionDenied
from shopdesk.domain.metrics import KEY_METRICS, Kind, MetricDef, MetricRegistry
from shopdesk.domain.pace import change_pct
from shopdesk.domain.periods import Period
from shopdesk.domain.targets import parse_rest_days, split_to_days
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.performance_query import (
    DayTotals,
    clipped_target,
    day_totals,
    month_totals,
    months_between,
    sum_days,
    target_rows,
)
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.morning.alerts import BOUNCE_LIMIT, DEPTH_FLOOR, HERO_FACTOR, hero_aov_fen
from shopdesk.services.platform.hero import hero_product
from shopdesk.store.db import Database
from shopdesk.store.models.core import SHOP_SCOPE, Setting, Staff, dept_scope, staff_scope

# The articles' "good" levels beside the morning check's limits.
BOUNCE_GOOD = Decimal(60)
DEPTH_GOOD = Decimal("3.5")
TREND_MONTHS = 12

# Ratio metrics each department's people are judged on over time.
TREND_METRICS: dict[Department, tuple[str, ...]] = {
    Department.OPERATIONS: ("conversion_rate", "aov", "bounce_rate", "visit_depth"),
    Department.DESIGN: (),
    Department.CUSTOMER_SERVICE: ("cs_conversion",),
    Department.LOGISTICS: ("error_rate",),
}


@dataclass(frozen=True)
class MonthPoint:
    month: str  # '2026-11'
    actual: Decimal | None
    target: Decimal | None
    partial: bool = False  # the month is still running: its figures are to date

    @property
    def achievement(self) -> Decimal | None:
        if self.actual is None or not self.target:
            return None
        return self.actual / self.target * 100


@dataclass(frozen=True)
class MetricMonths:
    metric: MetricDef
    points: list[MonthPoint]


@dataclass(frozen=True)
class PaceData:
    """One month day by day: cumulative actual (None after the last day with data), the
    cumulative target by its day breakdown, and the same month a year earlier."""

    metric: MetricDef
    month: str
    days: list[date]
    actual: list[Decimal | None]
    pace: list[Decimal] | None  # None: no target set
    last_year: list[Decimal] | None = None


@dataclass(frozen=True)
class Threshold:
    value: Decimal
    label: str  # QT_TRANSLATE_NOOP("Charts", …), translated by the chart
    good: bool  # the "good" level rather than the limit


@dataclass(frozen=True)
class Trend:
    metric: MetricDef
    months: list[str]
    values: list[Decimal | None]
    average: list[Decimal | None]  # the whole shop's value
    thresholds: list[Threshold]
    running: str | None = None  # the last month, while it is still running (its value is to date)


@dataclass(frozen=True)
class PersonPerformance:
    staff_id: int
    name: str
    department: Department
    start: date
    end: date
    bars: list[MetricMonths]
    pace: PaceData | None
    trends: list[Trend]


@dataclass(frozen=True)
class Ranked:
    staff_id: int
    name: str
    actual: Decimal | None
    target: Decimal | None

    @property
    def achievement(self) -> Decimal | None:
        return MonthPoint("", self.actual, self.target).achievement


@dataclass(frozen=True)
class DepartmentPerformance:
    department: Department
    metric: MetricDef
    start: date
    end: date
    ranking: list[Ranked]  # best achievement first; no target last
    months: list[MonthPoint]
    mom: list[Decimal | None]  # % per month against the month before (same days)
    yoy: list[Decimal | None]  # % per month against the same month a year before


def headline_metric(registry: MetricRegistry, dept: Department) -> MetricDef:
    """A department's main summed figure: what its people are ranked by."""
    return next(registry[k] for k in KEY_METRICS[dept] if registry[k].kind is Kind.SUM)


def _settings(session) -> dict[str, str]:
    return dict(session.execute(select(Setting.key, Setting.value)
                                .where(Setting.key.in_(("rest_days", "hero_aov")))).all())


def _rest_days(settings: dict[str, str]) -> frozenset[int]:
    try:
        return parse_rest_days(settings.get("rest_days"))
    except ValueError:
        return frozenset()


def _thresholds(key: str, settings: dict[str, str], imported_hero_fen: int | None = None) -> list[Threshold]:
    if key == "bounce_rate":
        return [Threshold(BOUNCE_LIMIT, QT_TRANSLATE_NOOP("Charts", "Limit {value}%"), False),
                Threshold(BOUNCE_GOOD, QT_TRANSLATE_NOOP("Charts", "Good under {value}%"), True)]
    if key == "visit_depth":
        return [Threshold(DEPTH_FLOOR, QT_TRANSLATE_NOOP("Charts", "At least {value}"), False),
                Threshold(DEPTH_GOOD, QT_TRANSLATE_NOOP("Charts", "Good over {value}"), True)]
    # The hero product's AOV from the imported order files, as the morning check takes it;
    # the typed setting only for a shop that imports none.
    hero = imported_hero_fen if imported_hero_fen is not None else hero_aov_fen(settings.get("hero_aov"))
    if key == "aov" and hero is not None:
        return [Threshold(HERO_FACTOR * hero / 100, QT_TRANSLATE_NOOP("Charts", "1.3 × hero product ¥{value}"),
                          False)]
    return []


def _pace(metric: MetricDef, month: Period, days: DayTotals, target: tuple[int, str] | None,
          rest_days: frozenset[int], through: date) -> PaceData:
    """Cumulative actual up to `through` and the cumulative day breakdown of the month target."""
    actual: list[Decimal | None] = []
    running = 0
    for d in month.days():
        running += days.get(d, {}).get(metric.key, 0)
        actual.append(metric.to_natural(running) if d <= through else None)
    pace = None
    if target is not None:
        value, split = target
        pace, running = [], 0
        for v in split_to_days(value, month, split, rest_days).values():
            running += v
            pace.append(metric.to_natural(running))
    return PaceData(metric, month.key, list(month.days()), actual, pace)


def _visible_person(session, actor: Actor, staff_id: int) -> Staff:
    row = session.get(Staff, staff_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=staff_id)
    if not actor.can_see_person(staff_id, row.department):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may only see your own figures"))
    return row


def person_performance(db: Database, actor: Actor, staff_id: int, start: date, end: date, today: date,
                       *, registry: MetricRegistry | None = None, with_trends: bool = True) -> PersonPerformance:
    """A person's charts over [start, end] (days after `today` have no figures yet).

    `with_trends=False` leaves the 12-month trends out (the window loads them
    with `person_trends` when their tab is opened: the shop's side costs most).
    """
    registry = registry or load_registry(db)
    with db.read() as s:
        row = _visible_person(s, actor, staff_id)
        dept = Department(row.department)
        bar_keys = [k for k in KEY_METRICS[dept] if k in registry and registry[k].kind is Kind.SUM]
        last = min(end, today)
        pace_month = Period.of_month(last)
        bar_months = months_between(start, end)
        scope = staff_scope(staff_id)
        own = day_totals(s, registry, bar_keys, min(start, pace_month.start), max(last, min(pace_month.end, today)),
                         scopes=[scope])
        targets = target_rows(s, [scope], bar_keys, sorted({*bar_months, pace_month}))
        rest_days = _rest_days(_settings(s))

    by_month = month_totals({d: v for d, v in own.items() if start <= d <= end}, bar_months)
    bars = []
    for key in bar_keys:
        m = registry[key]
        points = []
        for month in bar_months:
            row_t = targets.get((scope, key, month.key))
            target = None if row_t is None else m.to_natural(
                clipped_target(row_t[0], row_t[1], month, start, end, rest_days, summed=True))
            points.append(MonthPoint(month.key, registry.period_value(key, by_month[month.key]), target,
                                     month.start <= min(end, today) < month.end))
        bars.append(MetricMonths(m, points))

    pace = None
    if bar_keys:
        # The first key figure that has a target this month: the person's main job.
        key = next((k for k in bar_keys if (scope, k, pace_month.key) in targets), bar_keys[0])
        pace = _pace(registry[key], pace_month, own, targets.get((scope, key, pace_month.key)),
                     rest_days, last)
    trends = person_trends(db, actor, staff_id, end, today, registry=registry) if with_trends else []
    return PersonPerformance(staff_id, row.name, dept, start, end, bars, pace, trends)


def person_trends(db: Database, actor: Actor, staff_id: int, end: date, today: date,
                  *, registry: MetricRegistry | None = None) -> list[Trend]:
    """The 12 months up to `end` of the person's ratio metrics, beside the whole shop's."""
    registry = registry or load_registry(db)
    with db.read() as s:
        row = _visible_person(s, actor, staff_id)
        trend_keys = [k for k in TREND_METRICS[Department(row.department)] if k in registry]
        last = min(end, today)
        last_month = Period.of_month(last)
        months = [last_month.shifted(i - TREND_MONTHS + 1) for i in range(TREND_MONTHS)]
        hi = min(last_month.end, today)
        own = day_totals(s, registry, trend_keys, months[0].start, hi, scopes=[staff_scope(staff_id)])
        shop = day_totals(s, registry, trend_keys, months[0].start, hi) if trend_keys else {}
        settings = _settings(s)
        hero = hero_product(s, last_month.start, hi) if "aov" in trend_keys else None
    own_months = month_totals(own, months)
    shop_months = month_totals(shop, months)
    running = last_month.key if last < last_month.end else None
    return [Trend(registry[k], [m.key for m in months],
                  [registry.period_value(k, own_months[m.key]) for m in months],
                  [registry.period_value(k, shop_months[m.key]) for m in months],
                  _thresholds(k, settings, hero.aov_fen if hero else None), running)
            for k in trend_keys]


def _same_days(earlier: Period, through: date, month: Period) -> tuple[date, date]:
    """The part of an `earlier` month that matches `month` up to `through`: all of it
    when `month` is over, else its first `through.day` days."""
    if through >= month.end:
        return earlier.start, earlier.end
    return earlier.start, earlier.start.replace(day=min(through.day, earlier.end.day))


def department_performance(db: Database, actor: Actor, department: Department, start: date, end: date,
                           today: date, *, metric: str | None = None,
                           registry: MetricRegistry | None = None) -> DepartmentPerformance:
    """Ranking, months against target and growth of one department (owner, or its manager)."""
    actor.require_manage(department.value, QT_TRANSLATE_NOOP("Errors", "see the department's performance"))
    registry = registry or load_registry(db)
    m = registry[metric] if metric else headline_metric(registry, department)
    last = min(end, today)
    months = months_between(start, end)
    earliest = months[0].shifted(-12)
    with db.read() as s:
        members = s.execute(select(Staff.id, Staff.name, Staff.active)
                            .where(Staff.department == department.value).order_by(Staff.name)).all()
        scopes = [dept_scope(department.value), *(staff_scope(sid) for sid, _, _ in members)]
        # The department = its own figures + its members' (who have left too).
        days = day_totals(s, registry, [m.key], earliest.start, last, scopes=scopes)
        per_person = _person_totals(s, registry, m, scopes[1:], start, last)
        targets = target_rows(s, scopes, [m.key], months)
        settings = _settings(s)
    rest_days = _rest_days(settings)

    def target_of(scope: str) -> Decimal | None:
        parts = [clipped_target(t[0], t[1], month, start, end, rest_days, m.splits_by_sum)
                 for month in months if (t := targets.get((scope, m.key, month.key))) is not None]
        if not parts:
            return None
        return m.to_natural(sum(parts)) if m.splits_by_sum else m.to_natural(parts[-1])

    ranking = [Ranked(sid, name, registry.period_value(m.key, per_person.get(staff_scope(sid), {})),
                      target_of(staff_scope(sid)))
               for sid, name, active in members if active]
    ranking.sort(key=lambda r: (r.achievement is None, -(r.achievement or 0), r.name))

    def value_of(lo: date, hi: date) -> Decimal | None:
        return registry.period_value(m.key, sum_days(days, lo, hi))

    points: list[MonthPoint] = []
    mom: list[Decimal | None] = []
    yoy: list[Decimal | None] = []
    dscope = scopes[0]
    for month in months:
        lo, hi = max(start, month.start), min(end, month.end)
        value = value_of(lo, hi) if lo <= last else None
        row_t = targets.get((dscope, m.key, month.key))
        target = None if row_t is None else m.to_natural(
            clipped_target(row_t[0], row_t[1], month, start, end, rest_days, m.splits_by_sum))
        points.append(MonthPoint(month.key, value, target, month.start <= last < month.end))
        # Growth compares whole months, or the same days while the month is still running.
        if month.start > last:
            mom.append(None)
            yoy.append(None)
            continue
        through = min(month.end, last)
        now = value_of(month.start, through)
        mom.append(change_pct(now, value_of(*_same_days(month.shifted(-1), through, month))))
        yoy.append(change_pct(now, value_of(*_same_days(month.shifted(-12), through, month))))
    return DepartmentPerformance(department, m, start, end, ranking, points, mom, yoy)


def _person_totals(session, registry: MetricRegistry, m: MetricDef, scopes: list[str],
                   lo: date, hi: date) -> dict[str, dict[str, int]]:
    from shopdesk.store.queries import scope_totals

    if not scopes or lo > hi:
        return {}
    return scope_totals(session, registry, [m.key], lo, hi, scopes=scopes)


def shop_month(db: Database, actor: Actor, today: date, metric: str = "sales",
               *, registry: MetricRegistry | None = None) -> PaceData:
    """The shop's month so far, day by day, against the pace and the same month last year."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "see the whole shop's figures"))
    registry = registry or load_registry(db)
    m = registry[metric]
    month = Period.of_month(today)
    ago = Period.month(today.year - 1, today.month)
    with db.read() as s:
        days = day_totals(s, registry, [m.key], month.start, today)
        before = day_totals(s, registry, [m.key], ago.start, ago.end)
        target = target_rows(s, [SHOP_SCOPE], [m.key], [month]).get((SHOP_SCOPE, m.key, month.key))
        rest_days = _rest_days(_settings(s))
    data = _pace(m, month, days, target, rest_days, today)
    last_year, running = [], 0
    for d in ago.days():
        running += before.get(d, {}).get(m.key, 0)
        last_year.append(m.to_natural(running))
    return PaceData(m, data.month, data.days, data.actual, data.pace, last_year)

