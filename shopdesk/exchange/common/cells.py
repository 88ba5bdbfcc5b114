"""Writing cells so that user text never becomes a formula (DESIGN §4.4), in every exported workbook.

A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
could be taken for a formula by a spreadsheet program (or by a person who
edits the cell and presses Enter). Such text is written as a string cell
with Excel's quote prefix — what Excel itself stores when someone types
`'=1+1` — so it shows exactly as typed and is never evaluated.

Only a `Formula` (a formula ShopDesk builds itself, such as `=SUM(D5:D9)`)
is written as a formula. Every writer puts its cells through `put` (normal
sheets) or `row_cells` (write-only sheets).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_STARTS = frozenset(FORMULA_STARTS)


class Formula(str):
    """A formula written by ShopDesk itself; the only text that is written as a formula."""

    __slots__ = ()


def looks_like_formula(value: object) -> bool:
    """User text that a spreadsheet could take for a formula."""
    return (isinstance(value, str) and not isinstance(value, Formula) and bool(value)
            and value[0] in _STARTS)


def as_text(cell: Any) -> Any:
    """Make a cell holding dangerous text a plain string cell with a quote prefix."""
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def put(ws: Any, row: int, col: int, value: object = None) -> Any:
    """`ws.cell(row, col, value)`, with text that looks like a formula written as text."""
    cell = ws.cell(row, col)
    cell.value = value
    if value.__class__ is str and value and value[0] in _STARTS:
        as_text(cell)
    return cell


def text_cell(ws: Any, value: str) -> Any:
    """A write-only cell holding `value` as text."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    return as_text(cell) if looks_like_formula(value) else cell


def row_cells(ws: Any, values: Iterable[object]) -> list[object]:
    """A row for a write-only sheet: values as they are, dangerous text as a quoted text cell."""
    out: list[object] = []
    for value in values:
        if value.__class__ is str and value and value[0] in _STARTS:
            out.append(text_cell(ws, value))
        else:
            out.append(value)
    return out


def guard_cell(cell: Any) -> Any:
    """A write-only cell already built: guard its value."""
    value = cell.value
    if value.__class__ is str and value and value[0] in _STARTS:
        as_text(cell)
    return cell
