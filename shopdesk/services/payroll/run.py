"""The monthly payroll run: compute, approve (locks the month), re-open, and one's own pay.

Only the owner runs payroll; a staff member reads only their own approved
pay (`my_pay`). An approved month is a stored snapshot: later changes to
rules, targets, figures or staff never change it, until the owner re-opens
it (audited).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopdesk.domain.explain import Text
from shopdesk.domain.metrics import Kind, MetricRegistry
from shopdesk.domain.payroll import Facts, Person, compute_lines, person_totals
from shopdesk.domain.periods import Grain, Period
from shopdesk.domain.rules import RuleKind, RuleSpec, applies, parse_weights, validate_rule
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.appraisal.grades import month_grades, month_scores
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.services.payroll.results import (
    DEDUCTION_CATEGORIES,
    AdjustmentRow,
    PayrollRun,
    PersonPay,
    RunTotals,
    run_from_json,
    run_to_json,
    summary_from_json,
    summary_to_json,
)
from shopdesk.services.payroll.rules import registry_in, rules_in
from shopdesk.services.safety import backup
from shopdesk.store.db import Database
from shopdesk.store.models.core import SHOP_SCOPE, Staff, Target, dept_scope, staff_scope
from shopdesk.store.models.payroll import PayAdjustment, PayDeduction, PayrollApproval
from shopdesk.store.queries import add_totals, scope_totals

__all__ = ["DEDUCTION_CATEGORIES", "PayrollRun", "PersonPay", "RunTotals", "AdjustmentRow", "approve",
           "compute_run", "my_pay", "preview_rule", "PreviewRow", "reopen", "parse_month", "is_approved", "approved_months"]


def parse_month(text: str | Period, today: date | None = None) -> str:
    """`2026-11` → "2026-11"; refuses anything but a month, and months not yet begun."""
    try:
        period = text if isinstance(text, Period) else Period.parse(str(text))
    except ValueError:
        period = None
    if period is None or period.grain is not Grain.MONTH:
        raise ValidationError("month", QT_TRANSLATE_NOOP("Errors", "'{value}' is not a month like 2026-11"),
                              value=str(text))
    if today is not None and period.start > today:
        raise ValidationError("month", QT_TRANSLATE_NOOP("Errors", "{value} has not begun yet"), value=period.key)
    return period.key


# Built once: a run reads these every time, and building a statement costs more than running it.
_TARGETS = select(Target.scope, Target.metric, Target.value).where(
    Target.scope.in_(bindparam("scopes", expanding=True)), Target.metric.in_(bindparam("metrics", expanding=True)),
    Target.period == bindparam("month"))  # by scope, metric, period: the unique index, no scan of every target
_STAFF = select(Staff.id, Staff.name, Staff.department, Staff.position, Staff.base_salary_fen, Staff.active,
                Staff.hire_date)
_ADJUSTMENTS = select(PayAdjustment.id, PayAdjustment.staff_id, PayAdjustment.amount_fen, PayAdjustment.reason
                      ).where(PayAdjustment.month == bindparam("month")).order_by(PayAdjustment.id)
_DEDUCTIONS = select(PayDeduction.staff_id, PayDeduction.category, PayDeduction.amount_fen
                     ).where(PayDeduction.month == bindparam("month"))
_SUMMARY = select(PayrollApproval.summary).where(PayrollApproval.month == bindparam("month"))
_APPROVED = select(PayrollApproval.month).where(PayrollApproval.month == bindparam("month"))


def _core(session: Session) -> Connection:
    """Plain column reads skip the ORM layer: a run makes a dozen of them."""
    return session.connection()


def _metrics_of(spec: RuleSpec) -> set[str]:
    keys = {spec.metric} if spec.metric else set()
    if spec.kind == RuleKind.POINTS and spec.weights:
        keys |= {k for k, _ in parse_weights(spec.weights)}
    return keys


def _facts(session: Session, registry: MetricRegistry, month: Period, metrics: set[str],
           members: list[tuple[int, str]], need_scores: bool = True) -> Facts:
    """Natural values per scope: a department = its members + itself; the shop = departments + itself."""
    raw = scope_totals(session, registry, metrics, month.start, month.end) if metrics else {}
    people = {sid: raw.get(staff_scope(sid), {}) for sid, _ in members}
    totals: dict[str, dict[str, int]] = {staff_scope(sid): t for sid, t in people.items()}
    depts = []
    for dept in DEPARTMENTS:
        parts = [people[sid] for sid, d in members if d == dept.value]
        totals[dept_scope(dept.value)] = add_totals(raw.get(dept_scope(dept.value), {}), *parts)
        depts.append(totals[dept_scope(dept.value)])
    totals[SHOP_SCOPE] = add_totals(raw.get(SHOP_SCOPE, {}), *depts)
    summed = {k: registry[k].scale for k in metrics if registry[k].kind is Kind.SUM}
    derived = [k for k in metrics if k not in summed]
    values: dict[str, dict[str, Decimal | None]] = {}
    for scope, t in totals.items():  # sums directly; ratios and weighted means through the registry
        if t:
            v: dict[str, Decimal | None] = {k: Decimal(n) / summed[k] for k, n in t.items() if k in summed}
            for k in derived:
                v[k] = registry.period_value(k, t)
            values[scope] = v
    targets: dict[str, dict] = {}
    rows = _core(session).execute(_TARGETS, {"scopes": list(totals), "metrics": list(metrics), "month": month.key}
                                  ).all() if metrics else []
    for scope, key, value in rows:
        targets.setdefault(scope, {})[key] = registry[key].to_natural(value)
    scores = month_scores(session, month.key) if need_scores else {}
    return Facts(values, targets, month_grades(session, month.key), scores)


def _compute(session: Session, month_key: str, compare: bool = True) -> PayrollRun:
    month = Period.parse(month_key)
    registry = registry_in(session)
    everyone = _core(session).execute(_STAFF).all()
    order = {d.value: i for i, d in enumerate(DEPARTMENTS)}
    paid = sorted((s for s in everyone if s.active and (s.hire_date is None or s.hire_date <= month.end)),
                  key=lambda s: (order.get(s.department, 99), s.name))
    people = [Person(s.id, s.name, s.department, s.position, s.base_salary_fen) for s in paid]
    members = [(s.id, s.department) for s in everyone]
    run_warnings: list[Text] = []
    rules = []
    for record in rules_in(session):
        unknown = sorted(k for k in _metrics_of(record.spec) if k not in registry)
        if unknown:  # e.g. an own metric deleted after the rule was written
            run_warnings.append(Text.of("Payroll", QT_TRANSLATE_NOOP(
                "Payroll", "rule '{label}' uses the unknown metric '{metric}' and was left out"),
                label=record.spec.label, metric=unknown[0]))
            continue
        rules.append((record.id, record.spec))
    metrics = set().union(*(_metrics_of(spec) for _, spec in rules)) if rules else set()
    facts = _facts(session, registry, month, metrics, members,
                   need_scores=any(spec.kind == RuleKind.SCORE_BONUS for _, spec in rules))
    computed = compute_lines(month.key, people, rules, facts, registry)
    adjustments: dict[int, list[AdjustmentRow]] = {}
    for aid, sid, fen, reason in _core(session).execute(_ADJUSTMENTS, {"month": month.key}).all():
        adjustments.setdefault(sid, []).append(AdjustmentRow(aid, fen, reason))
    deductions: dict[int, dict[str, int]] = {}
    for sid, category, fen in _core(session).execute(_DEDUCTIONS, {"month": month.key}).all():
        deductions.setdefault(sid, {})[category] = fen
    previous_net, previous_shop = _previous(session, month) if compare else ({}, None)
    out = []
    for p in people:
        lines = computed[p.staff_id].lines
        adj, ded = adjustments.get(p.staff_id, []), deductions.get(p.staff_id, {})
        totals = person_totals(p.base_fen, lines, [a.amount_fen for a in adj], list(ded.values()))
        out.append(PersonPay(p.staff_id, p.name, p.department, p.position, p.base_fen, lines, tuple(adj), ded,
                             facts.grades.get(p.staff_id), totals.gross_fen, totals.deductions_fen, totals.net_fen,
                             computed[p.staff_id].warnings, previous_net.get(p.staff_id)))
    rows = [(p.department, RunTotals.row(p)) for p in out]  # each person's sums once, for both levels
    departments = {d.value: RunTotals.of_rows([r for dept, r in rows if dept == d.value]) for d in DEPARTMENTS}
    return PayrollRun(month.key, tuple(out), departments, RunTotals.of_rows([r for _, r in rows]),
                      previous_shop, tuple(run_warnings))


def _approved(session: Session, month_key: str) -> PayrollRun | None:
    if not is_approved(session, month_key):
        return None
    row = session.get(PayrollApproval, month_key)
    return None if row is None else run_from_json(row.snapshot, row.approved_at, row.approved_by)


def _previous(session: Session, month: Period) -> tuple[dict[int, int], RunTotals]:
    """Last month's net pay per person and shop totals: as paid if approved, else as it computes now."""
    key = month.previous().key
    summary = _core(session).execute(_SUMMARY, {"month": key}).scalar()
    if summary is not None:  # the summary only: the snapshot is large
        return summary_from_json(summary)
    run = _compute(session, key, compare=False)
    return {p.staff_id: p.net_fen for p in run.people}, run.shop


