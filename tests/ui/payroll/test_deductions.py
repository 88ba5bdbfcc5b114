"""Everyone's deductions in one grid: paste a column from Excel (one transaction, one undo step), undo, redo."""

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
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # its Edit menu's shortcuts work in the active window
    return page, dialog


def _other(ctx, staff_id):
    return compute_run(ctx.db, ctx.actor, MONTH, TODAY).person(staff_id).deductions.get("other", 0)


def test_a_pasted_column_is_saved_for_everyone_at_once_and_undone_in_one_step(qtbot, ctx):
    page, dialog = _grid(qtbot, ctx)
    people = dialog.model.people
    other = CATEGORIES.index("other") + 1
    before = [_other(ctx, people[0][0]), _other(ctx, people[1][0])]
    dialog.table.setCurrentIndex(dialog.model.index(0, other))
    QGuiApplication.clipboard().setText("12.5\n30\n")  # two cells of a column copied from Excel
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _other(ctx, people[0][0]) == 1250 and _other(ctx, people[1][0]) == 3000
    assert dialog.model.index(1, other).data() == "30.00"
    # The dialog's Edit menu names the step; Ctrl+Z takes the whole block back, Ctrl+Shift+Z puts it again.
    assert dialog.undo_action in dialog.edit_menu.actions()
    assert dialog.undo_action.text() == "Undo paste 2 deductions"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [_other(ctx, people[0][0]), _other(ctx, people[1][0])] == before
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _other(ctx, people[1][0]) == 3000


def test_a_typed_amount_is_saved_at_once_and_undone_through_the_audit_log(qtbot, ctx):
    from shopdesk.services.common.audit import AuditFilter, list_entries

    _page, dialog = _grid(qtbot, ctx)
    sid, name = dialog.model.people[2]
    other = CATEGORIES.index("other") + 1
    old = _other(ctx, sid)
    assert dialog.model.setData(dialog.model.index(2, other), "88")
    assert _other(ctx, sid) == 8800
    assert dialog.undo_action.text() == f"Undo edit Other deductions for {name}"
    dialog.undo_action.trigger()
    assert _other(ctx, sid) == old
    entries = list_entries(ctx.db, ctx.actor, AuditFilter(entity="pay_deduction", entity_id=f"{MONTH}/{sid}/other"))
    assert [e.after for e in entries[:2]] == [({"amount_fen": old} if old else None), {"amount_fen": 8800}]
    dialog.redo_action.trigger()
    assert _other(ctx, sid) == 8800


def test_one_bad_cell_names_itself_and_nothing_is_written(qtbot, ctx):
    _page, dialog = _grid(qtbot, ctx)
    other = CATEGORIES.index("other") + 1
    before = file_bytes(ctx.db)
    dialog.table.setCurrentIndex(dialog.model.index(0, other))
    QGuiApplication.clipboard().setText("20\n二十\n")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert file_bytes(ctx.db) == before  # the good first row was not saved either
    assert dialog.model.bad == (1, other - 1)
    assert dialog.table.currentIndex() == dialog.model.index(1, other)
    assert dialog.message.text() == f"{dialog.model.people[1][1]}, Other deductions: '二十' is not an amount of money"
    assert not dialog.undo_stack.canUndo()


def test_the_deductions_model_passes_the_model_tester(qtmodeltester, ctx):
    model = DeductionsModel()
    model.reset(compute_run(ctx.db, ctx.actor, MONTH, TODAY))
    qtmodeltester.check(model, force_py=True)
