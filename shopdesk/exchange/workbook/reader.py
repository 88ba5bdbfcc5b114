"""Reading a shop workbook's sheets into rows keyed by column, before any checking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from shopdesk.domain.errors import ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook.layout import SHEETS, SheetLayout, column_for, find_sheet

Progress = Callable[[int, int], None]


def col_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


@dataclass(slots=True)
class Row:
    """One non-blank row: its number and each known column's (value, number format)."""

    sheet: RawSheet
    number: int
    cells: dict[str, tuple[object, str | None]]

    def value(self, key: str) -> object:
        cell = self.cells.get(key)
        return None if cell is None else cell[0]

    def fmt(self, key: str) -> str | None:
        cell = self.cells.get(key)
        return None if cell is None else cell[1]

    def ref(self, key: str) -> str:
        """`Sheet!Cell` of this row's column (the row's first cell when the column is absent)."""
        col = self.sheet.columns.get(key, 1)
        return f"{self.sheet.title}!{col_letter(col)}{self.number}"


@dataclass
class RawSheet:
    layout: SheetLayout
    title: str
    columns: dict[str, int] = field(default_factory=dict)  # key → 1-based column
    rows: list[Row] = field(default_factory=list)


@dataclass
class RawBook:
    sheets: dict[str, RawSheet] = field(default_factory=dict)  # layout key → sheet
    errors: list[ValidationError] = field(default_factory=list)

    def rows(self, key: str) -> list[Row]:  # blank cells (empty or spaces) never reach a Row
        sheet = self.sheets.get(key)
        return sheet.rows if sheet else []


def read_book(path: Path, progress: Progress | None = None) -> RawBook:
    """Every known sheet of the workbook; header problems are collected, not raised.

    Sheets are read by the lean XML reader (fast enough for a year of Actuals);
    a workbook it does not understand is read again with openpyxl.
    """
    from shopdesk.exchange.workbook import fastxlsx

    book = RawBook()
    try:
        fast = fastxlsx.Book(str(path))
    except Exception:  # not laid out as expected (or not a workbook): let openpyxl judge
        return _read_with_openpyxl(path, progress)
    try:
        names = list(fast.sheets)
        for layout in SHEETS:
            title = find_sheet(names, layout)
            if title is not None:
                book.sheets[layout.key] = _sheet(layout, title, fast.rows(title), book.errors, progress)
    except Exception:  # a part it cannot read: start again with openpyxl
        return _read_with_openpyxl(path, progress)
    finally:
        fast.close()
    return book


def _read_with_openpyxl(path: Path, progress: Progress | None) -> RawBook:
    from openpyxl import load_workbook

    book = RawBook()
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a missing, damaged or non-Excel file: openpyxl raises many kinds
        book.errors.append(ValidationError(path.name, QT_TRANSLATE_NOOP(
            "Errors", "not an Excel workbook (.xlsx) that can be read")))
        return book
    try:
        names = list(wb.sheetnames)
        for layout in SHEETS:
            title = find_sheet(names, layout)
            if title is not None:
                book.sheets[layout.key] = _sheet(layout, title, _openpyxl_rows(wb[title]), book.errors, progress)
    finally:
        wb.close()
    return book


def _openpyxl_rows(ws) -> Iterator[tuple[int, dict[int, tuple[object, str | None]]]]:
    for number, cells in enumerate(ws.iter_rows(min_row=1), start=1):
        values = {}
        for i, cell in enumerate(cells, start=1):
            value = cell.value
            if value is not None and not (isinstance(value, str) and not value.strip()):
                is_number = isinstance(value, int | float) and not isinstance(value, bool)
                values[i] = (value, cell.number_format if is_number else None)
        if values:
            yield number, values


def _sheet(layout: SheetLayout, title: str, rows: Iterator[tuple[int, dict[int, tuple[object, str | None]]]],
           errors: list[ValidationError], progress: Progress | None) -> RawSheet:
    """The first row with values is the header; later rows become Rows keyed by column."""
    sheet = RawSheet(layout, title)
    first = next(rows, None)
    header_row = first[0] if first else 1
    for index, (value, _fmt) in sorted((first[1] if first else {}).items()):
        col = column_for(value, layout)
        if col is None:
            continue  # extra columns are ignored
        if col.key in sheet.columns:
            errors.append(ValidationError(f"{title}!{col_letter(index)}{header_row}", QT_TRANSLATE_NOOP(
                "Errors", "the column '{name}' appears twice"), name=col.key))
            continue
        sheet.columns[col.key] = index
    missing = [c for c in layout.columns if c.required and c.key not in sheet.columns]
    for col in missing:
        errors.append(ValidationError(f"{title}!A{header_row}", QT_TRANSLATE_NOOP(
            "Errors", "the column '{name}' ({zh}) is missing"), name=col.key, zh=col.zh))
    if missing:
        return sheet
    wanted = [(key, index) for key, index in sheet.columns.items()]
    append = sheet.rows.append
    for n, (number, cells) in enumerate(rows, start=1):
        values = {key: cells[index] for key, index in wanted if index in cells}
        if values:  # blank rows are skipped
            append(Row(sheet, number, values))
        if progress is not None and n % 10_000 == 0:
            progress(n, 0)
    return sheet
