"""Numbers typed or pasted as text, bounded before anything converts them.

`Decimal("1e999999999")` is instant, but turning it into an integer or
rounding it is not (or overflows), so a number is refused at once when it
lies beyond ±10^12 (or is a non-zero below 10^-12) — far outside anything a
shop stores in any unit. Only ASCII digits count: `1_000` (Python's digit
separator) and other scripts' digits are not numbers here.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

LIMIT_EXPONENT = 12  # |x| < 10^13 … ≥ 10^-12
MAX_TEXT = 60
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,6})?")


class NumberError(ValueError):
    """`kind` is "not a number", "too large" or "too small"."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(kind)


def check_range(number: Decimal) -> Decimal:
    """The number when finite and within the bounds; NumberError otherwise."""
    if not number.is_finite():
        raise NumberError("not a number")
    if number and number.adjusted() > LIMIT_EXPONENT:
        raise NumberError("too large")
    if number and number.adjusted() < -LIMIT_EXPONENT:
        raise NumberError("too small")
    return number


def parse_number(text: str) -> Decimal:
    """ASCII decimal text (an exponent allowed) as a bounded Decimal."""
    raw = text.strip()
    if len(raw) > MAX_TEXT or not _NUMBER.fullmatch(raw):
        raise NumberError("not a number")
    try:
        number = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
        raise NumberError("not a number") from None
    return check_range(number)


def bounded(value: int | float | Decimal) -> Decimal:
    """An int, float or Decimal as a bounded Decimal (floats through 15 significant digits)."""
    if isinstance(value, bool):
        raise NumberError("not a number")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise NumberError("not a number")
        return check_range(Decimal(format(value, ".15g")))
    if isinstance(value, int):
        if value.bit_length() > 64:
            raise NumberError("too large")
        return check_range(Decimal(value))
    return check_range(value)
