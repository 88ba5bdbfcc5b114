"""The owner's own metrics (DESIGN §4.3): key, name, unit, department, a sum or a ratio of two."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from shopdesk.domain.departments import parse_department
from shopdesk.domain.errors import NotFound, ValidationError
from shopdesk.domain.metrics import Kind, MetricDef, MetricRegistry, Unit
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.registry import load_registry
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure, MetricDefinition, Target

_KEY = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


@dataclass(frozen=True)
class MetricInput:
    key: str
    name: str
    unit: str  # yuan | count | percent | pages | times
    department: str = ""  # empty: the whole shop
    kind: str = "sum"  # sum | ratio
    numerator: str = ""
    denominator: str = ""


def _check(registry: MetricRegistry, data: MetricInput) -> MetricDef:
    key = data.key.strip()
    if not _KEY.match(key):
        raise ValidationError("key", QT_TRANSLATE_NOOP(
            "Errors", "a metric key is 2–40 lower-case letters, digits or _ and starts with a letter"))
    if key in registry:
        raise ValidationError("key", QT_TRANSLATE_NOOP("Errors", "the metric '{key}' already exists"), key=key)
    name = data.name.strip()
    if not name or len(name) > 60:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "a name of 1 to 60 characters is required"))
    try:
        unit = Unit(data.unit.strip())
    except ValueError:
        raise ValidationError("unit", QT_TRANSLATE_NOOP("Errors", "unknown unit '{unit}'"), unit=data.unit) from None
    try:
        department = parse_department(data.department) if data.department.strip() else None
    except ValueError:
        raise ValidationError("department", QT_TRANSLATE_NOOP("Errors", "unknown department '{name}'"),
                              name=data.department) from None
    if data.kind not in (Kind.SUM.value, Kind.RATIO.value):
        raise ValidationError("kind", QT_TRANSLATE_NOOP("Errors", "a metric is a sum or a ratio"))
    kind = Kind(data.kind)
    num = den = None
    if kind is Kind.RATIO:
        num, den = data.numerator.strip(), data.denominator.strip()
        for field, part in (("numerator", num), ("denominator", den)):
            if part not in registry or registry[part].kind is not Kind.SUM:
                raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{key}' is not a summed metric"), key=part)
    return MetricDef(key, name, name, unit, kind, department, num, den, custom=True)


def add_metric(db: Database, actor: Actor, data: MetricInput) -> MetricDef:
    """Define a new metric; figures and targets can use it at once."""
    actor.require_owner("define metrics")
    metric = _check(load_registry(db), data)
    with db.write() as s:
        s.add(MetricDefinition(key=metric.key, name=metric.name_en, unit=metric.unit.value,
                               department=metric.department.value if metric.department else None,
                               kind=metric.kind.value, numerator=metric.numerator,
                               denominator=metric.denominator))
    return metric


def remove_metric(db: Database, actor: Actor, key: str) -> None:
    """Remove an own metric nothing uses yet (no figures, targets or ratios built on it)."""
    actor.require_owner("define metrics")
    with db.write() as s:
        row = s.get(MetricDefinition, key)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "unknown metric '{key}'"), key=key)
        used = (s.scalar(select(func.count()).select_from(Figure).where(Figure.metric == key))
                or s.scalar(select(func.count()).select_from(Target).where(Target.metric == key))
                or s.scalar(select(func.count()).select_from(MetricDefinition).where(
                    (MetricDefinition.numerator == key) | (MetricDefinition.denominator == key))))
        if used:
            raise ValidationError("key", QT_TRANSLATE_NOOP("Errors", "'{key}' is in use and cannot be removed"), key=key)
        s.delete(row)
