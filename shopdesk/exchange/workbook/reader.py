"""Reading a shop workbook's sheets into rows keyed by column, before any checking."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shopdesk.domain.errors import ValidationError
from shopdesk.domain.names import describe_char, problem_char
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.exchange.workbook.layout import SHEETS, SheetLayout, column_for, fold

if TYPE_CHECKING:
    from shopdesk.exchange.workbook.fastxlsx import Extras

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


MAX_UNPACKED = 200 * 1024 * 1024  # bytes a workbook's parts may unpack to
MAX_FALLBACK = 50 * 1024 * 1024  # openpyxl builds every cell in memory: a smaller limit for it
MAX_PARTS = 10_000
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_CELL = 32_767  # characters: Excel's own limit
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!"})


def _book_error(path: Path, template: str, **args: object) -> ValidationError:
    return ValidationError(path.name, template, **args)


def preflight(path: Path) -> tuple[list[ValidationError], int]:
    """File-level refusals before any XML is parsed: unpacked size, part count, DTDs.

    Returns (problems, unpacked bytes); a file that is no zip at all is left to the readers.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            if len(infos) > MAX_PARTS:
                return [_book_error(path, QT_TRANSLATE_NOOP(
                    "Errors", "the workbook has more than {n} parts"), n=MAX_PARTS)], total
            if total > MAX_UNPACKED:
                return [_book_error(path, QT_TRANSLATE_NOOP(
                    "Errors", "the workbook unpacks to {mb} MB, more than the {limit} MB ShopDesk reads"),
                    mb=total // (1024 * 1024), limit=MAX_UNPACKED // (1024 * 1024))], total
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels", ".vml")) and _declares_entities(zf, info):
                    return [_book_error(path, QT_TRANSLATE_NOOP(
                        "Errors", "the workbook's XML declares a document type or entities ({part}); "
                        "ShopDesk does not read such files"), part=info.filename[:80])], total
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return [], 0
    return [], total


def _declares_entities(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """A <!DOCTYPE or <!ENTITY in a part's prolog (UTF-8 or UTF-16): the way to billion laughs
    and external entities. XML allows them only before the root element."""
    with zf.open(info) as part:
        head = part.read(64 * 1024)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    elif head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        head = head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="ignore").encode()
    upper = head.upper()
    return b"<!DOCTYPE" in upper or b"<!ENTITY" in upper


def read_book(path: Path, progress: Progress | None = None) -> RawBook:
    """Every known sheet of the workbook; header problems are collected, not raised.

    Sheets are read by the lean XML reader (fast enough for a year of Actuals);
    a workbook it does not understand is read again with openpyxl. Hostile
    content is refused, each problem named (DESIGN §4.2): a workbook that unpacks
    to more than 200 MB or declares XML entities, a known sheet twice (Staff and
    员工) or hidden, hidden rows and columns, merged cells, formulas without a
    cached value, error values, invisible (white on white) cells, invisible or
    control characters, over-long cells and over-long sheets.
    """
    from shopdesk.exchange.workbook import fastxlsx

    problems, unpacked = preflight(path)
    if problems:
        return RawBook(errors=problems)
    book = RawBook()
    try:
        fast = fastxlsx.Book(str(path))
    except Exception:  # not laid out as expected (or not a workbook): let openpyxl judge
        return _read_with_openpyxl(path, progress, unpacked)
    try:
        names = list(fast.sheets)
        for layout in SHEETS:
            title = _one_sheet(names, layout, fast.hidden, book.errors)
            if title is not None:
                book.sheets[layout.key] = _sheet(layout, title, fast.rows(title), book.errors, progress,
                                                 fast.extras(title))
    except Exception:  # a part it cannot read: start again with openpyxl
        return _read_with_openpyxl(path, progress, unpacked)
    finally:
        fast.close()
    return book


def _one_sheet(names: list[str], layout: SheetLayout, hidden: set[str],
               errors: list[ValidationError]) -> str | None:
    """The layout's sheet; both spellings present, or a hidden sheet, is a problem."""
    wanted = {fold(layout.en), fold(layout.zh)}
    found = [n for n in names if fold(n) in wanted]
    if not found:
        return None
    if len(found) > 1:
        errors.append(ValidationError(f"{found[1]}!A1", QT_TRANSLATE_NOOP(
            "Errors", "the sheets '{first}' and '{second}' are both present; keep one"),
            first=found[0], second=found[1]))
        return None
    if found[0] in hidden:
        errors.append(ValidationError(f"{found[0]}!A1", QT_TRANSLATE_NOOP(
            "Errors", "the sheet is hidden; show it (or delete it) and import again")))
        return None
    return found[0]


def _read_with_openpyxl(path: Path, progress: Progress | None, unpacked: int = 0) -> RawBook:
    from openpyxl import load_workbook

    from shopdesk.exchange.workbook.fastxlsx import Bad, Extras

    book = RawBook()
    if unpacked > MAX_FALLBACK:
        book.errors.append(ValidationError(path.name, QT_TRANSLATE_NOOP(
            "Errors", "the workbook is laid out in a way that can only be read slowly, and it is "
            "larger than {limit} MB; save it again with Excel or WPS"), limit=MAX_FALLBACK // (1024 * 1024)))
        return book
    try:
        # Whole workbooks (not read-only): hidden rows, columns and merges are only known so.
        wb = load_workbook(path, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
    except Exception:  # a missing, damaged or non-Excel file: openpyxl raises many kinds
        book.errors.append(ValidationError(path.name, QT_TRANSLATE_NOOP(
            "Errors", "not an Excel workbook (.xlsx) that can be read")))
        return book
    try:
        names = list(wb.sheetnames)
        hidden = {ws.title for ws in wb.worksheets if ws.sheet_state != "visible"}
        for layout in SHEETS:
            title = _one_sheet(names, layout, hidden, book.errors)
            if title is None:
                continue
            ws = wb[title]
            formula_cells = {(int(c.row), int(c.column)) for row in formulas[title].iter_rows() for c in row
                             if getattr(c, "data_type", None) == "f" and c.row and c.column}
            extras = Extras(
                frozenset(r for r, d in ws.row_dimensions.items() if d.hidden or d.height == 0),
                tuple((d.min or 0, d.max or 0) for d in ws.column_dimensions.values()
                      if (d.hidden or d.width == 0) and d.min),
                tuple((r.min_col, r.min_row, r.max_col, r.max_row) for r in ws.merged_cells.ranges),
                bool(ws.sheet_format.zeroHeight))
            book.sheets[layout.key] = _sheet(layout, title, _openpyxl_rows(ws, formula_cells, Bad),
                                             book.errors, progress, extras)
    finally:
        wb.close()
        formulas.close()
    return book


def _openpyxl_rows(ws: Any, formula_cells: Set[tuple[int, int]] = frozenset(),
                   bad: Callable[..., object] | None = None) -> Iterator[tuple[int, dict[int, tuple[object, str | None]]]]:
    """Rows as the lean reader gives them; a formula without a cached value, a non-finite
    number and white-on-white text come back as `bad(reason)` when `bad` is given."""
    import math

    for number, cells in enumerate(ws.iter_rows(min_row=1), start=1):
        values: dict[int, tuple[object, str | None]] = {}
        for i, cell in enumerate(cells, start=1):
            value = cell.value
            if bad is not None and value is None and (number, i) in formula_cells:
                values[i] = (bad("formula"), None)
                continue
            if value is not None and not (isinstance(value, str) and not value.strip()):
                is_number = isinstance(value, int | float) and not isinstance(value, bool)
                if bad is not None and isinstance(value, float) and not math.isfinite(value):
                    values[i] = (bad("number", str(value)), None)
                    continue
                if bad is not None and _white_on_white(cell):
                    values[i] = (bad("invisible"), None)
                    continue
                values[i] = (value, cell.number_format if is_number else None)
        if values:
            yield number, values


def _white_on_white(cell: Any) -> bool:
    try:
        color = cell.font.color
        fill = cell.fill
    except AttributeError:  # read-only cells carry no style objects
        return False
    white = color is not None and ((isinstance(color.rgb, str) and color.rgb.upper().endswith("FFFFFF"))
                                   or color.theme == 0)
    plain = fill is None or fill.fill_type in (None, "none") or (
        fill.fill_type == "solid" and isinstance(fill.fgColor.rgb, str) and fill.fgColor.rgb.upper().endswith("FFFFFF"))
    hides = str(cell.number_format).replace(" ", "") in (";;;", ";;")
    return (white and plain) or hides


_REASONS = {
    "formula": QT_TRANSLATE_NOOP("Errors", "a formula without a saved result; open the workbook in Excel or "
                                 "WPS, let it calculate, save, and import again"),
    "number": QT_TRANSLATE_NOOP("Errors", "'{text}' is not a finite number"),
    "invisible": QT_TRANSLATE_NOOP("Errors", "the cell's value is invisible (white on white, or a ;;; format); "
                                   "make it visible or clear it"),
}


def _cell_problem(value: object, bad_type: type) -> tuple[str, dict[str, object]] | None:
    """Why one cell's value must not be imported, or None."""
    if isinstance(value, bad_type):
        return _REASONS[value.reason], {"text": value.raw}  # type: ignore[attr-defined]
    if isinstance(value, str):
        if len(value) > MAX_CELL:
            return QT_TRANSLATE_NOOP("Errors", "the cell holds more than {n} characters"), {"n": MAX_CELL}
        ch = problem_char(value)
        if ch is not None:
            return QT_TRANSLATE_NOOP("Errors", "contains an invisible or control character ({char})"), \
                {"char": describe_char(ch)}
        if value.strip().upper() in ERROR_VALUES:
            return QT_TRANSLATE_NOOP("Errors", "the cell holds the error {text}; fix the formula or type the value"), \
                {"text": value.strip()[:12]}
    return None


def _sheet(layout: SheetLayout, title: str, rows: Iterator[tuple[int, dict[int, tuple[object, str | None]]]],
           errors: list[ValidationError], progress: Progress | None, extras: Extras | None = None) -> RawSheet:
    """The first row with values is the header; later rows become Rows keyed by column.

    Refused cells (see read_book) are named one by one and their rows left out.
    """
    from shopdesk.exchange.workbook.fastxlsx import Bad, Extras

    extras = extras or Extras()
    sheet = RawSheet(layout, title)
    if extras.rows_hidden_by_default:
        errors.append(ValidationError(f"{title}!A1", QT_TRANSLATE_NOOP(
            "Errors", "the sheet hides its rows unless each is given a height; show all rows and import again")))
        return sheet
    first = next(rows, None)
    header_row = first[0] if first else 1
    for index, (value, _fmt) in sorted((first[1] if first else {}).items()):
        problem = _cell_problem(value, Bad)
        if problem is not None:
            errors.append(ValidationError(f"{title}!{col_letter(index)}{header_row}", problem[0], **problem[1]))
            continue
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
    used = {index for _, index in wanted}
    for c1, r1, c2, r2 in extras.merges:
        if r2 >= header_row and (c1 != c2 or r1 != r2) and any(c1 <= i <= c2 for i in used):
            errors.append(ValidationError(f"{title}!{col_letter(c1)}{r1}", QT_TRANSLATE_NOOP(
                "Errors", "merged cells {range} cover data; unmerge them and fill every cell"),
                range=f"{col_letter(c1)}{r1}:{col_letter(c2)}{r2}"))
    hidden_cols = {index for _, index in wanted if extras.col_hidden(index)}
    if header_row in extras.hidden_rows:
        errors.append(ValidationError(f"{title}!A{header_row}", QT_TRANSLATE_NOOP(
            "Errors", "the row is hidden but holds values; show it or delete it")))
    reported_cols: set[int] = set()
    checked: dict[object, bool] = {}  # a year of Actuals repeats the same names and metrics
    append = sheet.rows.append
    for n, (number, cells) in enumerate(rows, start=1):
        if n >= MAX_ROWS:
            errors.append(ValidationError(f"{title}!A{number}", QT_TRANSLATE_NOOP(
                "Errors", "the sheet has more than {n} rows"), n=MAX_ROWS))
            break
        values = {key: cells[index] for key, index in wanted if index in cells}
        if values:  # blank rows are skipped
            ok = True
            for key, (value, _fmt) in values.items():
                if type(value) is str and checked.get(value):
                    continue
                problem = _cell_problem(value, Bad)
                if problem is None:
                    if type(value) is str:
                        checked[value] = True
                    continue
                ok = False
                index = sheet.columns[key]
                errors.append(ValidationError(f"{title}!{col_letter(index)}{number}", problem[0], **problem[1]))
            if number in extras.hidden_rows:
                ok = False
                errors.append(ValidationError(f"{title}!{col_letter(wanted[0][1])}{number}", QT_TRANSLATE_NOOP(
                    "Errors", "the row is hidden but holds values; show it or delete it")))
            for index in hidden_cols - reported_cols:
                if index in cells:
                    reported_cols.add(index)
                    errors.append(ValidationError(f"{title}!{col_letter(index)}{number}", QT_TRANSLATE_NOOP(
                        "Errors", "the column is hidden but holds values; show it or delete it")))
            if ok:  # a hidden column with values was reported: the import fails as a whole
                append(Row(sheet, number, values))
        if progress is not None and n % 10_000 == 0:
            progress(n, 0)
    return sheet
