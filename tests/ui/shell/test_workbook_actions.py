"""File-menu Import/Export and the Payroll tab's export button, driven through real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMainWindow, QMessageBox
from sqlalchemy import func, select

from shopdesk.domain.errors import ValidationErrors
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.workbook.importer import ImportSummary
from shopdesk.store.models.core import Figure
from shopdesk.ui.common.ops import Change
from shopdesk.ui.shell import workbook_actions as export_actions
from shopdesk.ui.shell.workbook_actions import ExchangeActions, payroll_export_button
from tests.exchange.workbook.books import chinese_book, write_book

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, empty_ctx, monkeypatch):  # type: ignore[no-untyped-def]
    win = QMainWindow()
    qtbot.addWidget(win)
    menu = win.menuBar().addMenu("File")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    jobs = ExchangeActions(win, empty_ctx, menu).jobs
    jobs.shown = shown  # type: ignore[attr-defined]
    return jobs


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Figure))


def test_import_runs_in_background_then_asks_before_replacing(window, empty_ctx, qtbot, monkeypatch,
                                                              tmp_path: Path) -> None:
    book = tmp_path / "店铺.xlsx"
    chinese_book(book)
    changed: list[str] = []
    empty_ctx.bus.changed.connect(changed.append)
    window.import_file(book)
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=20000)
    assert isinstance(window.last_result, ImportSummary) and any(c & Change.STAFF for c in changed)
    assert "15 daily figures" in window.shown[-1]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.last_result = None
    window.import_file(book)
    qtbot.waitUntil(lambda: isinstance(window.last_result, ImportSummary), timeout=20000)
    assert "15 daily figures" in asked[0] and window.last_result.figures_replaced == 15
    assert _count(empty_ctx.db) == 15


def test_problems_are_listed_in_a_copyable_dialog(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    book = tmp_path / "bad.xlsx"
    write_book(book, {"员工": [["姓名", "部门"], ["李娜", "销售部"], ["王强", ""]]})
    seen: list[list[str]] = []
    monkeypatch.setattr(export_actions.ProblemsDialog, "exec",
                        lambda self: seen.append(self.text.toPlainText().splitlines()) or 0)
    window.import_file(book)
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=20000)
    assert isinstance(window.last_result, ValidationErrors)
    assert seen[0][0] == "员工!B2: unknown department '销售部'" and seen[0][1].startswith("员工!B3:")


def test_export_shop_workbook_and_bonus_sheet(qtbot, ctx, monkeypatch, tmp_path: Path) -> None:
    win = QMainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    actions = ExchangeActions(win, ctx, win.menuBar().addMenu("File")).jobs
    out = tmp_path / "shop.xlsx"
    actions.export_file(out)
    qtbot.waitUntil(lambda: actions.last_result is not None, timeout=30000)
    assert load_workbook(out, read_only=True).sheetnames[:2] == ["Shop", "Staff"]
    button = payroll_export_button(win, ctx, lambda: "2026-10")
    assert [a.text() for a in button.menu().actions()] == ["Bonus sheet for this month…",
                                                           "Salary register for the year…"]
    jobs = button.actions_  # type: ignore[attr-defined]
    bonus = tmp_path / "bonus.xlsx"
    jobs.export_pay("2026-10", bonus)
    qtbot.waitUntil(lambda: jobs.last_result is not None, timeout=30000)
    assert load_workbook(bonus).sheetnames == ["Payroll", "Details", "Targets"]


def test_only_the_owner_sees_the_actions(qtbot, empty_ctx) -> None:
    win = QMainWindow()
    qtbot.addWidget(win)
    actions = ExchangeActions(win, empty_ctx, win.menuBar().addMenu("File"))
    assert actions.import_action.isVisible()
    empty_ctx.actor = Actor(Role.STAFF, "张伟", staff_id=1, department="operations")
    empty_ctx.actor_changed.emit()
    assert not actions.import_action.isVisible() and not actions.bonus_action.isVisible()
