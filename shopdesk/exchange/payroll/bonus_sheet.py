"""The bonus sheet (DESIGN §4.4): Payroll, Details and Targets, as an accountant expects them.

Money cells are numbers with a ¥ format; every person's gross pay,
deductions and total, each department's subtotal and the grand total are
Excel formulas over the rows above, so whoever opens the file can check
each sum, and their values equal ShopDesk's computed payroll.

It prints as a sheet people sign: one CJK font on every cell, columns as
wide as their content, header row and Name/Department repeated on every
page, body text ≥ 9 pt on paper (more pages wide rather than smaller),
rows 24 pt high, 第 N 页 / 共 M 页 (see `exchange.common.printing`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.domain.payroll import before_gross
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
from shopdesk.exchange.payroll.labels import ROW_HEIGHT, TargetLine, dept_name, h, owner_name, yuan
from shopdesk.services.payroll.results import DEDUCTION_CATEGORIES, PayrollRun, PersonPay

__all__ = ["HEADER_ROW", "ROW_HEIGHT", "Layout", "TargetLine", "dept_name", "h", "write_bonus_sheet", "yuan"]

HEADER_ROW = 4
HEADER_HEIGHT = 34  # two lines of a wrapped header
DEFAULT_HEIGHT = 15  # a row without a height of its own
REPEATED_COLUMNS = 2  # Name and Department on every printed page


@dataclass(frozen=True)
class Layout:
    """Which column holds what on the Payroll sheet (1-based)."""

    earning: list[str]
    penalty: list[str]
    categories: list[str]
    absence: bool = False  # 缺勤扣款 right before gross pay, only in a month that has some
    clawback: bool = False  # 退款扣回 (DESIGN §4.5) before gross pay too, only in a month that has some

    @property
    def headers(self) -> list[str]:
        return ["name", "department", "position", "base", *(f"e:{x}" for x in self.earning), "adjustments",
                *(["absence"] if self.absence else []), *(["clawback"] if self.clawback else []), "gross",
                *(f"p:{x}" for x in self.penalty),
                *(f"c:{x}" for x in self.categories), "deductions", "total", "signature"]

    def col(self, key: str) -> int:
        return self.headers.index(key) + 1

    def names(self, lang: str) -> list[str]:
        """The header cells' text."""
        names = {f"e:{x}": x for x in self.earning} | {f"p:{x}": x for x in self.penalty}
        names |= {f"c:{c}": DEDUCTION_CATEGORIES[c][1 if lang == "zh_CN" else 0] for c in self.categories}
        return [names.get(k) or h(k, lang) for k in self.headers]


def layout_of(run: PayrollRun) -> Layout:
    return Layout(run.earning_labels, run.penalty_labels, run.deduction_categories, run.uses_absence,
                  run.uses_clawback)


def money_keys(layout: Layout) -> list[str]:
    return [k for k in layout.headers if k not in ("name", "department", "position", "signature")]


def person_values(p: PersonPay, layout: Layout) -> dict[str, int | None]:
    """Fen per Payroll-sheet column for one person (formula columns included, as ShopDesk computed them)."""
    out: dict[str, int | None] = {"base": p.base_fen, "adjustments": p.adjustments_fen or None,
                                  "absence": p.absence_fen or None, "clawback": p.clawback_fen or None}
    for line in p.lines:
        if before_gross(line):
            continue  # in its own column
        key = f"{'p' if line.deduction else 'e'}:{line.label}"
        out[key] = (out.get(key) or 0) + line.amount_fen
    for cat, fen in p.deductions.items():
        if fen:
            out[f"c:{cat}"] = fen
    out["gross"], out["deductions"], out["total"] = p.gross_fen, p.deductions_fen, p.net_fen
    return out


