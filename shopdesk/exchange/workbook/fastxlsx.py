"""A lean .xlsx sheet reader for big imports: values and number formats, nothing else.

openpyxl's read-only mode spends most of its time building a cell object
per value (about 4 s for 18,000 Actuals rows on a laptop). A year of
Actuals for 100 people is ~180,000 rows, so the import reads sheets
straight from the XML: shared strings, inline strings, numbers, booleans,
and date cells (by their number format, as openpyxl does). Anything it does
not understand raises `Unsupported`, and the caller falls back to openpyxl.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from html import unescape
from pathlib import PurePosixPath

Cell = tuple[object, str | None]  # value, number format (numbers only)


class Unsupported(Exception):
    """Something this reader does not handle; use openpyxl instead."""


class Bad:
    """A cell that must not be imported: `reason` is "formula" (a formula without a cached
    value), "number" (not a finite number), or "invisible" (white on white, or a ;;; format)."""

    __slots__ = ("reason", "raw")

    def __init__(self, reason: str, raw: str = "") -> None:
        self.reason, self.raw = reason, raw[:40]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Bad) and (self.reason, self.raw) == (other.reason, other.raw)

    def __hash__(self) -> int:
        return hash((self.reason, self.raw))

    def __repr__(self) -> str:
        return f"Bad({self.reason!r}, {self.raw!r})"


@dataclass(frozen=True)
class Extras:
    """What a sheet hides: rows, column ranges, merged ranges (c1, r1, c2, r2), hidden-by-default rows."""

    hidden_rows: frozenset[int] = frozenset()
    hidden_cols: tuple[tuple[int, int], ...] = ()
    merges: tuple[tuple[int, int, int, int], ...] = ()
    rows_hidden_by_default: bool = False

    def col_hidden(self, col: int) -> bool:
        return any(lo <= col <= hi for lo, hi in self.hidden_cols)


def number(raw: str) -> int | float | Bad:
    """A `<v>` number, never infinite, NaN or a 5,000-digit integer."""
    text = raw.strip()
    if len(text) > 40:
        return Bad("number", text)
    try:
        value: int | float = float(text) if any(c in text for c in ".eEnNiI") else int(text)
    except ValueError:
        return Bad("number", text)
    if isinstance(value, float) and not math.isfinite(value):
        return Bad("number", text)
    return value


def _truthy(text: str | None) -> bool:
    return (text or "").strip().lower() in ("1", "true")


def _zero(text: str | None) -> bool:
    try:
        return text is not None and float(text) == 0
    except ValueError:
        return False


def _range(ref: str) -> tuple[int, int, int, int] | None:
    parts = [_REF.fullmatch(p.replace("$", "")) for p in ref.split(":")]
    if not parts or any(p is None for p in parts):
        return None
    a, b = parts[0], parts[-1]
    assert a is not None and b is not None
    return _col(a[1]), int(a[2]), _col(b[1]), int(b[2])


def sheet_extras(xml: str) -> Extras:
    """Hidden rows and columns, merged cells and hidden-by-default rows of a sheet's XML."""
    hidden_rows: set[int] = set()
    if 'hidden="' in xml or 'ht="0' in xml:
        number_ = 0
        for attrs in map(_attrs, _ROW_TAG.findall(xml)):
            number_ = int(attrs["r"]) if attrs.get("r", "").isdigit() else number_ + 1
            if _truthy(attrs.get("hidden")) or _zero(attrs.get("ht")):
                hidden_rows.add(number_)
    cols = []
    for attrs in map(_attrs, _COL_TAG.findall(xml)):
        if _truthy(attrs.get("hidden")) or _zero(attrs.get("width")):
            try:
                cols.append((int(attrs.get("min", "0")), int(attrs.get("max", "0"))))
            except ValueError:
                raise Unsupported("col") from None
    merges = [m for m in (_range(a.get("ref", "")) for a in map(_attrs, _MERGE.findall(xml))) if m]
    fmt = _SHEET_FORMAT.search(xml)
    return Extras(frozenset(hidden_rows), tuple(cols), tuple(merges),
                  bool(fmt and _truthy(_attrs(fmt[1]).get("zeroHeight"))))


