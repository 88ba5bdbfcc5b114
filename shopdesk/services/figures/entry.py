"""Entering a day's figures: the grid, "My day" and anything else that types them.

Values arrive as typed, in natural units ("12.5", "3", "¥1,234.50", "65%").
Everything is checked first; then all rows are written in one transaction,
replacing that day's value for the same scope and metric. An empty value
clears a figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select

from shopdesk.domain.errors import PermissionDenied, ShopDeskError, ValidationError
from shopdesk.domain.metrics import MetricDef, MetricRegistry, Unit
from shopdesk.domain.numbers import NumberError, bounded, parse_number
from shopdesk.domain.scope import Scope
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.figures.registry import load_registry
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure, Staff

# A day's figure above this is a typo (¥10 billion in fen, or 10^12 visitors).
MAX_STORED = 10**12


@dataclass(frozen=True)
class FigureInput:
    """One cell as typed: scope 'shop', 'dept:<key>' or 'staff:<id>'."""

    scope: str
    metric: str
    value: str | int | Decimal


@dataclass(frozen=True)
class _Clean:
    scope: str
    staff_id: int | None
    metric: str
    value: int | None  # None: clear the figure


def parse_natural(metric: MetricDef, raw: str | int | Decimal) -> Decimal | None:
    """The typed text as a Decimal in natural units; None for an empty cell.

    Bounded before any conversion (domain.numbers): `1e999999999` is "not a number" at once."""
    if isinstance(raw, bool):
        raise ValueError("not a number")
    if isinstance(raw, int | Decimal | float):
        try:
            return bounded(raw)
        except NumberError as exc:
            raise ValueError(exc.kind) from None
    text = str(raw).strip().replace(",", "").replace("，", "")
    for mark in ("¥", "￥", "元"):
        text = text.replace(mark, "")
    if metric.unit is Unit.PERCENT:
        text = text.removesuffix("%").removesuffix("％")
    text = text.strip()
    if not text:
        return None
    try:
        return parse_number(text)
    except NumberError as exc:
        raise ValueError(exc.kind) from None


def _staff_departments(db: Database, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with db.read() as s:
        return dict(s.execute(select(Staff.id, Staff.department).where(Staff.id.in_(wanted))).all())


def _parse_scope(scope: str) -> tuple[str, int | None, str | None]:
    """(kind, staff id, department) of a scope string; ValueError if malformed."""
    from shopdesk.domain.departments import Department

    parsed = Scope.parse(scope)  # ScopeError is a ValueError
    if parsed.is_shop:
        return "shop", None, None
    if parsed.department is not None:
        return "dept", None, Department(parsed.department).value
    return "staff", parsed.staff_id, None


def check_scopes(db: Database, actor: Actor, scopes: Iterable[str], field_of=None) -> dict[str, int | None]:
    """Every scope exists and the actor may enter figures for it; scope → staff id.

    Owner: anything. Manager: their department and its people. Staff: their
    own figures only.
    """
    scopes = list(dict.fromkeys(scopes))
    parsed: dict[str, tuple[str, int | None, str | None]] = {}
    for scope in scopes:
        try:
            parsed[scope] = _parse_scope(scope)
        except ValueError:
            field = field_of(scope) if field_of else "scope"
            raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "unknown scope '{scope}'"),
                                  scope=scope) from None
    depts = _staff_departments(db, (sid for _, sid, _ in parsed.values() if sid is not None))
    out: dict[str, int | None] = {}
    for scope, (kind, sid, dept) in parsed.items():
        if kind == "staff":
            if sid not in depts:
                field = field_of(scope) if field_of else "scope"
                raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=sid)
            allowed = actor.staff_id == sid or actor.can_manage(depts[sid])
        elif kind == "dept":
            allowed = actor.can_manage(dept or "")
        else:
            allowed = actor.is_owner
        if not allowed:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may not enter figures for {scope}"),
                                   scope=scope)
        out[scope] = sid
    return out


def validate_value(metric: MetricDef, raw: str | int | Decimal, field: str) -> int | None:
    """A typed value to the stored integer, or None for an empty cell."""
    try:
        natural = parse_natural(metric, raw)
    except ValueError as exc:
        if str(exc) in ("too large", "too small"):
            raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "{text} is out of range"),
                                  text=str(raw)[:40]) from None
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{text}' is not a number"),
                              text=str(raw)[:40]) from None
    if natural is None:
        return None
    if natural < 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "a figure cannot be negative"))
    if metric.unit is Unit.PERCENT and natural > 100:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "a percentage must be between 0 and 100"))
    if metric.unit is Unit.COUNT and natural != natural.to_integral_value():
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "{text} is not a whole number"), text=raw)
    if metric.scale != 1 and natural * metric.scale != (natural * metric.scale).to_integral_value():
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "at most two decimals"))
    stored = metric.to_stored(natural)
    if stored > MAX_STORED:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "{text} is implausibly large"), text=raw)
    return stored


def _metric(registry: MetricRegistry, key: str, field: str) -> MetricDef:
    if key not in registry:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "unknown metric '{key}'"), key=key)
    metric = registry[key]
    if not metric.entered:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "{key} is worked out by ShopDesk, not entered"), key=key)
    return metric


def validate_rows(db: Database, actor: Actor, day: date, rows: list[FigureInput],
                  today: date, registry: MetricRegistry | None = None) -> list[_Clean]:
    """Check every row (and the actor's right to enter it) without writing anything."""
    if day > today:
        raise ValidationError("day", QT_TRANSLATE_NOOP("Errors", "{day} is in the future"), day=day.isoformat())
    registry = registry or load_registry(db)
    staff_ids = check_scopes(db, actor, (r.scope for r in rows), field_of=lambda sc: _row_field(rows, sc))
    own = None if actor.staff_id is None else f"staff:{actor.staff_id}"
    if actor.role is Role.MANAGER and day < today and any(r.scope == own for r in rows):
        # A manager's own figures feed their own pay: past days are the owner's to correct.
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "only the owner may change your own figures of a past day ({day})"), day=day.isoformat())
    clean: list[_Clean] = []
    seen: set[tuple[str, str]] = set()
    for i, row in enumerate(rows, start=1):
        field = f"row {i}, {row.metric}"
        metric = _metric(registry, row.metric, field)
        if (row.scope, row.metric) in seen:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "{key} appears twice for the same day"),
                                  key=row.metric)
        seen.add((row.scope, row.metric))
        clean.append(_Clean(row.scope, staff_ids[row.scope], row.metric, validate_value(metric, row.value, field)))
    return clean


