"""Adding, editing and deactivating people."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from shopdesk.domain.departments import Department, parse_department
from shopdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from shopdesk.domain.money import MoneyError, parse_yuan
from shopdesk.domain.names import describe_char, problem_char, skeleton
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.services.staff import auth
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff

MAX_NAME = 60


@dataclass(frozen=True)
class StaffInput:
    """What the person dialog (or an import row) supplies, still unchecked."""

    name: str
    department: str
    position: str = ""
    base_salary: str | int = 0  # yuan, as typed
    hire_date: date | None = None
    active: bool = True
    role: str = "staff"
    leave_date: date | None = None  # the last day worked
    si_base: str | int | None = None  # 社保基数, yuan; None or blank: none
    hf_base: str | int | None = None  # 公积金基数, yuan
    special_deduction: str | int | None = None  # 专项附加扣除, yuan a month
    platform_accounts: str | None = None  # customer-service nicknames; None leaves them as they are


@dataclass(frozen=True)
class StaffRecord:
    id: int
    name: str
    department: Department
    position: str
    base_salary_fen: int
    hire_date: date | None
    active: bool
    role: str
    version: int
    leave_date: date | None = None
    si_base_fen: int | None = None
    hf_base_fen: int | None = None
    special_deduction_fen: int = 0
    platform_accounts: str = ""


def _audit_fields(row: Staff) -> dict:
    return {"name": row.name, "department": row.department, "position": row.position,
            "base_salary_fen": row.base_salary_fen, "hire_date": row.hire_date,
            "active": row.active, "role": row.role, "platform_accounts": row.platform_accounts or "",
            "leave_date": row.leave_date,
            "si_base_fen": row.si_base_fen, "hf_base_fen": row.hf_base_fen,
            "special_deduction_fen": row.special_deduction_fen}


def _record(row: Staff) -> StaffRecord:
    return StaffRecord(row.id, row.name, Department(row.department), row.position,
                       row.base_salary_fen, row.hire_date, row.active, row.role, row.version,
                       row.leave_date, row.si_base_fen, row.hf_base_fen, row.special_deduction_fen or 0,
                       row.platform_accounts or "")


@dataclass(frozen=True)
class CleanStaff:
    name: str
    department: Department
    position: str
    base_salary_fen: int
    hire_date: date | None
    active: bool
    role: str
    leave_date: date | None = None
    si_base_fen: int | None = None
    hf_base_fen: int | None = None
    special_deduction_fen: int = 0

    def apply(self, row: Staff) -> None:
        row.name, row.department = self.name, self.department.value
        row.position, row.base_salary_fen = self.position, self.base_salary_fen
        row.hire_date, row.active, row.role = self.hire_date, self.active, self.role
        row.leave_date, row.si_base_fen, row.hf_base_fen = self.leave_date, self.si_base_fen, self.hf_base_fen
        row.special_deduction_fen = self.special_deduction_fen


MAX_BASE_FEN = 100_000_000  # ¥1,000,000 a month: a typo, not a salary


def _optional_yuan(field: str, value: str | int | None) -> int | None:
    """A non-negative amount as typed; blank is none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        fen = parse_yuan(value)
    except MoneyError:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{text}' is not an amount of money"),
                              text=value) from None
    if fen < 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "the amount must not be negative"))
    if fen > MAX_BASE_FEN:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "'{value}' is not a plausible amount"),
                              value=str(value))
    return fen


