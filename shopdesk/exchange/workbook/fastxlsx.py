"""A lean .xlsx sheet reader for big imports: values and number formats, nothing else.

openpyxl's read-only mode spends most of its time building a cell object
per value (about 4 s for 18,000 Actuals rows on a laptop). A year of
Actuals for 100 people is ~180,000 rows, so the import reads sheets
straight from the XML: shared strings, inline strings, numbers, booleans,
and date cells (by their number format, as openpyxl does). Anything it does
not understand raises `Unsupported`, and the caller falls back to openpyxl.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from html import unescape
from pathlib import PurePosixPath

Cell = tuple[object, str | None]  # value, number format (numbers only)


class Unsupported(Exception):
    """Something this reader does not handle; use openpyxl instead."""


_P = r"(?:\w+:)?"  # an optional namespace prefix (x:c)
_ROW = re.compile(rf"<{_P}row\b([^>]*?)(?:/>|>(.*?)</{_P}row>)", re.S)
_CELL = re.compile(rf"<{_P}c\b([^>]*?)(?:/>|>(.*?)</{_P}c>)", re.S)
_ATTR = re.compile(r'([\w:]+)="([^"]*)"')
_ANY_CELL = re.compile(rf"<{_P}c[\s>/]")
_V = re.compile(rf"<{_P}v>(.*?)</{_P}v>", re.S)
_T = re.compile(rf"<{_P}t(?:\s[^>]*)?>(.*?)</{_P}t>", re.S)
_RPH = re.compile(rf"<{_P}rPh\b.*?</{_P}rPh>", re.S)
_REF = re.compile(r"([A-Z]+)(\d+)")
# The common layout, as one pattern over the whole sheet: r, then s and t, then an optional
# formula and the value (or an inline string).
_FAST = re.compile(r'<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?\s*'
                   r'(?:/>|>(?:<f>[^<]*</f>|<f[^>]*/>)?(?:<v>([^<]*)</v>|<is><t>([^<]*)</t></is>|<is>(.*?)</is>)?</c>)',
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
        for attrs in map(_attrs, re.findall(rf"<{_P}sheet\b([^>]*)/?>", workbook)):
            target = rels.get(attrs.get("id", ""), "")
            if not target:
                raise Unsupported("sheet without a part")
            part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            self.sheets[unescape(attrs.get("name", ""))] = part
        pr = re.search(rf"<{_P}workbookPr\b([^>]*)", workbook)
        self.epoch = EPOCH_1904 if pr and _attrs(pr[1]).get("date1904") in ("1", "true") else EPOCH_1900
        self.strings = self._shared_strings()
        styles = self._text("xl/styles.xml") if "xl/styles.xml" in self.zip.namelist() else ""
        custom = {int(a["numFmtId"]): unescape(a.get("formatCode", ""))
                  for a in map(_attrs, re.findall(rf"<{_P}numFmt\b([^>]*)/?>", styles))}
        xfs = re.search(rf"<{_P}cellXfs\b[^>]*>(.*?)</{_P}cellXfs>", styles, re.S)
        self.formats: list[str] = []
        self.is_date: list[bool] = []
        for attrs in map(_attrs, re.findall(rf"<{_P}xf\b([^>]*?)/?>", xfs[1] if xfs else "")):
            fid = int(attrs.get("numFmtId", "0"))
            code = custom.get(fid) or BUILTIN.get(fid, "General")
            self.formats.append(code)
            self.is_date.append(is_date_format(code))

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

    def rows(self, sheet: str) -> Iterator[tuple[int, dict[int, Cell]]]:
        """(row number, {column: (value, number format)}) for each row with a value."""
        xml = self._text(self.sheets[sheet])
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
        strings, dates, formats = self.strings, self.is_date, self.formats
        seen_dates: dict[str, Cell | None] = {}
        for letters, number, style, kind, v, plain, inline in cells:
            if number != current:
                if row:
                    yield int(current), row
                current, row = number, {}
            if kind == "inlineStr":
                text = (unescape(plain) if "&" in plain else plain) if plain or not inline else \
                    unescape("".join(_T.findall(_RPH.sub("", inline))))
                if text.strip():  # a blank string is an empty cell
                    row[columns.get(letters) or _remember(columns, letters)] = (text, None)
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
                    row[col] = (float(v) if "." in v or "E" in v or "e" in v else int(v),
                                formats[st] if st < len(formats) else "General")
            else:
                value = self._value({"t": kind, "s": style or "0"}, f"<v>{v}</v>")
                if value is not None and not (isinstance(value[0], str) and not value[0].strip()):
                    row[col] = value
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
        kind = attrs.get("t", "n")
        if kind == "inlineStr":
            return unescape("".join(_T.findall(_RPH.sub("", body)))), None
        v = _V.search(body)
        if v is None:
            return None
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
        number: int | float = float(raw) if any(c in raw for c in ".eE") else int(raw)
        if style < len(self.is_date) and self.is_date[style]:
            try:
                return self._moment(number), None
            except (OverflowError, ValueError):  # beyond year 9999: openpyxl's reading, and the import names the cell
                return "#VALUE!", None
        return number, self.formats[style] if style < len(self.formats) else "General"
