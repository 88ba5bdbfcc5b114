"""Calendar periods: year, quarter, month and day (`2026`, `2026-Q4`, `2026-11`)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Grain(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    DAY = "day"


_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# A shop's periods: years like 0001 or 9999 are typing mistakes, and a year before or after
# them (同比, 环比) must still exist.
FIRST_YEAR, LAST_YEAR = 1000, 2999


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive range of days with a name the owner recognises."""

    start: date
    end: date
    grain: Grain

    @staticmethod
    def year(y: int) -> Period:
        return Period(date(y, 1, 1), date(y, 12, 31), Grain.YEAR)

    @staticmethod
    def quarter(y: int, q: int) -> Period:
        first = 3 * (q - 1) + 1
        return Period(date(y, first, 1), month_end(y, first + 2), Grain.QUARTER)

    @staticmethod
    def month(y: int, m: int) -> Period:
        return Period(date(y, m, 1), month_end(y, m), Grain.MONTH)

    @staticmethod
    def day(d: date) -> Period:
        return Period(d, d, Grain.DAY)

    @staticmethod
    def of_month(d: date) -> Period:
        return Period.month(d.year, d.month)

    @staticmethod
    def parse(text: str) -> Period:
        """`2026`, `2026-Q4`, `2026-11` or `2026-11-24`; ValueError otherwise."""
        raw = str(text).strip()
        try:
            if (m := re.match(r"^(\d{4})", raw)) and not FIRST_YEAR <= int(m[1]) <= LAST_YEAR:
                raise ValueError(raw)
            if m := _YEAR.match(raw):
                return Period.year(int(m[1]))
            if m := _QUARTER.match(raw):
                return Period.quarter(int(m[1]), int(m[2]))
            if m := _MONTH.match(raw):
                return Period.month(int(m[1]), int(m[2]))
            if m := _DAY.match(raw):
                return Period.day(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            pass
        raise ValueError(f"'{raw}' is not a period (use 2026, 2026-Q4, 2026-11)")

    @property
    def key(self) -> str:
        s = self.start
        if self.grain is Grain.YEAR:
            return f"{s.year:04d}"
        if self.grain is Grain.QUARTER:
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if self.grain is Grain.MONTH:
            return f"{s.year:04d}-{s.month:02d}"
        return s.isoformat()

    def __str__(self) -> str:
        return self.key

    def days(self) -> Iterator[date]:
        d = self.start
        while d <= self.end:
            yield d
            d += timedelta(days=1)

    @property
    def day_count(self) -> int:
        return (self.end - self.start).days + 1

    def children(self) -> list[Period]:
        """Year → quarters, quarter → months, month → days."""
        y = self.start.year
        if self.grain is Grain.YEAR:
            return [Period.quarter(y, q) for q in range(1, 5)]
        if self.grain is Grain.QUARTER:
            m0 = self.start.month
            return [Period.month(y, m) for m in range(m0, m0 + 3)]
        if self.grain is Grain.MONTH:
            return [Period.day(d) for d in self.days()]
        return []

    def months(self) -> list[Period]:
        out, d = [], self.start
        while d <= self.end:
            out.append(Period.of_month(d))
            d = out[-1].end + timedelta(days=1)
        return out

    def previous(self) -> Period:
        """The period of the same grain just before (环比)."""
        return self.shifted(-1)

    def shifted(self, steps: int) -> Period:
        if self.grain is Grain.DAY:
            return Period.day(self.start + timedelta(days=steps))
        if self.grain is Grain.YEAR:
            return Period.year(self.start.year + steps)
        months = 3 if self.grain is Grain.QUARTER else 1
        index = self.start.year * 12 + self.start.month - 1 + steps * months
        y, m = divmod(index, 12)
        if self.grain is Grain.QUARTER:
            return Period.quarter(y, m // 3 + 1)
        return Period.month(y, m + 1)

    def year_ago(self) -> Period:
        """The same period one year earlier (同比)."""
        if self.grain is Grain.DAY:
            s = self.start
            return Period.day(s.replace(year=s.year - 1, day=min(s.day, month_end(s.year - 1, s.month).day)))
        return Period(self.start.replace(year=self.start.year - 1),
                      month_end(self.end.year - 1, self.end.month), self.grain)

    def __contains__(self, d: object) -> bool:
        return isinstance(d, date) and self.start <= d <= self.end


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])