def validate(data: StaffInput) -> CleanStaff:
    """Check a person's fields; raise ValidationError naming the first bad field."""
    raw_name = data.name or ""
    bad = problem_char(raw_name.strip(" \u3000"))  # a trailing tab or newline is refused too, not trimmed
    if bad is not None:
        raise ValidationError("name", QT_TRANSLATE_NOOP(
            "Errors", "the name contains an invisible or control character ({char})"), char=describe_char(bad))
    # Full-width letters, compatibility forms and NFD are stored the one (NFKC) way.
    name = unicodedata.normalize("NFKC", raw_name).strip()
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "a name is required"))
    if len(name) > MAX_NAME:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=MAX_NAME)
    try:
        department = parse_department(data.department)
    except ValueError:
        raise ValidationError("department", QT_TRANSLATE_NOOP("Errors", "unknown department '{name}'"),
                              name=data.department) from None
    position = (data.position or "").strip()
    bad = problem_char(position)
    if bad is not None:
        raise ValidationError("position", QT_TRANSLATE_NOOP(
            "Errors", "the text contains an invisible or control character ({char})"), char=describe_char(bad))
    if len(position) > MAX_NAME:
        raise ValidationError("position", QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=MAX_NAME)
    try:
        salary = parse_yuan(data.base_salary)
    except MoneyError:
        raise ValidationError("base_salary", QT_TRANSLATE_NOOP("Errors", "'{text}' is not an amount of money"),
                              text=data.base_salary) from None
    if salary < 0:
        raise ValidationError("base_salary", QT_TRANSLATE_NOOP("Errors", "the base salary cannot be negative"))
    if salary > 100_000_000:  # ¥1,000,000 a month: a typo, not a salary
        raise ValidationError("base_salary", QT_TRANSLATE_NOOP("Errors", "the base salary is implausibly large"))
    if data.hire_date is not None and data.hire_date > date.today():
        raise ValidationError("hire_date", QT_TRANSLATE_NOOP("Errors", "the hire date is in the future"))
    if data.role not in ("staff", "manager"):
        raise ValidationError("role", QT_TRANSLATE_NOOP("Errors", "unknown role '{role}'"), role=data.role)
    if data.leave_date is not None and data.hire_date is not None and data.leave_date < data.hire_date:
        raise ValidationError("leave_date", QT_TRANSLATE_NOOP("Errors", "the leave date is before the hire date"))
    si = _optional_yuan("si_base", data.si_base)
    hf = _optional_yuan("hf_base", data.hf_base)
    special = _optional_yuan("special_deduction", data.special_deduction) or 0
    return CleanStaff(name, department, position, salary, data.hire_date, data.active, data.role,
                      data.leave_date, si, hf, special)


def _check_unique(session, name: str, except_id: int | None = None) -> None:
    """No two people share a name, nor names that only look different (see domain.names)."""
    stmt = select(Staff.id, Staff.name)
    if except_id is not None:
        stmt = stmt.where(Staff.id != except_id)
    check_lookalike(name, (other for _, other in session.execute(stmt)))


def check_lookalike(name: str, others: Iterable[str]) -> None:
    """ValidationError when `name` is, or looks like, one of `others`."""
    key = skeleton(name)
    for other in others:
        if other.casefold() == name.casefold():
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "'{name}' is already on the team"), name=name)
        if skeleton(other) == key:
            raise ValidationError("name", QT_TRANSLATE_NOOP(
                "Errors", "'{name}' looks the same as '{other}', who is already on the team"),
                name=name, other=other)


def list_staff(db: Database, actor: Actor, department: str | None = None,
               include_inactive: bool = False) -> list[StaffRecord]:
    """The people the actor may see: all for the owner, a department for its manager."""
    stmt = select(Staff).order_by(Staff.department, Staff.name)
    if department is not None:
        stmt = stmt.where(Staff.department == department)
    if not include_inactive:
        stmt = stmt.where(Staff.active.is_(True))
    with db.read() as s:
        rows = [_record(r) for r in s.scalars(stmt)]
    return [r for r in rows if actor.can_see_person(r.id, r.department)]


def get_staff(db: Database, actor: Actor, staff_id: int) -> StaffRecord:
    with db.read() as s:
        row = s.get(Staff, staff_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=staff_id)
        rec = _record(row)
    if not actor.can_see_person(rec.id, rec.department):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may not see this person"))
    return rec


def _owner_only(template: str) -> PermissionDenied:
    return PermissionDenied(template)


# What a manager may not change on their own record: their pay, role, department,
# hire date and whether they are active (all of them decide their pay).
_OWN_LOCKED = ("base_salary_fen", "role", "department", "hire_date", "active")


