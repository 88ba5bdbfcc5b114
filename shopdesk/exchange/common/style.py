"""Shared look of the workbooks ShopDesk writes: header style, number formats, fitted widths."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

YUAN_FORMAT = '"¥"#,##0.00;[Red]-"¥"#,##0.00'
NUMBER_FORMAT = "#,##0.##"
PERCENT_FORMAT = "0.00%"
DATE_FORMAT = "yyyy-mm-dd"


def display_width(value: object) -> int:
    """Characters a cell needs; Chinese characters count double."""
    if value is None:
        return 0
    text = value if isinstance(value, str) else (
        f"{value:,.2f}" if isinstance(value, int | float) else str(value))
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fitted_widths(rows: Iterable[Sequence[object]], minimum: int = 6, maximum: int = 50,
                  sample: int = 2000) -> list[float]:
    """Column widths from the first `sample` rows (enough to size them; all rows would be slow)."""
    widths: list[int] = []
    for n, row in enumerate(rows):
        if n >= sample:
            break
        for i, value in enumerate(row):
            w = display_width(value)
            if i >= len(widths):
                widths.append(w)
            elif w > widths[i]:
                widths[i] = w
    return [min(maximum, max(minimum, w) + 2) for w in widths]


def header_font():
    from openpyxl.styles import Font

    return Font(bold=True)


def header_fill():
    from openpyxl.styles import PatternFill

    return PatternFill("solid", fgColor="DDEBF7")


def set_widths(ws, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
