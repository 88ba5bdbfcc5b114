"""A tiny evaluator for the formulas ShopDesk writes (SUM, +, −, IF(x>0,a/b,"")), to check them in tests."""

from __future__ import annotations

import re
from decimal import Decimal

from openpyxl.utils import column_index_from_string, get_column_letter

_REF = r"([A-Z]+)(\d+)"


def evaluate(ws, ref: str) -> Decimal | str:
    """The value of a cell, computing formulas recursively (exact decimals)."""
    value = ws[ref].value
    if value is None:
        return Decimal(0)
    if isinstance(value, str) and value.startswith("="):
        return _formula(ws, value[1:])
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    return value


def _formula(ws, text: str) -> Decimal | str:
    m = re.fullmatch(r'IF\(' + _REF + r'>0,' + _REF + r'/' + _REF + r',""\)', text)
    if m:
        den = evaluate(ws, f"{m[1]}{m[2]}")
        return "" if not den else evaluate(ws, f"{m[3]}{m[4]}") / evaluate(ws, f"{m[5]}{m[6]}")  # type: ignore[operator]
    total = Decimal(0)
    for sign, term in re.findall(r"([+-]?)([^+-]+)", text):
        value = _term(ws, term)
        total += -value if sign == "-" else value
    return total


def _term(ws, term: str) -> Decimal:
    m = re.fullmatch(r"SUM\(" + _REF + r":" + _REF + r"\)", term)
    if m:
        c1, c2 = column_index_from_string(m[1]), column_index_from_string(m[3])
        out = Decimal(0)
        for col in range(c1, c2 + 1):
            for row in range(int(m[2]), int(m[4]) + 1):
                v = evaluate(ws, f"{get_column_letter(col)}{row}")
                out += v if isinstance(v, Decimal) else Decimal(0)
        return out
    if re.fullmatch(_REF, term):
        v = evaluate(ws, term)
        return v if isinstance(v, Decimal) else Decimal(0)
    return Decimal(term)
