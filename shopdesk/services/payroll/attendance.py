"""A month's attendance per person (DESIGN §4.7): unpaid days in half days and late arrivals.

The owner sets a month for many people at once: every value is checked
first (negative, more than the working days due, not a multiple of 0.5 —
each named by person and field), then all are written in one audited
transaction, so nothing is written when one is bad. An approved month is
locked. Setting returns what was there before, so the screen can undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shopdesk.domain.attendance import (
    AttendanceValueError,
    NamedAttendance,
    days_due,
    employed_in,
    parse_late,
    parse_unpaid_days,
)
from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.domain.errors import Conflict, NotFound, ValidationError
from shopdesk.domain.periods import Period
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.services.payroll.run import is_approved, parse_month, rest_days_in
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff
from shopdesk.store.models.payroll import Attendance


@dataclass(frozen=True)
class AttendanceEntry:
    """One person's month as typed: unpaid days (`1.5`) and late arrivals (`2`); blank is 0."""

    staff_id: int
    unpaid_days: object = 0
    late: object = 0


@dataclass(frozen=True)
class AttendanceRow:
    staff_id: int
    name: str
    department: str
    unpaid_days: Decimal
    late: int


@dataclass(frozen=True)
class MonthAttendance:
    month: str
    days_due: int
    rows: tuple[AttendanceRow, ...]  # the people employed that month, by department then name


class AttendanceError(ValidationError):
    """A bad value in one person's row; `staff_id` says whose, `field` names person and column."""

    def __init__(self, staff_id: int, person: str, column: str, template: str, **args: object) -> None:
        self.staff_id, self.column, self.person = staff_id, column, person
        super().__init__(f"{person}, {column}", template, **args)


def month_days_due(session: Session, month: str) -> int:
    return days_due(Period.parse(month), rest_days_in(session))


def _employed(session: Session, period: Period) -> list[Staff]:
    order = {d.value: i for i, d in enumerate(DEPARTMENTS)}
    people = [s for s in session.scalars(select(Staff))
              if (s.active or s.leave_date is not None) and employed_in(period, s.hire_date, s.leave_date)]
    return sorted(people, key=lambda s: (order.get(s.department, 99), s.name))


def month_attendance(db: Database, actor: Actor, month: str) -> MonthAttendance:
    """Everyone employed in the month with their attendance (0 where none is entered)."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    key = parse_month(month)
    period = Period.parse(key)
    with db.read() as s:
        due = days_due(period, rest_days_in(s))
        have = {a.staff_id: a for a in s.scalars(select(Attendance).where(Attendance.month == key))}
        rows = []
        for p in _employed(s, period):
            a = have.get(p.id)
            rows.append(AttendanceRow(p.id, p.name, p.department,
                                      Decimal(a.unpaid_halves) / 2 if a else Decimal(0), a.late if a else 0))
    return MonthAttendance(key, due, tuple(rows))


def write_attendance(session: Session, actor: Actor, month: str, entries: Sequence[AttendanceEntry]
                     ) -> list[AttendanceEntry]:
    """Check every entry, then write them inside the caller's transaction; returns the values before.

    Raises the first bad entry as an `AttendanceError` before anything is written.
    """
    key = parse_month(month)
    if is_approved(session, key):
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "{month} is approved and locked; re-open it to change it"),
                       month=key)
    due = month_days_due(session, key)
    people = {p.id: p for p in session.scalars(select(Staff).where(
        Staff.id.in_({e.staff_id for e in entries})))} if entries else {}
    clean: dict[int, tuple[int, int]] = {}
    for e in entries:
        person = people.get(e.staff_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=e.staff_id)
        if e.staff_id in clean:
            raise AttendanceError(e.staff_id, person.name, "name", QT_TRANSLATE_NOOP(
                "Errors", "'{name}' appears twice"), name=person.name)
        try:
            halves = parse_unpaid_days(e.unpaid_days, due)
        except AttendanceValueError as exc:
            raise AttendanceError(e.staff_id, person.name, "unpaid_days", exc.template, **exc.args_) from None
        try:
            late = parse_late(e.late)
        except AttendanceValueError as exc:
            raise AttendanceError(e.staff_id, person.name, "late", exc.template, **exc.args_) from None
        clean[e.staff_id] = (halves, late)
    have = {a.staff_id: a for a in session.scalars(select(Attendance).where(
        Attendance.month == key, Attendance.staff_id.in_(list(clean))))} if clean else {}
    before: list[AttendanceEntry] = []
    for sid, (halves, late) in clean.items():
        row = have.get(sid)
        old = (row.unpaid_halves, row.late) if row is not None else (0, 0)
        before.append(AttendanceEntry(sid, f"{Decimal(old[0]) / 2:f}", old[1]))
        if old == (halves, late):
            continue
        if row is None:
            session.add(Attendance(month=key, staff_id=sid, unpaid_halves=halves, late=late))
        elif (halves, late) == (0, 0):
            session.delete(row)
        else:
            row.unpaid_halves, row.late = halves, late
        audit.record(session, actor, "set", "attendance", f"{key}/{sid}",
                     None if row is None else {"unpaid_halves": old[0], "late": old[1]},
                     {"unpaid_halves": halves, "late": late})
    return before


def set_attendance(db: Database, actor: Actor, month: str, entries: Sequence[AttendanceEntry]
                   ) -> list[AttendanceEntry]:
    """Set a month's attendance for many people in one transaction (owner only); returns the values before."""
    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    try:
        with db.write() as s:
            return write_attendance(s, actor, month, entries)
    except IntegrityError:  # another PC saved the same month and person in the same instant
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "someone else saved this month's attendance at the same time; open it again")) from None


def import_attendance(db: Database, actor: Actor, month: str, rows: Sequence[NamedAttendance]) -> int:
    """Attendance read from a file, matched by name: unknown names and bad values are errors, nothing written.

    Every problem is reported at once, each as `where: message`; returns how many rows were written.
    """
    from shopdesk.domain.errors import ValidationErrors

    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    key = parse_month(month)
    with db.write() as s:
        ids = {n.casefold(): i for i, n in s.execute(select(Staff.id, Staff.name))}
        errors: list[ValidationError] = []
        entries: list[AttendanceEntry] = []
        due = month_days_due(s, key)
        for r in rows:
            sid = ids.get(r.name.strip().casefold())
            if sid is None:
                errors.append(ValidationError(r.where, QT_TRANSLATE_NOOP("Errors", "'{name}' is not on the team"),
                                              name=r.name))
                continue
            try:
                parse_unpaid_days(r.unpaid_days, due)
                parse_late(r.late)
            except AttendanceValueError as exc:
                errors.append(ValidationError(r.where, exc.template, **exc.args_))
                continue
            entries.append(AttendanceEntry(sid, r.unpaid_days, r.late))
        if errors:
            raise ValidationErrors(errors)
        write_attendance(s, actor, key, entries)
        return len(entries)


def import_attendance_file(db: Database, actor: Actor, month: str, path: Path) -> int:
    """Read a 钉钉/企业微信 monthly summary and set the month's attendance from it: all or nothing."""
    from shopdesk.exchange.payroll.attendance import read_attendance_summary

    actor.require_owner(QT_TRANSLATE_NOOP("Errors", "edit payroll"))
    return import_attendance(db, actor, month, read_attendance_summary(Path(path)))
