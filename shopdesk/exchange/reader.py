"""Reading a shop workbook's sheets into rows keyed by column, before any checking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.text import QT_TRANSLATE_NOOP
from .layout import SHEETS, SheetLayout, column_for, find_sheet

Progress = Callable[[int, int], None]


def col_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


@dataclass
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

    def rows(self, key: str) -> list[Row]:
        sheet = self.sheets.get(key)
        return sheet.rows if sheet else []


def read_book(path: Path, progress: Progress | None = None) -> RawBook:
    """Every known sheet of the workbook; header problems are collected, not raised."""
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
                book.sheets[layout.key] = _read_sheet(wb[title], layout, book.errors, progress)
    finally:
        wb.close()
    return book


def _read_sheet(ws, layout: SheetLayout, errors: list[ValidationError],  # type: ignore[no-untyped-def]
                progress: Progress | None) -> RawSheet:
    sheet = RawSheet(layout, ws.title)
    rows: Iterator = ws.iter_rows()
    header = next(rows, ())
    for cell in header:
        if cell.value is None:
            continue
        col = column_for(cell.value, layout)
        if col is None:
            continue  # extra columns are ignored
        index = cell.column
        if col.key in sheet.columns:
            errors.append(ValidationError(f"{ws.title}!{col_letter(index)}1", QT_TRANSLATE_NOOP(
                "Errors", "the column '{name}' appears twice"), name=col.key))
            continue
        sheet.columns[col.key] = index
    missing = [c for c in layout.columns if c.required and c.key not in sheet.columns]
    for col in missing:
        errors.append(ValidationError(f"{ws.title}!A1", QT_TRANSLATE_NOOP(
            "Errors", "the column '{name}' ({zh}) is missing"), name=col.key, zh=col.zh))
    if missing:
        return sheet
    wanted = [(key, index - 1) for key, index in sheet.columns.items()]
    total = ws.max_row or 0
    for number, cells in enumerate(rows, start=2):
        values: dict[str, tuple[object, str | None]] = {}
        for key, i in wanted:
            if i < len(cells):
                cell = cells[i]
                value = cell.value
                if value is not None and not (isinstance(value, str) and not value.strip()):
                    values[key] = (value, cell.number_format if isinstance(value, int | float) else None)
        if values:  # blank rows are skipped
            sheet.rows.append(Row(sheet, number, values))
        if progress is not None and number % 5000 == 0:
            progress(number, total)
    return sheet