def compute_run(db: Database, actor: Actor, month: str | Period, today: date) -> PayrollRun:
    """The month's run: the approved snapshot if the month is locked, else computed now."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "run payroll"))
    key = parse_month(month, today)
    with db.read() as s:
        return _approved(s, key) or _compute(s, key)


def is_approved(session: Session, month_key: str) -> bool:
    return _core(session).execute(_APPROVED, {"month": month_key}).first() is not None


def approved_months(db: Database, actor: Actor) -> list[str]:
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "run payroll"))
    with db.read() as s:
        return list(s.scalars(select(PayrollApproval.month).order_by(PayrollApproval.month)))


def approve(db: Database, actor: Actor, month: str | Period, today: date) -> PayrollRun:
    """Back up, then lock the month with its computed run; a month is approved once."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "approve payroll"))
    key = parse_month(month, today)
    with db.read() as s:
        if is_approved(s, key):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{month} is already approved"), month=key)
    backup.backup_before_payroll_approval(db)
    try:
        with db.write() as s:  # BEGIN IMMEDIATE: the write lock is held from here to commit
            if is_approved(s, key):
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "{month} is already approved"), month=key)
            run = _compute(s, key)
            at = datetime.now().replace(microsecond=0)
            s.add(PayrollApproval(month=key, approved_at=at, approved_by=actor.name[:80],
                                  net_total_fen=run.shop.net_fen, snapshot=run_to_json(run),
                                  summary=summary_to_json(run)))
            audit.record(s, actor, "approve", "payroll", key, None,
                         {"people": run.shop.headcount, "gross_fen": run.shop.gross_fen, "net_fen": run.shop.net_fen})
    except IntegrityError:  # another PC approved it in the same instant
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "{month} is already approved"), month=key) from None
    with db.read() as s:
        approved = _approved(s, key)
    assert approved is not None
    return approved


