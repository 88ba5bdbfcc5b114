"""When a task occurs: none, daily, weekly on chosen weekdays, monthly on a day.

Spelling (DESIGN §4.2 `repeat`): ``none``, ``daily``, ``weekly:mon,thu``,
``monthly:15``. Month-end rule: a monthly day past the end of a short month
falls on that month's **last day** (``monthly:31`` is 30 April and 28 or
29 February), so every month has exactly one occurrence and none is lost.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class RepeatKind(StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class RepeatError(ValueError):
    """The text is not a repetition ShopDesk understands."""


@dataclass(frozen=True)
class Repeat:
    kind: RepeatKind
    weekdays: frozenset[int] = frozenset()  # 0 = Monday, as date.weekday()
    monthday: int = 0  # 1..31

    @property
    def recurring(self) -> bool:
        return self.kind is not RepeatKind.NONE

    def spell(self) -> str:
        """The canonical text form (what is stored)."""
        if self.kind is RepeatKind.WEEKLY:
            return "weekly:" + ",".join(WEEKDAYS[d] for d in sorted(self.weekdays))
        if self.kind is RepeatKind.MONTHLY:
            return f"monthly:{self.monthday}"
        return self.kind.value

    def occurs_on(self, day: date) -> bool:
        if self.kind is RepeatKind.DAILY:
            return True
        if self.kind is RepeatKind.WEEKLY:
            return day.weekday() in self.weekdays
        if self.kind is RepeatKind.MONTHLY:
            return day.day == monthly_day(day.year, day.month, self.monthday)
        return False


NO_REPEAT = Repeat(RepeatKind.NONE)


def monthly_day(year: int, month: int, monthday: int) -> int:
    """The day a `monthly:<monthday>` task falls on in that month (clamped to its last day)."""
    return min(monthday, calendar.monthrange(year, month)[1])


def parse_repeat(text: str | None) -> Repeat:
    """Read `none`, `daily`, `weekly:mon,wed` or `monthly:31` (case and spaces forgiven)."""
    raw = (text or "").strip().lower().replace(" ", "")
    if raw in ("", "none", "once"):
        return NO_REPEAT
    if raw == "daily":
        return Repeat(RepeatKind.DAILY)
    kind, sep, arg = raw.partition(":")
    if kind == "weekly" and sep:
        days = set()
        for part in arg.split(","):
            name = part[:3]
            if name not in WEEKDAYS or part not in (name, _long_name(name)):
                raise RepeatError(f"unknown weekday '{part}'")
            days.add(WEEKDAYS.index(name))
        return Repeat(RepeatKind.WEEKLY, weekdays=frozenset(days))
    if kind == "monthly" and sep:
        if not (arg.isascii() and arg.isdigit()) or not 1 <= int(arg) <= 31:
            raise RepeatError(f"'{arg}' is not a day of the month (1-31)")
        return Repeat(RepeatKind.MONTHLY, monthday=int(arg))
    raise RepeatError(f"unknown repetition '{text}'")


def _long_name(short: str) -> str:
    return calendar.day_name[WEEKDAYS.index(short)].lower()


def occurrences(rule: Repeat, start: date, first: date, last: date) -> Iterator[date]:
    """The days in [first, last] (and not before `start`) on which a repeating task occurs.

    Generating [a, b] then [b+1, c] gives exactly the days of [a, c], so
    occurrences can be made a piece at a time without gaps or repeats.
    A non-repeating rule yields nothing: a one-off task's day is its due date.
    """
    day = max(start, first)
    if rule.kind is RepeatKind.MONTHLY:
        # Jump month to month instead of testing every day.
        year, month = day.year, day.month
        while True:
            hit = date(year, month, monthly_day(year, month, rule.monthday))
            if hit > last:
                return
            if hit >= day:
                yield hit
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if not rule.recurring:
        return
    one = timedelta(days=1)
    while day <= last:
        if rule.occurs_on(day):
            yield day
        day += one
