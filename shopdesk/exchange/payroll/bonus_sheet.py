"""The bonus sheet (DESIGN §4.4): Payroll, Details and Targets, as an accountant expects them.

Money cells are numbers with a ¥ format; every person's gross pay,
deductions and total, each department's subtotal and the grand total are
Excel formulas over the rows above, so whoever opens the file can check
each sum, and their values equal ShopDesk's computed payroll.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.exchange.common.style import (
    PERCENT_FORMAT,
    YUAN_FORMAT,
    display_width,
    header_fill,
    header_font,
)
from shopdesk.exchange.common.translate import translator
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES, PayrollRun, PersonPay

_H = {
    "name": ("Name", "姓名"), "department": ("Department", "部门"), "position": ("Position", "岗位"),
    "base": ("Base salary", "底薪"), "adjustments": ("Adjustments", "调整"), "gross": ("Gross pay", "应发合计"),
    "deductions": ("Deductions", "扣款合计"), "total": ("Total", "实发合计"), "signature": ("Signature", "领款人签字"),
    "shop": ("Shop", "店铺名称"), "month": ("Month", "所属月份"), "made": ("Date made", "制表日期"),
    "subtotal": ("{dept} subtotal", "{dept} 小计"), "grand": ("Total", "合计"),
    "prepared": ("Prepared by (制表人):", "制表人："), "checked": ("Finance check (财务审核):", "财务审核："),
    "approved_by": ("Approved by (主管审批):", "主管审批："),
    "title": ("{shop} — payroll {month}", "{shop} {year}年{m}月工资表"),
    "draft": ("Draft: not approved yet", "草稿：尚未审批"),
    "approved": ("Approved {at} by {who}", "已于 {at} 由 {who} 审批"),
    "item": ("Item", "项目"), "type": ("Type", "类型"), "amount": ("Amount", "金额"),
    "explanation": ("Explanation", "说明"), "earning": ("Earning", "应发"), "deduction": ("Deduction", "扣款"),
    "adjustment": ("Adjustment", "调整"), "warning": ("Warning", "提示"), "entered": ("entered", "录入"),
    "from_record": ("from the staff record", "员工档案"),
    "metric": ("Metric", "指标"), "target": ("Target", "目标"), "actual": ("Actual", "实际"),
    "achievement": ("Achievement", "达成率"),
    "sheet_payroll": ("Payroll", "工资表"), "sheet_details": ("Details", "明细"),
    "sheet_targets": ("Targets", "目标达成"),
}
HEADER_ROW = 4


def h(key: str, lang: str) -> str:
    en, zh = _H[key]
    return zh if lang == "zh_CN" else en


def dept_name(key: str, lang: str) -> str:
    d = Department(key)
    return d.chinese if lang == "zh_CN" else d.english


def yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


@dataclass(frozen=True)
class TargetLine:
    name: str
    department: str
    metric: str  # shown name
    unit: str  # "yuan" | "percent" | other
    target: Decimal
    actual: Decimal | None


@dataclass(frozen=True)
class Layout:
    """Which column holds what on the Payroll sheet (1-based)."""

    earning: list[str]
    penalty: list[str]
    categories: list[str]

    @property
    def headers(self) -> list[str]:
        return ["name", "department", "position", "base", *(f"e:{x}" for x in self.earning), "adjustments",
                "gross", *(f"p:{x}" for x in self.penalty), *(f"c:{x}" for x in self.categories),
                "deductions", "total", "signature"]

    def col(self, key: str) -> int:
        return self.headers.index(key) + 1


def _money_keys(layout: Layout) -> list[str]:
    return [k for k in layout.headers if k not in ("name", "department", "position", "signature")]


def _values(p: PersonPay, layout: Layout) -> dict[str, int | None]:
    out: dict[str, int | None] = {"base": p.base_fen, "adjustments": p.adjustments_fen or None}
    for line in p.lines:
        key = f"{'p' if line.deduction else 'e'}:{line.label}"
        out[key] = (out.get(key) or 0) + line.amount_fen
    for cat, fen in p.deductions.items():
        if fen:
            out[f"c:{cat}"] = fen
    return out


def write_bonus_sheet(path: Path, run: PayrollRun, *, shop: str, made: date, lang: str = "en",
                      targets: list[TargetLine] | None = None) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = h("sheet_payroll", lang)
    _payroll(ws, run, shop, made, lang)
    _details(wb.create_sheet(h("sheet_details", lang)), run, lang)
    _targets(wb.create_sheet(h("sheet_targets", lang)), targets or [], lang)
    wb.calculation.fullCalcOnLoad = True  # spreadsheet programs compute the formulas on opening
    wb.save(path)


def _payroll(ws, run: PayrollRun, shop: str, made: date, lang: str) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter as letter

    layout = Layout(run.earning_labels, run.penalty_labels, run.deduction_categories)
    keys = layout.headers
    ncols = len(keys)
    year, month = run.month.split("-")
    ws["A1"] = h("title", lang).format(shop=shop, month=run.month, year=year, m=int(month))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    for col, (label, value) in zip((1, 4, 7), (("shop", shop), ("month", run.month), ("made", made.isoformat())),
                                   strict=True):
        ws.cell(2, col, h(label, lang)).font = Font(bold=True)
        ws.cell(2, col + 1, value)
    status = (h("approved", lang).format(at=f"{run.approved_at:%Y-%m-%d}", who=run.approved_by)
              if run.approved_at else h("draft", lang))
    ws.cell(3, 1, status).font = Font(italic=True, color="808080")
    names = {f"e:{x}": x for x in layout.earning} | {f"p:{x}": x for x in layout.penalty}
    names |= {f"c:{c}": DEDUCTION_CATEGORIES[c][1 if lang == "zh_CN" else 0] for c in layout.categories}
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, key in enumerate(keys, start=1):
        cell = ws.cell(HEADER_ROW, i, names.get(key) or h(key, lang))
        cell.font, cell.fill, cell.border = header_font(), header_fill(), border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    money = _money_keys(layout)
    L = {k: letter(layout.col(k)) for k in keys}  # noqa: N806 (column letters)
    first_ded = next((k for k in keys if k[:2] in ("p:", "c:")), None)
    last_ded = [k for k in keys if k[:2] in ("p:", "c:")][-1] if first_ded else None
    row = HEADER_ROW + 1
    subtotal_rows: list[int] = []
    sub_fill = PatternFill("solid", fgColor="F2F2F2")
    widths = [display_width(ws.cell(HEADER_ROW, i).value) for i in range(1, ncols + 1)]
    for dept in DEPARTMENTS:
        people = [p for p in run.people if p.department == dept.value]
        if not people:
            continue
        top = row
        for p in people:
            values = _values(p, layout)
            ws.cell(row, 1, p.name)
            ws.cell(row, 2, dept_name(p.department, lang))
            ws.cell(row, 3, p.position)
            for key in money:
                if key == "gross":
                    value: object = f"=SUM({L['base']}{row}:{L['adjustments']}{row})"
                elif key == "deductions":
                    value = f"=SUM({L[first_ded]}{row}:{L[last_ded]}{row})" if first_ded and last_ded else 0
                elif key == "total":
                    value = f"={L['gross']}{row}-{L['deductions']}{row}"
                else:
                    value = yuan(values.get(key))
                ws.cell(row, layout.col(key), value)
            for i in (1, 2, 3):
                widths[i - 1] = max(widths[i - 1], display_width(ws.cell(row, i).value))
            row += 1
        ws.cell(row, 1, h("subtotal", lang).format(dept=dept_name(dept.value, lang)))
        for key in money:
            ws.cell(row, layout.col(key), f"=SUM({L[key]}{top}:{L[key]}{row - 1})")
        widths[0] = max(widths[0], display_width(ws.cell(row, 1).value))
        subtotal_rows.append(row)
        row += 1
    ws.cell(row, 1, h("grand", lang))
    for key in money:
        refs = "+".join(f"{L[key]}{r}" for r in subtotal_rows)
        ws.cell(row, layout.col(key), f"={refs}" if refs else 0)
    grand = row
    # Style the first row of each kind cell by cell, then copy its style arrays to the other rows:
    # setting styles cell by cell costs openpyxl a hash per attribute and doubled the write time.
    looks = {"person": (None, None), "subtotal": (Font(bold=True), sub_fill),
             "total": (Font(bold=True), PatternFill("solid", fgColor="DDEBF7"))}
    first: dict[str, int] = {}
    for r in range(HEADER_ROW + 1, grand + 1):
        kind = "total" if r == grand else "subtotal" if r in subtotal_rows else "person"
        if kind in first:
            model = first[kind]
            for i in range(1, ncols + 1):
                ws.cell(r, i)._style = copy(ws.cell(model, i)._style)
            continue
        first[kind] = r
        font, fill = looks[kind]
        for i, key in enumerate(keys, start=1):
            cell = ws.cell(r, i)
            cell.border = border
            if font is not None:
                cell.font, cell.fill = font, fill
            if key in money:
                cell.number_format = YUAN_FORMAT
    for col, key in zip((1, max(2, ncols // 3 + 1), max(3, 2 * ncols // 3 + 1)),
                        ("prepared", "checked", "approved_by"), strict=True):
        ws.cell(grand + 3, col, h(key, lang)).font = Font(bold=True)
    # Money columns hold up to ¥9,999,999.99; names and headers set the rest.
    for i, key in enumerate(keys, start=1):
        w = widths[i - 1]
        if key in money:
            w = max(w, 13)
        if key == "signature":
            w = max(w, 16)
        ws.column_dimensions[letter(i)].width = min(40, w + 2)
    ws.row_dimensions[HEADER_ROW].height = 30
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 2)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _page(ws)


def _page(ws) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True


def _table(ws, headers: list[str], rows: list[list[object]], formats: dict[int, str]) -> None:
    from shopdesk.exchange.common.style import fitted_widths, set_widths

    ws.append(headers)
    for cell in ws[1]:
        cell.font, cell.fill = header_font(), header_fill()
    for r in rows:
        ws.append(r)
    for col, fmt in formats.items():
        if rows:
            ws.cell(2, col).number_format = fmt
            model = ws.cell(2, col)._style
            for (cell,) in ws.iter_rows(min_row=3, min_col=col, max_col=col):
                cell._style = copy(model)  # see _payroll: copying the style array is cheap
    set_widths(ws, fitted_widths([headers, *rows], maximum=80))
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    _page(ws)


def _details(ws, run: PayrollRun, lang: str) -> None:
    tr = translator(lang)
    rows: list[list[object]] = []
    for p in run.people:
        dept = dept_name(p.department, lang)
        rows.append([p.name, dept, h("base", lang), h("earning", lang), yuan(p.base_fen), h("from_record", lang)])
        for line in p.lines:
            kind = h("deduction" if line.deduction else "earning", lang)
            rows.append([p.name, dept, line.label, kind, yuan(line.amount_fen), line.note.render(tr)])
        for a in p.adjustments:
            rows.append([p.name, dept, h("adjustments", lang), h("adjustment", lang), yuan(a.amount_fen), a.reason])
        for cat, fen in p.deductions.items():
            if fen:
                label = DEDUCTION_CATEGORIES.get(cat, (cat, cat))[1 if lang == "zh_CN" else 0]
                rows.append([p.name, dept, label, h("deduction", lang), yuan(fen), h("entered", lang)])
        for w in p.warnings:
            rows.append([p.name, dept, "", h("warning", lang), None, w.render(tr)])
    headers = [h(k, lang) for k in ("name", "department", "item", "type", "amount", "explanation")]
    _table(ws, headers, rows, {5: YUAN_FORMAT})


def _targets(ws, lines: list[TargetLine], lang: str) -> None:
    rows: list[list[object]] = []
    for i, t in enumerate(lines, start=2):
        rows.append([t.name, t.department, t.metric, t.target, t.actual, f'=IF(D{i}>0,E{i}/D{i},"")'])
    headers = [h(k, lang) for k in ("name", "department", "metric", "target", "actual", "achievement")]
    _table(ws, headers, rows, {6: PERCENT_FORMAT})
    models: dict[str, object] = {}
    for i, t in enumerate(lines, start=2):
        fmt = YUAN_FORMAT if t.unit == "yuan" else ('0.00"%"' if t.unit == "percent" else "#,##0.##")
        if t.unit == "count":
            fmt = "#,##0"
        for col in (4, 5):
            cell = ws.cell(i, col)
            if fmt in models:
                cell._style = copy(models[fmt])
            else:
                cell.number_format = fmt
                models[fmt] = cell._style
