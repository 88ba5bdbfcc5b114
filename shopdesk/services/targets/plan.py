"""Targets: reading and setting them, and breaking them down in one click.

A breakdown writes the quarter and month rows below a year (or the month
rows below a quarter) and, from the shop or a department, the same periods
for each department or person by the shares the owner set. Child months are
split first and quarters and years are their sums, so every level adds up
exactly in both directions. Days are never stored: a month row's `split`
(even or workdays) says how it spreads over the month.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.errors import NotFound, PermissionDenied, ShopDeskError, ValidationError
from shopdesk.domain.metrics import MetricDef, MetricRegistry
from shopdesk.domain.numbers import NumberError, bounded, parse_number
from shopdesk.domain.periods import Grain, Period
from shopdesk.domain.scope import Scope
from shopdesk.domain.targets import (
    EVEN,
    WORKDAYS,
    child_weights,
    format_rest_days,
    money_step,
    parse_rest_days,
    split_to_months,
    split_weighted,
    time_children,
)
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.entry import validate_value
from shopdesk.services.figures.registry import load_registry
from shopdesk.store.db import Database
from shopdesk.store.models.core import SHOP_SCOPE, Setting, Staff, Target, dept_scope, staff_scope


def month_target(session: Session, scope: str, metric: str, month: Period) -> int | None:
    """The stored month target (in the metric's stored unit), or None when none is set."""
    return session.execute(
        select(Target.value).where(Target.scope == scope, Target.metric == metric,
                                   Target.period == month.key)
    ).scalar_one_or_none()


def month_targets(session: Session, month: Period) -> dict[tuple[str, str], tuple[int, str]]:
    """Every month row of `month`: (scope, metric) → (value, day split)."""
    rows = session.execute(select(Target.scope, Target.metric, Target.value, Target.split)
                           .where(Target.period == month.key))
    return {(scope, metric): (value, split) for scope, metric, value, split in rows}


@dataclass(frozen=True)
class TargetRow:
    scope: str
    metric: str
    period: str
    value: int  # stored unit
    split: str


def list_targets(db: Database, actor: Actor, metric: str, periods: Iterable[str]) -> list[TargetRow]:
    """The metric's targets for the periods, limited to scopes the actor manages."""
    with db.read() as s:
        rows = s.execute(select(Target.scope, Target.metric, Target.period, Target.value, Target.split)
                         .where(Target.metric == metric, Target.period.in_(list(periods)))).all()
        depts = dict(s.execute(select(Staff.id, Staff.department)).all())
    out = [TargetRow(*r) for r in rows]
    return [r for r in out if _may_see(actor, r.scope, depts)]


def _may_see(actor: Actor, scope: str, depts: dict[int, str]) -> bool:
    if actor.is_owner:
        return True
    parsed = Scope.try_parse(scope)
    if parsed is None or parsed.is_shop:
        return False
    if parsed.department is not None:
        return actor.can_manage(parsed.department)
    assert parsed.staff_id is not None
    return actor.can_see_person(parsed.staff_id, depts.get(parsed.staff_id, ""))


def _approved_months(session: Session, period: Period) -> list[str]:
    """The months of `period` whose payroll is approved (and so locked)."""
    from shopdesk.store.models.payroll import PayrollApproval

    keys = [m.key for m in period.months()]
    return list(session.scalars(select(PayrollApproval.month).where(PayrollApproval.month.in_(keys))))


def _require_open(session: Session, actor: Actor, period: Period) -> None:
    """Only the owner changes targets of a month whose payroll is approved."""
    if actor.is_owner:
        return
    approved = _approved_months(session, period)
    if approved:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "the payroll of {month} is approved; only the owner may change its targets"),
            month=approved[0])


def _own_rows(session: Session, actor: Actor, metric: str) -> list[tuple[str, int, str]]:
    if actor.is_owner or actor.staff_id is None:
        return []
    return sorted((period, value, split) for period, value, split in session.execute(
        select(Target.period, Target.value, Target.split).where(
            Target.scope == staff_scope(actor.staff_id), Target.metric == metric)))


