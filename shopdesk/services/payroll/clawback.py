"""Refunds after approval (DESIGN §4.5): later refunds on an approved month's days, clawed back once.

An approved month keeps the pay it computed. When month A is approved, each
person's `percent` or `tiered` line on `net_sales` records in the refund
ledger the rate it applied (for marginal tiers the highest bracket reached),
its basis scope and the refunds A's days had then. The next month computed
that is not approved gets a `Refund clawback` line per such line: that rate ×
the refunds recorded since on A's days and basis, rounded once, half up;
approving that month records them, so each later refund is clawed back once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from shopdesk.domain.explain import Money, Shown, Text
from shopdesk.domain.money import round_fen
from shopdesk.domain.payroll import CLAWBACK, PayLine, Person, PersonLines, scope_of
from shopdesk.domain.periods import Period
from shopdesk.domain.rules import RuleKind
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.store.models.core import Figure, Staff
from shopdesk.store.models.payroll import PayrollApproval
from shopdesk.store.models.platform import RefundLedger

KIND = CLAWBACK
LABEL = "Refund clawback"  # 退款扣回
METRIC = "net_sales"
_CLAWED_KINDS = (RuleKind.PERCENT.value, RuleKind.TIERED.value)


@dataclass(frozen=True)
class Clawback:
    staff_id: int
    rule_id: int
    month: str  # whose days the refunds are for
    scope: str
    rate: Decimal
    refunds_fen: int

    @property
    def amount_fen(self) -> int:
        return round_fen(self.rate / 100 * Decimal(self.refunds_fen) / 100)

    def line(self) -> PayLine:
        note = Text.of("Payroll", QT_TRANSLATE_NOOP(
            "Payroll", "{rate} × {refunds} refunds recorded for {month} after it was approved = {amount}"),
            rate=Shown("p", self.rate), refunds=Money(self.refunds_fen), month=self.month,
            amount=Money(self.amount_fen))
        return PayLine(self.rule_id, LABEL, KIND, self.amount_fen, True, note)


def _refunds(session: Session, month: str, scope: str) -> int:
    """Refunds now stored for the month's days on a basis scope (a department with its members)."""
    period = Period.parse(month)
    stmt = select(Figure.scope, Figure.staff_id, Figure.value).where(
        Figure.metric == "refunds", Figure.day >= period.start, Figure.day <= period.end)
    rows = session.execute(stmt).all()
    if scope == "shop":
        return sum(v for _, _, v in rows)
    if scope.startswith("dept:"):
        members = {sid for (sid,) in session.execute(select(Staff.id).where(Staff.department == scope[5:]))}
        return sum(v for sc, sid, v in rows if sc == scope or (sid is not None and sid in members))
    return sum(v for sc, _, v in rows if sc == scope)


def _approved(session: Session) -> set[str]:
    return set(session.scalars(select(PayrollApproval.month)))


def due(session: Session, month: str) -> list[Clawback]:
    """The clawbacks `month` owes: refunds recorded on earlier approved months' days since."""
    approved = _approved(session)
    ledger = session.scalars(select(RefundLedger).where(RefundLedger.month < month)
                             .order_by(RefundLedger.month, RefundLedger.staff_id, RefundLedger.rule_id)).all()
    accounted: dict[tuple[str, int, int], int] = {}
    seen: dict[tuple[str, int, int], RefundLedger] = {}
    for row in ledger:
        if row.recorded_month not in approved or row.recorded_month == month:
            continue  # recorded by a month since re-opened, or by this month itself
        key = (row.month, row.staff_id, row.rule_id)
        accounted[key] = accounted.get(key, 0) + row.refunds_fen
        if row.entry == "seen":
            seen[key] = row
    out = []
    cache: dict[tuple[str, str], int] = {}
    for key, row in seen.items():
        if (row.month, row.scope) not in cache:
            cache[(row.month, row.scope)] = _refunds(session, row.month, row.scope)
        later = cache[(row.month, row.scope)] - accounted[key]
        if later > 0:
            out.append(Clawback(row.staff_id, row.rule_id, row.month, row.scope, Decimal(row.rate), later))
    return out


def add_lines(session: Session, month: str, people: Sequence[Person],
              computed: Mapping[int, PersonLines]) -> dict[int, PersonLines]:
    """The run's lines with each person's clawback lines after their own (subtracted before gross pay)."""
    out = dict(computed)
    paid = {p.staff_id for p in people}
    for claw in due(session, month):
        if claw.staff_id in paid and claw.staff_id in out:
            got = out[claw.staff_id]
            out[claw.staff_id] = PersonLines((*got.lines, claw.line()), got.warnings)
    return out


def _rate_of(note: Text) -> Decimal | None:
    """The rate a percent/tiered line applied, from its own explanation (a capped line wraps it)."""
    args = dict(note.args)
    if isinstance(args.get("rate"), Shown):
        return args["rate"].value
    parts = args.get("parts")
    if isinstance(parts, Text):  # marginal tiers: "r × v + r × v …", the last bracket is the highest reached
        inner = [v for _, v in parts.args if isinstance(v, Text)]
        if inner and isinstance(dict(inner[-1].args).get("r"), Shown):
            return dict(inner[-1].args)["r"].value
    if isinstance(args.get("note"), Text):
        return _rate_of(args["note"])
    return None


def record(session: Session, month: str, run_people: Sequence, rules: Mapping[int, object]) -> None:
    """On approving `month`: what its net-sales lines saw, and the clawbacks it paid."""
    session.execute(delete(RefundLedger).where(RefundLedger.recorded_month == month))
    for claw in due(session, month):
        session.add(RefundLedger(month=claw.month, staff_id=claw.staff_id, rule_id=claw.rule_id, scope=claw.scope,
                                 rate=str(claw.rate), refunds_fen=claw.refunds_fen, entry="clawed",
                                 recorded_month=month))
    cache: dict[str, int] = {}
    for person in run_people:
        for line in person.lines:
            spec = rules.get(line.rule_id) if line.rule_id is not None else None
            if spec is None or getattr(spec, "metric", None) != METRIC or line.kind not in _CLAWED_KINDS:
                continue
            rate = _rate_of(line.note)
            if rate is None or rate <= 0:
                continue
            scope = scope_of(spec.basis, Person(person.staff_id, person.name, person.department))  # type: ignore[attr-defined]
            if scope not in cache:
                cache[scope] = _refunds(session, month, scope)
            session.add(RefundLedger(month=month, staff_id=person.staff_id, rule_id=line.rule_id, scope=scope,
                                     rate=str(rate), refunds_fen=cache[scope], entry="seen", recorded_month=month))
