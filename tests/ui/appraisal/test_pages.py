"""A full appraisal round through the screens: open, self-assess, review, finalise, and it pays."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shopdesk.domain.appraisal import QualItem
from shopdesk.domain.departments import Department
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.payroll.run import compute_run
from shopdesk.services.staff.people import list_staff
from shopdesk.ui.appraisal.page import AppraisalPage
from shopdesk.ui.appraisal.scheme import SchemeDialog
from shopdesk.ui.appraisal.self_review import SelfAssessmentPanel
from shopdesk.ui.common.context import AppContext
from tests.conftest import TODAY

pytestmark = pytest.mark.gui
MONTH = "2026-09"  # the demo shop sets no grades by hand for September


@pytest.fixture
def clerk(ctx):  # type: ignore[no-untyped-def]
    """A Customer Service clerk (the demo pays that department a grade bonus)."""
    person = next(p for p in list_staff(ctx.db, ctx.actor, "customer_service") if p.role == "staff")
    return person, AppContext(ctx.db, Actor(Role.STAFF, person.name, person.id, person.department), "en",
                              today=ctx.today)


def test_the_full_round_ends_in_the_payroll(qtbot, ctx, clerk, monkeypatch):
    person, staff_ctx = clerk
    before = compute_run(ctx.db, ctx.actor, MONTH, TODAY).person(person.id)
    assert "Grade bonus" not in {line.label for line in before.lines}
    assert any("no grade" in w.render() for w in before.warnings)

    # The owner opens September.
    page = AppraisalPage(ctx, Department.CUSTOMER_SERVICE)
    qtbot.addWidget(page)
    page.show()
    page.new_period.setText(MONTH)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == ""
    assert page.rounds.currentText().startswith(MONTH)
    assert {r.department for r in page.model.rows} == {"customer_service"} and len(page.model.rows) >= 3

    # The clerk sees only their own appraisal and fills it in.
    panel = SelfAssessmentPanel(staff_ctx)
    qtbot.addWidget(panel)
    panel.rounds.setCurrentIndex(panel.rounds.findText(MONTH))
    assert panel.current() is not None and panel.current().period == MONTH
    for spin in panel.spins.values():
        spin.setValue(4)
    panel.summary.setPlainText("Answered every chat within a minute; two complaints turned into repeat buyers.")
    qtbot.mouseClick(panel.submit, Qt.MouseButton.LeftButton)
    assert "Saved" in panel.message.text()

    # Later, on the owner's PC: the self-assessment beside the figures; rate and finalise.
    page.hide()
    page.show()  # the page reloads when shown again
    page.select_person(person.id)
    row = page.current_row()
    assert row is not None and row.staff_id == person.id and row.submitted
    self_col = page.model.SELF
    assert page.model.index(page.row_of(person.id), self_col).data() == "✓"
    assert "two complaints" in page.summary.toPlainText()
    assert "Inquiries" in page.breakdown.toPlainText()
    assert "(self: 4)" in page.ratings_form.itemAt(0, page.ratings_form.ItemRole.LabelRole).widget().text()
    for spin in page.spins.values():
        spin.setValue(5)
    page.comment.setPlainText("Our best month for reviews.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == ""
    final = page.current_row()
    assert final is not None and final.final and final.staff_id == person.id
    grade_col = page.model.score_column + 1
    assert page.model.index(page.row_of(person.id), grade_col).data() == final.result.grade
    assert not page.save_button.isEnabled() and page.reopen_button.isEnabled()
    assert MONTH in [h.period for h in page.history_model.rows]

    # The Payroll tab pays the grade, and the clerk sees their result.
    from shopdesk.ui.payroll.page import PayrollPage

    payroll = PayrollPage(ctx)
    qtbot.addWidget(payroll)
    assert payroll.month_box.findData(MONTH) >= 0
    payroll.month_box.setCurrentIndex(payroll.month_box.findData(MONTH))
    assert payroll.month == MONTH
    after = payroll.run.person(person.id)
    assert after.grade == final.result.grade
    bonus = next(line for line in after.lines if line.label == "Grade bonus")
    assert bonus.amount_fen == int(50000 * final.result.multiplier)
    payroll.table.selectRow(payroll.model.row_of(person.id))
    assert f"grade {final.result.grade}" in payroll.detail.toPlainText()
    panel.refresh()
    panel.rounds.setCurrentIndex(panel.rounds.findText(MONTH))
    assert f"grade {final.result.grade}" in panel.status.text()
    assert "Our best month" in panel.comment.text()
    assert panel.form_box.isHidden()


def test_the_clerk_never_sees_a_colleagues_appraisal(qtbot, ctx, clerk):
    person, staff_ctx = clerk
    page = AppraisalPage(ctx, Department.CUSTOMER_SERVICE)
    qtbot.addWidget(page)
    page.new_period.setText(MONTH)
    page.open_round()
    panel = SelfAssessmentPanel(staff_ctx)
    qtbot.addWidget(panel)
    assert all(a.id in {r.id for r in page.model.rows if r.staff_id == person.id} for a in panel.items.values()
               if a.period == MONTH)
    assert len([a for a in panel.items.values() if a.period == MONTH]) == 1


def test_the_scheme_editor_saves_a_new_rated_item(qtbot, ctx):
    dialog = SchemeDialog(ctx, Department.DESIGN)
    qtbot.addWidget(dialog)
    assert len(dialog.quant_rows) == 3 and len(dialog.qual_rows) == 3
    dialog.add_qual(QualItem("", "", Decimal(2)))
    dialog.qual_rows[-1][1].setText("Creativity")
    dialog.share.setValue(55)
    dialog.save()
    assert dialog.message.text() == "" and dialog.result() == dialog.DialogCode.Accepted
    again = SchemeDialog(ctx, Department.DESIGN)
    qtbot.addWidget(again)
    saved = again.scheme()
    assert [q.label for q in saved.qualitative][-1] == "Creativity" and saved.quant_share == 55
    # A bad multiplier is refused in place, naming the problem.
    again.mults["A"].setText("lots")
    again.save()
    assert "lots" in again.message.text()


def _waiting_person(ctx):  # type: ignore[no-untyped-def]
    """Someone (not a manager) who has not yet filled in this month's self-assessment in the demo."""
    from shopdesk.services.appraisal import rounds as ap

    for p in list_staff(ctx.db, ctx.actor):
        actor = Actor(Role.STAFF, p.name, p.id, p.department)
        if p.role == "staff" and any(not a.submitted for a in ap.my_appraisals(ctx.db, actor)):
            return p, AppContext(ctx.db, actor, "en", today=ctx.today)
    raise AssertionError("the demo has everyone self-assessed")


