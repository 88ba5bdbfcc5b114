"""Cells of platform exports to plain values (DESIGN §4.6 "Reading").

Back ends write numbers as text with their own decorations: `="123"` so
Excel keeps an order number's digits, a leading `'` for phone numbers, `¥`,
`元` and thousands separators on money, `45.30%` for rates, `2分30秒` for
durations, and `-`, `null` or nothing for none. Each parser returns None for
none and raises ValueError with a short English reason otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal, DecimalException
from typing import Any

NONE_WORDS = frozenset({"", "-", "--", "—", "null", "NULL", "Null", "none", "None", "N/A", "n/a"})
# Text in a money column that means "nothing refunded" (Tmall writes 无退款申请).
ZERO_WORDS = frozenset({"无退款申请", "无退款", "无"})
# No platform figure comes near this; a bigger one is a broken cell, refused before converting.
MAX_ABS = Decimal(10) ** 12
_MAX_TEXT = 40  # longest number text worth looking at
_DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?)小时)?(?:(\d+(?:\.\d+)?)分(?:钟)?)?(?:(\d+(?:\.\d+)?)秒)?$")
_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M",
                 "%Y-%m-%d", "%Y/%m/%d", "%Y%m%d")


def header_key(value: object) -> str:
    """A header cell as compared: NFKC-folded (full-width brackets), whitespace removed."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    return "".join(text.split())


def unwrap(value: object) -> object:
    """`="123"` → `123`, `'138…` → `138…`, surrounding whitespace removed; other values as they are."""
    if type(value) is not str:
        return value
    text = value.strip()
    if not text:
        return text
    first = text[0]
    if first == "=" and text.startswith('="') and text.endswith('"') and len(text) >= 3:
        return text[2:-1].strip()
    if first == "'":
        return text[1:].strip()
    if first == "\ufeff":
        return unwrap(text[1:])
    return text


def is_none(value: object) -> bool:
    value = unwrap(value)
    return value is None or (type(value) is str and value in NONE_WORDS)


def _none_or_unwrapped(value: object) -> object:
    """The unwrapped cell, or None when it means none."""
    value = unwrap(value)
    if value is None or (type(value) is str and value in NONE_WORDS):
        return None
    return value


def text(value: object) -> str | None:
    if type(value) is str:  # the common plain or `="…"` cell, without the general unwrapping
        plain = value.strip()
        if plain and plain[0] not in "='\ufeff":
            return None if plain in NONE_WORDS else plain
        if len(plain) >= 3 and plain[1] == '"' and plain[0] == "=" and plain[-1] == '"':
            inner = plain[2:-1].strip()
            if inner and inner[0] not in "='\ufeff":
                return None if inner in NONE_WORDS else inner
    value = _none_or_unwrapped(value)
    if value is None:
        return None
    if type(value) is str:
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a numeric product id cell
    return str(value)


def _decimal_of(value: object) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if value != value or abs(value) > 1e12:
            raise ValueError("not a number" if value != value else "too large")
        number = Decimal(format(value, ".15g"))
    elif isinstance(value, Decimal):
        number = value
    else:
        raw = str(value)
        if len(raw) > _MAX_TEXT:
            raise ValueError("not a number")
        cleaned = raw.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
        cleaned = cleaned.replace("元", "").strip()
        if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", cleaned, re.ASCII):
            raise ValueError("not a number")
        try:
            number = Decimal(cleaned)
        except DecimalException:
            raise ValueError("not a number") from None
    if not number.is_finite() or abs(number) > MAX_ABS:
        raise ValueError("too large")
    return number


def money_fen(value: object) -> int | None:
    """Yuan to integer fen; `无退款申请` is 0; more than two decimals is refused."""
    if type(value) is str:  # the common plain `1234.50`, without Decimal
        whole, _, frac = value.partition(".")
        if len(frac) == 2 and len(whole) <= 12 and whole.isascii() and whole.isdigit() and frac.isdigit() \
                and frac.isascii():
            return int(whole + frac)
        plain = value.strip()
        whole, _, frac = plain.partition(".")
        if plain.isascii() and len(whole) <= 12 and len(frac) <= 2 and (whole + frac).isdigit():
            return int(whole or "0") * 100 + int((frac + "00")[:2])
    value = _none_or_unwrapped(value)
    if value is None:
        return None
    if isinstance(value, str) and value in ZERO_WORDS:
        return 0
    number = _decimal_of(value)
    fen = number * 100
    if isinstance(value, float):
        fen = fen.quantize(Decimal(1))  # 16885.69 may arrive as 16885.689999…
    if fen != fen.to_integral_value():
        raise ValueError("more than two decimals")
    return int(fen)


def count(value: object) -> int | None:
    value = _none_or_unwrapped(value)
    if value is None:
        return None
    number = _decimal_of(value)
    if number != number.to_integral_value():
        raise ValueError("not a whole number")
    return int(number)


def decimal(value: object) -> Decimal | None:
    value = _none_or_unwrapped(value)
    if value is None:
        return None
    return _decimal_of(value)


