"""The bonus sheet read back with openpyxl: layout, Chinese headers, and formulas recomputed against the run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopdesk.exchange.payroll.bonus_sheet import HEADER_ROW
from shopdesk.services.payroll.edits import add_adjustment, set_deduction
from shopdesk.services.payroll.export import export_bonus_sheet, export_year_register
from shopdesk.services.staff.people import list_staff
from tests.conftest import TODAY
from tests.exchange.payroll.formulas import evaluate

MONTH = "2026-10"


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


@pytest.fixture
def month_with_edits(demo_db, owner):  # type: ignore[no-untyped-def]
    people = list_staff(demo_db, owner)
    add_adjustment(demo_db, owner, MONTH, people[0].id, "-150.50", "迟到扣款")
    add_adjustment(demo_db, owner, MONTH, people[1].id, "888", "双十一加班")
    for p in people[:5]:
        set_deduction(demo_db, owner, MONTH, p.id, "social_insurance", "456.78")
    set_deduction(demo_db, owner, MONTH, people[2].id, "income_tax", "12.34")
    return demo_db


def _header(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.value for c in ws[HEADER_ROW] if c.value is not None]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_formulas_equal_the_computed_payroll(month_with_edits, owner, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "bonus.xlsx"
    run = export_bonus_sheet(month_with_edits, owner, MONTH, path, TODAY, lang)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = _header(ws)
    zh = lang == "zh_CN"
    assert wb.sheetnames == (["工资表", "明细", "目标达成"] if zh else ["Payroll", "Details", "Targets"])
    assert header[:4] == (["姓名", "部门", "岗位", "底薪"] if zh else ["Name", "Department", "Position", "Base salary"])
    tail = ["扣款合计", "实发合计", "领款人签字"] if zh else ["Deductions", "Total", "Signature"]
    assert header[-3:] == tail and ("社保" if zh else "Social insurance") in header
    assert ("个税" if zh else "Income tax") in header and ("调整" if zh else "Adjustments") in header
    for label in run.earning_labels + run.penalty_labels:
        assert label in header
    col = {name: i + 1 for i, name in enumerate(header)}
    ded, total = col[tail[0]], col[tail[1]]
    gross = col["应发合计" if zh else "Gross pay"]
    rows = {ws.cell(r, 1).value: r for r in range(HEADER_ROW + 1, ws.max_row + 1)}
    from openpyxl.utils import get_column_letter as L

    for p in run.people:
        r = rows[p.name]
        assert evaluate(ws, f"{L(gross)}{r}") == _yuan(p.gross_fen)
        assert evaluate(ws, f"{L(ded)}{r}") == _yuan(p.deductions_fen)
        assert evaluate(ws, f"{L(total)}{r}") == _yuan(p.net_fen)
        assert ws.cell(r, total).value.startswith("=")
    grand = rows["合计" if zh else "Total"]
    assert evaluate(ws, f"{L(total)}{grand}") == _yuan(run.shop.net_fen)
    assert evaluate(ws, f"{L(gross)}{grand}") == _yuan(run.shop.gross_fen)
    assert evaluate(ws, f"{L(col['底薪' if zh else 'Base salary'])}{grand}") == _yuan(run.shop.base_fen)
    subtotals = [r for name, r in rows.items() if isinstance(name, str) and name.endswith("小计" if zh else "subtotal")]
    assert len(subtotals) == len([d for d, t in run.departments.items() if t.headcount])
    assert sum(evaluate(ws, f"{L(total)}{r}") for r in subtotals) == _yuan(run.shop.net_fen)
    assert ws.cell(grand, total).number_format.startswith('"¥"#,##0.00')
    footer = [c.value for row in ws.iter_rows(min_row=grand + 1) for c in row if c.value]
    assert any("制表人" in f for f in footer) and any("财务审核" in f for f in footer)
    assert any("主管审批" in f for f in footer)
    assert ws.freeze_panes == f"B{HEADER_ROW + 1}" and ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["A"].width >= 8
    texts = [ws.cell(2, c).value for c in range(1, 10)]
    assert ("所属月份" if zh else "Month") in texts and MONTH in texts and TODAY.isoformat() in texts


def test_details_explain_every_line_and_targets_show_achievement(month_with_edits, owner, tmp_path: Path) -> None:
    path = tmp_path / "bonus.xlsx"
    run = export_bonus_sheet(month_with_edits, owner, MONTH, path, TODAY, "zh_CN")
    wb = load_workbook(path)
    details = list(wb["明细"].iter_rows(min_row=2, values_only=True))
    lines = sum(len(p.lines) for p in run.people)
    assert len([d for d in details if d[3] in ("应发", "扣款") and d[2] != "底薪"]) >= lines
    assert any(d[2] == "调整" and d[5] == "双十一加班" and d[4] == 888 for d in details)
    explained = [d for d in details if "×" in str(d[5]) or "=" in str(d[5])]
    assert explained and all(isinstance(d[4], int | float) for d in explained)
    targets = wb["目标达成"]
    assert [c.value for c in targets[1]] == ["姓名", "部门", "指标", "目标", "实际", "达成率"]
    assert targets.max_row > 1
    for r in range(2, targets.max_row + 1):
        target, actual = targets.cell(r, 4).value, targets.cell(r, 5).value
        got = evaluate(targets, f"F{r}")
        if target and actual is not None:
            assert got == Decimal(str(actual)) / Decimal(str(target))


def test_year_register_sums_months_and_components(demo_db, owner, tmp_path: Path) -> None:
    path = tmp_path / "year.xlsx"
    runs = export_year_register(demo_db, owner, 2026, path, TODAY, "en")
    wb = load_workbook(path)
    net, parts = wb.worksheets
    header = [c.value for c in net[3]]
    assert header[:2] == ["Name", "Department"] and header[-1] == "Year total" and len(runs) == 11
    rows = {net.cell(r, 1).value: r for r in range(4, net.max_row + 1)}
    from openpyxl.utils import get_column_letter as L

    last = len(header)
    for p in runs[-1].people:
        yearly = sum(run.person(p.staff_id).net_fen for run in runs if run.person(p.staff_id))
        assert evaluate(net, f"{L(last)}{rows[p.name]}") == _yuan(yearly)
    assert evaluate(net, f"{L(last)}{rows['Total']}") == _yuan(sum(run.shop.net_fen for run in runs))
    pheader = [c.value for c in parts[3]]
    prow = {parts.cell(r, 1).value: r for r in range(4, parts.max_row + 1)}
    gross_col = pheader.index("Gross pay") + 1
    assert evaluate(parts, f"{L(gross_col)}{prow['Total']}") == _yuan(sum(run.shop.gross_fen for run in runs))