def test_my_day_says_a_self_assessment_is_waiting_and_opens_it(qtbot, ctx):
    from shopdesk.ui.overview.my_day import MyDayPage

    _person, staff_ctx = _waiting_person(ctx)
    page = MyDayPage(staff_ctx)
    qtbot.addWidget(page)
    assert "2026-11 is waiting" in page.appraisal.text.text()
    dialog = page.appraisal.open_dialog()
    qtbot.addWidget(dialog)
    panel = dialog.panel
    assert [panel.rounds.itemText(i) for i in range(panel.rounds.count())] == ["2026-11", "2026-10"]
    for spin in panel.spins.values():
        spin.setValue(3)
    assert not panel.save()  # the written summary is required
    assert "few words" in panel.message.text()
    panel.summary.setPlainText("打包效率提升,错发减少。")
    assert panel.save()
    # Nothing waits any more: My day shows last month's final result instead.
    assert "Appraisal 2026-10: score" in page.appraisal.text.text()


def test_a_persons_performance_window_lists_their_appraisals(qtbot, ctx):
    from shopdesk.ui.charts.person_window import PersonCharts

    person = list_staff(ctx.db, ctx.actor, "logistics")[0]
    charts = PersonCharts(ctx, person.id)
    qtbot.addWidget(charts)
    titles = [charts.tabs.tabText(i) for i in range(charts.tabs.count())]
    assert titles[-1] == "Appraisals"
    charts.tabs.setCurrentIndex(len(titles) - 1)
    history = charts.tabs.currentWidget()
    assert [r.period for r in history.model.rows] == ["2026-10"] and history.model.rows[0].grade in "SABCD"
    assert not charts.export_button.isEnabled()
    charts.tabs.setCurrentIndex(0)
    assert charts.export_button.isEnabled()


def test_a_manager_reviews_their_team_but_cannot_finalise(qtbot, ctx):
    boss = next(p for p in list_staff(ctx.db, ctx.actor, "logistics") if p.role == "manager")
    manager_ctx = AppContext(ctx.db, Actor(Role.MANAGER, boss.name, boss.id, boss.department), "en",
                             today=ctx.today)
    page = AppraisalPage(manager_ctx, Department.LOGISTICS)
    qtbot.addWidget(page)
    assert page.rounds.currentText().startswith("2026-11")
    people = {r.staff_id for r in page.model.rows}
    assert people and boss.id not in people
    assert page.finalise_button.isHidden() and page.open_button.isHidden() and page.scheme_button.isHidden()
    for spin in page.spins.values():
        spin.setValue(4)
    page.comment.setPlainText("打包又快又准")
    assert page.save_review() and page.message.text() == ""
    assert page.current_row() is not None and page.current_row().owner_ratings == {
        "cooperation": 4, "enthusiasm": 4, "responsibility": 4}


def test_a_round_opened_by_mistake_can_be_deleted_but_not_one_with_final_results(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = AppraisalPage(ctx, Department.DESIGN)
    qtbot.addWidget(page)
    page.new_period.setText("2026-Q2")
    page.open_round()
    assert page.rounds.currentText().startswith("2026-Q2")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "" and page.rounds.findText("2026-Q2", Qt.MatchFlag.MatchStartsWith) == -1
    page.rounds.setCurrentIndex(page.rounds.findText("2026-10", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "final results" in page.message.text()


def test_the_review_and_history_models_pass_the_model_tester(qtbot, ctx, qtmodeltester):
    page = AppraisalPage(ctx, Department.OPERATIONS)
    qtbot.addWidget(page)
    page.rounds.setCurrentIndex(page.rounds.findText("2026-10", Qt.MatchFlag.MatchStartsWith))
    assert page.model.rowCount() > 0 and page.history_model.rowCount() > 0
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.history_model)