def _require_scope(session: Session, actor: Actor, scope: str) -> None:
    """The owner sets any target; a manager those of their department and its people,
    never their own."""
    what = "set targets"
    if not actor.is_owner and actor.staff_id is not None and scope == staff_scope(actor.staff_id):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner may set your own targets"))
    parsed = Scope.try_parse(scope)
    if parsed is None:
        raise ValidationError("scope", QT_TRANSLATE_NOOP("Errors", "unknown scope '{scope}'"), scope=scope)
    if parsed.is_shop:
        actor.require_owner(what)
    elif parsed.department is not None:
        try:
            dept = Department(parsed.department)
        except ValueError:
            raise ValidationError("scope", QT_TRANSLATE_NOOP("Errors", "unknown scope '{scope}'"), scope=scope) from None
        actor.require_manage(dept.value, what)
    else:
        row = session.get(Staff, parsed.staff_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=parsed.staff_id)
        actor.require_manage(row.department, what)


def _period(text: str) -> Period:
    try:
        period = Period.parse(text)
    except ValueError:
        raise ValidationError("period", QT_TRANSLATE_NOOP("Errors", "'{text}' is not a period (use 2026, 2026-Q4, 2026-11)"),
                              text=text) from None
    if period.grain is Grain.DAY:
        raise ValidationError("period", QT_TRANSLATE_NOOP("Errors", "targets are set per year, quarter or month"))
    return period


def _metric(registry: MetricRegistry, key: str) -> MetricDef:
    if key not in registry:
        raise ValidationError("metric", QT_TRANSLATE_NOOP("Errors", "unknown metric '{key}'"), key=key)
    return registry[key]


def check_split(period: Period, split: str) -> str:
    split = (split or EVEN).strip().replace("，", ",").replace(" ", "")
    if period.grain is Grain.MONTH:
        if split not in (EVEN, WORKDAYS):
            raise ValidationError("split", QT_TRANSLATE_NOOP("Errors", "a month splits 'even' or by 'workdays'"))
        return split
    if split in (EVEN, WORKDAYS):
        return EVEN
    try:
        child_weights(period, split)
    except ValueError:
        raise ValidationError("split", QT_TRANSLATE_NOOP(
            "Errors", "'{text}' is not a split: use even or {n} comma-separated weights"),
            text=split, n="4 / 12" if period.grain is Grain.YEAR else "3") from None
    return split


def _upsert(session: Session, scope: str, metric: str, period: str, value: int, split: str) -> None:
    row = session.execute(select(Target).where(Target.scope == scope, Target.metric == metric,
                                               Target.period == period)).scalar_one_or_none()
    if row is None:
        session.add(Target(scope=scope, metric=metric, period=period, value=value, split=split))
    elif (row.value, row.split) != (value, split):
        row.value, row.split = value, split


ANY = object()  # set_target's `expected` when the caller does not guard against others' edits


def set_target(db: Database, actor: Actor, scope: str, metric: str, period: str,
               value: str | int | Decimal, split: str = EVEN, expected: object = ANY) -> int:
    """Set (or, with an empty value, remove) one target; returns the stored value (0 when removed).

    `expected` is the stored value (None: no target) the editor showed; when
    someone else changed it since, the save is refused with who and when.
    """
    registry = load_registry(db)
    m = _metric(registry, metric)
    p = _period(period)
    split = check_split(p, split)
    stored = validate_value(m, value, "value")
    key = f"{scope}/{metric}/{p.key}"
    try:
        with db.write() as s:
            _write_target(s, actor, scope, metric, p, stored, split, expected)
    except (_Stale, StaleDataError, IntegrityError):  # IntegrityError: two PCs added it at once
        raise audit.changed_elsewhere(db, "target", key, f"{metric} · {p.key}") from None
    return stored or 0


def _write_target(s: Session, actor: Actor, scope: str, metric: str, p: Period, stored: int | None, split: str,
                  expected: object) -> None:
    _require_scope(s, actor, scope)
    _require_open(s, actor, p)
    key = f"{scope}/{metric}/{p.key}"
    row = s.execute(select(Target).where(Target.scope == scope, Target.metric == metric,
                                         Target.period == p.key)).scalar_one_or_none()
    before = None if row is None else {"value": row.value, "split": row.split}
    if expected is not ANY and (None if row is None else row.value) != expected:
        raise _Stale
    if stored is None:
        if row is not None:
            s.delete(row)
            audit.record(s, actor, "delete", "target", key, before, None)
        return
    if before != {"value": stored, "split": split}:
        _upsert(s, scope, metric, p.key, stored, split)
        audit.record(s, actor, "set", "target", key, before, {"value": stored, "split": split})