def wrapped_header_width(text: str) -> int:
    """Characters a header needs when it may wrap onto two lines."""
    words = text.split()
    if len(words) > 1:
        return max(max(text_width(w) for w in words), -(-text_width(text) // 2))
    width = text_width(text)
    if width <= 8 or width == len(text):  # short, or one word without Chinese: one line
        return width
    return -(-width // 4) * 2  # Chinese wraps between any two characters


def write_bonus_sheet(path: Path, run: PayrollRun, *, shop: str, made: date, lang: str = "en",
                      targets: list[TargetLine] | None = None) -> None:
    from shopdesk.exchange.payroll.bonus_tables import details_sheet, targets_sheet

    wb = new_workbook()
    ws: Any = wb.active
    ws.title = h("sheet_payroll", lang)
    looks = Looks()
    payroll_sheet(ws, run, shop, made, lang, looks)
    details_sheet(wb.create_sheet(h("sheet_details", lang)), run, lang, looks)
    targets_sheet(wb.create_sheet(h("sheet_targets", lang)), targets or [], lang, looks)
    wb.calculation.fullCalcOnLoad = True  # spreadsheet programs compute the formulas on opening
    wb.save(path)


def _define_looks(looks: Looks) -> None:
    from openpyxl.styles import Alignment, Border, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    middle = Alignment(vertical="center")
    right = Alignment(horizontal="right", vertical="center")
    total_fill = PatternFill("solid", fgColor="DDEBF7")
    sub_fill = PatternFill("solid", fgColor="F2F2F2")
    looks.define("title", font=font(bold=True, size=TITLE_SIZE), alignment=Alignment(horizontal="center"))
    looks.define("label", font=font(bold=True), alignment=middle)
    looks.define("plain", font=font(), alignment=middle)
    looks.define("status", font=font(italic=True, color="808080"), alignment=middle)
    looks.define("header", font=font(bold=True), fill=header_fill(), border=border,
                 alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    looks.define("text", font=font(), border=border, alignment=middle)
    looks.define("money", font=font(), border=border, alignment=right, number_format=YUAN_FORMAT)
    for kind, fill in (("subtotal", sub_fill), ("total", total_fill)):
        looks.define(f"{kind}-text", font=font(bold=True), fill=fill, border=border, alignment=middle)
        looks.define(f"{kind}-money", font=font(bold=True), fill=fill, border=border, alignment=right,
                     number_format=YUAN_FORMAT)


def payroll_sheet(ws, run: PayrollRun, shop: str, made: date, lang: str, looks: Looks) -> printing.PrintPlan:
    from openpyxl.utils import get_column_letter as letter

    _define_looks(looks)
    layout = layout_of(run)
    keys = layout.headers
    ncols = len(keys)
    money = money_keys(layout)
    year, month = run.month.split("-")
    looks.apply(put(ws, 1, 1, h("title", lang).format(shop=shop, month=run.month, year=year, m=int(month))), "title")
    ws.row_dimensions[1].height = 28
    for col, (label, shown) in zip((1, 4, 7), (("shop", shop), ("month", run.month), ("made", made.isoformat())),
                                   strict=True):
        looks.apply(put(ws, 2, col, h(label, lang)), "label")
        looks.apply(put(ws, 2, col + 1, shown), "plain")
    status = (h("approved", lang).format(at=f"{run.approved_at:%Y-%m-%d}", who=owner_name(run.approved_by, lang))
              if run.approved_at else h("draft", lang))
    looks.apply(put(ws, 3, 1, status), "status")
    headers = layout.names(lang)
    for i, text in enumerate(headers, start=1):
        looks.apply(put(ws, HEADER_ROW, i, text), "header")
    L = {k: letter(layout.col(k)) for k in keys}  # noqa: N806 (column letters)
    deduction_keys = [k for k in keys if k[:2] in ("p:", "c:")]
    widths = [wrapped_header_width(t) * 1.08 for t in headers]
    largest: dict[str, int] = {}

    def seen(key: str, fen: int | None) -> None:
        if fen is not None and abs(fen) > abs(largest.get(key, 0)):
            largest[key] = fen

    row = HEADER_ROW + 1
    subtotal_rows: list[int] = []
    grand_fen: dict[str, int] = {}
    for dept in DEPARTMENTS:
        people = [p for p in run.people if p.department == dept.value]
        if not people:
            continue
        top = row
        dept_fen: dict[str, int] = {}
        for p in people:
            values = person_values(p, layout)
            for i, text in enumerate((p.name, dept_name(p.department, lang), p.position), start=1):
                looks.apply(put(ws, row, i, text), "text")
                widths[i - 1] = max(widths[i - 1], text_width(text))
            for key in money:
                if key == "gross":
                    gross = f"=SUM({L['base']}{row}:{L['adjustments']}{row})"
                    if layout.absence:  # 应发合计 is net of absence (DESIGN §4.4)
                        gross = f"{gross}-{L['absence']}{row}"
                    if layout.clawback:  # and of refund clawbacks (DESIGN §4.5)
                        gross = f"{gross}-{L['clawback']}{row}"
                    value: object = Formula(gross)
                elif key == "deductions":
                    value = (Formula(f"=SUM({L[deduction_keys[0]]}{row}:{L[deduction_keys[-1]]}{row})")
                             if deduction_keys else 0)
                elif key == "total":
                    value = Formula(f"={L['gross']}{row}-{L['deductions']}{row}")
                else:
                    value = yuan(values.get(key))
                looks.apply(put(ws, row, layout.col(key), value), "money")
                fen = values.get(key)
                seen(key, fen)
                dept_fen[key] = dept_fen.get(key, 0) + (fen or 0)
            looks.apply(ws.cell(row, ncols), "text")  # the signature cell: bordered, empty
            ws.row_dimensions[row].height = ROW_HEIGHT
            row += 1
        label = h("subtotal", lang).format(dept=dept_name(dept.value, lang))
        looks.apply(put(ws, row, 1, label), "subtotal-text")
        widths[0] = max(widths[0], text_width(label) * 1.08)
        for i in (2, 3, ncols):
            looks.apply(ws.cell(row, i), "subtotal-text")
        for key in money:
            looks.apply(put(ws, row, layout.col(key), Formula(f"=SUM({L[key]}{top}:{L[key]}{row - 1})")),
                        "subtotal-money")
            seen(key, dept_fen[key])
            grand_fen[key] = grand_fen.get(key, 0) + dept_fen[key]
        ws.row_dimensions[row].height = ROW_HEIGHT
        subtotal_rows.append(row)
        row += 1
    looks.apply(put(ws, row, 1, h("grand", lang)), "total-text")
    for i in (2, 3, ncols):
        looks.apply(ws.cell(row, i), "total-text")
    for key in money:
        refs = "+".join(f"{L[key]}{r}" for r in subtotal_rows)
        looks.apply(put(ws, row, layout.col(key), Formula(f"={refs}") if refs else 0), "total-money")
        seen(key, grand_fen.get(key))
    ws.row_dimensions[row].height = ROW_HEIGHT
    grand = row
    for col, key in zip((1, max(2, ncols // 3 + 1), max(3, 2 * ncols // 3 + 1)),
                        ("prepared", "checked", "approved_by"), strict=True):
        looks.apply(put(ws, grand + 2, col, h(key, lang)), "label")
    ws.row_dimensions[grand + 2].height = 30
    for key in money:  # the largest amount in the column, as the sheet shows it, bold (totals are bold)
        i = layout.col(key) - 1
        widths[i] = max(widths[i], display_width(yuan(largest.get(key, 0)), YUAN_FORMAT) * 1.08)
    widths[ncols - 1] = max(widths[ncols - 1], 12)  # room to sign
    final = [column_width(round(w)) for w in widths]
    for i, w in enumerate(final, start=1):
        ws.column_dimensions[letter(i)].width = w
    ws.row_dimensions[HEADER_ROW].height = HEADER_HEIGHT
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, REPEATED_COLUMNS + 1)
    heights = [28, DEFAULT_HEIGHT, DEFAULT_HEIGHT, HEADER_HEIGHT, *[ROW_HEIGHT] * (grand - HEADER_ROW),
               DEFAULT_HEIGHT, 30]
    plan = printing.apply(ws, final, lang=lang, title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                          repeat_columns=REPEATED_COLUMNS, heights=heights, repeat_height=HEADER_HEIGHT)
    # The title is centred over what the first printed page shows.
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(plan.first_page_columns, 3))
    return plan
