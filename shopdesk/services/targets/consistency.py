"""Do children still add up to their parent? (after someone edited one row by hand)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from shopdesk.domain.periods import Grain, Period
from shopdesk.domain.scope import Scope
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.registry import load_registry
from shopdesk.store.db import Database
from shopdesk.store.models.core import SHOP_SCOPE, Staff, Target, dept_scope, staff_scope


@dataclass(frozen=True)
class Mismatch:
    """A parent target whose children add up to something else."""

    scope: str
    period: str
    value: int
    children_sum: int
    across: str  # "time" (quarters/months) or "team" (departments/people)


def mismatches(db: Database, actor: Actor, metric: str, year: int) -> list[Mismatch]:
    """Parents of a summed metric in `year` whose existing children do not add up to them."""
    registry = load_registry(db)
    if metric not in registry or not registry[metric].splits_by_sum:
        return []
    y = Period.year(year)
    keys = [y.key] + [q.key for q in y.children()] + [m.key for m in y.months()]
    with db.read() as s:
        rows = s.execute(select(Target.scope, Target.period, Target.value)
                         .where(Target.metric == metric, Target.period.in_(keys))).all()
        members = s.execute(select(Staff.id, Staff.department, Staff.active)).all()
    value = {(scope, period): v for scope, period, v in rows}
    by_scope: dict[str, set[str]] = defaultdict(set)
    for scope, period, _ in rows:
        by_scope[scope].add(period)
    out: list[Mismatch] = []
    # Across time: a year against its quarters, a quarter against its months.
    for scope, periods in by_scope.items():
        for key in sorted(periods):
            p = Period.parse(key)
            if p.grain is Grain.MONTH:
                continue
            kids = [c.key for c in p.children()]
            if any(k in periods for k in kids):
                total = sum(value.get((scope, k), 0) for k in kids)
                if total != value[(scope, key)]:
                    out.append(Mismatch(scope, key, value[(scope, key)], total, "time"))
    # Across the team: the shop against its departments, a department against its people.
    teams = {SHOP_SCOPE: [dept_scope(d) for d in {m.department for m in members}]}
    for sid, dept, _active in members:
        teams.setdefault(dept_scope(dept), []).append(staff_scope(sid))
    for parent, kids in teams.items():
        for key in sorted(by_scope.get(parent, ())):
            present = [k for k in kids if (k, key) in value]
            if present:
                total = sum(value[(k, key)] for k in present)
                if total != value[(parent, key)]:
                    out.append(Mismatch(parent, key, value[(parent, key)], total, "team"))
    if not actor.is_owner:
        out = [m for m in out if m.scope != SHOP_SCOPE and actor.can_manage(Scope.parse(m.scope).department or "")]
    return out
