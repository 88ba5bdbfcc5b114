"""Reading the monthly attendance summary that 钉钉 and 企业微信 export (DESIGN §4.7).

The header row is the first of the first 10 rows holding 姓名 and an
attendance column (title rows above it are skipped); header cells are
compared with whitespace removed and full-width brackets as ASCII.
Unpaid days = 旷工天数 + 事假 (days); where a file has neither, 应出勤天数 −
实际出勤天数. Late arrivals = 迟到次数 (+ 严重迟到次数 where given).
Returns plain rows named `FILE:row N`; the attendance service
(`import_attendance_file`) matches the names and writes them. Never touches
the database.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from shopdesk.domain.attendance import NamedAttendance
from shopdesk.domain.errors import ValidationError, ValidationErrors
from shopdesk.domain.text import QT_TRANSLATE_NOOP

NAME = ("姓名", "员工姓名", "名字")
DUE = ("应出勤天数",)
ACTUAL = ("实际出勤天数", "出勤天数")
LATE = ("迟到次数",)
SERIOUS_LATE = ("严重迟到次数",)
ABSENT = ("旷工天数",)
PERSONAL_LEAVE = ("事假(天)", "事假天数", "事假")
SKIP_NAMES = ("合计", "汇总", "总计")
MAX_ROWS = 10_000
MAX_BYTES = 20 * 1024 * 1024  # a month's summary for a shop is a few kilobytes


def _fold(value: object) -> str:
    return "".join(str(value or "").split()).replace("（", "(").replace("）", ")")


def _rows(path: Path) -> Iterator[Sequence[object]]:
    try:
        size = path.stat().st_size
    except OSError:
        raise ValidationError(path.name, QT_TRANSLATE_NOOP("Errors", "the file cannot be read")) from None
    if size > MAX_BYTES:
        raise ValidationError(path.name, QT_TRANSLATE_NOOP(
            "Errors", "the file is larger than {n} MB, too large for an attendance summary"), n=MAX_BYTES // 2**20)
    if path.suffix.lower() == ".csv":
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValidationError(path.name, QT_TRANSLATE_NOOP("Errors", "the file is neither UTF-8 nor GB18030 text"))
        yield from csv.reader(io.StringIO(text))
        return
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_index(0)
        rows = sheet.to_python(skip_empty_area=False)
    except Exception:  # calamine raises several kinds for a file that is not a workbook
        raise ValidationError(path.name, QT_TRANSLATE_NOOP(
            "Errors", "not an Excel workbook (.xlsx) that can be read")) from None
    yield from rows


def _days(value: object, where: str, header: str) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()) or str(value).strip() in ("-", "--"):
        return Decimal(0)
    if isinstance(value, bool):
        raise ValidationError(where, QT_TRANSLATE_NOOP("Errors", "'{value}' in {column} is not a number"),
                              value=str(value), column=header)
    text = repr(value) if isinstance(value, float) else str(value).strip().removesuffix("天").removesuffix("次")
    try:
        number = Decimal(text)
        ok = number.is_finite() and text.replace(".", "", 1).lstrip("-").isascii() and abs(number) <= 1000
    except InvalidOperation:
        ok = False
    if not ok:
        raise ValidationError(where, QT_TRANSLATE_NOOP("Errors", "'{value}' in {column} is not a number"),
                              value=str(value), column=header)
    return number


COLUMNS = (("name", NAME), ("due", DUE), ("actual", ACTUAL), ("late", LATE), ("serious", SERIOUS_LATE),
           ("absent", ABSENT), ("leave", PERSONAL_LEAVE))
KNOWN = frozenset(n for _, names in COLUMNS for n in names)


def _cell(row: Sequence[object], col: dict[str, int | None], key: str) -> object:
    i = col[key]
    return row[i] if i is not None and i < len(row) else None


def _person(row: Sequence[object], col: dict[str, int | None], where: str) -> tuple[Decimal, Decimal]:
    """(unpaid days, late arrivals) of one person's row."""
    if col["absent"] is not None or col["leave"] is not None:
        unpaid = _days(_cell(row, col, "absent"), where, "旷工天数") + _days(_cell(row, col, "leave"), where, "事假")
    elif col["due"] is not None and col["actual"] is not None:
        due = _days(_cell(row, col, "due"), where, "应出勤天数")
        unpaid = max(Decimal(0), due - _days(_cell(row, col, "actual"), where, "实际出勤天数"))
    else:
        unpaid = Decimal(0)
    late = _days(_cell(row, col, "late"), where, "迟到次数") + _days(_cell(row, col, "serious"), where, "严重迟到次数")
    return unpaid, late


def read_attendance_summary(path: Path) -> list[NamedAttendance]:
    """Every person's row of the summary as (where, name, unpaid days, late); raises ValidationErrors.

    A second header row right under the first (the exports group 事假(天) … under 假勤统计) is merged in.
    """
    path = Path(path)
    header: dict[str, int] | None = None
    col: dict[str, int | None] = {}
    merged = False
    errors: list[ValidationError] = []
    out: list[NamedAttendance] = []
    for number, row in enumerate(_rows(path), start=1):
        if number > MAX_ROWS:
            errors.append(ValidationError(path.name, QT_TRANSLATE_NOOP("Errors", "more than {n} rows"), n=MAX_ROWS))
            break
        cells = [_fold(c) for c in row]
        if header is None:
            found = {c: i for i, c in reversed(list(enumerate(cells))) if c}
            if any(n in found for n in NAME) and any(k in found for k in (*LATE, *ABSENT, *PERSONAL_LEAVE, *DUE)):
                header = found
                col = {key: next((header[n] for n in names if n in header), None) for key, names in COLUMNS}
            elif number >= 10:
                break
            continue
        if not merged:
            merged = True
            extra = {c: i for i, c in reversed(list(enumerate(cells))) if c in KNOWN and c not in NAME}
            if extra and not (col["name"] is not None and col["name"] < len(cells) and cells[col["name"]]):
                header = {**header, **extra}
                col = {key: next((header[n] for n in names if n in header), None) for key, names in COLUMNS}
                continue
        name = str(_cell(row, col, "name") or "").strip()
        if not name or name in SKIP_NAMES:
            continue
        where = f"{path.name}:row {number}"
        try:
            unpaid, late = _person(row, col, where)
        except ValidationError as exc:
            errors.append(exc)
            continue
        out.append(NamedAttendance(where, name, f"{unpaid.normalize():f}", f"{late.normalize():f}"))
    if header is None and not errors:
        errors.append(ValidationError(path.name, QT_TRANSLATE_NOOP(
            "Errors", "no attendance summary header (姓名 and 迟到次数, 旷工天数 or 事假) in the first 10 rows")))
    if errors:
        raise ValidationErrors(errors)
    return out