_P = r"(?:\w+:)?"  # an optional namespace prefix (x:c)
_ROW = re.compile(rf"<{_P}row\b([^>]*?)(?:/>|>(.*?)</{_P}row>)", re.S)
_CELL = re.compile(rf"<{_P}c\b([^>]*?)(?:/>|>(.*?)</{_P}c>)", re.S)
_ATTR = re.compile(r'([\w:]+)="([^"]*)"')
_ANY_CELL = re.compile(rf"<{_P}c[\s>/]")
_V = re.compile(rf"<{_P}v>(.*?)</{_P}v>", re.S)
_T = re.compile(rf"<{_P}t(?:\s[^>]*)?>(.*?)</{_P}t>", re.S)
_RPH = re.compile(rf"<{_P}rPh\b.*?</{_P}rPh>", re.S)
_REF = re.compile(r"([A-Z]+)(\d+)")
_ROW_TAG = re.compile(rf"<{_P}row\b([^>]*)>")
_COL_TAG = re.compile(rf"<{_P}col\b([^>]*?)/?>")
_MERGE = re.compile(rf"<{_P}mergeCell\b([^>]*?)/?>")
_SHEET_FORMAT = re.compile(rf"<{_P}sheetFormatPr\b([^>]*)>")
# The common layout, as one pattern over the whole sheet: r, then s and t, then an optional
# formula and the value (or an inline string).
_FAST = re.compile(r'<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?\s*'
                   r'(?:/>|>(<f>[^<]*</f>|<f[^>]*/>)?(?:<v>([^<]*)</v>|<is><t>([^<]*)</t></is>|<is>(.*?)</is>)?</c>)',
                   re.S)
EPOCH_1900 = datetime(1899, 12, 30)
EPOCH_1904 = datetime(1904, 1, 1)


