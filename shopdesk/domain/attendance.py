"""Working days, partial months and absence (DESIGN §4.7): pure, exact, explained.

Working days due (应出勤天数) are a month's days that are not the shop's
rest days. A person hired or leaving inside the month is paid base × working
days employed ÷ working days due; absence (缺勤扣款) is base × unpaid days ÷
working days due; each rounded once, half up, to the fen. Unpaid days are
held as a count of half days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .explain import Money, Shown, Text
from .money import round_fen
from .periods import Period
from .text import QT_TRANSLATE_NOOP

P = "Payroll"
MAX_LATE = 1000


@dataclass(frozen=True)
class Attendance:
    """One person's month: unpaid days (事假/旷工) in halves, and late arrivals."""

    unpaid_halves: int = 0
    late: int = 0

    @property
    def unpaid_days(self) -> Decimal:
        return Decimal(self.unpaid_halves) / 2


def working_days(month: Period, rest_days: frozenset[int]) -> tuple[date, ...]:
    return _working_days(month.start, month.end, rest_days)


@lru_cache(maxsize=256)  # a run asks once per person for the same month
def _working_days(start: date, end: date, rest_days: frozenset[int]) -> tuple[date, ...]:
    return tuple(start + timedelta(days=i) for i in range((end - start).days + 1)
                 if (start + timedelta(days=i)).weekday() not in rest_days)


def days_due(month: Period, rest_days: frozenset[int]) -> int:
    return len(working_days(month, rest_days))


def employed_in(month: Period, hire: date | None, leave: date | None) -> bool:
    """Whether any day of the month lies within employment (hire date to the last day worked)."""
    return (hire is None or hire <= month.end) and (leave is None or leave >= month.start)


def days_employed(month: Period, rest_days: frozenset[int], hire: date | None, leave: date | None) -> int:
    return sum(1 for d in working_days(month, rest_days)
               if (hire is None or d >= hire) and (leave is None or d <= leave))


@dataclass(frozen=True)
class MonthBase:
    full_fen: int  # the base on the staff record
    fen: int  # the month's base after pro-rating
    due: int  # working days due
    employed: int  # working days employed
    note: Text | None  # the explanation when pro-rated

    @property
    def full_month(self) -> bool:
        return self.employed >= self.due


def prorate(base_fen: int, month: Period, rest_days: frozenset[int], hire: date | None,
            leave: date | None) -> MonthBase:
    """The month's base: the full base for a whole month, else base × days employed ÷ days due."""
    due = days_due(month, rest_days)
    if (hire is None or hire <= month.start) and (leave is None or leave >= month.end):
        return MonthBase(base_fen, base_fen, due, due, None)
    employed = days_employed(month, rest_days, hire, leave)
    if employed >= due or due == 0:
        return MonthBase(base_fen, base_fen, due, due, None)
    fen = round_fen(Decimal(base_fen) * employed / due / 100)
    note = Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{base} × {employed} working days employed ÷ {due} working "
                                                   "days due = {amount}"),
                   base=Money(base_fen), employed=str(employed), due=str(due), amount=Money(fen))
    return MonthBase(base_fen, fen, due, employed, note)


def absence(base: MonthBase, attendance: Attendance) -> tuple[int, Text | None]:
    """缺勤扣款 = base × unpaid days ÷ working days due, never more than the month's base."""
    if attendance.unpaid_halves <= 0 or base.due == 0:
        return 0, None
    exact = Decimal(base.full_fen) * attendance.unpaid_halves / 2 / base.due / 100
    fen = round_fen(exact)
    note = Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{base} × {days} days ÷ {due} working days due = {amount}"),
                   base=Money(base.full_fen), days=Shown("n", attendance.unpaid_days), due=str(base.due),
                   amount=Money(fen))
    if fen > base.fen:
        fen = base.fen
        note = Text.of(P, QT_TRANSLATE_NOOP("Payroll", "{note}, capped at {cap}"), note=note, cap=Money(fen))
    return fen, note


class AttendanceValueError(ValueError):
    """A bad unpaid-days or late value; `template` and `args` say why, for a translated message."""

    def __init__(self, template: str, **args: object) -> None:
        self.template, self.args_ = template, args
        super().__init__(template.format(**args))


def parse_unpaid_days(value: object, due: int) -> int:
    """Unpaid days as typed (`1.5`, `2`, blank) → half days; a multiple of 0.5 from 0 to `due`."""
    if value is None or isinstance(value, bool):
        if value is None:
            return 0
        raise AttendanceValueError(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a number of days"), value=value)
    text = repr(value) if isinstance(value, float) else str(value).strip()
    if not text:
        return 0
    try:
        days = Decimal(text)
        finite = days.is_finite() and abs(days) <= 10**6
    except InvalidOperation:
        finite = False
    if not finite or not text.replace(".", "", 1).lstrip("-+").isascii():
        raise AttendanceValueError(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a number of days"), value=value)
    if days < 0:
        raise AttendanceValueError(QT_TRANSLATE_NOOP("Errors", "unpaid days cannot be negative"))
    if days > due:
        raise AttendanceValueError(QT_TRANSLATE_NOOP(
            "Errors", "{value} unpaid days is more than the {due} working days due this month"),
            value=f"{days.normalize():f}", due=due)
    halves = days * 2
    if halves != halves.to_integral_value():
        raise AttendanceValueError(QT_TRANSLATE_NOOP("Errors", "unpaid days must be a multiple of 0.5, not {value}"),
                                   value=f"{days.normalize():f}")
    return int(halves)


def parse_late(value: object) -> int:
    """Late arrivals as typed: a whole count from 0 up."""
    if value is None:
        return 0
    if isinstance(value, bool):
        raise AttendanceValueError(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a count"), value=value)
    text = repr(value) if isinstance(value, float) else str(value).strip()
    if not text:
        return 0
    try:
        n = Decimal(text)
        ok = n.is_finite() and n == n.to_integral_value() and text.lstrip("-+").replace(".", "", 1).isascii()
    except InvalidOperation:
        ok = False
    if not ok:
        raise AttendanceValueError(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a count"), value=value)
    if n < 0:
        raise AttendanceValueError(QT_TRANSLATE_NOOP("Errors", "late arrivals cannot be negative"))
    if n > MAX_LATE:
        raise AttendanceValueError(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a plausible count"), value=value)
    return int(n)


@dataclass(frozen=True)
class NamedAttendance:
    """A row of an attendance file: the person by name, where it came from (`FILE:row N`)."""

    where: str
    name: str
    unpaid_days: object
    late: object
    month: str = ""
