"""The workbook's Attendance sheet (考勤, DESIGN §4.2): month, name, unpaid days, late arrivals.

Checked row by row (each problem as `Sheet!Cell`), then written per month
through the attendance service inside the import's one transaction.
"""

from __future__ import annotations

from shopdesk.domain.attendance import AttendanceValueError, parse_late, parse_unpaid_days
from shopdesk.domain.errors import Conflict, ValidationError
from shopdesk.domain.periods import Grain, Period
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook import cells
from shopdesk.exchange.workbook.cells import CellError
from shopdesk.exchange.workbook.import_setup import Stage
from shopdesk.exchange.workbook.reader import Row
from shopdesk.exchange.workbook.resolve import Names
from shopdesk.services.payroll.attendance import AttendanceEntry, month_days_due, write_attendance
from shopdesk.services.payroll.run import is_approved


def _month(value: object) -> str:
    raw = cells.period_text(value)
    try:
        period = Period.parse(raw)
    except ValueError:
        period = None
    if period is None or period.grain is not Grain.MONTH:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a month like 2026-11"), value=raw)
    return period.key


def import_attendance_sheet(stage: Stage, rows: list[Row], names: Names) -> None:
    by_month: dict[str, list[AttendanceEntry]] = {}
    first: dict[tuple[str, int], int] = {}
    due: dict[str, int] = {}
    for row in rows:
        try:
            month = _month(row.value("month"))
        except CellError as exc:
            stage.fail(row, "month", exc)
            continue
        if month not in due:
            if is_approved(stage.session, month):
                stage.fail(row, "month", CellError(QT_TRANSLATE_NOOP(
                    "Errors", "{month} is approved and locked; re-open it to change it"), month=month))
                continue
            due[month] = month_days_due(stage.session, month)
        try:
            sid = names.person(row.value("name"))
        except CellError as exc:
            stage.fail(row, "name", exc)
            continue
        if sid < 0:
            continue  # the person's Staff row already has a problem
        if (month, sid) in first:
            stage.fail(row, "name", CellError(QT_TRANSLATE_NOOP(
                "Errors", "this person and month already appear in row {row}"), row=first[(month, sid)]))
            continue
        unpaid, late = row.value("unpaid_days"), row.value("late")
        ok = True
        for key in ("unpaid_days", "late"):
            try:
                parse_unpaid_days(unpaid, due[month]) if key == "unpaid_days" else parse_late(late)
            except AttendanceValueError as exc:
                stage.fail(row, key, CellError(exc.template, **exc.args_))
                ok = False
        if not ok:
            continue
        first[(month, sid)] = row.number
        by_month.setdefault(month, []).append(AttendanceEntry(sid, unpaid, late))
    if stage.errors:
        return
    for month, entries in by_month.items():
        try:
            write_attendance(stage.session, stage.actor, month, entries)
        except (ValidationError, Conflict) as exc:  # checked above; kept so nothing slips through unnamed
            stage.errors.append(ValidationError("Attendance", exc.template, **exc.params))
            return
        stage.add("attendance", len(entries))
