"""Reading one platform export: its rows, its kind, its records. Never touches the database.

`.csv` is read with the standard library (UTF-8 with or without BOM, else
GB18030, which covers GBK); `.xls` and `.xlsx` with python-calamine (imported
only here, when such a file is read). The header row is the first of the
first ten rows that holds a kind's key headers; rows are numbered as in the
file (1 = the first line), and every problem is an error `FILE:row N: …`.
"""

from __future__ import annotations

import csv
import gc
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import Any

from shopdesk.domain import platform as rules
from shopdesk.domain.errors import ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP

from .cells import PARSERS, header_key, is_none, unwrap
from .columns import sheet_table, stream_table
from .kinds import KindSpec, all_kinds, detect

HEADER_ROWS = 10
MAX_BYTES = 200 * 1024 * 1024
MAX_ROWS = 2_000_000
MAX_UNPACKED = 1024 * 1024 * 1024  # a month of a busy shop's lines unpacks to well under 200 MB
_XLSX_MAGIC = b"PK\x03\x04"
_XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DAY_TYPES = {"time"}
# A cell parser's reason (cells.py) → the message, so each is translated whole.
_REASONS = {
    "not a number": QT_TRANSLATE_NOOP("Platform", "{header}: '{text}' is not a number"),
    "not a time": QT_TRANSLATE_NOOP("Platform", "{header}: '{text}' is not a time"),
    "not a whole number": QT_TRANSLATE_NOOP("Platform", "{header}: '{text}' is not a whole number"),
    "too large": QT_TRANSLATE_NOOP("Platform", "{header}: '{text}' is too large"),
    "more than two decimals": QT_TRANSLATE_NOOP("Platform", "{header}: '{text}' has more than two decimals"),
}


@dataclass
class ParsedFile:
    """One file's kind and records, ready to add up."""

    path: Path
    kind: KindSpec
    header_row: int
    table: rules.Table
    rows_read: int
    skipped: dict[str, int] = field(default_factory=dict)  # reason → rows (blank …)
    has_day_column: bool = True

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def records(self) -> list[rules.Record]:
        return self.table.records()

    def release(self) -> None:
        """Let the rows go once they are added up (the report keeps the counts)."""
        self.table = rules.Table([], {})


def _ref(path: Path, row: int) -> str:
    return f"{path.name}:row {row}"


def _fail(path: Path, row: int, template: str, **args: object) -> ValidationError:
    return ValidationError(_ref(path, row), template, **args)


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        raise _fail(path, 1, QT_TRANSLATE_NOOP(
            "Platform", "not a spreadsheet: neither UTF-8 nor GBK text")) from None


def _csv_reader(path: Path, raw: bytes) -> Iterator[list[str]]:
    if b"\x00" in raw[:4096]:
        raise _fail(path, 1, QT_TRANSLATE_NOOP("Platform", "not a spreadsheet (.csv, .xls or .xlsx)"))
    text = _decode(path, raw)
    sample = text[:8192]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _csv_rows(path: Path, raw: bytes) -> list[list[Any]]:
    reader = _csv_reader(path, raw)
    try:
        return list(reader)
    except csv.Error as exc:
        raise _fail(path, 1, QT_TRANSLATE_NOOP("Platform", "not a readable CSV file: {reason}"),
                    reason=str(exc)) from None


