"""A person's earnings by month, split by rule kind, for the performance charts.

Read through the payroll service so its permissions hold: the owner sees
anyone's months (an approved month as it was locked, an open one as it
computes now); a staff member or manager sees only their own approved
months (`my_pay`); nobody else's pay is ever reachable from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from shopdesk.domain.errors import PermissionDenied, ShopDeskError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import Actor
from shopdesk.services.figures.performance_query import months_between
from shopdesk.services.payroll.results import PersonPay
from shopdesk.services.payroll.run import compute_run, my_pay
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff

BASE = "base"  # the base salary's part of the stack
ADJUSTMENTS = "adjustments"


@dataclass(frozen=True)
class EarningsMonth:
    month: str
    parts: dict[str, int] = field(default_factory=dict)  # base / rule kind / adjustments → fen (adjustments signed)
    penalties_fen: int = 0  # penalty lines, a positive amount taken away
    gross_fen: int | None = None  # None: no pay to show (not approved yet, for staff)
    approved: bool = False


@dataclass(frozen=True)
class Earnings:
    staff_id: int
    name: str
    months: list[EarningsMonth]


def month_parts(pay: PersonPay) -> dict[str, int]:
    """Base salary, each earning rule kind's lines added up, and the adjustments."""
    parts = {BASE: pay.base_fen}
    for line in pay.lines:
        if not line.deduction:
            parts[line.kind] = parts.get(line.kind, 0) + line.amount_fen
    if pay.adjustments_fen:
        parts[ADJUSTMENTS] = pay.adjustments_fen
    return parts


def person_earnings(db: Database, actor: Actor, staff_id: int, start: date, end: date, today: date) -> Earnings:
    """Earnings per month of [start, end] up to this month."""
    with db.read() as s:
        row = s.get(Staff, staff_id)
        name = row.name if row is not None else ""
    own = actor.staff_id == staff_id
    if not (actor.is_owner or own) or row is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "only the owner may do this: {what}"),
                               what=QT_TRANSLATE_NOOP("Errors", "see pay"))
    months = [m for m in months_between(start, end) if m.start <= today]
    out = []
    for month in months:
        approved = True
        try:
            if actor.is_owner:
                run = compute_run(db, actor, month, today)
                pay, approved = run.person(staff_id), run.approved
            else:
                pay = my_pay(db, actor, month)
        except ShopDeskError:
            pay = None
        if pay is None:
            out.append(EarningsMonth(month.key))
            continue
        out.append(EarningsMonth(month.key, month_parts(pay), pay.penalties_fen, pay.gross_fen, approved))
    return Earnings(staff_id, name, out)
