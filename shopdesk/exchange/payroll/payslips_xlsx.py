"""Payslips as the classic 工资条 workbook (DESIGN §4.8).

For each person: the header row of the Payroll sheet's columns, the
person's row under it, then an empty row to cut along; bordered, one CJK
font, printable: one page wide, no strip split across two pages. A month not approved
yet carries a Status column saying 草稿 / Draft on every slip.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shopdesk.exchange.common import printing
from shopdesk.exchange.common.cells import put
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
from shopdesk.exchange.payroll.bonus_sheet import (
    HEADER_HEIGHT,
    ROW_HEIGHT,
    Layout,
    money_keys,
    person_values,
    wrapped_header_width,
)
from shopdesk.exchange.payroll.labels import dept_name, h, owner_name, yuan
from shopdesk.services.payroll.results import Payslips

CUT_HEIGHT = 16
FIRST_STRIP = 4


def layout_of(slips: Payslips) -> Layout:
    return Layout(list(slips.earning_labels), list(slips.penalty_labels), list(slips.deduction_categories),
                  slips.absence, slips.clawback)


def status_line(slips: Payslips, lang: str) -> str:
    if slips.approved and slips.approved_at is not None:
        return h("approved", lang).format(at=f"{slips.approved_at:%Y-%m-%d}", who=owner_name(slips.approved_by, lang))
    return h("draft", lang)


def title(slips: Payslips, lang: str) -> str:
    year, month = slips.month.split("-")
    return h("payslip_title", lang).format(shop=slips.shop, month=slips.month, year=year, m=int(month))


def write_payslips_xlsx(path: Path, slips: Payslips, lang: str = "en") -> printing.PrintPlan:
    from openpyxl.styles import Alignment, Border, Side
    from openpyxl.utils import get_column_letter as letter
    from openpyxl.worksheet.pagebreak import Break

    wb = new_workbook()
    ws: Any = wb.active
    ws.title = h("sheet_payslips", lang)
    looks = Looks()
    thin = Side(style="thin", color="666666")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    middle = Alignment(vertical="center")
    looks.define("title", font=font(bold=True, size=TITLE_SIZE))
    looks.define("status", font=font(italic=True, color="808080"))
    looks.define("header", font=font(bold=True), fill=header_fill(), border=border,
                 alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    looks.define("text", font=font(), border=border, alignment=middle)
    looks.define("draft", font=font(bold=True, color="C00000"), border=border, alignment=middle)
    looks.define("money", font=font(), border=border, number_format=YUAN_FORMAT,
                 alignment=Alignment(horizontal="right", vertical="center"))
    layout = layout_of(slips)
    headers = layout.names(lang)
    draft = not slips.approved
    if draft:
        headers.append(h("draft_mark", lang))
    money = money_keys(layout)
    ncols = len(headers)
    widths = [wrapped_header_width(t) * 1.08 for t in headers]
    looks.apply(put(ws, 1, 1, title(slips, lang) + (f" — {h('draft_mark', lang)}" if draft else "")), "title")
    ws.row_dimensions[1].height = 28
    looks.apply(put(ws, 2, 1, status_line(slips, lang)), "status")
    row = FIRST_STRIP
    for p in slips.people:
        for i, text in enumerate(headers, start=1):
            looks.apply(put(ws, row, i, text), "header")
        ws.row_dimensions[row].height = HEADER_HEIGHT
        values = person_values(p, layout)
        for i, text in enumerate((p.name, dept_name(p.department, lang), p.position), start=1):
            looks.apply(put(ws, row + 1, i, text), "text")
            widths[i - 1] = max(widths[i - 1], text_width(text))
        for key in money:
            col = layout.col(key)
            value = yuan(values.get(key))
            looks.apply(put(ws, row + 1, col, value), "money")
            widths[col - 1] = max(widths[col - 1], display_width(value, YUAN_FORMAT))
        looks.apply(ws.cell(row + 1, layout.col("signature")), "text")
        if draft:
            looks.apply(put(ws, row + 1, ncols, h("draft_mark", lang)), "draft")
        ws.row_dimensions[row + 1].height = ROW_HEIGHT
        ws.row_dimensions[row + 2].height = CUT_HEIGHT  # the empty row to cut along
        row += 3
    widths[layout.col("signature") - 1] = max(widths[layout.col("signature") - 1], 12)
    final = [column_width(round(w)) for w in widths]
    for i, w in enumerate(final, start=1):
        ws.column_dimensions[letter(i)].width = w
    plan = printing.apply(ws, final, lang=lang, title_rows=None)
    if plan.pages_wide > 1:
        # A slip is cut out and handed over in one piece: one page wide even if its text gets smaller.
        total = sum(printing.column_points(w) for w in final)
        scale = max(40, int(printing.printable_points(True) * 100 // total))
        ws.page_setup.scale = scale
        ws.print_options.horizontalCentered = True
        plan = printing.PrintPlan(scale, 1, True, len(final))
    # Whole strips per page: a page break after as many strips as fit.
    room = (printing.A4_MM[0] * 72 / 25.4 - (ws.page_margins.top + ws.page_margins.bottom) * 72) * 100 / plan.scale
    per_page = max(1, int((room - 28 - 20) // (HEADER_HEIGHT + ROW_HEIGHT + CUT_HEIGHT)))
    for n in range(per_page, len(slips.people), per_page):
        ws.row_breaks.append(Break(id=FIRST_STRIP + 3 * n - 1))
    wb.save(path)
    return plan
