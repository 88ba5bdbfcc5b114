"""Compensation rules: adding, editing, removing and listing them (owner only, audited).

`insert_rule(session, actor, spec)` works inside the caller's transaction,
so an import can add many rules all or nothing; the `db`-level functions
are one user action each.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.departments import Department, parse_department
from shopdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from shopdesk.domain.metrics import Kind, MetricDef, MetricRegistry, Unit
from shopdesk.domain.money import MoneyError, fen_to_yuan, parse_yuan
from shopdesk.domain.rules import RuleSpec, validate_rule
from shopdesk.domain.scope import Dialect, Scope
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.store.db import Database
from shopdesk.store.models.core import MetricDefinition, Staff
from shopdesk.store.models.payroll import PayRule


@dataclass(frozen=True)
class RuleInput:
    """What the rule editor supplies, as typed (numbers still text)."""

    applies_to: str
    label: str
    kind: str
    metric: str = ""
    basis: str = "own"
    rate: str = ""  # percent: "1", "1%" or "1.5 %"
    amount: str = ""  # yuan
    threshold: str = ""
    tiers: str = ""
    tier_mode: str = "retroactive"
    cap: str = ""  # yuan
    weights: str = ""
    effective_from: str = ""


def _number(field: str, text: str, *, percent: bool = False) -> Decimal | None:
    raw = str(text or "").strip().replace(",", "")
    if percent:
        raw = raw.rstrip("%％").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw)
        if not value.is_finite():
            raise ValueError(raw)
    except (ArithmeticError, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{value}' is not a number"), value=text) from None
    return value


def _yuan(field: str, text: str) -> int | None:
    if not str(text or "").strip():
        return None
    try:
        return parse_yuan(text)
    except MoneyError:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{value}' is not an amount of money"),
                              value=text) from None


def parse_rule_input(data: RuleInput) -> RuleSpec:
    """Typed text to a RuleSpec; a number that does not parse is named by its field."""
    return RuleSpec(applies_to=data.applies_to.strip(), label=data.label.strip(), kind=data.kind.strip(),
                    metric=data.metric.strip(), basis=data.basis.strip() or "own",
                    rate=_number("rate", data.rate, percent=True), amount_fen=_yuan("amount", data.amount),
                    threshold=_number("threshold", data.threshold), tiers=data.tiers.strip(),
                    tier_mode=data.tier_mode.strip() or "retroactive", cap_fen=_yuan("cap", data.cap),
                    weights=data.weights.strip(), effective_from=data.effective_from.strip())


def input_of(spec: RuleSpec) -> RuleInput:
    """A stored rule back into the editor's text fields."""
    def fen(v: int | None) -> str:
        return "" if v is None else str(fen_to_yuan(v))

    def dec(v: Decimal | None) -> str:
        return "" if v is None else format(v.normalize(), "f")

    return RuleInput(spec.applies_to, spec.label, spec.kind, spec.metric, spec.basis, dec(spec.rate),
                     fen(spec.amount_fen), dec(spec.threshold), spec.tiers, spec.tier_mode, fen(spec.cap_fen),
                     spec.weights, spec.effective_from)


@dataclass(frozen=True)
class RuleRecord:
    id: int
    spec: RuleSpec


def registry_in(session: Session) -> MetricRegistry:
    """The shop's metric registry read inside an open transaction."""
    registry = MetricRegistry()
    rows = list(session.scalars(select(MetricDefinition).order_by(MetricDefinition.key)))
    rows.sort(key=lambda r: r.kind == "ratio")  # ratios after their parts
    for row in rows:
        registry.add(MetricDef(
            key=row.key, name_en=row.name, name_zh=row.name, unit=Unit(row.unit), kind=Kind(row.kind),
            department=Department(row.department) if row.department else None,
            numerator=row.numerator, denominator=row.denominator, custom=True))
    return registry


