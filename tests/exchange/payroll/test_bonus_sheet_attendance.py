"""The bonus sheet of a month that uses attendance, social insurance, housing fund and income tax (DESIGN §4.4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopdesk.exchange.payroll.bonus_sheet import HEADER_ROW
from shopdesk.services.payroll.attendance import AttendanceEntry, set_attendance
from shopdesk.services.payroll.edits import set_deduction
from shopdesk.services.payroll.export import export_bonus_sheet
from shopdesk.services.payroll.setup import set_pay_setup
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.targets.plan import set_rest_days
from tests.conftest import TODAY
from tests.exchange.payroll.formulas import evaluate

MONTH = "2026-10"


@pytest.fixture
def shop(db, owner):  # type: ignore[no-untyped-def]
    set_rest_days(db, owner, "sun")
    set_pay_setup(db, owner, si_rate="10.5", hf_rate="5", income_tax="on")
    zhang = add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=12000, hire_date=date(2025, 1, 1),
                                            si_base=10000, hf_base=10000, special_deduction=1000))
    liu = add_staff(db, owner, StaffInput("刘洋", "Operations", base_salary=6000, hire_date=date(2026, 10, 16)))
    set_attendance(db, owner, MONTH, [AttendanceEntry(zhang, "2", 0)])
    set_deduction(db, owner, MONTH, liu, "housing_fund", "100")
    return zhang, liu


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_absence_and_computed_deductions_get_their_columns_and_formulas_hold(db, owner, shop, tmp_path: Path,
                                                                             lang: str):
    path = tmp_path / "bonus.xlsx"
    run = export_bonus_sheet(db, owner, MONTH, path, TODAY, lang)
    zh = lang == "zh_CN"
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[HEADER_ROW] if c.value is not None]
    absence, gross = ("缺勤扣款", "应发合计") if zh else ("Absence", "Gross pay")
    assert header.index(absence) == header.index(gross) - 1
    for name in (("社保", "公积金", "个税") if zh else ("Social insurance", "Housing fund", "Income tax")):
        assert name in header
    col = {name: i + 1 for i, name in enumerate(header)}
    from openpyxl.utils import get_column_letter as letter

    rows = {ws.cell(r, 1).value: r for r in range(HEADER_ROW + 1, ws.max_row + 1)}
    for p in run.people:
        r = rows[p.name]
        assert evaluate(ws, f"{letter(col[gross])}{r}") == Decimal(p.gross_fen) / 100
        assert evaluate(ws, f"{letter(col['实发合计' if zh else 'Total'])}{r}") == Decimal(p.net_fen) / 100
    zhang = run.person(shop[0])
    assert zhang is not None and zhang.absence_fen == 88889  # ¥12,000 × 2 ÷ 27
    assert evaluate(ws, f"{letter(col[absence])}{rows['张伟']}") == Decimal("888.89")
    liu = run.person(shop[1])
    assert liu is not None and evaluate(ws, f"{letter(col['底薪' if zh else 'Base salary'])}{rows['刘洋']}") == \
        Decimal(liu.base_fen) / 100 == Decimal("3111.11")
    details = [list(r) for r in wb.worksheets[1].iter_rows(values_only=True)]
    notes = {(r[0], r[2]): r[5] for r in details[1:]}
    tax_label, si_label = ("个税", "社保") if zh else ("Income tax", "Social insurance")
    assert notes[("张伟", si_label)] == "¥10,000.00 × 10.50% = ¥1,050.00"
    tax = notes[("张伟", tax_label)]
    if zh:
        assert "累计收入" in tax and "速算扣除数" in tax
    else:
        # January to September are not approved, so they are computed (¥12,000 each) and the run says so
        assert tax.startswith("cumulative income ¥119,111.11 − basic ¥50,000.00 (10 months) − insurance "
                              "¥15,500.00 − special deductions ¥10,000.00 = taxable ¥43,611.11")
        assert tax.endswith("= ¥1,841.11 due so far − withheld before ¥1,485.00 = ¥356.11")
        assert "2026-01, 2026-02" in run.warnings[0].render()
        assert notes[("张伟", "Absence")] == "¥12,000.00 × 2 days ÷ 27 working days due = ¥888.89"
        assert notes[("刘洋", "Base salary")] == ("¥6,000.00 × 14 working days employed ÷ 27 working days due "
                                                 "= ¥3,111.11")
        assert notes[("刘洋", "Housing fund")] == "entered"


def test_a_month_that_uses_none_of_it_has_no_new_columns(db, owner, tmp_path: Path):
    add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=6000))
    path = tmp_path / "plain.xlsx"
    export_bonus_sheet(db, owner, MONTH, path, TODAY)
    ws = load_workbook(path).worksheets[0]
    header = [c.value for c in ws[HEADER_ROW] if c.value is not None]
    assert header == ["Name", "Department", "Position", "Base salary", "Adjustments", "Gross pay", "Deductions",
                      "Total", "Signature"]


def test_the_year_register_gets_absence_and_the_cumulative_tax_columns(db, owner, shop, tmp_path: Path):
    from shopdesk.services.payroll.export import export_year_register
    from shopdesk.services.payroll.run import approve

    for m in range(1, 11):  # October, with its absence, approved too; November still open
        approve(db, owner, f"2026-{m:02d}", TODAY)
    path = tmp_path / "register.xlsx"
    runs = export_year_register(db, owner, 2026, path, TODAY)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Net pay 2026", "Pay components 2026", "Income tax 2026"]
    # Header rows sit under a title and a note (FIRST_ROW); only approved months are summed.
    from shopdesk.exchange.payroll.year_register import FIRST_ROW

    parts = [list(r) for r in wb["Pay components 2026"].iter_rows(min_row=FIRST_ROW, values_only=True)]
    assert parts[0].index("Absence") == parts[0].index("Gross pay") - 1
    tax = [list(r) for r in wb["Income tax 2026"].iter_rows(min_row=FIRST_ROW, values_only=True)]
    assert tax[0] == ["Name", "Department", "Month", "Months employed", "Cumulative income",
                      "Cumulative basic deduction", "Cumulative social insurance and housing fund",
                      "Cumulative special additional deductions", "Cumulative taxable income", "Rate",
                      "Quick deduction", "Cumulative tax due", "Cumulative tax withheld"]
    zhang = next(r for r in tax[1:] if r[0] == "张伟")
    approved = [run for run in runs if run.approved]
    last = approved[-1].person(shop[0])
    assert last is not None and last.tax is not None and zhang[2] == "2026-10" and zhang[3] == 10
    withheld = sum(run.person(shop[0]).deductions.get("income_tax", 0) for run in approved)  # type: ignore[union-attr]
    assert Decimal(str(zhang[12])) == Decimal(withheld) / 100
    # the year withheld what the cumulative formula gives for its totals (taxable never fell)
    assert withheld == last.tax.due_fen
    assert Decimal(str(zhang[4])) == Decimal(sum(run.person(shop[0]).gross_fen for run in approved)) / 100  # type: ignore[union-attr]