def _check_unpacked(path: Path) -> None:
    """An .xlsx is a zip: refuse one that would unpack to more than MAX_UNPACKED (a zip bomb)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return  # calamine names the damage
    if unpacked > MAX_UNPACKED:
        raise _fail(path, 1, QT_TRANSLATE_NOOP(
            "Platform", "the spreadsheet unpacks to more than {n} MB"), n=MAX_UNPACKED // (1024 * 1024))


def _book_sheets(path: Path) -> list[list[list[Any]]]:
    from python_calamine import CalamineWorkbook

    with path.open("rb") as fh:
        if fh.read(4) == _XLSX_MAGIC:
            _check_unpacked(path)

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = []
        for name in book.sheet_names:
            sheets.append(book.get_sheet_by_name(name).to_python(skip_empty_area=False))
        return sheets
    except Exception:  # calamine raises its own types (and English words) for damaged files
        raise _fail(path, 1, QT_TRANSLATE_NOOP(
            "Platform", "not a readable spreadsheet: the file is damaged or not an .xls/.xlsx workbook")) from None


def _is_book(path: Path) -> bool:
    """An .xlsx or .xls by its first bytes (else the file is read as CSV text: every cell a str)."""
    with path.open("rb") as fh:
        head = fh.read(8)
    return head.startswith(_XLSX_MAGIC) or head.startswith(_XLS_MAGIC)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        raise _fail(path, 1, QT_TRANSLATE_NOOP("Platform", "no such file")) from None
    if size == 0:
        raise _fail(path, 1, QT_TRANSLATE_NOOP("Platform", "the file is empty"))
    if size > MAX_BYTES:
        raise _fail(path, 1, QT_TRANSLATE_NOOP("Platform", "the file is larger than 200 MB"))


def read_rows(path: Path) -> list[list[list[Any]]]:
    """The file's sheets (a CSV is one sheet), each a list of rows of raw cells."""
    _check_size(path)
    with path.open("rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if head.startswith(_XLSX_MAGIC) or head.startswith(_XLS_MAGIC):
        return _book_sheets(path)
    if suffix in (".xls", ".xlsx", ".xlsm"):
        # Some back ends save HTML or CSV text under .xls: read it as text when it is.
        raw = path.read_bytes()
        if raw.lstrip()[:1] == b"<":
            raise _fail(path, 1, QT_TRANSLATE_NOOP("Platform", "not a spreadsheet (.csv, .xls or .xlsx)"))
        return [_csv_rows(path, raw)]
    return [_csv_rows(path, path.read_bytes())]


def _find_header(sheet: Sequence[Sequence[object]]) -> tuple[int, KindSpec, list[str]] | None:
    for index, row in enumerate(sheet[:HEADER_ROWS]):
        keys = [header_key(unwrap(c)) for c in row]
        kind = detect(set(keys))
        if kind is not None:
            return index, kind, keys
    return None


def _unknown_kind(path: Path) -> ValidationError:
    looked = "; ".join(f"{k.kind} ({k.key_text()})" for k in all_kinds())
    return _fail(path, 1, QT_TRANSLATE_NOOP(
        "Platform", "not a known platform export: none of the first {n} rows holds the key headers "
                    "of a kind; looked for {kinds}"), n=HEADER_ROWS, kinds=looked)


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while rows are built: 100,000 row lists hold no cycles,
    but each collection would walk them all again (a third of a big file's reading time)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def parse_file(path: Path) -> ParsedFile:
    """Read a file and turn its rows into records; ValidationErrors lists every bad cell."""
    with paused_gc():
        return _parse_file(path)


def _columns(kind: KindSpec, keys: list[str]) -> tuple[list[tuple[str, int, str]], set[str]]:
    """The kind's columns found in the header row (logical name, index, type), and all names present."""
    columns: list[tuple[str, int, str]] = []
    for col in kind.columns:
        index = next((keys.index(h) for h in col.headers if h in keys), None)
        if index is not None:
            columns.append((col.name, index, col.type))
    present = {name for name, _, _ in columns}
    if kind.order_rules is not None and not kind.order_rules.skip_status_contains:
        columns = [c for c in columns if c[0] != "status"]  # text, never refused, and read by nothing
    return columns, present


def _fast_csv(path: Path) -> ParsedFile | None:
    """A plain CSV of a kind without summary rows, read as a stream keeping only the kind's cells
    (the common big file); None for anything else or anything unusual, which the full reading
    below then handles and names."""
    if path.suffix.lower() in (".xls", ".xlsx", ".xlsm") or _is_book(path):
        return None
    _check_size(path)
    try:
        reader = _csv_reader(path, path.read_bytes())
        head = list(islice(reader, HEADER_ROWS))
    except (ValidationError, csv.Error):
        return None
    hit = _find_header(head)
    if hit is None:
        return None
    header_index, kind, keys = hit
    if kind.summary_rows or kind.delayed:
        return None
    columns, present = _columns(kind, keys)
    got = stream_table(f"{path.name}:row ", chain(head[header_index + 1:], reader), header_index + 2, columns,
                       MAX_ROWS)
    if got is None:
        return None
    table, rows_read, blank = got
    return ParsedFile(path, kind, header_index + 1, table, rows_read, {rules.BLANK: blank} if blank else {},
                      has_day_column="day" in present)


def _parse_file(path: Path) -> ParsedFile:
    from shopdesk.domain.errors import ValidationErrors

    fast = _fast_csv(path)
    if fast is not None:
        return fast
    sheets = read_rows(path)
    if not any(any(not is_none(c) for c in row) for sheet in sheets for row in sheet):
        raise _fail(path, 1, QT_TRANSLATE_NOOP("Platform", "the file is empty"))
    found = next(((sheet, hit) for sheet in sheets if (hit := _find_header(sheet))), None)
    if found is None:
        raise _unknown_kind(path)
    sheet, (header_index, kind, keys) = found
    if len(sheet) > MAX_ROWS:
        raise _fail(path, MAX_ROWS, QT_TRANSLATE_NOOP("Platform", "more than {n} rows"), n=MAX_ROWS)
    columns, present = _columns(kind, keys)
    day_first = [c for c in columns if c[2] in _DAY_TYPES]
    others = [c for c in columns if c[2] not in _DAY_TYPES]
    order_days = kind.order_rules.day_fields if kind.order_rules else ()
    delayed = set(kind.delayed)
    errors: list[ValidationError] = []
    records: list[rules.Record] = []
    blank = 0
    summary = 0
    rows_read = 0
    summaries = {header_key(x) for x in kind.summary_rows}
    name_index = next((index for name, index, _ in columns if name == "nickname"), None)
    header_by_name = {name: str(unwrap(sheet[header_index][index])).strip() for name, index, _ in columns}
    phases = [(0, [(n, i, PARSERS[t]) for n, i, t in day_first]),
              (1, [(n, i, PARSERS[t]) for n, i, t in others])]
    if not summaries and not delayed:
        whole = sheet_table(f"{path.name}:row ", sheet, header_index, columns, text_only=not _is_book(path))
        if whole is not None:
            table, rows_read, blank = whole
            return ParsedFile(path, kind, header_index + 1, table, rows_read,
                              {rules.BLANK: blank} if blank else {}, has_day_column="day" in present)
    for offset, row in enumerate(sheet[header_index + 1:], start=header_index + 2):
        if all(is_none(c) for c in row):
            blank += 1
            continue
        rows_read += 1
        if summaries and name_index is not None and name_index < len(row) and \
                header_key(unwrap(row[name_index])) in summaries:
            summary += 1  # 汇总值, 全店平均值 …: the back end's own totals, not an agent
            continue
        values: dict[str, object] = {}
        bad = False
        width = len(row)
        for phase, group in phases:
            if phase and order_days and not any(values.get(d) for d in order_days):
                break  # never paid: nothing else on the row matters
            for name, index, parse in group:
                cell = row[index] if index < width else None
                if delayed and type(cell) is str and cell.strip() in delayed:
                    values[name] = cell.strip()
                    continue
                try:
                    values[name] = parse(cell)
                except ValueError as exc:
                    errors.append(_fail(path, offset, _REASONS.get(str(exc), _REASONS["not a number"]),
                                        header=header_by_name[name], text=str(unwrap(cell))[:40]))
                    bad = True
                    break
            if bad:
                break
        if not bad:
            records.append(rules.Record(_ref(path, offset), values))
    if errors:
        raise ValidationErrors(errors)
    skipped = {reason: n for reason, n in ((rules.BLANK, blank), (rules.SUMMARY, summary)) if n}
    return ParsedFile(path, kind, header_index + 1, rules.Table.of(records), rows_read, skipped,
                      has_day_column="day" in present)


def file_day(path: Path, given: date | None) -> tuple[date | None, ValidationError | None]:
    """The single day a dateless per-agent file covers: --day, else its name's range."""
    if given is not None:
        return given, None
    stated = rules.day_from_name(path.name)
    if stated is None:
        return None, None
    start, end = stated
    if start != end:
        return None, _fail(path, 1, QT_TRANSLATE_NOOP(
            "Platform", "the file covers {start} to {end} but has no 日期 column: "
                        "export one day at a time"), start=start.isoformat(), end=end.isoformat())
    return start, None
