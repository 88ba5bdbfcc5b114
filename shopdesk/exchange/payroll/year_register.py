"""The year's salary register: people × months of net pay, and each person's yearly pay components.

Months come from the payroll service: an approved month as it was locked,
an open one as it computes today; months not yet begun are left out. Year
totals and the total row are Excel formulas.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.exchange.common.style import YUAN_FORMAT, display_width, header_fill, header_font
from shopdesk.exchange.payroll.bonus_sheet import dept_name, h, yuan
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES, PayrollRun

_R = {
    "net": ("Net pay {year}", "{year} 年实发工资"), "components": ("Pay components {year}", "{year} 年工资构成"),
    "year_total": ("Year total", "全年合计"), "title": ("{shop} — salary register {year}", "{shop} {year} 年工资台账"),
    "month": ("{m:02d}", "{m}月"),
}


def r(key: str, lang: str) -> str:
    en, zh = _R[key]
    return zh if lang == "zh_CN" else en


def write_year_register(path: Path, runs: list[PayrollRun], *, year: int, shop: str, lang: str = "en") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter as letter

    order = {d.value: i for i, d in enumerate(DEPARTMENTS)}
    people: dict[int, tuple[str, str]] = {}
    net: dict[int, dict[int, int]] = defaultdict(dict)
    parts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    earning: dict[str, None] = {}
    penalty: dict[str, None] = {}
    cats: set[str] = set()
    for run in runs:
        m = int(run.month[5:])
        for p in run.people:
            people[p.staff_id] = (p.name, p.department)
            net[p.staff_id][m] = p.net_fen
            acc = parts[p.staff_id]
            acc["base"] += p.base_fen
            acc["adjustments"] += p.adjustments_fen
            acc["gross"] += p.gross_fen
            acc["deductions"] += p.deductions_fen
            acc["total"] += p.net_fen
            for line in p.lines:
                (penalty if line.deduction else earning).setdefault(line.label, None)
                acc[f"{'p' if line.deduction else 'e'}:{line.label}"] += line.amount_fen
            for c, fen in p.deductions.items():
                if fen:
                    cats.add(c)
                    acc[f"c:{c}"] += fen
    ids = sorted(people, key=lambda i: (order.get(people[i][1], 99), people[i][0]))
    wb = Workbook()
    ws = wb.active
    ws.title = r("net", lang).format(year=year)
    months = [int(run.month[5:]) for run in runs]
    headers = [h("name", lang), h("department", lang), *(r("month", lang).format(m=m) for m in months),
               r("year_total", lang)]
    rows = [[people[i][0], dept_name(people[i][1], lang), *(yuan(net[i].get(m)) for m in months)] for i in ids]
    _sheet(ws, r("title", lang).format(shop=shop, year=year), headers, rows, first_money=3, letter=letter,
           font=Font, lang=lang)
    keys = ["base", *(f"e:{x}" for x in earning), "adjustments", "gross", *(f"p:{x}" for x in penalty),
            *(f"c:{c}" for c in DEDUCTION_CATEGORIES if c in cats), "deductions", "total"]
    names = {f"e:{x}": x for x in earning} | {f"p:{x}": x for x in penalty}
    names |= {f"c:{c}": DEDUCTION_CATEGORIES[c][1 if lang == "zh_CN" else 0] for c in cats}
    ws2 = wb.create_sheet(r("components", lang).format(year=year))
    headers2 = [h("name", lang), h("department", lang), *(names.get(k) or h(k, lang) for k in keys)]
    rows2 = [[people[i][0], dept_name(people[i][1], lang), *(yuan(parts[i].get(k, 0)) for k in keys)] for i in ids]
    _sheet(ws2, r("title", lang).format(shop=shop, year=year), headers2, rows2, first_money=3, letter=letter,
           font=Font, lang=lang, total_column=False)
    wb.calculation.fullCalcOnLoad = True
    wb.save(path)


def _sheet(ws, title: str, headers: list[str], rows: list[list[object]], *, first_money: int, letter, font,
           lang: str, total_column: bool = True) -> None:
    """Title, header on row 3, a row per person (with a SUM year total), and a total row of SUMs."""
    from shopdesk.exchange.payroll.bonus_sheet import _page

    ws["A1"] = title
    ws["A1"].font = font(bold=True, size=14)
    ncols = len(headers)
    for i, text in enumerate(headers, start=1):
        cell = ws.cell(3, i, text)
        cell.font, cell.fill = header_font(), header_fill()
    last_value = ncols - 1 if total_column else ncols
    row = 4
    for values in rows:
        for i, v in enumerate(values, start=1):
            ws.cell(row, i, v)
        if total_column:
            ws.cell(row, ncols, f"=SUM({letter(first_money)}{row}:{letter(last_value)}{row})")
        row += 1
    ws.cell(row, 1, h("grand", lang)).font = font(bold=True)
    for i in range(first_money, ncols + 1):
        ws.cell(row, i, f"=SUM({letter(i)}4:{letter(i)}{row - 1})" if rows else 0).font = font(bold=True)
    for rr in range(4, row + 1):
        for i in range(first_money, ncols + 1):
            ws.cell(rr, i).number_format = YUAN_FORMAT
    for i in range(1, ncols + 1):
        width = max([display_width(headers[i - 1])] + [display_width(v[i - 1]) for v in rows if i <= len(v)])
        ws.column_dimensions[letter(i)].width = min(40, max(8, width + 2, 13 if i >= first_money else 0))
    ws.freeze_panes = ws.cell(4, 3)
    ws.print_title_rows = "3:3"
    _page(ws)