@dataclass(frozen=True)
class TargetCell:
    """One cell of a block written at once: the text as typed (empty removes the target)."""

    scope: str
    period: str
    value: str | int | Decimal
    split: str = EVEN
    expected: object = ANY


class TargetCellError(ValidationError):
    """A cell of a block was refused; `index` is its place in the block. Nothing was written."""

    def __init__(self, index: int, error: ShopDeskError) -> None:
        self.index = index
        super().__init__(getattr(error, "field", "value"), error.template, **error.params)


def set_targets(db: Database, actor: Actor, metric: str, cells: list[TargetCell]) -> int:
    """Several targets of one metric (a block pasted into the grid) in one transaction.

    Every cell is checked first; a refused cell raises TargetCellError naming
    it and nothing is written. Returns how many cells were written.
    """
    registry = load_registry(db)
    m = _metric(registry, metric)
    checked: list[tuple[TargetCell, Period, int | None, str]] = []
    for i, cell in enumerate(cells):
        try:
            p = _period(cell.period)
            checked.append((cell, p, validate_value(m, cell.value, "value"), check_split(p, cell.split)))
        except ShopDeskError as error:
            raise TargetCellError(i, error) from None
    at = 0  # the cell being written when a refusal comes
    try:
        with db.write() as s:
            for cell, p, stored, split in checked:
                _write_target(s, actor, cell.scope, metric, p, stored, split, cell.expected)
                at += 1
    except (_Stale, StaleDataError, IntegrityError):
        cell, p = checked[at][0], checked[at][1]
        stale = audit.changed_elsewhere(db, "target", f"{cell.scope}/{metric}/{p.key}", f"{metric} · {p.key}")
        raise TargetCellError(at, stale) from None
    except ShopDeskError as error:
        raise TargetCellError(at, error) from None
    return len(checked)


class _Stale(Exception):
    """The target changed since the editor read it."""


# --- shares -------------------------------------------------------------------------------------

def _share_key(parent: str, metric: str) -> str:
    return f"shares:{parent}:{metric}"


def child_scopes(session: Session, scope: str) -> list[str]:
    """The departments of the shop, or the active people of a department."""
    if scope == SHOP_SCOPE:
        return [dept_scope(d.value) for d in DEPARTMENTS]
    parsed = Scope.try_parse(scope)
    if parsed is not None and parsed.department is not None:
        ids = session.execute(select(Staff.id).where(Staff.department == parsed.department, Staff.active.is_(True))
                              .order_by(Staff.id)).scalars()
        return [staff_scope(i) for i in ids]
    return []


def load_shares(session: Session, registry: MetricRegistry, scope: str, metric: str) -> dict[str, Fraction]:
    """Each child's share: as the owner set it, else the metric's own department / equal."""
    children = child_scopes(session, scope)
    row = session.get(Setting, _share_key(scope, metric))
    stored: dict[str, Fraction] = {}
    if row is not None and row.value:
        for part in row.value.split(","):
            child, _, weight = part.partition("=")
            stored[child] = Fraction(Decimal(weight))
    if stored and any(stored.get(c) for c in children):
        return {c: stored.get(c, Fraction(0)) for c in children}
    home = registry[metric].department if metric in registry else None
    if scope == SHOP_SCOPE and home is not None:
        return {c: Fraction(1 if c == dept_scope(home.value) else 0) for c in children}
    return {c: Fraction(1) for c in children}


def set_shares(db: Database, actor: Actor, scope: str, metric: str,
               shares: Mapping[str, str | int | Decimal]) -> None:
    """Remember how a parent's target is shared among its children (weights, any scale)."""
    clean: dict[str, Decimal] = {}
    for child, raw in shares.items():
        try:
            text = str(raw).strip().removesuffix("%") or "0"
            weight = bounded(raw) if isinstance(raw, int | Decimal) else parse_number(text)
        except NumberError:
            raise ValidationError(child, QT_TRANSLATE_NOOP("Errors", "'{text}' is not a number"),
                                  text=str(raw)[:40]) from None
        if not weight.is_finite() or weight < 0:
            raise ValidationError(child, QT_TRANSLATE_NOOP("Errors", "a share cannot be negative"))
        clean[child] = weight
    if clean and sum(clean.values()) == 0:
        raise ValidationError("shares", QT_TRANSLATE_NOOP("Errors", "at least one share must be above zero"))
    text = ",".join(f"{c}={w.normalize():f}" for c, w in clean.items())
    with db.write() as s:
        _require_scope(s, actor, scope)
        row = s.get(Setting, _share_key(scope, metric))
        if row is None:
            s.add(Setting(key=_share_key(scope, metric), value=text))
        else:
            row.value = text