def percent(value: object) -> Decimal | None:
    """`45.30%` → 45.30; a number cell (a formatted fraction) 0.453 → 45.30; text `45.3` → 45.3."""
    value = _none_or_unwrapped(value)
    if value is None:
        return None
    if isinstance(value, float | int) and not isinstance(value, bool):
        return _decimal_of(value) * 100
    raw = str(value).strip()
    if raw.endswith(("%", "％")):
        return _decimal_of(raw[:-1])
    return _decimal_of(raw)


def seconds(value: object) -> Decimal | None:
    """A duration in seconds: a number, or text such as `2分30秒`, `1小时2分`, `45秒`."""
    value = _none_or_unwrapped(value)
    if value is None:
        return None
    if isinstance(value, str):
        raw = value.strip()
        if raw.endswith("s") and raw[:-1].replace(".", "", 1).isdigit():
            raw = raw[:-1]
        match = _DURATION.match(raw) if any(u in raw for u in "时分秒") else None
        if match:
            h, m, s = (Decimal(g) if g else Decimal(0) for g in match.groups())
            return h * 3600 + m * 60 + s
        return _decimal_of(raw)
    return _decimal_of(value)


def timestamp(value: object) -> datetime | None:
    """`YYYY-MM-DD HH:MM:SS` text (also with `/`, without seconds, or a bare date) or a date cell."""
    if type(value) is str and len(value) == 19 and value[4] == "-":
        try:
            return datetime.fromisoformat(value)  # the common `YYYY-MM-DD HH:MM:SS`, fast
        except ValueError:
            pass
    value = _none_or_unwrapped(value)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raw = str(value).strip()
    if len(raw) == 19 and raw[4] == "-":
        try:
            return datetime.fromisoformat(raw)  # the common `YYYY-MM-DD HH:MM:SS`, fast
        except ValueError:
            pass
    if len(raw) <= 30:
        for fmt in _TIME_FORMATS:
            try:
                return datetime.strptime(raw, fmt)
            except ValueError:
                continue
    raise ValueError("not a time")


def _memo(parse):
    """Cells repeat (prices, quantities, statuses, titles): each distinct cell is parsed once.
    `typed`: 1, 1.0 and True are different cells (True is no amount)."""
    from functools import lru_cache

    return lru_cache(maxsize=16384, typed=True)(parse)


PARSERS = {
    "text": _memo(text),
    "money": _memo(money_fen),
    "count": _memo(count),
    "decimal": _memo(decimal),
    "percent": _memo(percent),
    "seconds": _memo(seconds),
    "time": _memo(timestamp),
}


# A big CSV column in the one plain shape its back end writes, converted in C; the same values the
# cell parsers give, or None when the column is not all in that shape (then each cell is parsed).
_ORDER_NUMBERS = re.compile(r'="[0-9]{1,40}"(?:\n="[0-9]{1,40}")*', re.ASCII)


def _order_numbers(cells: Sequence[Any]) -> list[object] | None:
    """`="123"` on every cell (order numbers kept as text) → `123`, as `text` unwraps them."""
    return [c[2:-1] for c in cells] if _ORDER_NUMBERS.fullmatch("\n".join(cells)) else None


def _iso_times(cells: Sequence[Any]) -> list[object] | None:
    """Every cell empty or 19 characters with `-` after the year: `timestamp` reads exactly those
    with `datetime.fromisoformat` (an impossible date raises ValueError as for one cell)."""
    lengths = set(map(len, cells))
    if not lengths <= {0, 19} or {c[4:5] for c in cells} - {"-", ""}:
        return None
    if lengths == {19}:
        return list(map(datetime.fromisoformat, cells))
    return [datetime.fromisoformat(c) if c else None for c in cells]


_WHOLE_COLUMN: dict[str, Callable[[Sequence[Any]], list[object] | None]] = {
    "text": _order_numbers, "time": _iso_times}

_PLAIN = {"text": text, "money": money_fen, "count": count, "decimal": decimal, "percent": percent,
          "seconds": seconds, "time": timestamp}


def parse_column(kind: str, cells: Sequence[object], text_only: bool = False) -> list[object]:
    """A whole column of one cell type, each distinct cell parsed once; ValueError as for one cell.

    Equal cells of different types must not share a result (True == 1 == 1.0, and True is no
    amount): a column holding a bool is parsed cell by cell. `text_only`: the cells are all text
    or None (a CSV file), so there is no bool to look for.
    """
    if not text_only:
        types = set(map(type, cells))
        if bool in types:
            return list(map(PARSERS[kind], cells))
        text_only = types == {str}
    if text_only and kind in _WHOLE_COLUMN and len(cells) > 1000 and None not in cells:
        whole = _WHOLE_COLUMN[kind](cells)
        if whole is not None:
            return whole
    parse = _PLAIN[kind]
    sample = cells[:1000]
    if len(set(sample)) * 5 > len(sample) * 2:  # mostly different (order numbers, times): no look-up
        return list(map(parse, cells))
    distinct: dict[object, object] = dict.fromkeys(cells)
    for cell in distinct:
        distinct[cell] = parse(cell)
    return list(map(distinct.__getitem__, cells))
