"""My pay: a staff member reads, saves and prints their own approved payslip, and nobody else's."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from shopdesk.domain.money import format_yuan
from shopdesk.services.common.context import OWNER, Actor, Role
from shopdesk.services.payroll.run import approve, compute_run
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change
from shopdesk.ui.payroll.my_pay import MyPayPage
from shopdesk.ui.shell import workbook_actions
from shopdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY

pytestmark = pytest.mark.gui
MONTH = "2026-10"


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_my_pay_shows_only_approved_months_and_saves_my_slip(qtbot, qapp, demo_db, monkeypatch,
                                                             tmp_path: Path) -> None:
    run = compute_run(demo_db, OWNER, MONTH, TODAY)
    me, other = run.people[0], run.people[1]
    actor = Actor(Role.STAFF, me.name, staff_id=me.staff_id, department=me.department)
    ctx = AppContext(demo_db, actor, "en", today=lambda: TODAY)
    page = MyPayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.month_box.count() == 0 and not page.save_button.isEnabled()
    assert "once the owner approves" in page.message.text()
    approve(demo_db, OWNER, MONTH, TODAY)
    ctx.bus.changed.emit(Change.PAYROLL)
    assert [page.month_box.itemData(i) for i in range(page.month_box.count())] == [MONTH]
    shown = page.slip.toPlainText()
    assert me.name in shown and format_yuan(me.net_fen) in shown and other.name not in shown
    for line in me.lines:
        assert line.label in shown and format_yuan(line.amount_fen) in shown
    target = tmp_path / "mine.pdf"
    monkeypatch.setattr(workbook_actions, "save_file_name", lambda *a: str(target))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = _pdf_text(target)
        assert me.name in text and format_yuan(me.net_fen) in text and other.name not in text
        assert "Draft" not in text
    page.saved_box.close()
    # Print: the slip as laid out on the printer's page.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    page.print_to(printer)
    if shutil.which("pdftotext"):
        assert format_yuan(me.net_fen) in _pdf_text(printed)


def test_staff_get_a_my_pay_tab_and_the_owner_does_not(qtbot, qapp, demo_db) -> None:
    run = compute_run(demo_db, OWNER, MONTH, TODAY)
    me = run.people[0]
    staff = MainWindow(AppContext(demo_db, Actor(Role.STAFF, me.name, staff_id=me.staff_id,
                                                 department=me.department), "en", today=lambda: TODAY))
    qtbot.addWidget(staff)
    owner = MainWindow(AppContext(demo_db, OWNER, "en", today=lambda: TODAY))
    qtbot.addWidget(owner)
    assert "My pay" in [staff.tabs.tabText(i) for i in range(staff.tabs.count())]
    assert "My pay" not in [owner.tabs.tabText(i) for i in range(owner.tabs.count())]
