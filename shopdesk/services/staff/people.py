"""Adding, editing and deactivating people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from shopdesk.domain.departments import Department, parse_department
from shopdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from shopdesk.domain.money import MoneyError, parse_yuan
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


def _audit_fields(row: Staff) -> dict:
    return {"name": row.name, "department": row.department, "position": row.position,
            "base_salary_fen": row.base_salary_fen, "hire_date": row.hire_date,
            "active": row.active, "role": row.role}


def _record(row: Staff) -> StaffRecord:
    return StaffRecord(row.id, row.name, Department(row.department), row.position,
                       row.base_salary_fen, row.hire_date, row.active, row.role, row.version)


@dataclass(frozen=True)
class CleanStaff:
    name: str
    department: Department
    position: str
    base_salary_fen: int
    hire_date: date | None
    active: bool
    role: str


def validate(data: StaffInput) -> CleanStaff:
    """Check a person's fields; raise ValidationError naming the first bad field."""
    name = (data.name or "").strip()
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
    return CleanStaff(name, department, position, salary, data.hire_date, data.active, data.role)


def _check_unique(session, name: str, except_id: int | None = None) -> None:
    stmt = select(Staff.id).where(func.lower(Staff.name) == name.lower())
    if except_id is not None:
        stmt = stmt.where(Staff.id != except_id)
    if session.execute(stmt).first():
        raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "'{name}' is already on the team"), name=name)


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


def add_staff(db: Database, actor: Actor, data: StaffInput, first_pin: str | None = None,
              now: datetime | None = None) -> int:
    """Add a person; with `first_pin` (the owner only) they can log in at once, in the same transaction."""
    clean = validate(data)
    actor.require_manage(clean.department, "add people")
    pin = _first_pin(actor, first_pin, now)
    with db.write() as s:
        _check_unique(s, clean.name)
        row = Staff(name=clean.name, department=clean.department.value,
                    position=clean.position, base_salary_fen=clean.base_salary_fen,
                    hire_date=clean.hire_date, active=clean.active, role=clean.role)
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
            if expected_version is not None and row.version != expected_version:
                raise _Stale(row.name)
            _check_unique(s, clean.name, except_id=staff_id)
            before = _audit_fields(row)
            row.name, row.department = clean.name, clean.department.value
            row.position, row.base_salary_fen = clean.position, clean.base_salary_fen
            row.hire_date, row.active, row.role = clean.hire_date, clean.active, clean.role
            audit.record(s, actor, "update", "staff", staff_id, before, _audit_fields(row))
    except _Stale as stale:
        raise audit.changed_elsewhere(db, "staff", staff_id, stale.name) from None
    except StaleDataError:  # another PC saved between our read and our write
        raise audit.changed_elsewhere(db, "staff", staff_id, clean.name) from None


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
        before = _audit_fields(row)
        row.active = active
        audit.record(s, actor, "activate" if active else "deactivate", "staff", staff_id,
                     before, _audit_fields(row))
