"""Shared look of the workbooks ShopDesk writes: one CJK font, number formats, fitted widths.

Every cell ShopDesk styles names the same font, one with Chinese glyphs, so
no program falls back to a serif font for the bold title or totals
(DESIGN §4.4). Widths are in Excel's units (characters of the default
font's digit, 7 px at 96 dpi); a Chinese character counts about two.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

YUAN_FORMAT = '"¥"#,##0.00;[Red]-"¥"#,##0.00'
NUMBER_FORMAT = "#,##0.##"
PERCENT_FORMAT = "0.00%"
DATE_FORMAT = "yyyy-mm-dd"

CJK_FONT = "Microsoft YaHei"  # 微软雅黑: on every Chinese Windows and in WPS; has a real bold
GB2312_CHARSET = 134
BODY_SIZE = 10
TITLE_SIZE = 14


def text_width(text: str) -> int:
    """Characters a text needs; Chinese characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shown(value: object, number_format: str | None = None) -> str:
    """About what a spreadsheet shows for a value in a format (to size its column; never ###)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if isinstance(value, bool):
        return "TRUE"
    if isinstance(value, int | float | Decimal):
        fmt = number_format or ""
        number = Decimal(str(value))
        if fmt.endswith('"%"'):
            return f"{number:,.2f}%"
        if fmt.endswith("%"):
            return f"{number * 100:,.2f}%"
        text = f"{number:,.2f}"
        return ("¥" + text) if ("¥" in fmt or isinstance(value, Decimal)) else text
    return str(value)


def display_width(value: object, number_format: str | None = None) -> int:
    return text_width(shown(value, number_format))


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


def column_width(chars: int, size: float = BODY_SIZE, bold: bool = False) -> float:
    """Excel width for `chars` (text_width) of the body font at `size`, with a little padding."""
    return round(chars * size / 10 * (1.08 if bold else 1.0) + 1.6, 1)


def font(*, bold: bool = False, italic: bool = False, size: float = BODY_SIZE, color: str | None = None):
    from openpyxl.styles import Font

    return Font(name=CJK_FONT, charset=GB2312_CHARSET, bold=bold, italic=italic, size=size, color=color)


def new_workbook():
    """A workbook whose default font (Normal style, and every unstyled cell) is the body font.

    Column widths count characters of the default font, so with it Excel, WPS and
    LibreOffice all size the columns by the font the sheet is printed in.
    """
    from openpyxl import Workbook
    from openpyxl.utils.indexed_list import IndexedList

    wb: Any = Workbook()
    wb._fonts = IndexedList([font()])  # noqa: SLF001 (font 0 is the Normal style's: openpyxl has no setter)
    return wb


def header_font():
    return font(bold=True)


def header_fill():
    from openpyxl.styles import PatternFill

    return PatternFill("solid", fgColor="DDEBF7")


def set_widths(ws, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


class Looks:
    """Named cell looks for one workbook, each built once and then copied onto cells.

    Setting a style attribute costs openpyxl a hash and a lookup each time;
    copying the finished style array is cheap. A text cell's quote prefix
    (see `cells.put`) is kept.
    """

    def __init__(self) -> None:
        self._specs: dict[str, dict[str, object]] = {}
        self._arrays: dict[str, object] = {}

    def define(self, name: str, **attrs: object) -> None:
        self._specs[name] = attrs

    def apply(self, cell, name: str):
        from copy import copy

        quoted = cell._style.quotePrefix if cell._style is not None else 0  # noqa: SLF001
        array = self._arrays.get(name)
        if array is None:
            for key, value in self._specs[name].items():
                setattr(cell, key, value)
            self._arrays[name] = copy(cell._style)  # noqa: SLF001
        else:
            cell._style = copy(array)  # noqa: SLF001
        if quoted:
            cell._style.quotePrefix = quoted  # noqa: SLF001
        return cell
