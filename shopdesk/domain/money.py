"""Money is held as integer fen (分); Decimal only while computing.

Every computed amount is rounded once, half up, to the fen (DESIGN §4.5).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, DecimalException

FEN_PER_YUAN = 100
_FEN = Decimal("0.01")
MAX_YUAN = Decimal(10) ** 13  # far above any shop's turnover, far below overflow


class MoneyError(ValueError):
    """A text or number that is not a valid amount of money."""


def round_fen(amount_yuan: Decimal) -> int:
    """Round an exact yuan amount once, half up, and return integer fen."""
    return int(amount_yuan.quantize(_FEN, rounding=ROUND_HALF_UP) * FEN_PER_YUAN)


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / FEN_PER_YUAN).quantize(_FEN)


def parse_yuan(value: object) -> int:
    """Read a user's yuan amount (text, int, Decimal or an Excel float) into fen.

    Excel stores numbers as binary floats, so a float is read through its
    shortest repr and rounded to the fen rather than trusted bit for bit.
    """
    if isinstance(value, bool) or value is None:
        raise MoneyError("not an amount")
    if isinstance(value, int):
        return value * FEN_PER_YUAN
    if isinstance(value, float):
        value = repr(value)
    text = str(value).strip().replace(",", "").replace("¥", "").replace("￥", "")
    if not text:
        raise MoneyError("empty amount")
    from shopdesk.domain.numbers import NumberError, bounded, parse_number

    try:
        amount = bounded(value) if isinstance(value, Decimal) else parse_number(text)
        plausible = abs(amount) <= MAX_YUAN
    except (NumberError, DecimalException) as exc:
        raise MoneyError(f"'{str(value)[:40]}' is not a plausible amount") from exc
    if not plausible:
        raise MoneyError(f"'{value}' is not a plausible amount")
    return round_fen(amount)


def format_yuan(fen: int, *, symbol: str = "¥", grouping: bool = True) -> str:
    """¥12,345.67 — locale-neutral grouping, as Chinese shops write it."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    body = f"{yuan:,}" if grouping else str(yuan)
    return f"{sign}{symbol}{body}.{cents:02d}"
