"""The year's salary register: people × months of net pay, and each person's yearly pay components.

Months come from the payroll service: an approved month as it was locked,
an open one as it computes today; months not yet begun are left out. A
month not yet approved is marked as a draft in its header and in grey, and
is left out of the year totals and of the components sheet: only approved
months are summed. Year totals and the total row are Excel formulas.
It prints like the bonus sheet (see `exchange.common.printing`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.domain.payroll import before_gross
from shopdesk.domain.tax import TaxResult
from shopdesk.exchange.common import printing
from shopdesk.exchange.common.cells import Formula, put
from shopdesk.exchange.common.style import (
    TITLE_SIZE,
    YUAN_FORMAT,
    Looks,
    column_width,
    display_width,
    font,
    header_fill,
    new_workbook,
    text_width,
)
from shopdesk.exchange.payroll.bonus_sheet import ROW_HEIGHT
from shopdesk.exchange.payroll.labels import dept_name, h, yuan
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES, PayrollRun

_R = {
    "net": ("Net pay {year}", "{year} 年实发工资"), "components": ("Pay components {year}", "{year} 年工资构成"),
    "year_total": ("Year total (approved months)", "全年合计（已审批月份）"),
    "title": ("{shop} — salary register {year}", "{shop} {year} 年工资台账"),
    "month": ("{m:02d}", "{m}月"), "draft_month": ("{m:02d} (draft)", "{m}月（草稿）"),
    "draft_note": ("Months marked draft are not approved yet and are not included in the year totals.",
                   "标为草稿的月份尚未审批，不计入全年合计。"),
    "included": ("Approved months included: {months}", "计入的已审批月份：{months}"),
    "none": ("none", "无"),
    "tax": ("Income tax {year}", "{year} 年个税累计"), "months": ("Months employed", "累计月数"),
    "income": ("Cumulative income", "累计收入额"), "basic": ("Cumulative basic deduction", "累计减除费用"),
    "insurance": ("Cumulative social insurance and housing fund", "累计专项扣除"),
    "special": ("Cumulative special additional deductions", "累计专项附加扣除"),
    "taxable": ("Cumulative taxable income", "累计应纳税所得额"), "rate": ("Rate", "预扣率"),
    "quick": ("Quick deduction", "速算扣除数"), "due": ("Cumulative tax due", "累计应纳税额"),
    "withheld": ("Cumulative tax withheld", "累计已预扣预缴税额"),
    "tax_note": ("As of each person's last approved month this year.", "截至每人本年最后一个已审批月份。"),
}
FIRST_ROW = 4  # the header row; a title and a note above it


def r(key: str, lang: str) -> str:
    en, zh = _R[key]
    return zh if lang == "zh_CN" else en


def write_year_register(path: Path, runs: list[PayrollRun], *, year: int, shop: str, lang: str = "en") -> None:
    order = {d.value: i for i, d in enumerate(DEPARTMENTS)}
    people: dict[int, tuple[str, str]] = {}
    net: dict[int, dict[int, int]] = defaultdict(dict)
    parts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    earning: dict[str, None] = {}
    penalty: dict[str, None] = {}
    cats: set[str] = set()
    taxes: dict[int, TaxResult] = {}
    for run in runs:
        m = int(run.month[5:])
        for p in run.people:
            people[p.staff_id] = (p.name, p.department)
            net[p.staff_id][m] = p.net_fen
            if not run.approved:
                continue  # a draft month is shown, never summed with approved ones
            acc = parts[p.staff_id]
            acc["base"] += p.base_fen
            acc["adjustments"] += p.adjustments_fen
            acc["absence"] += p.absence_fen
            acc["clawback"] += p.clawback_fen
            if p.tax is not None:
                taxes[p.staff_id] = p.tax
            acc["withheld"] += p.deductions.get("income_tax", 0)
            acc["gross"] += p.gross_fen
            acc["deductions"] += p.deductions_fen
            acc["total"] += p.net_fen
            for line in p.lines:
                if before_gross(line):
                    continue  # a refund clawback: its own column before gross pay
                (penalty if line.deduction else earning).setdefault(line.label, None)
                acc[f"{'p' if line.deduction else 'e'}:{line.label}"] += line.amount_fen
            for c, fen in p.deductions.items():
                if fen:
                    cats.add(c)
                    acc[f"c:{c}"] += fen
    ids = sorted(people, key=lambda i: (order.get(people[i][1], 99), people[i][0]))
    approved = {int(run.month[5:]) for run in runs if run.approved}
    months = [int(run.month[5:]) for run in runs]
    wb = new_workbook()
    looks = Looks()
    _define(looks)
    ws: Any = wb.active
    ws.title = r("net", lang).format(year=year)
    headers = [h("name", lang), h("department", lang),
               *(r("month" if m in approved else "draft_month", lang).format(m=m) for m in months),
               r("year_total", lang)]
    rows = [[people[i][0], dept_name(people[i][1], lang), *(yuan(net[i].get(m)) for m in months)] for i in ids]
    drafts = [i for i, m in enumerate(months, start=3) if m not in approved]
    note = r("draft_note", lang) if drafts else ""
    _sheet(ws, r("title", lang).format(shop=shop, year=year), note, headers, rows, lang, looks,
           summed=[i for i, m in enumerate(months, start=3) if m in approved], drafts=drafts)
    absence = ["absence"] if any(parts[i]["absence"] for i in ids) else []
    absence += ["clawback"] if any(parts[i]["clawback"] for i in ids) else []
    keys = ["base", *(f"e:{x}" for x in earning), "adjustments", *absence, "gross", *(f"p:{x}" for x in penalty),
            *(f"c:{c}" for c in DEDUCTION_CATEGORIES if c in cats), "deductions", "total"]
    names = {f"e:{x}": x for x in earning} | {f"p:{x}": x for x in penalty}
    names |= {f"c:{c}": DEDUCTION_CATEGORIES[c][1 if lang == "zh_CN" else 0] for c in cats}
    ws2 = wb.create_sheet(r("components", lang).format(year=year))
    headers2 = [h("name", lang), h("department", lang), *(names.get(k) or h(k, lang) for k in keys)]
    rows2 = [[people[i][0], dept_name(people[i][1], lang), *(yuan(parts[i].get(k, 0)) for k in keys)] for i in ids]
    included = ", ".join(f"{year}-{m:02d}" for m in sorted(approved)) or r("none", lang)
    _sheet(ws2, r("title", lang).format(shop=shop, year=year), r("included", lang).format(months=included),
           headers2, rows2, lang, looks, summed=None, drafts=[])
    if taxes:  # the cumulative figures an accountant files from (DESIGN §4.7)
        _tax_sheet(wb.create_sheet(r("tax", lang).format(year=year)), taxes, parts, people,
                   [i for i in ids if i in taxes], r("title", lang).format(shop=shop, year=year), lang, looks)
    wb.calculation.fullCalcOnLoad = True
    wb.save(path)


def _tax_sheet(ws, taxes: dict[int, TaxResult], parts: dict[int, dict[str, int]],
               people: dict[int, tuple[str, str]], ids: list[int], title: str, lang: str,
               looks: Looks) -> printing.PrintPlan:
    from openpyxl.utils import get_column_letter as letter

    keys = ["income", "basic", "insurance", "special", "taxable", "rate", "quick", "due", "withheld"]
    headers = [h("name", lang), h("department", lang), h("month", lang), r("months", lang), *(r(k, lang) for k in keys)]
    looks.apply(put(ws, 1, 1, title), "title")
    looks.apply(put(ws, 2, 1, r("tax_note", lang)), "note")
    for c, text in enumerate(headers, start=1):
        looks.apply(put(ws, FIRST_ROW, c, text), "header" if c <= 4 else "header-money")
    ws.row_dimensions[FIRST_ROW].height = 34
    widths = [text_width(t) * 1.08 if c <= 4 else -(-text_width(t) // 2) * 1.08 for c, t in enumerate(headers, 1)]
    for row, i in enumerate(ids, start=FIRST_ROW + 1):
        t = taxes[i]
        values: list[object] = [people[i][0], dept_name(people[i][1], lang), t.month, t.months, yuan(t.income_fen),
                                yuan(t.basic_fen), yuan(t.insurance_fen), yuan(t.special_fen), yuan(t.taxable_fen),
                                Decimal(t.rate) / 100, yuan(t.quick_deduction_fen), yuan(t.due_fen),
                                yuan(parts[i]["withheld"])]
        for c, v in enumerate(values, start=1):
            looks.apply(put(ws, row, c, v), "text" if c <= 4 else "rate" if c == 10 else "money")
            widths[c - 1] = max(widths[c - 1], display_width(v, YUAN_FORMAT))
        ws.row_dimensions[row].height = ROW_HEIGHT
    final = [column_width(round(w)) for w in widths]
    for c, w in enumerate(final, start=1):
        ws.column_dimensions[letter(c)].width = w
    ws.freeze_panes = ws.cell(FIRST_ROW + 1, 3)
    return printing.apply(ws, final, lang=lang, title_rows=f"{FIRST_ROW}:{FIRST_ROW}", repeat_columns=2)


def _define(looks: Looks) -> None:
    from openpyxl.styles import Alignment, Border, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    right = Alignment(horizontal="right", vertical="center", wrap_text=True)
    total = PatternFill("solid", fgColor="DDEBF7")
    looks.define("title", font=font(bold=True, size=TITLE_SIZE))
    looks.define("note", font=font(italic=True, color="808080"))
    looks.define("header", font=font(bold=True), fill=header_fill(), border=border,
                 alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    looks.define("header-money", font=font(bold=True), fill=header_fill(), border=border, alignment=right)
    looks.define("header-draft", font=font(bold=True, italic=True, color="808080"), fill=header_fill(),
                 border=border, alignment=right)
    looks.define("text", font=font(), border=border, alignment=Alignment(vertical="center"))
    looks.define("money", font=font(), border=border, number_format=YUAN_FORMAT, alignment=right)
    looks.define("rate", font=font(), border=border, number_format="0%", alignment=right)
    looks.define("draft", font=font(italic=True, color="808080"), border=border, number_format=YUAN_FORMAT,
                 alignment=right)
    looks.define("total-text", font=font(bold=True), fill=total, border=border,
                 alignment=Alignment(vertical="center"))
    looks.define("total-money", font=font(bold=True), fill=total, border=border, number_format=YUAN_FORMAT,
                 alignment=right)


def _sheet(ws, title: str, note: str, headers: list[str], rows: Sequence[Sequence[object]], lang: str,
           looks: Looks, *, summed: list[int] | None, drafts: list[int]) -> printing.PrintPlan:
    """Title, a note, header on row 4, a row per person (with a year total over `summed` columns), a total row.

    `summed` None: no year-total column. Money starts in column 3.
    """
    from openpyxl.utils import get_column_letter as letter

    looks.apply(put(ws, 1, 1, title), "title")
    ws.row_dimensions[1].height = 28
    if note:
        looks.apply(put(ws, 2, 1, note), "note")
    ncols = len(headers)
    for i, text in enumerate(headers, start=1):
        look = "header" if i < 3 else "header-draft" if i in drafts else "header-money"
        looks.apply(put(ws, FIRST_ROW, i, text), look)
    ws.row_dimensions[FIRST_ROW].height = 34
    widths = [max(text_width(w) for w in t.split()) * 1.08 if " " in t else -(-text_width(t) // 2) * 1.08
              for t in headers]
    widths[0], widths[1] = text_width(headers[0]) * 1.08, text_width(headers[1]) * 1.08
    row = FIRST_ROW + 1
    column_sums: dict[int, int] = defaultdict(int)
    for values in rows:
        for i, v in enumerate(values, start=1):
            look = "text" if i < 3 else "draft" if i in drafts else "money"
            looks.apply(put(ws, row, i, v), look)
            widths[i - 1] = max(widths[i - 1], display_width(v, YUAN_FORMAT))
            if i >= 3 and v is not None:
                column_sums[i] += int(Decimal(str(v)) * 100)
        if summed is not None:
            refs = "+".join(f"{letter(i)}{row}" for i in summed)
            looks.apply(put(ws, row, ncols, Formula(f"={refs}") if refs else 0), "money")
            column_sums[ncols] += sum(int(Decimal(str(values[i - 1] or 0)) * 100) for i in summed)
        ws.row_dimensions[row].height = ROW_HEIGHT
        row += 1
    looks.apply(put(ws, row, 1, h("grand", lang)), "total-text")
    looks.apply(ws.cell(row, 2), "total-text")
    for i in range(3, ncols + 1):
        looks.apply(put(ws, row, i, Formula(f"=SUM({letter(i)}{FIRST_ROW + 1}:{letter(i)}{row - 1})") if rows else 0),
                    "total-money")
        widths[i - 1] = max(widths[i - 1], display_width(yuan(column_sums.get(i, 0)), YUAN_FORMAT) * 1.08)
    ws.row_dimensions[row].height = ROW_HEIGHT
    final = [column_width(round(w)) for w in widths]
    for i, w in enumerate(final, start=1):
        ws.column_dimensions[letter(i)].width = w
    ws.freeze_panes = ws.cell(FIRST_ROW + 1, 3)
    return printing.apply(ws, final, lang=lang, title_rows=f"{FIRST_ROW}:{FIRST_ROW}", repeat_columns=2)
