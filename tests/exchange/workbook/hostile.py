"""Hand-written .xlsx files for hostile-input tests: what no careful writer produces
(raw control characters, DTDs, NaN values, hidden parts), byte for byte."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Font 1 is white; fill 0 is none: style 1 is white on white, style 2 hides every value (;;;).
STYLES = (f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode=";;;"/></numFmts>'
          '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font>'
          '<font><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')


def col_letter(index: int) -> str:
    out = ""
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def cell(ref: str, value: object, *, style: int = 0, raw: str | None = None) -> str:
    """One <c>: text inline, numbers as <v>; `raw` replaces the cell's inner XML."""
    s = f' s="{style}"' if style else ""
    if raw is not None:
        return f'<c r="{ref}"{s}{raw}</c>'
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def sheet_xml(rows: list[list[object]], *, row_attrs: dict[int, str] | None = None, cols: str = "",
              merges: tuple[str, ...] = (), styles: dict[str, int] | None = None,
              raw_cells: dict[str, str] | None = None, sheet_format: str = "") -> str:
    out = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row, start=1):
            ref = f"{col_letter(c)}{r}"
            if raw_cells and ref in raw_cells:
                cells.append(cell(ref, None, style=(styles or {}).get(ref, 0), raw=raw_cells[ref]))
            elif value is not None:
                cells.append(cell(ref, value, style=(styles or {}).get(ref, 0)))
        out.append(f'<row r="{r}"{(row_attrs or {}).get(r, "")}>{"".join(cells)}</row>')
    merge = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
             + "</mergeCells>") if merges else ""
    return (f'<worksheet xmlns="{MAIN}">{sheet_format}{f"<cols>{cols}</cols>" if cols else ""}'
            f'<sheetData>{"".join(out)}</sheetData>{merge}</worksheet>')


def write_raw(path: Path, sheets: dict[str, str], *, states: dict[str, str] | None = None,
              prolog: dict[str, str] | None = None, extra_parts: dict[str, bytes] | None = None) -> Path:
    """A workbook from sheet XML strings; `states` hides sheets, `prolog` prefixes a part's XML."""
    names = list(sheets)
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
             + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                       for i in range(1, len(names) + 1)) + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    def state(name: str) -> str:
        return f' state="{states[name]}"' if states and name in states else ""

    sheet_tags = "".join(f'<sheet name="{escape(n)}" sheetId="{i}"{state(n)} r:id="rId{i}"/>'
                         for i, n in enumerate(names, start=1))
    workbook = f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{sheet_tags}</sheets></workbook>'
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(names) + 1))
            + f'<Relationship Id="rId{len(names) + 1}" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
    parts = {"[Content_Types].xml": types, "_rels/.rels": root_rels, "xl/workbook.xml": workbook,
             "xl/_rels/workbook.xml.rels": rels, "xl/styles.xml": STYLES}
    for i, n in enumerate(names, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheets[n]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, (prolog or {}).get(name, "") + text)
        for name, data in (extra_parts or {}).items():
            zf.writestr(name, data)
    return path


STAFF_HEAD = ["name", "department", "position", "base_salary", "hire_date", "active"]


def staff_sheet(*people: list[object], **kwargs: object) -> str:
    return sheet_xml([STAFF_HEAD, *[list(p) for p in people]], **kwargs)  # type: ignore[arg-type]
