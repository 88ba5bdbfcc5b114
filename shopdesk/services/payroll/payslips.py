"""Payslips (工资条, DESIGN §4.8): what each person's slip for a month shows.

The owner gets everyone's slips for any month (a month not approved yet is
a draft, and says so on every slip). Staff and managers get only their own
slip, and only for an approved month; anything else is refused here, not
only hidden by a screen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from shopdesk.domain.errors import PermissionDenied
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import Actor
from shopdesk.services.common.settings import shop_name
from shopdesk.services.payroll.results import (
    DEDUCTION_CATEGORIES,
    PayrollRun,
    Payslips,
    PersonPay,
    line_labels,
    run_from_json,
)
from shopdesk.store.db import Database
from shopdesk.store.models.payroll import PayrollApproval


def _approved_run(session: Session, month: str) -> PayrollRun | None:
    """The locked snapshot of an approved month, or None."""
    row = session.get(PayrollApproval, month)
    return None if row is None else run_from_json(row.snapshot, row.approved_at, row.approved_by)


def _denied() -> PermissionDenied:
    return PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may only see your own pay: {what}"),
                            what=QT_TRANSLATE_NOOP("Errors", "payslips"))


def _of(run: PayrollRun, people: tuple[PersonPay, ...], shop: str) -> Payslips:
    used = {c for p in people for c, fen in p.deductions.items() if fen}
    return Payslips(run.month, shop, run.approved, run.approved_at, run.approved_by, people,
                    tuple(line_labels(people, False)), tuple(line_labels(people, True)),
                    tuple(c for c in DEDUCTION_CATEGORIES if c in used), any(p.absence_fen for p in people),
                    any(p.clawback_fen for p in people))


def month_payslips(db: Database, actor: Actor, month: str, today: date) -> Payslips:
    """Everyone's slips (the owner), or the actor's own for an approved month (staff, managers)."""
    from shopdesk.services.payroll import run as payroll

    if actor.is_owner:
        run = payroll.compute_run(db, actor, month, today)
        return _of(run, run.people, shop_name(db))
    if actor.staff_id is None:
        raise _denied()
    return payslip(db, actor, month, actor.staff_id, today)


def payslip(db: Database, actor: Actor, month: str, staff_id: int, today: date) -> Payslips:
    """One person's slip. Staff and managers: only their own, only once the month is approved."""
    from shopdesk.services.payroll import run as payroll

    if actor.is_owner:
        run = payroll.compute_run(db, actor, month, today)
    else:
        if actor.staff_id is None or actor.staff_id != staff_id:
            raise _denied()
        key = payroll.parse_month(month, today)
        with db.read() as s:
            approved = _approved_run(s, key)
        if approved is None:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "{month} is not approved yet: {what}"),
                                   month=key, what=QT_TRANSLATE_NOOP("Errors", "payslips"))
        run = approved
    person = run.person(staff_id)
    return _of(run, (person,) if person is not None else (), shop_name(db))


def my_payslip_months(db: Database, actor: Actor) -> list[str]:
    """The approved months in which the actor has a slip, newest first."""
    from sqlalchemy import select

    if actor.staff_id is None:
        raise _denied()
    with db.read() as s:
        months = list(s.scalars(select(PayrollApproval.month).order_by(PayrollApproval.month.desc())))
        return [m for m in months if (run := _approved_run(s, m)) is not None
                and run.person(actor.staff_id) is not None]


def export_payslips(db: Database, actor: Actor, month: str, path: Path, today: date, lang: str = "en") -> Payslips:
    """The month's slips (as `month_payslips` allows the actor) written to `path`: .pdf or .xlsx."""
    slips = month_payslips(db, actor, month, today)
    if path.suffix.lower() == ".pdf":
        from shopdesk.exchange.payroll.payslips_pdf import write_payslips_pdf

        write_payslips_pdf(path, slips, lang)
    else:
        from shopdesk.exchange.payroll.payslips_xlsx import write_payslips_xlsx

        write_payslips_xlsx(path, slips, lang)
    return slips