def _check_manager_edit(actor: Actor, row: Staff | None, clean: CleanStaff) -> None:
    """A manager never makes or unmakes managers, nor changes their own pay or role."""
    if actor.is_owner:
        return
    old_role = row.role if row is not None else "staff"
    if clean.role != old_role:
        raise _owner_only(QT_TRANSLATE_NOOP("Errors", "only the owner may change a person's role"))
    if row is not None and row.role == "manager" and row.id != actor.staff_id:
        raise _owner_only(QT_TRANSLATE_NOOP("Errors", "only the owner may edit a manager"))
    if row is not None and row.id == actor.staff_id:
        now = {"base_salary_fen": clean.base_salary_fen, "role": clean.role,
               "department": clean.department.value, "hire_date": clean.hire_date, "active": clean.active}
        if any(getattr(row, key) != now[key] for key in _OWN_LOCKED):
            raise _owner_only(QT_TRANSLATE_NOOP(
                "Errors", "only the owner may change your own pay, role, department or hire date"))


def add_staff(db: Database, actor: Actor, data: StaffInput, first_pin: str | None = None,
              now: datetime | None = None) -> int:
    """Add a person; with `first_pin` (the owner only) they can log in at once, in the same transaction."""
    clean = validate(data)
    actor.require_manage(clean.department, "add people")
    _check_manager_edit(actor, None, clean)
    pin = _first_pin(actor, first_pin, now)
    with db.write() as s:
        _check_unique(s, clean.name)
        row = Staff()
        clean.apply(row)
        if data.platform_accounts is not None:
            row.platform_accounts = _accounts(s, None, data.platform_accounts)
        s.add(row)
        s.flush()
        audit.record(s, actor, "add", "staff", row.id, None, _audit_fields(row))
        if pin is not None:
            auth.store_pin(s, actor, row.id, row.name, pin, now or datetime.now())
        return row.id


def _first_pin(actor: Actor, pin: str | None, now: datetime | None) -> str | None:
    if pin is None or not pin.strip():
        return None
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "set a PIN"))
    return auth.check_pin(pin, "first_pin")


def update_staff(db: Database, actor: Actor, staff_id: int, data: StaffInput,
                 expected_version: int | None = None) -> None:
    """Save an edit. `expected_version` guards against overwriting someone else's."""
    clean = validate(data)
    try:
        with db.write() as s:
            row = s.get(Staff, staff_id)
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=staff_id)
            actor.require_manage(row.department, "edit people")
            actor.require_manage(clean.department, "move people")
            _check_manager_edit(actor, row, clean)
            if expected_version is not None and row.version != expected_version:
                raise _Stale(row.name)
            _check_unique(s, clean.name, except_id=staff_id)
            before = _audit_fields(row)
            clean.apply(row)
            if data.platform_accounts is not None:
                row.platform_accounts = _accounts(s, staff_id, data.platform_accounts)
            audit.record(s, actor, "update", "staff", staff_id, before, _audit_fields(row))
    except _Stale as stale:
        raise audit.changed_elsewhere(db, "staff", staff_id, stale.name) from None
    except StaleDataError:  # another PC saved between our read and our write
        raise audit.changed_elsewhere(db, "staff", staff_id, clean.name) from None


def _accounts(session, staff_id: int | None, text: str) -> str:
    from shopdesk.services.platform.accounts import clean_accounts

    return clean_accounts(session, staff_id, text)


class _Stale(Exception):
    def __init__(self, name: str) -> None:
        self.name = name


def set_active(db: Database, actor: Actor, staff_id: int, active: bool) -> None:
    """Deactivate (or bring back) a person; their history stays."""
    with db.write() as s:
        row = s.get(Staff, staff_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=staff_id)
        actor.require_manage(row.department, "deactivate people")
        if not actor.is_owner and (row.role == "manager" or row.id == actor.staff_id):
            raise _owner_only(QT_TRANSLATE_NOOP("Errors", "only the owner may deactivate a manager"))
        before = _audit_fields(row)
        row.active = active
        audit.record(s, actor, "activate" if active else "deactivate", "staff", staff_id,
                     before, _audit_fields(row))
