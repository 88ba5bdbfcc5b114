"""Reading one workbook cell into ShopDesk's values, with messages that name the problem.

Excel stores numbers as binary floats, so a float cell is read through 15
significant digits (Excel's own precision) before it becomes a Decimal:
16885.689999999999 arrives as 16885.69. Money is then rounded to the fen.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from shopdesk.domain.money import MAX_YUAN, round_fen
from shopdesk.domain.numbers import NumberError, bounded, parse_number
from shopdesk.domain.text import QT_TRANSLATE_NOOP

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


class CellError(ValueError):
    """A cell that cannot be read; `template` and `args` make the message."""

    def __init__(self, template: str, **args: object) -> None:
        self.template, self.args_ = template, args
        super().__init__(template.format(**args))


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """A cell as trimmed text: whole floats lose their '.0', date cells read as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def shown(value: object) -> str:
    """A cell's content for a message."""
    return text(value) if not isinstance(value, float) else format(value, ".15g")


def decimal(value: object) -> Decimal | None:
    """A number cell or typed number ('¥1,234.50') as a Decimal; None for an empty cell.

    Bounded before anything converts it (domain.numbers): `1e999999999` is refused at once.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool | datetime | date):
        raise CellError(QT_TRANSLATE_NOOP("Errors", "'{text}' is not a number"), text=shown(value))
    try:
        if isinstance(value, int | float | Decimal):
            return bounded(value)
        raw = str(value).strip().replace(",", "").replace("，", "")
        for mark in ("¥", "￥", "元"):
            raw = raw.replace(mark, "")
        return parse_number(raw)
    except NumberError as exc:
        raise _number_error(exc, value) from None


def _number_error(exc: NumberError, value: object) -> CellError:
    text = shown(value)[:40]
    if exc.kind == "too large":
        return CellError(QT_TRANSLATE_NOOP("Errors", "{text} is too large (at most ±10^12)"), text=text)
    if exc.kind == "too small":
        return CellError(QT_TRANSLATE_NOOP("Errors", "{text} is too small to be stored (below 10^-12)"), text=text)
    return CellError(QT_TRANSLATE_NOOP("Errors", "'{text}' is not a number"), text=text)


def money_fen(value: object, *, negative: bool = False) -> int | None:
    """Yuan in a cell to integer fen (half up); None for an empty cell."""
    try:
        amount = decimal(value)
    except CellError as exc:
        if "not a number" not in exc.template:
            raise
        raise CellError(QT_TRANSLATE_NOOP("Errors", "'{text}' is not an amount of money"),
                        text=shown(value)[:40]) from None
    if amount is None:
        return None
    if abs(amount) > MAX_YUAN:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "{text} is implausibly large"), text=shown(value))
    if amount < 0 and not negative:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "an amount cannot be negative"))
    return round_fen(amount)


def percent(value: object, number_format: str | None) -> Decimal | None:
    """A percentage (DESIGN §4.2): a %-formatted cell holds a fraction, '1%' text means 1 %,
    a plain number n means n %. Returns the percentage (1 for one percent)."""
    if is_blank(value):
        return None
    if isinstance(value, str) and value.strip().endswith(("%", "％")):
        number = decimal(value.strip()[:-1])
        assert number is not None
        return number
    number = decimal(value)
    if number is None:
        return None
    if isinstance(value, int | float) and number_format and "%" in number_format:
        return number * 100
    return number


def day(value: object) -> date:
    """A date cell or YYYY-MM-DD text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = text(value)
    m = _DATE.match(raw)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise CellError(QT_TRANSLATE_NOOP("Errors", "'{text}' is not a date (use YYYY-MM-DD)"), text=shown(value))


def optional_day(value: object) -> date | None:
    return None if is_blank(value) else day(value)


def period_text(value: object) -> str:
    """A period cell as text; a date cell (Excel's reading of a typed 2026-11) is its month."""
    if isinstance(value, datetime | date):
        return f"{value.year}-{value.month:02d}"
    return text(value)


def whole(value: object, *, minimum: int = 0) -> int | None:
    """A whole number cell (points, a day of the month); None when empty."""
    number = decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise CellError(QT_TRANSLATE_NOOP("Errors", "{text} is not a whole number"), text=shown(value))
    if number < minimum:
        raise CellError(QT_TRANSLATE_NOOP("Errors", "{text} is below {minimum}"), text=shown(value),
                        minimum=minimum)
    return int(number)