def reopen(db: Database, actor: Actor, month: str | Period, reason: str = "") -> None:
    """Unlock an approved month so it can change again (the owner's explicit, audited act)."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "re-open payroll"))
    key = parse_month(month)
    with db.write() as s:
        row = s.get(PayrollApproval, key)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "{month} is not approved"), month=key)
        audit.record(s, actor, "reopen", "payroll", key,
                     {"approved_by": row.approved_by, "approved_at": row.approved_at, "net_fen": row.net_total_fen},
                     {"reason": reason.strip()[:200]})
        s.delete(row)


@dataclass(frozen=True)
class PreviewRow:
    staff_id: int
    name: str
    amount_fen: int | None  # None: the rule makes no line for them (see note)
    deduction: bool
    note: Text


def preview_rule(db: Database, actor: Actor, spec: RuleSpec, month: str | Period, today: date) -> list[PreviewRow]:
    """What one rule would have paid each person it covers in `month` (while the owner edits it)."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit pay rules"))
    key = parse_month(month, today)
    spec = replace(spec, effective_from="")
    with db.read() as s:
        registry = registry_in(s)
        if validate_rule(spec, registry):
            return []
        period = Period.parse(key)
        staff = s.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)).all()
        people = [Person(p.id, p.name, p.department, p.position, p.base_salary_fen) for p in staff
                  if applies(spec.applies_to, p.id, p.department)]
        members = [(sid, d) for sid, d in s.execute(select(Staff.id, Staff.department))]
        facts = _facts(s, registry, period, _metrics_of(spec), members)
    out = compute_lines(key, people, [(0, spec)], facts, registry)
    rows = []
    for p in people:
        got = out[p.staff_id]
        if got.lines:
            line = got.lines[0]
            rows.append(PreviewRow(p.staff_id, p.name, line.amount_fen, line.deduction, line.note))
        else:
            rows.append(PreviewRow(p.staff_id, p.name, None, False, got.warnings[0]))
    return rows


def my_pay(db: Database, actor: Actor, month: str | Period) -> PersonPay | None:
    """The actor's own pay for an approved month; None until the owner approves it."""
    if actor.staff_id is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner may do this: {what}"),
                               what=QT_TRANSLATE_NOOP("Errors", "see pay"))
    key = parse_month(month)
    with db.read() as s:
        run = _approved(s, key)
    return None if run is None else run.person(actor.staff_id)
