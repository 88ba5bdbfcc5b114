"""The bonus sheet's Details (明细) and Targets (目标达成) sheets: plain tables that print like the Payroll one."""

from __future__ import annotations

from collections.abc import Sequence

from shopdesk.domain.payroll import before_gross
from shopdesk.exchange.common import printing
from shopdesk.exchange.common.cells import Formula, put
from shopdesk.exchange.common.style import (
    PERCENT_FORMAT,
    YUAN_FORMAT,
    Looks,
    column_width,
    display_width,
    font,
    header_fill,
    text_width,
)
from shopdesk.exchange.common.translate import translator
from shopdesk.exchange.payroll.labels import ROW_HEIGHT, TargetLine, dept_name, h, yuan
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES, PayrollRun

WRAP_AT = 60  # characters: a longer explanation wraps within its column
LINE_PT = 15


def _define(looks: Looks) -> None:
    from openpyxl.styles import Alignment, Border, Side

    if "t-header" in looks._specs:  # noqa: SLF001 (defined once per workbook)
        return
    thin = Side(style="thin", color="BBBBBB")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    looks.define("t-header", font=font(bold=True), fill=header_fill(), border=border,
                 alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    looks.define("t-text", font=font(), border=border, alignment=Alignment(vertical="center"))
    looks.define("t-wrap", font=font(), border=border, alignment=Alignment(vertical="center", wrap_text=True))
    for fmt in (YUAN_FORMAT, PERCENT_FORMAT, '0.00"%"', "#,##0.##", "#,##0"):
        looks.define(f"t-num:{fmt}", font=font(), border=border, number_format=fmt,
                     alignment=Alignment(horizontal="right", vertical="center"))


def table(ws, headers: list[str], rows: Sequence[Sequence[object]], formats: Sequence[Sequence[str | None]],
          lang: str, looks: Looks, wrap: int | None = None) -> printing.PrintPlan:
    """A header row and rows; `formats[r][c]` a number format (None: text). Column `wrap` wraps long text."""
    from openpyxl.utils import get_column_letter

    _define(looks)
    widths = [text_width(t) * 1.08 for t in headers]
    for i, text in enumerate(headers, start=1):
        looks.apply(put(ws, 1, i, text), "t-header")
    ws.row_dimensions[1].height = ROW_HEIGHT
    for r, (values, fmts) in enumerate(zip(rows, formats, strict=True), start=2):
        lines = 1
        for c, (value, fmt) in enumerate(zip(values, fmts, strict=True), start=1):
            w = 10 if isinstance(value, Formula) else display_width(value, fmt)  # a formula: a percentage
            if c - 1 == wrap and w > WRAP_AT:
                lines = max(lines, -(-w // WRAP_AT) + (1 if w > 2 * WRAP_AT else 0))
                w = WRAP_AT
            widths[c - 1] = max(widths[c - 1], w)
            look = f"t-num:{fmt}" if fmt else ("t-wrap" if c - 1 == wrap else "t-text")
            looks.apply(put(ws, r, c, value), look)
        if lines > 1:  # other rows take the sheet's default height
            ws.row_dimensions[r].height = LINE_PT * lines + 6
    ws.sheet_format.defaultRowHeight = ROW_HEIGHT  # one attribute instead of a height on every row
    ws.sheet_format.customHeight = True
    final = [column_width(round(w)) for w in widths]
    for i, width in enumerate(final, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    portrait = printing.plan(final, 2, landscape=False).pages_wide == 1  # a narrow table: more rows a page
    return printing.apply(ws, final, lang=lang, title_rows="1:1", repeat_columns=2, landscape=not portrait)


def details_sheet(ws, run: PayrollRun, lang: str, looks: Looks) -> printing.PrintPlan:
    tr = translator(lang)
    rows: list[list[object]] = []
    for p in run.people:
        dept = dept_name(p.department, lang)
        base_note = p.notes.get("base")
        rows.append([p.name, dept, h("base", lang), h("earning", lang), yuan(p.base_fen),
                     base_note.render(tr) if base_note else h("from_record", lang)])
        for line in p.lines:
            kind = h("deduction" if line.deduction else "earning", lang)
            label = h("clawback", lang) if before_gross(line) else line.label
            rows.append([p.name, dept, label, kind, yuan(line.amount_fen), line.note.render(tr)])
        for a in p.adjustments:
            rows.append([p.name, dept, h("adjustments", lang), h("adjustment", lang), yuan(a.amount_fen), a.reason])
        if p.absence_fen:
            note = p.notes.get("absence")
            rows.append([p.name, dept, h("absence", lang), h("deduction", lang), yuan(p.absence_fen),
                         note.render(tr) if note else ""])
        for cat, fen in p.deductions.items():
            if fen:
                label = DEDUCTION_CATEGORIES.get(cat, (cat, cat))[1 if lang == "zh_CN" else 0]
                note = p.notes.get(cat)
                if cat in p.entered and cat in p.computed:
                    told = h("typed", lang).format(amount=f"¥{yuan(p.computed[cat]):,.2f}")
                else:
                    told = note.render(tr) if note is not None and cat not in p.entered else h("entered", lang)
                rows.append([p.name, dept, label, h("deduction", lang), yuan(fen), told])
        tax_note = p.notes.get("income_tax")
        if tax_note is not None and not p.deductions.get("income_tax"):  # no tax this month, and why
            rows.append([p.name, dept, DEDUCTION_CATEGORIES["income_tax"][1 if lang == "zh_CN" else 0],
                         h("deduction", lang), yuan(0), tax_note.render(tr)])
        for w in p.warnings:
            rows.append([p.name, dept, "", h("warning", lang), None, w.render(tr)])
    headers = [h(k, lang) for k in ("name", "department", "item", "type", "amount", "explanation")]
    formats = [(None, None, None, None, YUAN_FORMAT, None)] * len(rows)
    return table(ws, headers, rows, formats, lang, looks, wrap=5)


def _unit_format(unit: str) -> str:
    return {"yuan": YUAN_FORMAT, "percent": '0.00"%"', "count": "#,##0"}.get(unit, "#,##0.##")


def targets_sheet(ws, lines: list[TargetLine], lang: str, looks: Looks) -> printing.PrintPlan:
    rows: list[list[object]] = []
    formats: list[tuple[str | None, ...]] = []
    for i, t in enumerate(lines, start=2):
        rows.append([t.name, t.department, t.metric, t.target, t.actual, Formula(f'=IF(D{i}>0,E{i}/D{i},"")')])
        fmt = _unit_format(t.unit)
        formats.append((None, None, None, fmt, fmt, PERCENT_FORMAT))
    headers = [h(k, lang) for k in ("name", "department", "metric", "target", "actual", "achievement")]
    return table(ws, headers, rows, formats, lang, looks)
