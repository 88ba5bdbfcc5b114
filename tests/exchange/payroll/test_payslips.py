"""Payslips written as the 工资条 workbook and as a Qt-drawn PDF, both read back (DESIGN §4.8)."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopdesk.domain.money import format_yuan
from shopdesk.exchange.payroll.payslips_pdf import write_payslips_pdf
from shopdesk.exchange.payroll.payslips_xlsx import FIRST_STRIP, write_payslips_xlsx
from shopdesk.services.payroll.edits import add_adjustment, set_deduction
from shopdesk.services.payroll.payslips import month_payslips
from shopdesk.services.payroll.run import approve
from shopdesk.services.staff.people import list_staff
from tests.conftest import TODAY

MONTH = "2026-10"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is needed (.ci/run)")


@pytest.fixture
def month_db(demo_db, owner):
    people = list_staff(demo_db, owner)
    add_adjustment(demo_db, owner, MONTH, people[0].id, "-150.50", "迟到扣款")
    for i, p in enumerate(people[:4]):
        set_deduction(demo_db, owner, MONTH, p.id, "social_insurance", f"{456 + i}.78")
    return demo_db


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_xlsx_has_a_header_row_and_a_row_per_person_then_a_cut_row(month_db, owner, tmp_path: Path,
                                                                   lang: str) -> None:
    slips = month_payslips(month_db, owner, MONTH, TODAY)
    path = tmp_path / "slips.xlsx"
    write_payslips_xlsx(path, slips, lang)
    ws = load_workbook(path).active
    zh = lang == "zh_CN"
    header = [c.value for c in ws[FIRST_STRIP] if c.value is not None]
    assert header[:4] == (["姓名", "部门", "岗位", "底薪"] if zh else ["Name", "Department", "Position", "Base salary"])
    assert header[-1] == ("草稿" if zh else "Draft")  # not approved: every slip says so
    net = header.index("实发合计" if zh else "Total")
    for n, p in enumerate(slips.people):
        top = FIRST_STRIP + 3 * n
        assert [c.value for c in ws[top] if c.value is not None] == header
        row = [c.value for c in ws[top + 1]]
        assert row[0] == p.name and Decimal(str(row[net])) == Decimal(p.net_fen) / 100
        assert row[len(header) - 1] == ("草稿" if zh else "Draft")
        assert all(c.value is None for c in ws[top + 2])  # the row to cut along
        assert ws.cell(top + 1, 1).border.left.style == "thin"
    assert {c.font.name for row in ws.iter_rows() for c in row if c.value is not None} == {"Microsoft YaHei"}
    assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    breaks = [b.id for b in ws.row_breaks.brk]
    assert breaks and all((b - FIRST_STRIP + 1) % 3 == 0 for b in breaks)  # never inside a strip


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_pdf_holds_every_name_line_amount_and_net_pay(month_db, owner, tmp_path: Path, lang: str) -> None:
    slips = month_payslips(month_db, owner, MONTH, TODAY)
    path = tmp_path / "slips.pdf"
    pages = write_payslips_pdf(path, slips, lang)
    text = _pdf_text(path)
    assert pages == text.count("\f") and 1 < pages < len(slips.people)  # several slips a page
    chunks = re.split(r"\n(?=.*(?:工资条|payslip) )", text)
    slips_found = [c for c in chunks if ("工资条" in c or "payslip" in c)]
    assert len(slips_found) == len(slips.people)
    for p, chunk in zip(slips.people, slips_found, strict=True):
        assert p.name in chunk, p.name
        assert format_yuan(p.net_fen) in chunk and format_yuan(p.gross_fen) in chunk
        assert format_yuan(p.base_fen) in chunk
        for line in p.lines:
            assert format_yuan(line.amount_fen) in chunk and line.label in chunk
        for a in p.adjustments:
            assert format_yuan(a.amount_fen) in chunk and a.reason in chunk
        for fen in p.deductions.values():
            assert format_yuan(fen) in chunk
        assert ("草稿" if lang == "zh_CN" else "Draft") in chunk
    assert text.count("沿此线剪开" if lang == "zh_CN" else "cut here") >= len(slips.people) - pages  # cut lines
    assert re.search(r"第 ?1 ?页 ?/ ?共" if lang == "zh_CN" else r"Page 1 of", text)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert "WenQuanYiMicroHei" in fonts and fonts.count("\n") == 3  # one font, embedded


@needs_poppler
def test_an_approved_month_is_not_marked_draft(month_db, owner, tmp_path: Path) -> None:
    approve(month_db, owner, MONTH, TODAY)
    path = tmp_path / "slips.pdf"
    write_payslips_pdf(path, month_payslips(month_db, owner, MONTH, TODAY), "zh_CN")
    text = _pdf_text(path)
    assert "草稿" not in text and "由 老板 审批" in text
