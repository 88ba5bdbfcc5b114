"""The attendance grid, payroll settings, staff pay fields and the 全勤奖 preset, through real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from shopdesk.domain.departments import Department
from shopdesk.services.payroll.attendance import month_attendance
from shopdesk.services.payroll.rules import list_rules
from shopdesk.services.payroll.setup import pay_setup
from shopdesk.services.staff.people import StaffInput, add_staff, get_staff
from shopdesk.services.targets.plan import set_rest_days
from shopdesk.ui.department.staff_dialog import StaffDialog
from shopdesk.ui.payroll.page import PayrollPage
from shopdesk.ui.payroll.settings import PayrollSettingsDialog
from tests.conftest import file_bytes

MONTH = "2026-10"


def _shop(ctx):  # type: ignore[no-untyped-def]
    set_rest_days(ctx.db, ctx.actor, "sun")
    zhang = add_staff(ctx.db, ctx.actor, StaffInput("张伟", "Operations", base_salary=6000, hire_date=date(2025, 1, 1)))
    liu = add_staff(ctx.db, ctx.actor, StaffInput("刘洋", "Operations", base_salary=4500, hire_date=date(2025, 1, 1)))
    return zhang, liu


def _page(qtbot, ctx):  # type: ignore[no-untyped-def]
    page = PayrollPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.month_box.setCurrentIndex(page.month_box.findData(MONTH))
    return page


def test_a_pasted_block_is_saved_at_once_and_undone_and_redone_in_one_step(qtbot, empty_ctx, monkeypatch):
    ctx = empty_ctx
    zhang, liu = _shop(ctx)
    page = _page(qtbot, ctx)
    shown = []
    monkeypatch.setattr("shopdesk.ui.payroll.attendance.AttendanceDialog.exec", lambda self: shown.append(self))
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "27 working days due" in dialog.info.text()
    assert [r.name for r in dialog.model.rows] == ["刘洋", "张伟"]
    # a block copied from Excel: two rows × (unpaid days, late)
    QGuiApplication.clipboard().setText("1.5\t0\r\n0\t2\r\n")
    dialog.table.setCurrentIndex(dialog.model.index(0, 2))
    qtbot.keyClick(dialog.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message.text() == ""

    def stored():  # type: ignore[no-untyped-def]
        return {r.staff_id: (str(r.unpaid_days), r.late) for r in month_attendance(ctx.db, ctx.actor, MONTH).rows}

    assert stored() == {liu: ("1.5", 0), zhang: ("0", 2)}
    assert dialog.model.cells == {(0, 0): "1.5", (0, 1): "", (1, 0): "", (1, 1): "2"}  # as stored
    # the page refreshed: 刘洋's absence shows in the run
    assert page.run is not None and page.run.person(liu).absence_fen == 25000  # ¥4,500 × 1.5 ÷ 27
    # the Edit menu names the step; undo puts back what was there before it, redo writes it again
    assert dialog.undo_action in dialog.edit_menu.actions()
    assert dialog.undo_action.text() == "Undo paste 4 cells"
    dialog.undo_action.trigger()
    assert stored() == {liu: ("0", 0), zhang: ("0", 0)}
    assert page.run.person(liu).absence_fen == 0
    dialog.redo_action.trigger()
    assert stored() == {liu: ("1.5", 0), zhang: ("0", 2)}
    # a typed cell and the cleared selection are a step each
    dialog.table.setCurrentIndex(dialog.model.index(1, 3))
    assert dialog.model.setData(dialog.model.index(1, 3), "3")
    assert dialog.undo_action.text() == "Undo edit Late arrivals for 张伟" and stored()[zhang] == ("0", 3)
    dialog.table.selectionModel().select(dialog.model.index(0, 2), dialog.table.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert stored()[liu] == ("0", 0) and dialog.undo_action.text() == "Undo clear 1 cell"
    dialog.undo_action.trigger()
    assert stored()[liu] == ("1.5", 0)


def test_a_bad_cell_is_selected_and_named_and_nothing_is_saved(qtbot, empty_ctx):
    ctx = empty_ctx
    zhang, liu = _shop(ctx)
    page = _page(qtbot, ctx)
    dialog = page.attendance_dialog()
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().setText("1\t0\r\n0\t-1\r\n")
    dialog.table.setCurrentIndex(dialog.model.index(0, 2))
    before = file_bytes(ctx.db)
    qtbot.keyClick(dialog.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message.text() == "张伟: late arrivals cannot be negative"
    assert not dialog.undo_action.isEnabled()  # a refused step is not on the stack
    assert (dialog.table.currentIndex().row(), dialog.table.currentIndex().column()) == (1, 3)
    assert dialog.model.bad == (1, 1)
    assert file_bytes(ctx.db) == before


def test_payroll_settings_save_and_refuse_a_bad_rate(qtbot, empty_ctx, monkeypatch):
    ctx = empty_ctx
    page = _page(qtbot, ctx)
    shown = []
    monkeypatch.setattr(PayrollSettingsDialog, "exec", lambda self: shown.append(self))
    qtbot.mouseClick(page.setup_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.si_rate.text() == "10.5" and not dialog.income_tax.isChecked()
    dialog.si_rate.clear()
    qtbot.keyClicks(dialog.si_rate, "120")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "between 0 % and 100 %" in dialog.errors["si_rate"].text()
    assert pay_setup(ctx.db).si_rate == 10.5
    dialog.si_rate.clear()
    qtbot.keyClicks(dialog.si_rate, "8")
    qtbot.mouseClick(dialog.income_tax, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.min_wage, "2490")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    setup = pay_setup(ctx.db)
    assert (setup.si_rate, setup.income_tax, setup.min_wage_fen) == (8, True, 249000)


def test_the_staff_dialog_keeps_leave_date_bases_and_special_deduction(qtbot, empty_ctx):
    ctx = empty_ctx
    zhang, _ = _shop(ctx)
    dialog = StaffDialog(ctx, Department.OPERATIONS, get_staff(ctx.db, ctx.actor, zhang))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.leave_date, "2026-13-01")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "is not a date" in dialog.errors["leave_date"].text()
    dialog.leave_date.clear()
    qtbot.keyClicks(dialog.leave_date, "2024-01-01")
    qtbot.keyClicks(dialog.si_base, "5000")
    qtbot.keyClicks(dialog.hf_base, "-1")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "before the hire date" in dialog.errors["leave_date"].text()
    dialog.leave_date.clear()
    qtbot.keyClicks(dialog.leave_date, "2026-12-31")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "negative" in dialog.errors["hf_base"].text()
    dialog.hf_base.clear()
    qtbot.keyClicks(dialog.special_deduction, "2000")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    r = get_staff(ctx.db, ctx.actor, zhang)
    assert (r.leave_date, r.si_base_fen, r.hf_base_fen, r.special_deduction_fen) == (
        date(2026, 12, 31), 500000, None, 200000)


def test_the_full_attendance_preset_from_the_menu(qtbot, empty_ctx):
    ctx = empty_ctx
    zhang, liu = _shop(ctx)
    page = _page(qtbot, ctx)
    action = next(a for a in page.presets_button.menu().actions() if "Full attendance" in a.text())
    action.trigger()
    assert sorted(r.spec.applies_to for r in list_rules(ctx.db, ctx.actor)) == [
        "department:customer_service", "department:design", "department:logistics", "department:operations"]
    assert [line.amount_fen for line in page.run.person(zhang).lines] == [30000]


def test_the_attendance_grid_passes_the_model_tester_filled_and_edited(request, qtbot, qtmodeltester, ctx):
    page = _page(qtbot, ctx)
    dialog = page.attendance_dialog()
    qtbot.addWidget(dialog)
    request.node.widget = dialog  # alive until the tester has let go of its model
    model = dialog.model
    assert model.rowCount() > 0 and model.columnCount() == 4
    qtmodeltester.check(model, force_py=True)
    name = model.index(0, 0)
    assert not model.flags(name) & Qt.ItemFlag.ItemIsEditable and model.setData(name, "x") is False
    cell = model.index(0, 2)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable and model.setData(cell, "1.5")
    assert cell.data(Qt.ItemDataRole.EditRole) == "1.5"
    qtmodeltester.check(model, force_py=True)


def test_importing_a_dingtalk_summary_from_the_grid(qtbot, empty_ctx, monkeypatch, tmp_path):
    ctx = empty_ctx
    zhang, liu = _shop(ctx)
    page = _page(qtbot, ctx)
    dialog = page.attendance_dialog()
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,迟到次数,旷工天数\n赵六,1,0\n", encoding="utf-8")
    good = tmp_path / "钉钉.csv"
    good.write_text("姓名,迟到次数,旷工天数\n张伟,1,0.5\n刘洋,0,0\n", encoding="utf-8")
    picked = [str(bad)]
    monkeypatch.setattr("shopdesk.ui.payroll.attendance.QFileDialog.getOpenFileName",
                        lambda *a, **k: (picked[0], ""))
    before = file_bytes(ctx.db)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "bad.csv:row 2" in dialog.message.text() and "赵六" in dialog.message.text()
    assert file_bytes(ctx.db) == before
    picked[0] = str(good)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "2 people's attendance imported."
    row = next(r for r in dialog.model.rows if r.staff_id == zhang)
    assert (str(row.unpaid_days), row.late) == ("0.5", 1)
    assert page.run is not None and page.run.person(zhang).unpaid_halves == 1