# --- breakdown ----------------------------------------------------------------------------------

def _months_of(session: Session, m: MetricDef, scope: str, period: Period) -> tuple[dict[str, int], str]:
    """The month values below a stored target row (and the row's split)."""
    row = session.execute(select(Target).where(Target.scope == scope, Target.metric == m.key,
                                               Target.period == period.key)).scalar_one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "no target is set for {period}"), period=period.key)
    if period.grain is Grain.MONTH:
        return {period.key: row.value}, row.split
    if not m.splits_by_sum:
        return {p.key: row.value for p in period.months()}, row.split
    return split_to_months(row.value, period, row.split, money_step(row.value, m.scale)), row.split


def _write_months(session: Session, m: MetricDef, scope: str, period: Period, months: dict[str, int],
                  parent_split: str, day_split: str) -> int:
    """Write the month rows and the quarter/year sums above them within `period`."""
    written = 0
    for key, value in months.items():
        _upsert(session, scope, m.key, key, value, day_split)
        written += 1
    quarters = period.children() if period.grain is Grain.YEAR else []
    parts = parent_split.split(",")
    for q, quarter in enumerate(quarters):
        qmonths = [months[mm.key] for mm in quarter.months()]
        value = sum(qmonths) if m.splits_by_sum else qmonths[0]
        split = ",".join(parts[3 * q:3 * q + 3]) if len(parts) == 12 else EVEN
        _upsert(session, scope, m.key, quarter.key, value, split)
        written += 1
    return written


def _cascade(session: Session, registry: MetricRegistry, m: MetricDef, scope: str, period: Period,
             months: dict[str, int], parent_split: str, day_split: str) -> int:
    """Share the scope's months among its children, write them, and recurse."""
    children = child_scopes(session, scope)
    parsed = Scope.try_parse(scope)
    if parsed is not None and parsed.department is not None and m.splits_by_sum:
        # A re-split shares the parent among today's team: people who left give their part back.
        gone = session.execute(select(Staff.id).where(Staff.department == parsed.department,
                                                      Staff.active.is_(False)))
        periods = [period.key, *months, *(q.key for q in time_children(period))]
        for sid in gone.scalars():
            _clear(session, staff_scope(sid), m.key, periods)
    if not children:
        return 0
    shares = load_shares(session, registry, scope, m.key)
    weights = [shares[c] for c in children]
    per_child: dict[str, dict[str, int]] = defaultdict(dict)
    for key, value in months.items():
        parts = (split_weighted(value, weights, money_step(value, m.scale)) if m.splits_by_sum
                 else [value] * len(children))
        for child, part in zip(children, parts, strict=True):
            per_child[child][key] = part
    written = 0
    for child, weight in zip(children, weights, strict=True):
        cm = per_child[child]
        if m.splits_by_sum and weight == 0:
            # Not this child's metric: clear what an earlier breakdown gave it.
            _clear(session, child, m.key, [period.key, *cm, *(q.key for q in time_children(period))])
            continue
        if period.grain is not Grain.MONTH:
            total = sum(cm.values()) if m.splits_by_sum else next(iter(cm.values()))
            _upsert(session, child, m.key, period.key, total, parent_split)
            written += 1
        written += _write_months(session, m, child, period, cm, parent_split, day_split) if (
            period.grain is not Grain.MONTH) else _write_one(session, m, child, period, cm, day_split)
        written += _cascade(session, registry, m, child, period, cm, parent_split, day_split)
    return written


def _clear(session: Session, scope: str, metric: str, periods: list[str]) -> None:
    for child in child_scopes(session, scope):
        _clear(session, child, metric, periods)
    session.execute(delete(Target).where(Target.scope == scope, Target.metric == metric,
                                         Target.period.in_(periods)))


def _write_one(session: Session, m: MetricDef, scope: str, period: Period, months: dict[str, int],
               day_split: str) -> int:
    _upsert(session, scope, m.key, period.key, months[period.key], day_split)
    return 1


