"""The bonus sheet and the year register printed by LibreOffice (DESIGN §4.4), read back from the PDF.

Body text is measured as pdftotext's word boxes (a 10 pt font at 90 % is
about 11.7 pt high there); every font in the PDF must have Chinese glyphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopdesk.domain.money import format_yuan
from shopdesk.services.payroll.export import export_bonus_sheet, export_year_register
from shopdesk.services.payroll.run import approve
from tests.conftest import TODAY
from tests.exchange.payroll import render
from tests.exchange.payroll.shops import print_shop

# The layout does not depend on the database backend (the services it reads are tested on both).
pytestmark = [pytest.mark.skipif(render.SOFFICE is None or not render.POPPLER,
                                 reason="LibreOffice and poppler-utils are needed (see .ci/run)"), pytest.mark.slow,
              pytest.mark.sqlite_only]
MONTH = "2026-10"
CJK_FONTS = ("WenQuanYiMicroHei",)  # what the named font resolves to here (render.py)


def _printed(pdf: Path, minimum: float = 8.5) -> list[render.Word]:
    found = render.words(pdf)
    assert found, "nothing printed"
    for font in render.fonts(pdf):
        assert font.split("+")[-1] in CJK_FONTS, f"{font} has no Chinese glyphs"
    assert not [w.text for w in found if "###" in w.text]
    small = [(w.text, w.height) for w in found if w.height < minimum]
    assert not small, small[:5]
    return found


@pytest.mark.parametrize(("people", "rules"), [(12, 5), (12, 12), (40, 5), (40, 12)])
def test_bonus_sheet_prints_readable_and_signable(db, owner, tmp_path: Path, people: int, rules: int) -> None:
    print_shop(db, people, rules)
    src = tmp_path / "工资表.xlsx"
    run = export_bonus_sheet(db, owner, MONTH, src, TODAY, "zh_CN")
    assert len(run.earning_labels) == rules and run.shop.headcount == people
    words = _printed(render.to_pdf(src, tmp_path))
    first_details = min(w.page for w in words if w.text == "说明")
    payroll_pages = list(range(1, first_details))
    texts = {w.text for w in words if w.page in payroll_pages}
    assert {p.name for p in run.people} <= texts
    assert format_yuan(run.shop.net_fen) in texts and format_yuan(run.shop.gross_fen) in texts
    # Name and Department head every page of the Payroll sheet, and its pages are numbered.
    for page in payroll_pages:
        on_page = [w.text for w in words if w.page == page]
        assert "姓名" in on_page and "部门" in on_page, page
        assert "第" in on_page and "页" in on_page
    # Data rows are at least 20 pt apart on paper: room to sign.
    first = [w for w in words if w.page == payroll_pages[0] and w.text in {p.name for p in run.people}]
    ys = sorted({round(w.y, 1) for w in first})
    assert len(ys) >= 3 and min(b - a for a, b in zip(ys, ys[1:], strict=False)) >= 20
    ws = load_workbook(src).worksheets[0]
    wide = int(ws.page_setup.scale)
    assert 90 <= wide <= 100
    if rules == 12:  # too wide for one page at 90 %: two pages across instead of smaller text
        assert any("领款人签字" in [w.text for w in words if w.page == p] and
                   "底薪" not in [w.text for w in words if w.page == p] for p in payroll_pages)


def test_year_register_prints_readable(demo_db, owner, tmp_path: Path) -> None:
    approve(demo_db, owner, "2026-09", TODAY)
    src = tmp_path / "台账.xlsx"
    export_year_register(demo_db, owner, 2026, src, TODAY, "zh_CN")
    words = _printed(render.to_pdf(src, tmp_path))
    texts = [w.text for w in words]
    assert "9月" in texts and "10月（草稿）" in texts
    # Months stand right-aligned over their numbers: a month header ends where its column's amounts end.
    header = next(w for w in words if w.text == "9月")
    below = [w for w in words if w.page == header.page and w.y > header.y and w.text.startswith("¥")
             and abs(w.x - header.x) < 80]
    assert below


def test_payslip_strips_print_whole(db, owner, tmp_path: Path) -> None:
    """Each strip (header, the person's row) prints on one page, in one piece, however many columns."""
    from shopdesk.services.payroll.payslips import export_payslips

    print_shop(db, 12, 12)
    src = tmp_path / "工资条.xlsx"
    slips = export_payslips(db, owner, MONTH, src, TODAY, "zh_CN")
    words = _printed(render.to_pdf(src, tmp_path), minimum=6.0)
    for p in slips.people:
        pages = {w.page for w in words if w.text == p.name}
        assert len(pages) == 1, p.name
        on_page = {w.text for w in words if w.page in pages}
        assert format_yuan(p.net_fen) in on_page and format_yuan(p.base_fen) in on_page, p.name
    assert render.pages(tmp_path / "pdf" / "工资条.pdf") < len(slips.people)  # several strips a page
