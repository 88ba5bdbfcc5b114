"""What the owner types into a month's payroll run: adjustments, deductions and grades.

Each is one audited transaction, refused once the month is approved (re-open
it first). Adjustments are signed yuan with a required reason; deductions
are positive yuan per category (社保, 公积金, 个税, other), entered, not
computed, with "copy last month's" to save typing.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopdesk.domain.errors import Conflict, NotFound, ValidationError
from shopdesk.domain.money import MoneyError, parse_yuan
from shopdesk.domain.periods import Period
from shopdesk.domain.rules import GRADES
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES
from shopdesk.services.payroll.run import is_approved, parse_month
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff
from shopdesk.store.models.payroll import PayAdjustment, PayDeduction, PayGrade

MAX_REASON = 200
MAX_FEN = 10**10  # ¥100,000,000: far above any one person's monthly pay


def _open_month(session: Session, actor: Actor, month: str, staff_id: int) -> str:
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    key = parse_month(month)
    if is_approved(session, key):
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "{month} is approved and locked; re-open it to change it"),
                       month=key)
    if session.get(Staff, staff_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "that person no longer exists"))
    return key


def _money(field: str, value: str | int, *, signed: bool) -> int:
    try:
        fen = parse_yuan(value)
    except MoneyError:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{value}' is not an amount of money"),
                              value=str(value)) from None
    if not signed and fen < 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "the amount must not be negative"))
    if abs(fen) > MAX_FEN:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{value}' is not a plausible amount"),
                              value=str(value))
    return fen


def add_adjustment(db: Database, actor: Actor, month: str, staff_id: int, amount: str | int, reason: str) -> int:
    """A signed change to gross pay (yuan as typed) with the reason the owner gives."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    fen = _money("amount", amount, signed=True)
    if fen == 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("Errors", "enter an amount other than zero"))
    text = (reason or "").strip()
    if not text:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("Errors", "give a reason for the adjustment"))
    if len(text) > MAX_REASON:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=MAX_REASON)
    with db.write() as s:
        key = _open_month(s, actor, month, staff_id)
        row = PayAdjustment(month=key, staff_id=staff_id, amount_fen=fen, reason=text)
        s.add(row)
        s.flush()
        audit.record(s, actor, "add", "pay_adjustment", row.id, None,
                     {"month": key, "staff_id": staff_id, "amount_fen": fen, "reason": text})
        return row.id


def delete_adjustment(db: Database, actor: Actor, adjustment_id: int) -> None:
    with db.write() as s:
        row = s.get(PayAdjustment, adjustment_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "that adjustment no longer exists"))
        _open_month(s, actor, row.month, row.staff_id)
        audit.record(s, actor, "delete", "pay_adjustment", row.id,
                     {"month": row.month, "staff_id": row.staff_id, "amount_fen": row.amount_fen,
                      "reason": row.reason}, None)
        s.delete(row)


def _category(category: str) -> str:
    if category not in DEDUCTION_CATEGORIES:
        raise ValidationError("category", QT_TRANSLATE_NOOP("Errors", "unknown deduction '{value}'"),
                              value=category)
    return category


def set_deduction(db: Database, actor: Actor, month: str, staff_id: int, category: str, amount: str | int) -> None:
    """Set one category's deduction for a person's month; zero removes it."""
    set_deductions(db, actor, month, staff_id, {category: amount})


def set_deductions(db: Database, actor: Actor, month: str, staff_id: int,
                   amounts: Mapping[str, str | int]) -> None:
    """Set a person's month's deductions, category → amount (zero removes it): all or none.

    Every value is checked before anything is written, and all are written in
    one transaction, so a bad second value leaves the first unsaved too.
    """
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    checked = {_category(category): _money(str(category), amount, signed=False)
               for category, amount in amounts.items()}
    with db.write() as s:
        key = _open_month(s, actor, month, staff_id)
        for category, fen in checked.items():
            _write_deduction(s, actor, key, staff_id, category, fen)


def set_month_deductions(db: Database, actor: Actor, month: str,
                         amounts: Mapping[int, Mapping[str, str | int]]) -> int:
    """Everyone's typed deductions for a month (staff id → category → amount; blank or zero removes it).

    The whole grid is checked first, then written in one transaction: a bad
    value anywhere leaves every other unsaved too. Returns how many people were written.
    """
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    checked = {sid: {_category(cat): _money(str(cat), amount or "0", signed=False) for cat, amount in row.items()}
               for sid, row in amounts.items()}
    with db.write() as s:
        for sid, row in checked.items():
            key = _open_month(s, actor, month, sid)
            for category, fen in row.items():
                _write_deduction(s, actor, key, sid, category, fen)
    return len(checked)


def _write_deduction(s: Session, actor: Actor, key: str, staff_id: int, category: str, fen: int) -> None:
    row = s.execute(select(PayDeduction).where(PayDeduction.month == key, PayDeduction.staff_id == staff_id,
                                               PayDeduction.category == category)).scalar_one_or_none()
    before = None if row is None else {"amount_fen": row.amount_fen}
    if row is None and fen:
        s.add(PayDeduction(month=key, staff_id=staff_id, category=category, amount_fen=fen))
    elif row is not None and fen:
        row.amount_fen = fen
    elif row is not None:
        s.delete(row)
    if before != ({"amount_fen": fen} if fen else None):
        audit.record(s, actor, "set", "pay_deduction", f"{key}/{staff_id}/{category}", before,
                     {"amount_fen": fen} if fen else None)


def copy_last_months_deductions(db: Database, actor: Actor, month: str) -> int:
    """Copy last month's deductions to everyone who has none this month; returns how many were copied."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    key = parse_month(month)
    previous = Period.parse(key).previous().key
    with db.write() as s:
        if is_approved(s, key):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{month} is approved and locked; re-open it to change it"),
                           month=key)
        have = set(s.scalars(select(PayDeduction.staff_id).where(PayDeduction.month == key)))
        active = set(s.scalars(select(Staff.id).where(Staff.active.is_(True))))
        copied = 0
        for row in s.scalars(select(PayDeduction).where(PayDeduction.month == previous)).all():
            if row.staff_id in have or row.staff_id not in active:
                continue
            s.add(PayDeduction(month=key, staff_id=row.staff_id, category=row.category, amount_fen=row.amount_fen))
            copied += 1
        if copied:
            audit.record(s, actor, "copy", "pay_deduction", key, {"from": previous}, {"rows": copied})
        return copied


def set_grade(db: Database, actor: Actor, month: str, staff_id: int, grade: str) -> None:
    """The owner's grade (S/A/B/C/D) for a person's month; blank clears it."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    value = (grade or "").strip().upper()
    if value and value not in GRADES:
        raise ValidationError("grade", QT_TRANSLATE_NOOP("Errors", "'{value}' is not a grade (S, A, B, C, D)"),
                              value=grade)
    with db.write() as s:
        key = _open_month(s, actor, month, staff_id)
        row = s.execute(select(PayGrade).where(PayGrade.month == key, PayGrade.staff_id == staff_id)
                        ).scalar_one_or_none()
        before = None if row is None else {"grade": row.grade}
        if row is None and value:
            s.add(PayGrade(month=key, staff_id=staff_id, grade=value))
        elif row is not None and value:
            row.grade = value
        elif row is not None:
            s.delete(row)
        if before != ({"grade": value} if value else None):
            audit.record(s, actor, "set", "pay_grade", f"{key}/{staff_id}", before, {"grade": value} if value else None)
