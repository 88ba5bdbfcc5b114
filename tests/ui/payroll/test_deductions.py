"""Everyone's deductions in one grid: paste a column from Excel, one save, one transaction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from shopdesk.services.payroll.run import compute_run
from shopdesk.ui.payroll.deductions import CATEGORIES, DeductionsModel
from shopdesk.ui.payroll.page import PayrollPage
from tests.conftest import TODAY, file_bytes

pytestmark = pytest.mark.gui
MONTH = "2026-10"


def _grid(qtbot, ctx):  # type: ignore[no-untyped-def]
    page = PayrollPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.month_box.setCurrentIndex(page.month_box.findData(MONTH))
    qtbot.mouseClick(page.deductions_grid, Qt.MouseButton.LeftButton)
    dialog = page.deductions_dialog
    qtbot.addWidget(dialog)
    return page, dialog


def test_a_pasted_column_is_saved_for_everyone_at_once(qtbot, ctx):
    page, dialog = _grid(qtbot, ctx)
    people = dialog.model.people
    other = CATEGORIES.index("other") + 1
    dialog.table.setCurrentIndex(dialog.model.index(0, other))
    QGuiApplication.clipboard().setText("12.5\n30\n")  # two cells of a column copied from Excel
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "2" in dialog.message.text(), dialog.message.text()
    run = compute_run(ctx.db, ctx.actor, MONTH, TODAY)
    assert run.person(people[0][0]).deductions["other"] == 1250
    assert run.person(people[1][0]).deductions["other"] == 3000


def test_one_bad_cell_names_itself_and_nothing_is_written(qtbot, ctx):
    _page, dialog = _grid(qtbot, ctx)
    other = CATEGORIES.index("other") + 1
    dialog.model.setData(dialog.model.index(0, other), "20")
    dialog.model.setData(dialog.model.index(1, other), "二十")
    before = file_bytes(ctx.db)
    dialog.save()
    assert "二十" in dialog.message.text()
    assert dialog.model.bad == (1, other - 1)
    assert file_bytes(ctx.db) == before  # the good first row was not saved either


def test_the_deductions_model_passes_the_model_tester(qtmodeltester, ctx):
    model = DeductionsModel()
    model.reset(compute_run(ctx.db, ctx.actor, MONTH, TODAY))
    qtmodeltester.check(model, force_py=True)
