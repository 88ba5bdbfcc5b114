"""Reading figures rolled up to people, departments and the shop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.metrics import KEY_METRICS, MetricRegistry
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.staff.people import StaffRecord, list_staff
from shopdesk.store.db import Database
from shopdesk.store.models.core import SHOP_SCOPE, Staff, dept_scope, staff_scope
from shopdesk.store.queries import add_totals, scope_totals

HEADLINE = ("sales", "orders", "conversion_rate", "aov")


@dataclass(frozen=True)
class Rollup:
    """Integer totals per person, per department and for the whole shop."""

    people: dict[int, dict[str, int]]
    departments: dict[Department, dict[str, int]]
    shop: dict[str, int]


def rollup(db: Database, registry: MetricRegistry, metrics: list[str],
           start: date, end: date) -> Rollup:
    """A department = its members + its own figures; the shop = departments + its own."""
    with db.read() as s:
        totals = scope_totals(s, registry, metrics, start, end)
        members = s.execute(select(Staff.id, Staff.department)).all()
    people = {sid: totals.get(staff_scope(sid), {}) for sid, _ in members}
    departments = {}
    for dept in DEPARTMENTS:
        parts = [people[sid] for sid, d in members if d == dept.value]
        departments[dept] = add_totals(totals.get(dept_scope(dept.value), {}), *parts)
    shop = add_totals(totals.get(SHOP_SCOPE, {}), *departments.values())
    return Rollup(people, departments, shop)


@dataclass(frozen=True)
class PersonFigures:
    person: StaffRecord
    values: dict[str, Decimal | None]


def department_people(db: Database, actor: Actor, department: Department,
                      start: date, end: date, include_inactive: bool = False
                      ) -> list[PersonFigures]:
    """Each visible member of a department with their key metrics over the period."""
    registry = load_registry(db)
    keys = list(KEY_METRICS[department])
    people = list_staff(db, actor, department.value, include_inactive=include_inactive)
    with db.read() as s:
        totals = scope_totals(s, registry, keys, start, end,
                              scopes=[staff_scope(p.id) for p in people])
    return [
        PersonFigures(p, {k: registry.period_value(k, totals.get(staff_scope(p.id), {}))
                          for k in keys})
        for p in people
    ]


@dataclass(frozen=True)
class ShopSummary:
    headline: dict[str, Decimal | None]
    departments: dict[Department, dict[str, Decimal | None]]
    headcount: dict[Department, int]


def shop_summary(db: Database, actor: Actor, start: date, end: date) -> ShopSummary:
    """The shop's headline figures and each department's key metrics."""
    actor.require_owner("see the whole shop's figures")
    registry = load_registry(db)
    keys = sorted({*HEADLINE, *(k for ks in KEY_METRICS.values() for k in ks)})
    roll = rollup(db, registry, keys, start, end)
    headline = {k: registry.period_value(k, roll.shop) for k in HEADLINE}
    depts = {d: {k: registry.period_value(k, roll.departments[d]) for k in KEY_METRICS[d]}
             for d in DEPARTMENTS}
    with db.read() as s:
        rows = s.execute(select(Staff.department).where(Staff.active.is_(True))).scalars().all()
    headcount = {d: sum(1 for r in rows if r == d.value) for d in DEPARTMENTS}
    return ShopSummary(headline, depts, headcount)