def _dec(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def spec_of(row: PayRule) -> RuleSpec:
    return RuleSpec(applies_to=row.applies_to, label=row.label, kind=row.kind, metric=row.metric,
                    basis=row.basis, rate=_dec(row.rate), amount_fen=row.amount_fen,
                    threshold=_dec(row.threshold), tiers=row.tiers, tier_mode=row.tier_mode,
                    cap_fen=row.cap_fen, weights=row.weights, effective_from=row.effective_from)


def _fill(row: PayRule, spec: RuleSpec) -> None:
    row.applies_to, row.label, row.kind = spec.applies_to, spec.label.strip(), spec.kind
    row.metric, row.basis = spec.metric or "", spec.basis
    row.rate, row.threshold = _text(spec.rate), _text(spec.threshold)
    row.amount_fen, row.cap_fen = spec.amount_fen, spec.cap_fen
    row.tiers, row.tier_mode = (spec.tiers or "").strip(), spec.tier_mode
    row.weights, row.effective_from = (spec.weights or "").strip(), spec.effective_from or ""


def resolve_applies_to(session: Session, text: str) -> str:
    """`all`, `department:<name in English or Chinese>`, a staff name or `staff:<id>` → stored form."""
    raw = str(text or "").strip()
    if raw.casefold() in {"all", "全部", "所有人"}:
        return "all"
    head, sep, rest = raw.partition(":")
    if sep and head.strip().casefold() in {"department", "部门"}:
        try:
            return Scope.of_department(parse_department(rest.strip()).value).key(Dialect.RULES)
        except ValueError:
            raise ValidationError("applies_to", QT_TRANSLATE_NOOP("Errors", "unknown department '{value}'"),
                                  value=rest.strip()) from None
    if sep and head == "staff" and Scope.try_parse(raw, Dialect.RULES) is not None:
        return raw
    sid = session.execute(select(Staff.id).where(Staff.name == raw)).scalar_one_or_none()
    if sid is None:
        raise ValidationError("applies_to", QT_TRANSLATE_NOOP("Errors", "no one on the team is called '{value}'"),
                              value=raw)
    return Scope.of_person(sid).key(Dialect.RULES)


def _check(session: Session, spec: RuleSpec, rule_id: int | None) -> None:
    errors = validate_rule(spec, registry_in(session))
    head, _, rest = spec.applies_to.partition(":")
    if not errors and head == "staff" and session.get(Staff, int(rest)) is None:
        errors.append(ValidationError("applies_to", QT_TRANSLATE_NOOP("Errors", "no such person")))
    if not errors and head == "department" and rest not in {d.value for d in Department}:
        errors.append(ValidationError("applies_to", QT_TRANSLATE_NOOP("Errors", "unknown department '{value}'"),
                                      value=rest))
    if not errors:
        same = session.execute(select(PayRule.id).where(
            PayRule.applies_to == spec.applies_to, PayRule.label == spec.label.strip(),
            PayRule.effective_from == (spec.effective_from or ""))).scalar_one_or_none()
        if same is not None and same != rule_id:
            errors.append(ValidationError("label", QT_TRANSLATE_NOOP(
                "Errors", "a rule called '{value}' already applies to them from that month"), value=spec.label.strip()))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)


def insert_rule(session: Session, actor: Actor, spec: RuleSpec) -> int:
    """Validate and add one rule inside the caller's transaction; returns its id."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit pay rules"))
    _check(session, spec, None)
    row = PayRule()
    _fill(row, spec)
    session.add(row)
    session.flush()
    audit.record(session, actor, "add", "pay_rule", row.id, None, asdict(spec_of(row)))
    return row.id


def add_rule(db: Database, actor: Actor, spec: RuleSpec) -> int:
    with db.write() as s:
        return insert_rule(s, actor, spec)


def update_rule(db: Database, actor: Actor, rule_id: int, spec: RuleSpec) -> None:
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit pay rules"))
    with db.write() as s:
        row = s.get(PayRule, rule_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "that rule no longer exists"))
        _check(s, spec, rule_id)
        before = asdict(spec_of(row))
        _fill(row, spec)
        audit.record(s, actor, "update", "pay_rule", rule_id, before, asdict(spec_of(row)))


def delete_rule(db: Database, actor: Actor, rule_id: int) -> None:
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit pay rules"))
    with db.write() as s:
        row = s.get(PayRule, rule_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "that rule no longer exists"))
        audit.record(s, actor, "delete", "pay_rule", rule_id, asdict(spec_of(row)), None)
        s.delete(row)


def rules_in(session: Session) -> list[RuleRecord]:
    return [RuleRecord(r.id, spec_of(r)) for r in session.scalars(select(PayRule).order_by(PayRule.id))]


def list_rules(db: Database, actor: Actor) -> list[RuleRecord]:
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "see pay rules"))
    with db.read() as s:
        return rules_in(s)