def _row_field(rows: list[FigureInput], scope: str) -> str:
    for i, row in enumerate(rows, start=1):
        if row.scope == scope:
            return f"row {i}, {row.metric}"
    return "scope"


def bad_row(error: ShopDeskError) -> int | None:
    """The 1-based row of `save_figures`' input that `error` names ("row 3, sales: …"), if any."""
    field = getattr(error, "field", "")
    head, _, _rest = field.partition(",")
    number = head.removeprefix("row ")
    return int(number) if head.startswith("row ") and number.isascii() and number.isdigit() else None


def save_figures(db: Database, actor: Actor, day: date, rows: list[FigureInput], today: date) -> int:
    """Validate all rows, then write them in one transaction; returns how many were set or cleared."""
    clean = validate_rows(db, actor, day, rows, today)
    if not clean:
        return 0
    with db.write() as s:
        stored = dict(((scope, metric), value) for scope, metric, value in s.execute(
            select(Figure.scope, Figure.metric, Figure.value).where(
                Figure.day == day, Figure.scope.in_({c.scope for c in clean}),
                Figure.metric.in_({c.metric for c in clean}))).all())
        for c in clean:
            s.execute(delete(Figure).where(Figure.day == day, Figure.scope == c.scope,
                                           Figure.metric == c.metric))
        s.add_all([Figure(day=day, scope=c.scope, staff_id=c.staff_id, metric=c.metric, value=c.value)
                   for c in clean if c.value is not None])
        # Every change is audited: who, and each figure before and after (stored units).
        changed = [c for c in clean if stored.get((c.scope, c.metric)) != c.value]
        if changed:
            audit.record(s, actor, "set", "figures", day.isoformat(),
                         {f"{c.scope} {c.metric}": stored.get((c.scope, c.metric)) for c in changed},
                         {f"{c.scope} {c.metric}": c.value for c in changed})
    return len(clean)


def day_figures(db: Database, actor: Actor, day: date, scopes: Iterable[str]
                ) -> dict[str, dict[str, Decimal]]:
    """A day's entered figures for the scopes, in natural units, to edit them."""
    wanted = list(check_scopes(db, actor, scopes))
    out: dict[str, dict[str, Decimal]] = {scope: {} for scope in wanted}
    if not wanted:
        return out
    registry = load_registry(db)
    with db.read() as s:
        rows = s.execute(select(Figure.scope, Figure.metric, Figure.value)
                         .where(Figure.day == day, Figure.scope.in_(wanted))).all()
    for scope, key, value in rows:
        if key in registry:
            out[scope][key] = registry[key].to_natural(value)
    return out
