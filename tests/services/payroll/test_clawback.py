"""Refunds after approval (DESIGN §4.5): clawed back once, in the next month, at the approved rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from shopdesk.domain.rules import RuleSpec
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.payroll.rules import add_rule
from shopdesk.services.payroll.run import approve, compute_run
from shopdesk.services.platform.run import import_platform
from shopdesk.services.staff.people import StaffInput, add_staff
from tests import platform_files as pf
from tests.conftest import TODAY


def _refund_file(folder):  # type: ignore[no-untyped-def]
    rows = [pf.TAOBAO_HEADER,
            ['="2001"', "买家X", "", "600.00", "0", "600.00", "600.00", "交易关闭", "", "", "", "2026-10-06 10:00:00",
             "2026-10-06 10:01:00", "陶瓷杯", "1", "", "500.00"]]
    return pf.write_csv(folder / "late_refund.csv", rows, "gbk")


def test_a_later_refund_is_clawed_back_once_at_the_approved_rate(db, owner, tmp_path):
    zhang = add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=5000))
    add_rule(db, owner, RuleSpec("department:operations", "Net sales", "percent", "net_sales", "shop", rate=D("1.5")))
    add_rule(db, owner, RuleSpec("department:operations", "Sales", "percent", "sales", "shop", rate=D(1)))
    save_figures(db, owner, date(2026, 10, 5), [FigureInput("shop", "sales", "100000")], TODAY)
    october = approve(db, owner, "2026-10", TODAY)
    assert [line.amount_fen for line in october.person(zhang).lines] == [150000, 100000]

    import_platform(db, owner, [_refund_file(tmp_path)])  # ¥500 refunded on an October day, after approval
    assert compute_run(db, owner, "2026-10", TODAY).person(zhang).lines == october.person(zhang).lines

    november = compute_run(db, owner, "2026-11", TODAY).person(zhang)
    claws = [line for line in november.lines if line.kind == "refund_clawback"]
    assert len(claws) == 1  # the sales rule is not clawed back
    assert claws[0].amount_fen == 750 and claws[0].deduction  # 1.5 % × ¥500.00
    assert claws[0].explanation == "1.50% × ¥500.00 refunds recorded for 2026-10 after it was approved = ¥7.50"
    # Subtracted before gross pay, in its own column, not a deduction after it (DESIGN §4.5).
    earned = sum(line.amount_fen for line in november.lines if not line.deduction)
    assert november.clawback_fen == 750
    assert november.gross_fen == november.base_fen + earned - 750
    assert november.deductions_fen == 0 and november.net_fen == november.gross_fen

    approve(db, owner, "2026-11", TODAY)
    december = compute_run(db, owner, "2026-12", date(2026, 12, 15)).person(zhang)
    assert [line for line in december.lines if line.kind == "refund_clawback"] == []


def test_marginal_tiers_claw_back_at_the_highest_bracket_reached(db, owner, tmp_path):
    from shopdesk.services.targets.plan import set_target

    zhang = add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=5000))
    add_rule(db, owner, RuleSpec("department:operations", "Net sales tiers", "tiered", "net_sales", "shop",
                                 tiers="0-80:0%;80-100:1%;100-:2%", tier_mode="marginal"))
    set_target(db, owner, "shop", "net_sales", "2026-10", "100000")
    save_figures(db, owner, date(2026, 10, 5), [FigureInput("shop", "sales", "120000")], TODAY)
    october = approve(db, owner, "2026-10", TODAY).person(zhang)
    assert october.lines[0].amount_fen == 60000  # 1 % × 20,000 + 2 % × 20,000
    import_platform(db, owner, [_refund_file(tmp_path)])
    claws = [line for line in compute_run(db, owner, "2026-11", TODAY).person(zhang).lines
             if line.kind == "refund_clawback"]
    assert [c.amount_fen for c in claws] == [1000]  # 2 % × ¥500.00


def _later_refund_month(db, owner, tmp_path) -> int:  # type: ignore[no-untyped-def]
    """October approved with a 1.5 % net-sales rule, then ¥500 refunded on an October day: November owes ¥7.50."""
    zhang = add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=5000))
    add_rule(db, owner, RuleSpec("department:operations", "Net sales", "percent", "net_sales", "shop", rate=D("1.5")))
    add_rule(db, owner, RuleSpec("all", "Shipping errors", "penalty", "shipping_errors", "own", amount_fen=2000))
    save_figures(db, owner, date(2026, 10, 5), [FigureInput("shop", "sales", "100000")], TODAY)
    save_figures(db, owner, date(2026, 11, 5), [FigureInput("shop", "sales", "2000"),
                                               FigureInput(f"staff:{zhang}", "shipping_errors", "2")], TODAY)
    approve(db, owner, "2026-10", TODAY)
    import_platform(db, owner, [_refund_file(tmp_path)])
    return zhang


def _columns(ws, row: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {c.value: c.column for c in ws[row] if c.value is not None}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_bonus_sheet_puts_the_clawback_before_gross_pay_and_its_formulas_hold(db, owner, tmp_path, lang):
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter as letter

    from shopdesk.exchange.payroll.bonus_sheet import HEADER_ROW
    from shopdesk.services.payroll.export import export_bonus_sheet
    from tests.exchange.payroll.formulas import evaluate

    zhang = _later_refund_month(db, owner, tmp_path)
    path = tmp_path / "bonus.xlsx"
    run = export_bonus_sheet(db, owner, "2026-11", path, TODAY, lang)
    person = run.person(zhang)
    assert person is not None
    ws = load_workbook(path).worksheets[0]
    col = _columns(ws, HEADER_ROW)
    zh = lang == "zh_CN"
    claw, gross, deductions, total, penalty = (("退款扣回", "应发合计", "扣款合计", "实发合计", "Shipping errors") if zh
                                               else ("Refund clawback", "Gross pay", "Deductions", "Total",
                                                     "Shipping errors"))
    assert col[claw] == col[gross] - 1  # right before gross pay …
    assert col[penalty] > col[gross]  # … while a penalty stays a deduction after it
    assert list(col).count(claw) == 1 and "Refund clawback" not in list(col)[list(col).index(gross) + 1:]
    row = next(r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 1).value == "张伟")
    at = {name: f"{letter(c)}{row}" for name, c in col.items()}
    assert evaluate(ws, at[claw]) == D("7.50")
    # 应发合计 = ¥5,000 + 1.5 % × ¥2,000 (November's net sales) − ¥7.50; the penalty 2 × ¥20 after it.
    assert evaluate(ws, at[gross]) == D("5022.50") == D(person.gross_fen) / 100
    assert evaluate(ws, at[deductions]) == D("40.00") == D(person.deductions_fen) / 100
    assert evaluate(ws, at[total]) == D("4982.50") == D(person.net_fen) / 100
    details = load_workbook(path).worksheets[1]
    assert any(r[2] == claw and "2026-10" in str(r[5]) for r in details.iter_rows(values_only=True))


def test_the_payslip_shows_the_clawback_before_gross_pay(db, owner, tmp_path):
    from openpyxl import load_workbook

    from shopdesk.exchange.payroll.payslips_xlsx import FIRST_STRIP
    from shopdesk.services.payroll.payslips import export_payslips

    _later_refund_month(db, owner, tmp_path)
    path = tmp_path / "slips.xlsx"
    export_payslips(db, owner, "2026-11", path, TODAY, "zh_CN")
    ws = load_workbook(path).worksheets[0]
    col = _columns(ws, FIRST_STRIP)
    assert col["退款扣回"] == col["应发合计"] - 1
    values = {name: ws.cell(FIRST_STRIP + 1, c).value for name, c in col.items()}
    assert values["姓名"] == "张伟"
    assert (D(str(values["退款扣回"])), D(str(values["应发合计"])), D(str(values["扣款合计"])),
            D(str(values["实发合计"]))) == (D("7.50"), D("5022.50"), D("40.00"), D("4982.50"))
