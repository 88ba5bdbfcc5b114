"""The demo shop's targets: a sales plan for the year and month targets for everyone.

This year's shop sales target is broken into quarters and months with the
618 (June) and Double 11 (November) months weighted heavier, then shared
by Operations' people in proportion to what they sell. Every person also
gets month targets for their department's key metrics over the whole demo
span, set around what they actually did, so achievement lands between
roughly 80 % and 120 % as it does in a real shop.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import insert

from shopdesk.domain.demo import season_factor
from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.metrics import KEY_METRICS, MetricDef, MetricRegistry, Unit
from shopdesk.domain.periods import Grain, Period
from shopdesk.services.common.context import OWNER
from shopdesk.services.demo.base import DemoShop
from shopdesk.services.targets.plan import break_down, set_shares, set_target
from shopdesk.store.models.core import SHOP_SCOPE, Setting, Target, dept_scope, staff_scope
from shopdesk.store.queries import add_totals, scope_totals

SHOP_KEYS = ("sales", "orders", "visitors", "conversion_rate", "aov")


def _season_weights(year: int) -> str:
    """Twelve month weights from the shop's demand shape, to one decimal."""
    sums = [sum(season_factor(d) for d in Period.month(year, m).days()) for m in range(1, 13)]
    mean = sum(sums) / 12
    return ",".join(f"{s / mean:.1f}" for s in sums)


def add_demo_targets(shop: DemoShop) -> None:
    db, rng, today = shop.db, shop.rng, shop.today
    registry = MetricRegistry()
    months = Period(shop.start, today, Grain.YEAR).months()
    by_dept: dict[Department, list[int]] = {d: [] for d in DEPARTMENTS}
    for person, sid in zip(shop.people, shop.ids, strict=True):
        by_dept[person.department].append(sid)
    keys = sorted({k for ks in KEY_METRICS.values() for k in ks} | set(SHOP_KEYS))
    values: dict[tuple[str, str, str], int] = {}
    year_sales: dict[int, int] = {}
    with db.read() as s:
        for month in months:
            totals = scope_totals(s, registry, keys, month.start, month.end)
            elapsed = (min(today, month.end) - month.start).days + 1
            stretch = Decimal(month.day_count) / elapsed  # the current month, projected
            dept_totals = {}
            for dept, sids in by_dept.items():
                parts = [totals.get(staff_scope(i), {}) for i in sids]
                dept_totals[dept] = add_totals(*parts)
                for sid, own in zip(sids, parts, strict=True):
                    for key in KEY_METRICS[dept]:
                        _demo_target(values, registry, staff_scope(sid), key, month, own, stretch, rng)
                    if dept is Department.OPERATIONS and month.start.year == today.year:
                        year_sales[sid] = year_sales.get(sid, 0) + own.get("sales", 0)
                for key in KEY_METRICS[dept]:
                    _team_target(values, registry, dept_scope(dept.value), [staff_scope(i) for i in sids],
                                 key, month, dept_totals[dept], rng)
            shop_totals = add_totals(*dept_totals.values())
            for key in SHOP_KEYS:
                home = registry[key].department
                _team_target(values, registry, SHOP_SCOPE, [dept_scope(home.value)] if home else [],
                             key, month, shop_totals, rng)
    rows = [{"scope": scope, "metric": key, "period": period, "value": value, "split": "workdays"}
            for (scope, key, period), value in values.items()
            # This year's sales come from the year plan below.
            if not (key == "sales" and period.startswith(str(today.year)))]
    with db.write() as s:
        s.execute(insert(Target), rows)
        s.merge(Setting(key="hero_aov", value=_hero_aov(db, registry, today)))
    _year_plan(shop, registry, by_dept[Department.OPERATIONS], year_sales)


def _round(value: Decimal, metric: MetricDef) -> int:
    """Whole yuan, whole units, or a tenth of a percent: what an owner would type."""
    step = 100 if metric.unit is Unit.YUAN else 10 if metric.scale == 100 else 1
    return max(0, int((value * metric.scale / step).to_integral_value()) * step)


def _demo_target(values: dict[tuple[str, str, str], int], registry: MetricRegistry, scope: str, key: str,
                 month: Period, totals: dict[str, int], stretch: Decimal, rng) -> None:
    metric = registry[key]
    actual = registry.period_value(key, totals)
    if not actual:
        return
    if metric.splits_by_sum:
        value = actual * stretch * Decimal(str(round(rng.uniform(0.85, 1.22), 3)))
    else:
        factor = Decimal(str(round(rng.uniform(0.9, 1.12), 3)))
        value = actual * (factor if metric.higher_is_better else 2 - factor)
    values[(scope, key, month.key)] = _round(value, metric)


def _team_target(values: dict[tuple[str, str, str], int], registry: MetricRegistry, scope: str, children: list[str],
                 key: str, month: Period, totals: dict[str, int], rng) -> None:
    """A team's summed target is its members' (so they add up); a ratio is set on its own."""
    if registry[key].splits_by_sum:
        parts = [values[(c, key, month.key)] for c in children if (c, key, month.key) in values]
        if parts:
            values[(scope, key, month.key)] = sum(parts)
    else:
        _demo_target(values, registry, scope, key, month, totals, Decimal(1), rng)


def _hero_aov(db, registry: MetricRegistry, today: date) -> str:
    """The hero product's AOV a little under the shop's, so the 1.3 × rule has something to say."""
    last = Period.of_month(today).previous()
    with db.read() as s:
        totals = add_totals(*scope_totals(s, registry, ["aov"], last.start, last.end).values())
    aov = registry.period_value("aov", totals) or Decimal(100)
    return str((aov / Decimal("1.25")).quantize(Decimal(1)))


def _year_plan(shop: DemoShop, registry: MetricRegistry, ops: list[int], year_sales: dict[int, int]) -> None:
    """This year's shop sales: a year target, split by season, shared by who sells what."""
    year = shop.today.year
    done = Period(date(year, 1, 1), shop.today, Grain.YEAR)
    with shop.db.read() as s:
        totals = add_totals(*scope_totals(s, registry, ["sales"], done.start, done.end).values())
    weights = _season_weights(year)
    w = [Decimal(x) for x in weights.split(",")]
    covered = sum(w[: shop.today.month - 1]) + w[shop.today.month - 1] * shop.today.day / 30
    actual = Decimal(totals.get("sales", 0)) / 100
    if not actual or not covered:
        return
    year_target = (actual / covered * sum(w) * Decimal(str(round(shop.rng.uniform(0.97, 1.06), 3)))).quantize(
        Decimal(10000))
    set_target(shop.db, OWNER, SHOP_SCOPE, "sales", str(year), year_target, split=weights)
    set_shares(shop.db, OWNER, dept_scope(Department.OPERATIONS.value), "sales",
               {staff_scope(i): year_sales.get(i, 0) or 1 for i in ops})
    break_down(shop.db, OWNER, SHOP_SCOPE, "sales", str(year))
