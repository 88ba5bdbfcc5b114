"""User text that looks like a formula is written as text in every workbook ShopDesk exports (DESIGN §4.4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from shopdesk.domain.rules import RuleSpec
from shopdesk.exchange.common.cells import FORMULA_STARTS, Formula, put, row_cells
from shopdesk.exchange.payroll.payslips_xlsx import write_payslips_xlsx
from shopdesk.exchange.workbook.template import write_template
from shopdesk.services.common.settings import set_setting
from shopdesk.services.payroll.edits import add_adjustment
from shopdesk.services.payroll.export import export_bonus_sheet, export_year_register
from shopdesk.services.payroll.payslips import month_payslips
from shopdesk.services.payroll.rules import add_rule
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.workbook.export import export_workbook
from tests.conftest import TODAY

HOSTILE = ["=1+1", "+A1", "-2", "@x", '=HYPERLINK("http://example.com/x","click")', "=cmd|' /C calc'!A0"]
MONTH = "2026-10"


def test_put_and_row_cells_guard_every_formula_start(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    texts = [f"{start}1+1" for start in FORMULA_STARTS]
    for i, text in enumerate(texts, start=1):
        put(ws, i, 1, text)
    put(ws, 1, 2, Formula("=SUM(1,2)"))
    put(ws, 2, 2, "plain")
    stream = Workbook(write_only=True)
    sheet = stream.create_sheet("s")
    sheet.append(row_cells(sheet, texts))
    wb.save(tmp_path / "a.xlsx")
    stream.save(tmp_path / "b.xlsx")
    texts = [t.replace("\r", "\n") for t in texts]  # XML reads a carriage return back as a line feed
    a = load_workbook(tmp_path / "a.xlsx").active
    assert [(a.cell(i, 1).value, a.cell(i, 1).data_type) for i in range(1, 7)] == [(t, "s") for t in texts]
    assert all(a.cell(i, 1).quotePrefix for i in range(1, 7))
    assert a["B1"].data_type == "f" and a["B1"].value == "=SUM(1,2)" and not a["B2"].quotePrefix
    b = load_workbook(tmp_path / "b.xlsx").active
    assert [(c.value, c.data_type) for c in b[1]] == [(t, "s") for t in texts]


def _check(path: Path, must_see: set[str]) -> None:
    """Every hostile text is a string cell, and no formula holds any of it."""
    seen: set[str] = set()
    for ws in load_workbook(path):
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    assert not any(h in str(c.value) for h in HOSTILE if h not in ("-2",)), (ws.title, c.coordinate)
                    continue
                if isinstance(c.value, str):
                    for h in HOSTILE:
                        if h in c.value:
                            seen.add(h)
                            if c.value == h:
                                assert c.data_type == "s", (path.name, ws.title, c.coordinate)
    assert must_see <= seen, (path.name, must_see - seen)


@pytest.fixture
def hostile_shop(db, owner):
    ids = []
    for i, text in enumerate(HOSTILE):
        ids.append(add_staff(db, owner, StaffInput(text, ["Operations", "Design"][i % 2], HOSTILE[-1 - i],
                                                   base_salary=5000)))
    add_rule(db, owner, RuleSpec("all", "=1+1", "fixed", amount_fen=30000))
    add_rule(db, owner, RuleSpec("all", "@x", "fixed", amount_fen=10000))
    add_adjustment(db, owner, MONTH, ids[0], "100", "=HYPERLINK(\"http://example.com/x\",\"click\")")
    set_setting(db, owner, "shop_name", "+A1")
    return db


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_exported_workbook_writes_hostile_text_as_text(hostile_shop, owner, tmp_path: Path, lang) -> None:
    everything = set(HOSTILE)
    bonus = tmp_path / "bonus.xlsx"
    export_bonus_sheet(hostile_shop, owner, MONTH, bonus, TODAY, lang)
    _check(bonus, everything)
    register = tmp_path / "register.xlsx"
    export_year_register(hostile_shop, owner, 2026, register, TODAY, lang)
    _check(register, everything)
    book = tmp_path / "shop.xlsx"
    export_workbook(hostile_shop, owner, book, lang)
    _check(book, everything)
    slips = tmp_path / "slips.xlsx"
    write_payslips_xlsx(slips, month_payslips(hostile_shop, owner, MONTH, TODAY), lang)
    _check(slips, everything)
    template = tmp_path / "template.xlsx"
    write_template(template, lang)
    _check(template, set())
    assert not [c for ws in load_workbook(template) for row in ws.iter_rows() for c in row if c.data_type == "f"]