# Excel's built-in number formats (ECMA-376 §18.8.30), as openpyxl names them.
BUILTIN = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy",
    16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
    22: "m/d/yy h:mm", 37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)", 41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
    42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_)_("$"* \\(#,##0.00\\)_("$"* "-"??_)_(@_)', 45: "mm:ss", 46: "[h]:mm:ss",
    47: "mmss.0", 48: "##0.0E+0", 49: "@",
}
_QUOTED = re.compile(r'"[^"]*"|\\.|\[(?!h\]|m\]|s\])[^\]]*\]')
_DATE_PART = re.compile(r"[dmhysDMHYS]")


_HIDES_ALL = re.compile(r"\s*;\s*;\s*;?\s*")  # the format ;;; shows nothing at all


def _white(color_attrs: dict[str, str]) -> bool:
    rgb = color_attrs.get("rgb", "").upper()
    return (len(rgb) >= 6 and rgb[-6:] == "FFFFFF") or color_attrs.get("theme") == "0"


def _white_fonts(styles: str) -> list[bool]:
    block = re.search(rf"<{_P}fonts\b[^>]*>(.*?)</{_P}fonts>", styles, re.S)
    out = []
    for font in re.findall(rf"<{_P}font\b[^>]*?(?:/>|>(.*?)</{_P}font>)", block[1] if block else "", re.S):
        color = re.search(rf"<{_P}color\b([^>]*?)/?>", font or "")
        out.append(bool(color and _white(_attrs(color[1]))))
    return out


def _white_fills(styles: str) -> list[bool]:
    """Per fill: whether it leaves the cell white (no pattern, or a white solid fill)."""
    block = re.search(rf"<{_P}fills\b[^>]*>(.*?)</{_P}fills>", styles, re.S)
    out = []
    for fill in re.findall(rf"<{_P}fill\b[^>]*?(?:/>|>(.*?)</{_P}fill>)", block[1] if block else "", re.S):
        pattern = re.search(rf"<{_P}patternFill\b([^>]*?)(?:/>|>(.*?)</{_P}patternFill>)", fill or "", re.S)
        kind = _attrs(pattern[1]).get("patternType", "none") if pattern else "none"
        fg = re.search(rf"<{_P}fgColor\b([^>]*?)/?>", pattern[2] or "") if pattern else None
        out.append(kind == "none" or bool(kind == "solid" and fg and _white(_attrs(fg[1]))))
    return out


def is_date_format(code: str) -> bool:
    """Whether a number format shows a date or time (quoted text and [colours] aside)."""
    if not code or code == "General":
        return False
    return bool(_DATE_PART.search(_QUOTED.sub("", code.split(";")[0])))


def _col(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _remember(columns: dict[str, int], letters: str) -> int:
    columns[letters] = _col(letters)
    return columns[letters]


def _attrs(text: str) -> dict[str, str]:
    return {k.rsplit(":", 1)[-1]: v for k, v in _ATTR.findall(text)}


class Book:
    """An open workbook: sheet names, shared strings and cell formats."""

    def __init__(self, path: str) -> None:
        self.zip = zipfile.ZipFile(path)
        workbook = self._text("xl/workbook.xml")
        rels = {a["Id"]: a["Target"] for a in map(_attrs, re.findall(r"<(?:\w+:)?Relationship\b([^>]*)/?>",
                                                                   self._text("xl/_rels/workbook.xml.rels")))}
        self.sheets: dict[str, str] = {}
        self.hidden: set[str] = set()  # sheets in state hidden or veryHidden
        for attrs in map(_attrs, re.findall(rf"<{_P}sheet\b([^>]*)/?>", workbook)):
            target = rels.get(attrs.get("id", ""), "")
            if not target:
                raise Unsupported("sheet without a part")
            part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            self.sheets[unescape(attrs.get("name", ""))] = part
            if attrs.get("state", "visible") != "visible":
                self.hidden.add(unescape(attrs.get("name", "")))
        pr = re.search(rf"<{_P}workbookPr\b([^>]*)", workbook)
        self.epoch = EPOCH_1904 if pr and _attrs(pr[1]).get("date1904") in ("1", "true") else EPOCH_1900
        self.strings = self._shared_strings()
        styles = self._text("xl/styles.xml") if "xl/styles.xml" in self.zip.namelist() else ""
        custom = {int(a["numFmtId"]): unescape(a.get("formatCode", ""))
                  for a in map(_attrs, re.findall(rf"<{_P}numFmt\b([^>]*)/?>", styles))}
        xfs = re.search(rf"<{_P}cellXfs\b[^>]*>(.*?)</{_P}cellXfs>", styles, re.S)
        self.formats: list[str] = []
        self.is_date: list[bool] = []
        self.invisible: list[bool] = []  # white text on no (or a white) fill, or a ;;; format
        white_fonts, white_fills = _white_fonts(styles), _white_fills(styles)
        for attrs in map(_attrs, re.findall(rf"<{_P}xf\b([^>]*?)/?>", xfs[1] if xfs else "")):
            fid = int(attrs.get("numFmtId", "0"))
            code = custom.get(fid) or BUILTIN.get(fid, "General")
            self.formats.append(code)
            self.is_date.append(is_date_format(code))
            font, fill = int(attrs.get("fontId", "0") or 0), int(attrs.get("fillId", "0") or 0)
            self.invisible.append((font < len(white_fonts) and white_fonts[font]
                                   and (fill >= len(white_fills) or white_fills[fill]))
                                  or _HIDES_ALL.fullmatch(code) is not None)
        self._xml: tuple[str, str] | None = None

    def _text(self, name: str) -> str:
        return self.zip.read(name).decode("utf-8")

    def _shared_strings(self) -> list[str]:
        if "xl/sharedStrings.xml" not in self.zip.namelist():
            return []
        text = self._text("xl/sharedStrings.xml")
        out = []
        for si in re.finditer(rf"<{_P}si>(.*?)</{_P}si>|<{_P}si/>", text, re.S):
            body = _RPH.sub("", si[1] or "")
            out.append(unescape("".join(_T.findall(body))))
        return out

    def close(self) -> None:
        self.zip.close()

    def _sheet_xml(self, sheet: str) -> str:
        if self._xml is None or self._xml[0] != sheet:
            self._xml = (sheet, self._text(self.sheets[sheet]))
        return self._xml[1]

    def extras(self, sheet: str) -> Extras:
        """What the sheet hides (rows, columns) and which cells it merges."""
        return sheet_extras(self._sheet_xml(sheet))

    def rows(self, sheet: str) -> Iterator[tuple[int, dict[int, Cell]]]:
        """(row number, {column: (value, number format)}) for each row with a value."""
        xml = self._sheet_xml(sheet)
        data = re.search(rf"<{_P}sheetData\b[^>]*?(?:/>|>(.*)</{_P}sheetData>)", xml, re.S)
        if data is None:
            raise Unsupported("no sheetData")
        body = data[1] or ""
        fast = _FAST.findall(body)
        if len(fast) == len(_ANY_CELL.findall(body)):  # every cell in the common layout
            yield from self._fast_rows(fast)
            return
        number = 0
        for row in _ROW.finditer(body):
            r = _attrs(row[1]).get("r")
            number = int(r) if r else number + 1
            cells: dict[int, Cell] = {}
            col = 0
            for cell in _CELL.finditer(row[2] or ""):
                attrs = _attrs(cell[1])
                ref = attrs.get("r")
                if ref:
                    m = _REF.fullmatch(ref)
                    if m is None:
                        raise Unsupported(ref)
                    col = _col(m[1])
                else:
                    col += 1
                value = self._value(attrs, cell[2] or "")
                if value is not None and not (isinstance(value[0], str) and not value[0].strip()):
                    cells[col] = value
            if cells:
                yield number, cells

    def _fast_rows(self, cells: list[tuple[str, ...]]) -> Iterator[tuple[int, dict[int, Cell]]]:
        """Cells as openpyxl, Excel and most writers lay them out (r, s, t in that order)."""
        current = ""
        row: dict[int, Cell] = {}
        columns: dict[str, int] = {}
        strings, dates, formats, invisible = self.strings, self.is_date, self.formats, self.invisible
        seen_dates: dict[str, Cell | None] = {}
        for letters, number_, style, kind, formula, v, plain, inline in cells:
            if number_ != current:
                if row:
                    yield int(current), row
                current, row = number_, {}
            if formula and not v and kind != "inlineStr":
                row[columns.get(letters) or _remember(columns, letters)] = (Bad("formula"), None)
                continue
            if kind == "inlineStr":
                text = (unescape(plain) if "&" in plain else plain) if plain or not inline else \
                    unescape("".join(_T.findall(_RPH.sub("", inline))))
                if text.strip():  # a blank string is an empty cell
                    st = int(style) if style else 0
                    hidden = st < len(invisible) and invisible[st]
                    row[columns.get(letters) or _remember(columns, letters)] = (
                        (Bad("invisible"), None) if hidden else (text, None))
                continue
            if not v:
                continue
            col = columns.get(letters) or _remember(columns, letters)
            if kind == "s":
                text = strings[int(v)]
                if text.strip():
                    row[col] = (text, None)
            elif not kind or kind == "n":
                st = int(style) if style else 0
                if st < len(dates) and dates[st]:
                    hit = seen_dates.get(v)  # a year of Actuals repeats each day hundreds of times
                    if hit is None:
                        hit = seen_dates[v] = self._value({"s": style}, f"<v>{v}</v>")
                    if hit is not None:
                        row[col] = hit
                else:
                    row[col] = (number(v), formats[st] if st < len(formats) else "General")
            else:
                value = self._value({"t": kind, "s": style or "0"}, f"<v>{v}</v>")
                if value is not None and not (isinstance(value[0], str) and not value[0].strip()):
                    row[col] = value
            if style and int(style) < len(invisible) and invisible[int(style)] and col in row:
                row[col] = (Bad("invisible"), None)
        if row:
            yield int(current), row

    def _moment(self, value: float) -> datetime | time:
        """An Excel serial as openpyxl reads it (a time below 1; Excel's phantom 29 Feb 1900)."""
        day, fraction = divmod(value, 1)
        diff = timedelta(milliseconds=round(fraction * 86_400_000))
        if 0 <= value < 1 and diff.days == 0:
            seconds, micro = divmod(diff.seconds * 1_000_000 + diff.microseconds, 1_000_000)
            return time(seconds // 3600, seconds // 60 % 60, seconds % 60, micro)
        if 0 < value < 60 and self.epoch is EPOCH_1900:
            day += 1
        return self.epoch + timedelta(days=day) + diff

    def _value(self, attrs: dict[str, str], body: str) -> Cell | None:
        cell = self._plain_value(attrs, body)
        style = attrs.get("s", "0")
        if cell is not None and style.isdigit() and int(style) < len(self.invisible) and self.invisible[int(style)] \
                and not (isinstance(cell[0], str) and not cell[0].strip()):
            return Bad("invisible"), None
        return cell

    def _plain_value(self, attrs: dict[str, str], body: str) -> Cell | None:
        kind = attrs.get("t", "n")
        if kind == "inlineStr":
            return unescape("".join(_T.findall(_RPH.sub("", body)))), None
        v = _V.search(body)
        if v is None:
            return (Bad("formula"), None) if re.search(rf"<{_P}f[\s>/]", body) else None
        raw = v[1]
        if kind == "s":
            return self.strings[int(raw)], None
        if kind in ("str", "e"):
            return unescape(raw), None
        if kind == "b":
            return raw.strip() in ("1", "true"), None
        if kind == "d":
            return datetime.fromisoformat(raw.strip()), None
        if kind != "n":
            raise Unsupported(kind)
        style = int(attrs.get("s", "0"))
        value = number(raw)
        if isinstance(value, Bad):
            return value, None
        if style < len(self.is_date) and self.is_date[style]:
            try:
                return self._moment(value), None
            except (OverflowError, ValueError):  # beyond year 9999: openpyxl's reading, and the import names the cell
                return "#VALUE!", None
        return value, self.formats[style] if style < len(self.formats) else "General"
