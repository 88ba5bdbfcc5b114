"""What the targets editor shows for one metric and year: every scope's year, quarters and months."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.metrics import MetricDef
from shopdesk.domain.periods import Period
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.staff.people import list_staff
from shopdesk.services.targets.consistency import Mismatch, mismatches
from shopdesk.services.targets.plan import break_down, list_targets, load_shares
from shopdesk.store.db import Database
from shopdesk.store.models.core import SHOP_SCOPE, dept_scope, staff_scope


@dataclass(frozen=True)
class GridRow:
    scope: str
    name: str  # a person's name; '' for the shop and departments (the UI names them)
    department: Department | None
    level: int  # 0 shop, 1 department, 2 person
    share: Fraction | None  # weight within the parent (None for the shop)


@dataclass(frozen=True)
class TargetGrid:
    metric: MetricDef
    year: int
    periods: list[str]  # year, Q1–Q4, Jan–Dec
    rows: list[GridRow]
    values: dict[tuple[str, str], int]  # (scope, period) → stored value
    splits: dict[tuple[str, str], str]
    mismatches: list[Mismatch]

    def is_off(self, scope: str, period: str) -> Mismatch | None:
        return next((m for m in self.mismatches if m.scope == scope and m.period == period), None)


def grid_periods(year: int) -> list[str]:
    y = Period.year(year)
    return [y.key] + [q.key for q in y.children()] + [m.key for m in y.months()]


def target_grid(db: Database, actor: Actor, metric: str, year: int,
                department: Department | None = None) -> TargetGrid:
    """The rows the actor may set targets for, with their values and what no longer adds up."""
    registry = load_registry(db)
    m = registry[metric]
    periods = grid_periods(year)
    people = list_staff(db, actor, department.value if department else None)
    rows: list[GridRow] = []
    with db.read() as s:
        shop_shares = load_shares(s, registry, SHOP_SCOPE, metric)
        if actor.is_owner and department is None:
            rows.append(GridRow(SHOP_SCOPE, "", None, 0, None))
        for dept in DEPARTMENTS:
            if department not in (None, dept) or not actor.can_manage(dept.value):
                continue
            ds = dept_scope(dept.value)
            rows.append(GridRow(ds, "", dept, 1, shop_shares.get(ds)))
            dept_shares = load_shares(s, registry, ds, metric)
            rows += [GridRow(staff_scope(p.id), p.name, dept, 2, dept_shares.get(staff_scope(p.id)))
                     for p in people if p.department is dept]
    if not rows:  # a staff member: their own targets only
        rows = [GridRow(staff_scope(p.id), p.name, p.department, 2, None) for p in people]
    found = list_targets(db, actor, metric, periods)
    values = {(t.scope, t.period): t.value for t in found}
    splits = {(t.scope, t.period): t.split for t in found}
    shown = {r.scope for r in rows}
    off = [x for x in mismatches(db, actor, metric, year) if x.scope in shown]
    return TargetGrid(m, year, periods, rows, values, splits, off)


def rebalance(db: Database, actor: Actor, grid: TargetGrid) -> int:
    """Break every mismatched parent down again, the widest first; returns rows written."""
    order = sorted({(x.scope, x.period) for x in grid.mismatches},
                   key=lambda sp: (sp[0] != SHOP_SCOPE, not sp[0].startswith("dept:"), len(sp[1])))
    written = 0
    done: set[tuple[str, str]] = set()
    for scope, period in order:
        if (scope, period) in done:
            continue
        written += break_down(db, actor, scope, grid.metric.key, period)
        done.add((scope, period))
    return written
