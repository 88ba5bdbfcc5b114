"""The morning check: are we on target today, and if not, where is the gap?

For the shop, each department and each person: today and month to date
against the target's pace, the projected month end, month-on-month (环比)
and year-on-year (同比) changes, and alerts from the healthy ranges the
owner believes in. Month to date includes today.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.metrics import KEY_METRICS, MetricRegistry
from shopdesk.domain.pace import Pace, Status, change_pct, day_pace, elapsed_share, month_pace
from shopdesk.domain.periods import Period, month_end
from shopdesk.domain.targets import EVEN, day_share, parse_rest_days, share_to_date
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.morning.alerts import Alert, find_alerts
from shopdesk.services.morning.query import RANGE_NAMES, Ranges, range_totals
from shopdesk.services.platform.hero import Hero, hero_product
from shopdesk.services.targets.plan import month_targets
from shopdesk.store.db import Database
from shopdesk.store.models.core import SHOP_SCOPE, Setting, Staff, dept_scope, staff_scope

SHOP_METRICS = ("sales", "orders", "conversion_rate", "aov", "visitors", "ad_spend", "roi")
ALERT_METRICS = ("bounce_rate", "visit_depth", "cs_conversion")


@dataclass(frozen=True)
class Line:
    """One metric on one scope."""

    metric: str
    today: Pace
    mtd: Pace
    mom: Decimal | None  # % change against the same days last month
    yoy: Decimal | None  # % change against the same days a year ago


@dataclass(frozen=True)
class ScopeCheck:
    scope: str
    name: str
    department: Department | None
    lines: dict[str, Line]
    status: Status


@dataclass(frozen=True)
class Morning:
    today: date
    month: Period
    shop: ScopeCheck | None  # None for those who may not see the whole shop
    departments: list[ScopeCheck]
    people: list[ScopeCheck]
    headcount: dict[Department, int]
    alerts: list[Alert] = field(default_factory=list)
    hero: Hero | None = None  # the month's hero product from imported orders (owner only)


def ranges_for(today: date) -> Ranges:
    """Month to date, and the same days last month and a year ago."""
    start = today.replace(day=1)
    prev_month = Period.of_month(start - timedelta(days=1))
    prev_end = min(prev_month.start.replace(day=min(today.day, prev_month.end.day)), prev_month.end)
    ly = month_end(today.year - 1, today.month)
    ly_end = ly.replace(day=min(today.day, ly.day))
    return Ranges(today=today, mtd=(start, today), mom=(prev_month.start, prev_end),
                  yoy=(ly_end.replace(day=1), ly_end), yesterday=today - timedelta(days=1))


def _headline_status(lines: dict[str, Line]) -> Status:
    """The mark of the first key metric that has a target (a person's main job)."""
    for line in lines.values():
        if line.mtd.status is not Status.NONE:
            return line.mtd.status
    return Status.NONE


class _Checker:
    """Turns the rolled-up totals and month targets into lines."""

    def __init__(self, registry: MetricRegistry, ranges: Ranges, targets: dict[tuple[str, str], tuple[int, str]],
                 rest_days: frozenset[int]) -> None:
        self.registry = registry
        self.ranges = ranges
        self.targets = targets
        self.rest_days = rest_days
        self.month = Period.of_month(ranges.today)
        self._shares: dict[str, tuple[int, int]] = {}

    def share(self, split: str) -> tuple[int, int]:
        if split not in self._shares:
            self._shares[split] = elapsed_share(self.month, self.ranges.today, split, self.rest_days)
        return self._shares[split]

    def line(self, scope: str, key: str, totals: dict[str, dict[str, int]]) -> Line:
        m = self.registry[key]
        value = {name: self.registry.period_value(key, totals.get(name, {})) for name in RANGE_NAMES}
        target_row = self.targets.get((scope, key))
        target = m.to_natural(target_row[0]) if target_row else None
        split = target_row[1] if target_row else EVEN
        pace = None
        day_target = target
        if target_row and m.splits_by_sum:
            # Pace and today's target from one integer split of the month, so they agree to the unit.
            pace = m.to_natural(share_to_date(target_row[0], self.month, split, self.rest_days, self.ranges.today))
            day_target = m.to_natural(day_share(target_row[0], self.month, split, self.rest_days,
                                                self.ranges.today))
        mtd = month_pace(value["mtd"], target, self.share(split), summed=m.splits_by_sum,
                         higher_is_better=m.higher_is_better, pace=pace)
        today = day_pace(value["today"], day_target, higher_is_better=m.higher_is_better)
        return Line(key, today, mtd, change_pct(value["mtd"], value["mom"]), change_pct(value["mtd"], value["yoy"]))

    def check(self, scope: str, name: str, dept: Department | None, keys: tuple[str, ...],
              totals: dict[str, dict[str, int]]) -> ScopeCheck:
        lines = {k: self.line(scope, k, totals) for k in keys if k in self.registry}
        return ScopeCheck(scope, name, dept, lines, _headline_status(lines))


def _add(into: dict[str, dict[str, int]], part: dict[str, dict[str, int]]) -> None:
    for rng, values in part.items():
        bucket = into.setdefault(rng, {})
        for key, v in values.items():
            bucket[key] = bucket.get(key, 0) + v


def morning_check(db: Database, actor: Actor, today: date, *, registry: MetricRegistry | None = None) -> Morning:
    """Everything the Overview shows, for what the actor may see."""
    registry = registry or load_registry(db)
    ranges = ranges_for(today)
    month = Period.of_month(today)
    keys = sorted({*SHOP_METRICS, *ALERT_METRICS, *(k for ks in KEY_METRICS.values() for k in ks)})
    with db.read() as s:
        # Bounce rate and visit depth only feed this month's alerts.
        totals, entered_yesterday = range_totals(s, registry, keys, ranges, weighted_ranges=("mtd",))
        targets = month_targets(s, month)
        staff = s.execute(select(Staff.id, Staff.name, Staff.department, Staff.active, Staff.hire_date)
                          .order_by(Staff.department, Staff.name)).all()
        settings = dict(s.execute(select(Setting.key, Setting.value)
                                  .where(Setting.key.in_(("rest_days", "hero_aov")))).all())
        hero = hero_product(s, *ranges.mtd) if actor.is_owner else None
    try:
        rest_days = parse_rest_days(settings.get("rest_days"))
    except ValueError:
        rest_days = frozenset()
    checker = _Checker(registry, ranges, targets, rest_days)
    empty: dict[str, dict[str, int]] = {}

    dept_totals: dict[Department, dict[str, dict[str, int]]] = {}
    for dept in DEPARTMENTS:
        dept_totals[dept] = {}
        _add(dept_totals[dept], totals.get(dept_scope(dept.value), empty))
    people: list[ScopeCheck] = []
    headcount = {d: 0 for d in DEPARTMENTS}
    for sid, name, dept_key, active, _hired in staff:
        dept = Department(dept_key)
        own = totals.get(staff_scope(sid), empty)
        _add(dept_totals[dept], own)  # inactive people's past figures still count
        if not active:
            continue
        headcount[dept] += 1
        if actor.can_see_person(sid, dept.value):
            people.append(checker.check(staff_scope(sid), name, dept, KEY_METRICS[dept], own))
    shop_totals: dict[str, dict[str, int]] = {}
    _add(shop_totals, totals.get(SHOP_SCOPE, empty))
    for dept in DEPARTMENTS:
        _add(shop_totals, dept_totals[dept])
    departments = [checker.check(dept_scope(d.value), d.english, d, KEY_METRICS[d], dept_totals[d])
                   for d in DEPARTMENTS if actor.can_manage(d.value)]
    shop = checker.check(SHOP_SCOPE, "shop", None, SHOP_METRICS, shop_totals) if actor.is_owner else None
    alerts = find_alerts(registry, ranges, rest_days, settings.get("hero_aov"), shop_totals, dept_totals,
                         totals, staff, entered_yesterday, actor, hero)
    return Morning(today, month, shop, departments, people, headcount, alerts, hero)
