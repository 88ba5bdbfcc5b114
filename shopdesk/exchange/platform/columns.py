"""Rows to a table a column at a time (DESIGN §4.6 "Reading"), the fast way through a big export.

Each needed column is parsed whole, each distinct cell once (a month's 100,000 order lines hold a few
hundred prices, titles and statuses), and no dict is built per row. Either function returns None
when any cell is bad: the row-by-row reading in `reader` then names it `FILE:row N`.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from shopdesk.domain import platform as rules

from .cells import NONE_WORDS, is_none, parse_column

Columns = list[tuple[str, int, str]]  # logical name, index, cell type


def _table(prefix: str, numbers: list[int], cells: dict[str, list[Any]], columns: Columns,
           text_only: bool) -> rules.Table | None:
    parsed: dict[str, list[object]] = {}
    try:
        for name, _, kind in columns:
            parsed[name] = parse_column(kind, cells[name], text_only)
    except ValueError:
        return None
    return rules.Table.numbered(prefix, numbers, parsed)


def sheet_table(prefix: str, sheet: list[list[Any]], header_index: int, columns: Columns,
                text_only: bool) -> tuple[rules.Table, int, int] | None:
    """A sheet read whole (an .xlsx, an .xls): its table, rows used and blank rows."""
    none_words = NONE_WORDS
    # A row whose first cell holds something is used; only the others are looked at cell by cell.
    kept = [i for i in range(header_index + 1, len(sheet))
            if (row := sheet[i]) and type(row[0]) is str and row[0].strip() not in none_words
            or not all(map(is_none, row))]
    data: list[list[Any]] = [sheet[i] for i in kept]
    narrowest = min(map(len, data), default=0)
    cells = {name: list(map(itemgetter(index), data)) if index < narrowest else
             [row[index] if index < len(row) else None for row in data]
             for name, index, _ in columns}
    table = _table(prefix, [i + 1 for i in kept], cells, columns, text_only)
    return None if table is None else (table, len(data), len(sheet) - header_index - 1 - len(kept))


def stream_table(prefix: str, rows: Iterable[list[str]], first_row: int, columns: Columns,
                 max_rows: int) -> tuple[rules.Table, int, int] | None:
    """CSV rows as they are read (numbered from `first_row`), keeping only the columns' cells, so
    the rest of each row is let go at once; None past `max_rows` rows too (the full reading refuses)."""
    indices = [index for _, index, _ in columns]
    if len(indices) < 2:
        return None
    width = max(indices) + 1
    pick = itemgetter(*indices)
    none_words = NONE_WORDS
    kept: list[tuple[Any, ...]] = []
    numbers: list[int] = []
    blank = 0
    number = first_row - 1
    try:
        for row in rows:
            number += 1
            if row and type(row[0]) is str and row[0].strip() not in none_words or not all(map(is_none, row)):
                kept.append(pick(row) if len(row) >= width else
                            tuple(row[i] if i < len(row) else None for i in indices))
                numbers.append(number)
            else:
                blank += 1
    except Exception:  # csv.Error mid-file: the full reading names it
        return None
    if number > max_rows:
        return None
    transposed = list(zip(*kept, strict=True)) if kept else [() for _ in columns]
    cells = {name: list(col) for (name, _, _), col in zip(columns, transposed, strict=True)}
    table = _table(prefix, numbers, cells, columns, True)
    return None if table is None else (table, len(kept), blank)
