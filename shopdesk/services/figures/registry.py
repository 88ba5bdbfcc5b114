"""The metric registry of a shop: built-ins plus the owner's own metrics."""

from __future__ import annotations

from sqlalchemy import select

from shopdesk.domain.departments import Department
from shopdesk.domain.metrics import Kind, MetricDef, MetricRegistry, Unit
from shopdesk.store.db import Database
from shopdesk.store.models.core import MetricDefinition


def load_registry(db: Database) -> MetricRegistry:
    registry = MetricRegistry()
    with db.read() as s:
        rows = list(s.scalars(select(MetricDefinition).order_by(MetricDefinition.key)))
    # Ratios last: their parts may be own metrics whose keys sort after them.
    rows.sort(key=lambda r: r.kind == "ratio")
    for row in rows:
        registry.add(MetricDef(
            key=row.key, name_en=row.name, name_zh=row.name, unit=Unit(row.unit),
            kind=Kind(row.kind), department=Department(row.department) if row.department else None,
            numerator=row.numerator, denominator=row.denominator, custom=True,
        ))
    return registry
