"""The Payroll tab as the owner uses it: write a rule, run the month, adjust, approve."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopdesk.services.payroll.rules import list_rules
from shopdesk.services.payroll.run import compute_run
from shopdesk.ui.common.ops import running_ops
from shopdesk.ui.payroll.model import KIND_ROLE, PayrollModel
from shopdesk.ui.payroll.page import PayrollPage
from shopdesk.ui.payroll.rules_dialog import RulesDialog
from tests.conftest import TODAY


def test_create_a_rule_run_payroll_adjust_and_approve(qtbot, empty_ctx, monkeypatch):
    from shopdesk.services.staff.people import StaffInput, add_staff

    ctx = empty_ctx
    sid = add_staff(ctx.db, ctx.actor, StaffInput("张伟", "Operations", base_salary=5000))
    # The owner writes a meal allowance for everyone in the rules editor.
    dialog = RulesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.new_rule()
    qtbot.keyClicks(dialog.label, "Meal allowance")
    dialog.kind.setCurrentIndex(dialog.kind.findData("fixed"))
    qtbot.keyClicks(dialog.amount, "300")
    dialog.update_preview()
    assert dialog.preview_model.rows[0].amount_fen == 30000  # live preview of last month
    assert dialog.save(), dialog.error.text()
    assert [r.spec.label for r in list_rules(ctx.db, ctx.actor)] == ["Meal allowance"]
    dialog.close()

    page = PayrollPage(ctx)
    qtbot.addWidget(page)
    page.show()  # a page refreshes what it shows; a hidden one waits until it is shown
    page.month_box.setCurrentIndex(page.month_box.findData("2026-10"))
    assert page.run.person(sid).earnings_fen == 30000
    assert "fixed monthly amount = ¥300.00" in page.detail.toPlainText()
    # An adjustment with a reason.
    page.table.selectRow(page.model.row_of(sid))
    qtbot.keyClicks(page.adj_amount, "-50")
    qtbot.keyClicks(page.adj_reason, "late twice")
    qtbot.mouseClick(page.adj_add, Qt.MouseButton.LeftButton)
    assert page.message.text() == ""
    assert page.run.person(sid).net_fen == 500000 + 30000 - 5000
    assert "late twice" in page.detail.toPlainText()
    # A missing reason is refused, naming what is wrong.
    qtbot.keyClicks(page.adj_amount, "10")
    qtbot.mouseClick(page.adj_add, Qt.MouseButton.LeftButton)
    assert "reason" in page.message.text()
    # Approve, confirmed.
    monkeypatch.setattr(page, "confirm", lambda *a: True)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert not page.approve_button.isEnabled()  # at once, while the approval runs on a worker
    qtbot.waitUntil(lambda: page.run is not None and page.run.approved, timeout=20000)
    assert running_ops() == 0
    assert page.run.approved and not page.approve_button.isEnabled() and page.reopen_button.isEnabled()
    assert not page.edit_box.isEnabled()
    assert compute_run(ctx.db, ctx.actor, "2026-10", TODAY).approved


def test_the_run_table_groups_people_with_department_and_shop_totals(ctx):
    model = PayrollModel()
    run = compute_run(ctx.db, ctx.actor, "2026-10", TODAY)
    model.reset(run)
    kinds = [model.data(model.index(r, 0), KIND_ROLE) for r in range(model.rowCount())]
    assert kinds.count("person") == len(run.people) and kinds.count("department") == 4 and kinds[-1] == "shop"
    last = model.rowCount() - 1
    from shopdesk.ui.common.text import money
    assert model.data(model.index(last, PayrollModel.NET)) == money(run.shop.net_fen)


def test_the_payroll_tab_is_the_owners_alone(qtbot, ctx):
    from dataclasses import replace

    from shopdesk.services.common.context import Role
    from shopdesk.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Payroll" in titles
    ctx.actor = replace(ctx.actor, role=Role.MANAGER, department="operations", staff_id=1)
    window2 = MainWindow(ctx)
    qtbot.addWidget(window2)
    assert "Payroll" not in [window2.tabs.tabText(i) for i in range(window2.tabs.count())]


@pytest.mark.parametrize("lang, word", [("en", "Refund clawback"), ("zh_CN", "退款扣回")])
def test_a_refund_clawback_reads_in_the_window_language(qapp, qtbot, empty_ctx, tmp_path, lang, word):
    """ShopDesk's own line is named in words; the owner's rules keep the names the owner gave them."""
    from PySide6.QtCore import QCoreApplication

    from shopdesk.i18n import install_translators
    from tests.services.payroll.test_clawback import _later_refund_month

    zhang = _later_refund_month(empty_ctx.db, empty_ctx.actor, tmp_path)
    translators = install_translators(qapp, lang)
    try:
        page = PayrollPage(empty_ctx)
        qtbot.addWidget(page)
        page.show()
        page.month_box.setCurrentIndex(page.month_box.findData("2026-11"))
        page.table.selectRow(page.model.row_of(zhang))
        shown = page.detail.toPlainText()
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
        install_translators(qapp, "en")
    assert word in shown and "Net sales" in shown
    if lang == "zh_CN":
        assert "Refund clawback" not in shown
