"""The Payroll tab's Export to Excel menu, clicked as the owner clicks it, and the files it writes read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from shopdesk.i18n import install_translators
from shopdesk.services.common.context import OWNER
from shopdesk.services.payroll.run import compute_run
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.payroll.page import PayrollPage
from shopdesk.ui.shell import workbook_actions
from tests.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def language(qapp, request):
    translators = install_translators(qapp, request.param)
    yield request.param
    for t in translators:
        QCoreApplication.removeTranslator(t)
    install_translators(qapp, "en")


def _click_menu_entry(qtbot, button, index: int) -> None:
    """Click the tool button; when its menu pops up, click the entry at `index` with the mouse."""
    clicked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        action = menu.actions()[index]
        clicked.append(action.text())
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(clicked), timeout=5000)


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_both_export_entries_write_their_workbooks(qtbot, language, demo_db, monkeypatch, tmp_path: Path) -> None:
    lang = language
    ctx = AppContext(demo_db, OWNER, lang, today=lambda: TODAY)
    asked: list[str] = []

    def answer(parent, title, suggested, filter_):
        asked.append(suggested)
        return str(tmp_path / Path(suggested).name)

    monkeypatch.setattr(workbook_actions, "save_file_name", answer)
    page = PayrollPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.month_box.setCurrentIndex(page.month_box.findData("2026-10"))
    jobs = page.export_button.actions_  # type: ignore[attr-defined]
    zh = lang == "zh_CN"

    _click_menu_entry(qtbot, page.export_button, 0)
    qtbot.waitUntil(lambda: jobs.last_result is not None, timeout=30000)
    assert not isinstance(jobs.last_result, BaseException), jobs.last_result
    assert Path(asked[0]).name == ("工资表-2026-10.xlsx" if zh else "payroll-2026-10.xlsx")
    assert str(Path(asked[0]).parent) == str(workbook_actions.documents_folder())
    book = load_workbook(tmp_path / Path(asked[0]).name)
    assert book.sheetnames == (["工资表", "明细", "目标达成"] if zh else ["Payroll", "Details", "Targets"])
    run = compute_run(demo_db, OWNER, "2026-10", TODAY)
    names = {c.value for c in book.worksheets[0]["A"]}
    assert {p.name for p in run.people} <= names
    box = jobs.saved_box
    assert {b.text() for b in box.buttons()} >= ({"打开文件", "打开文件夹"} if zh else {"Open file", "Open folder"})
    box.close()

    jobs.last_result = None
    _click_menu_entry(qtbot, page.export_button, 1)
    qtbot.waitUntil(lambda: jobs.last_result is not None, timeout=30000)
    assert not isinstance(jobs.last_result, BaseException), jobs.last_result
    assert Path(asked[1]).name == ("工资台账-2026.xlsx" if zh else "salary-register-2026.xlsx")
    register = load_workbook(tmp_path / Path(asked[1]).name)
    ws = register.worksheets[0]
    assert "2026" in ws.title and {p.name for p in run.people} <= {c.value for c in ws["A"]}
    jobs.saved_box.close()


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_payslips_button_writes_pdf_and_workbook(qtbot, language, demo_db, monkeypatch, tmp_path: Path) -> None:
    import shutil
    import subprocess

    ctx = AppContext(demo_db, OWNER, language, today=lambda: TODAY)
    answers = [str(tmp_path / "slips.pdf"), str(tmp_path / "slips.xlsx")]
    asked: list[str] = []

    def answer(parent, title, suggested, filter_):
        asked.append(suggested)
        return answers[len(asked) - 1]

    monkeypatch.setattr(workbook_actions, "save_file_name", answer)
    page = PayrollPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.month_box.setCurrentIndex(page.month_box.findData("2026-10"))
    jobs = page.payslips_button.jobs_  # type: ignore[attr-defined]
    assert page.payslips_button.text() == "工资条…"
    qtbot.mouseClick(page.payslips_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: jobs.last_result is not None, timeout=30000)
    assert Path(asked[0]).name == "工资条-2026-10.pdf"
    run = compute_run(demo_db, OWNER, "2026-10", TODAY)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", answers[0], "-"], capture_output=True, text=True, check=True).stdout
        assert all(p.name in text for p in run.people) and "草稿" in text
    jobs.saved_box.close()
    jobs.last_result = None
    qtbot.mouseClick(page.payslips_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: jobs.last_result is not None, timeout=30000)
    ws = load_workbook(answers[1]).active
    assert {p.name for p in run.people} <= {c.value for c in ws["A"]}
    jobs.saved_box.close()


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_approval_line_names_the_owner_in_chinese(qtbot, language, demo_db) -> None:
    from shopdesk.services.payroll.run import approve

    approve(demo_db, OWNER, "2026-10", TODAY)
    page = PayrollPage(AppContext(demo_db, OWNER, language, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.show()
    page.month_box.setCurrentIndex(page.month_box.findData("2026-10"))
    assert "老板" in page.status.text() and "Owner" not in page.status.text()


def test_no_explanation_reads_minus_zero(qtbot, empty_ctx) -> None:
    from decimal import Decimal

    from shopdesk.domain.rules import RuleSpec
    from shopdesk.services.payroll.rules import add_rule
    from shopdesk.services.staff.people import StaffInput, add_staff

    ctx = empty_ctx
    sid = add_staff(ctx.db, ctx.actor, StaffInput("孙丽", "Logistics", base_salary=4000))
    add_rule(ctx.db, ctx.actor, RuleSpec("all", "Shipping errors", "penalty", "shipping_errors", amount_fen=2000,
                                         threshold=Decimal(2)))
    page = PayrollPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.month_box.setCurrentIndex(page.month_box.findData("2026-10"))
    person = page.run.person(sid)
    assert [line.amount_fen for line in person.lines if line.deduction] == [0]  # a penalty that comes to nothing
    page.table.selectRow(page.model.row_of(sid))
    text = page.detail.toPlainText()
    assert "孙丽" in text and "nothing deducted" in text
    assert "−¥0.00" not in text and "× (0 − 2)" not in text


def test_print_the_run_and_a_slip_through_the_preview(qtbot, ctx, tmp_path: Path) -> None:
    import shutil
    import subprocess

    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from shopdesk.domain.money import format_yuan

    page = PayrollPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.month_box.setCurrentIndex(page.month_box.findData("2026-10"))
    button = page.print_button
    button.run_action.trigger()
    assert isinstance(button.dialog, QPrintPreviewDialog)
    button.dialog.close()
    texts = {}
    for kind in ("run", "slip"):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{kind}.pdf"))
        button.paint(printer, kind)
        assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext"):
            texts[kind] = subprocess.run(["pdftotext", str(tmp_path / f"{kind}.pdf"), "-"], capture_output=True,
                                         text=True, check=True).stdout
    if texts:
        assert all(p.name in texts["run"] for p in page.run.people)
        assert format_yuan(page.run.shop.net_fen) in texts["run"] and "Signature" in texts["run"]
        me = page.selected_person()
        assert me.name in texts["slip"] and format_yuan(me.net_fen) in texts["slip"]
        assert sum(p.name in texts["slip"] for p in page.run.people) == 1


def test_approved_months_are_marked_in_the_month_list(qtbot, ctx, monkeypatch) -> None:
    page = PayrollPage(ctx)
    qtbot.addWidget(page)
    page.show()
    i = page.month_box.findData("2026-10")
    page.month_box.setCurrentIndex(i)
    assert page.month_box.itemText(i) == "2026-10"
    monkeypatch.setattr(page, "confirm", lambda *a: True)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.month_box.itemText(i) == "2026-10 ✓ approved", timeout=20000)
    assert page.month_box.itemText(page.month_box.findData("2026-09")) == "2026-09"