def break_down(db: Database, actor: Actor, scope: str, metric: str, period: str, *,
               day_split: str = WORKDAYS, to_people: bool = True, weights: str = "") -> int:
    """One click: split a stored target down to months, then to departments and people.

    Returns how many target rows were written. Replaces the child rows, so it
    is also how a parent and its children are rebalanced. `weights` (a year's
    twelve or a quarter's three) become the target's split first, in the same
    transaction, so a bad weight leaves everything as it was.
    """
    registry = load_registry(db)
    m = _metric(registry, metric)
    p = _period(period)
    if day_split not in (EVEN, WORKDAYS):
        raise ValidationError("split", QT_TRANSLATE_NOOP("Errors", "a month splits 'even' or by 'workdays'"))
    new_split = check_split(p, weights) if weights and p.grain is not Grain.MONTH else None
    with db.write() as s:
        _require_scope(s, actor, scope)
        _require_open(s, actor, p)
        own_before = _own_rows(s, actor, m.key)
        if new_split is not None:
            _set_split(s, actor, scope, m.key, p.key, new_split)
        months, split = _months_of(s, m, scope, p)
        if p.grain is Grain.MONTH:
            _upsert(s, scope, m.key, p.key, months[p.key], day_split)
            written = 0
        else:
            written = _write_months(s, m, scope, p, months, split, day_split)
        if to_people:
            written += _cascade(s, registry, m, scope, p, months, split, day_split)
        if _own_rows(s, actor, m.key) != own_before:  # a manager's breakdown may not reach their own targets
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "this breakdown would change your own targets; ask the owner to do it"))
    return written


def replaced_by_break_down(db: Database, actor: Actor, scope: str, metric: str, period: str) -> int:
    """How many targets already set a break-down of (scope, period) would write over.

    Its months and quarters, and those of every department and person below it;
    the target being broken down itself is not counted.
    """
    p = _period(period)
    with db.read() as s:
        _require_scope(s, actor, scope)
        below = [scope]
        frontier = [scope]
        while frontier:  # the shop's departments, a department's people (who left included)
            nxt: list[str] = []
            for parent in frontier:
                parsed = Scope.try_parse(parent)
                if parsed is not None and parsed.is_shop:
                    nxt += [dept_scope(d.value) for d in DEPARTMENTS]
                elif parsed is not None and parsed.department is not None:
                    nxt += [staff_scope(i) for i in s.scalars(select(Staff.id).where(
                        Staff.department == parsed.department))]
            below += nxt
            frontier = nxt
        periods = [p.key, *(mm.key for mm in p.months()), *(q.key for q in time_children(p))]
        rows = s.execute(select(Target.scope, Target.period).where(
            Target.metric == metric, Target.scope.in_(below), Target.period.in_(periods))).all()
    return sum(1 for sc, per in rows if (sc, per) != (scope, p.key))


def _set_split(s: Session, actor: Actor, scope: str, metric: str, period: str, split: str) -> None:
    row = s.execute(select(Target).where(Target.scope == scope, Target.metric == metric,
                                         Target.period == period)).scalar_one_or_none()
    if row is None or row.split == split:
        return
    before = {"value": row.value, "split": row.split}
    row.split = split
    audit.record(s, actor, "set", "target", f"{scope}/{metric}/{period}", before,
                 {"value": row.value, "split": split})


def rest_days(db: Database) -> frozenset[int]:
    """The shop's weekly rest days (Monday = 0); none when unset or unreadable."""
    with db.read() as s:
        row = s.get(Setting, "rest_days")
    try:
        return parse_rest_days(row.value if row else "")
    except ValueError:
        return frozenset()


def set_rest_days(db: Database, actor: Actor, text: str) -> str:
    """Set the shop's rest days ('sun', 'sat,sun', '周日'…); returns them as stored ('sat,sun')."""
    actor.require_owner("change shop settings")
    try:
        days = parse_rest_days(text)
    except ValueError:
        raise ValidationError("rest_days", QT_TRANSLATE_NOOP(
            "Errors", "'{text}' is not a list of weekdays (e.g. Sun, or Sat, Sun)"), text=text) from None
    if len(days) == 7:
        raise ValidationError("rest_days", QT_TRANSLATE_NOOP("Errors", "the shop needs at least one working day"))
    stored = format_rest_days(days)
    with db.write() as s:
        row = s.get(Setting, "rest_days")
        if row is None:
            s.add(Setting(key="rest_days", value=stored))
        else:
            row.value = stored
    return stored
