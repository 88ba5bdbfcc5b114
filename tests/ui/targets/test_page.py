"""The owner sets a year target, breaks it down in one click and rebalances a hand edit."""

import pytest
from PySide6.QtCore import Qt

from shopdesk.ui.targets.page import TargetsPage
from tests.conftest import file_bytes

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, empty_ctx):
    from shopdesk.services.staff.people import StaffInput, add_staff

    for name in ("王芳", "李娜"):
        add_staff(empty_ctx.db, empty_ctx.actor, StaffInput(name, "Customer Service"))
    p = TargetsPage(empty_ctx)
    qtbot.addWidget(p)
    p.metric_box.setCurrentIndex(p.metric_box.findData("inquiries"))
    p.show()
    return p


def _cell(page, scope, period):
    m = page.model
    row = next(i for i, r in enumerate(m.grid.rows) if r.scope == scope)
    col = 2 + m.grid.periods.index(period)
    return m.index(row, col)


def test_typing_a_year_and_breaking_it_down(page, qtbot):
    year = _cell(page, "shop", "2026")
    assert page.model.setData(year, "13000")
    qtbot.waitUntil(lambda: page.model.grid.values.get(("shop", "2026")) == 13000)
    page.table.setCurrentIndex(_cell(page, "shop", "2026"))
    page.weights.setText("1,1,1,1,1,1,1,1,1,1,2,1")
    page.break_button.click()
    g = page.model.grid
    assert g.values[("shop", "2026-11")] == 2000 and g.values[("shop", "2026-01")] == 1000
    assert g.values[("dept:customer_service", "2026-11")] == 2000
    people = [r.scope for r in g.rows if r.scope.startswith("staff:")]
    assert sum(g.values[(p, "2026-11")] for p in people) == 2000
    assert "adds up" in page.off_label.text() and not page.rebalance_button.isEnabled()


def test_a_hand_edit_is_highlighted_until_rebalanced(page, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    page.model.setData(_cell(page, "shop", "2026-Q4"), "900")
    qtbot.waitUntil(lambda: ("shop", "2026-Q4") in page.model.grid.values)
    page.table.setCurrentIndex(_cell(page, "shop", "2026-Q4"))
    page.break_button.click()
    page.model.setData(_cell(page, "shop", "2026-10"), "500")
    qtbot.waitUntil(lambda: page.rebalance_button.isEnabled())
    assert page.model.grid.is_off("shop", "2026-Q4") is not None
    assert _cell(page, "shop", "2026-Q4").data(Qt.ItemDataRole.BackgroundRole) is not None
    mismatches = len(page.model.grid.mismatches)
    page.rebalance_button.click()
    assert f"the {mismatches} targets that no longer add up" in asked[-1]  # asked first, saying how many
    assert not page.rebalance_button.isEnabled()
    assert page.model.grid.values[("shop", "2026-10")] == 300


def test_break_down_says_how_many_targets_it_replaces_and_a_no_changes_nothing(page, qtbot, monkeypatch):
    from tests.conftest import file_bytes

    asked: list[str] = []
    page.model.setData(_cell(page, "shop", "2026"), "12000")
    qtbot.waitUntil(lambda: ("shop", "2026") in page.model.grid.values)
    page.table.setCurrentIndex(_cell(page, "shop", "2026"))
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or True)
    page.break_button.click()
    assert asked == []  # nothing below it yet: nothing to ask
    written = page.model.grid.values[("shop", "2026-01")]
    monkeypatch.setattr(page, "confirm", lambda title, text: asked.append(text) or False)
    page.model.setData(_cell(page, "shop", "2026"), "24000")
    qtbot.waitUntil(lambda: page.model.grid.values.get(("shop", "2026")) == 24000)
    page.table.setCurrentIndex(_cell(page, "shop", "2026"))
    before = file_bytes(page.ctx.db)
    page.break_button.click()
    assert asked and "replaces" in asked[0]
    n = int(asked[0].split("replaces ")[1].split()[0])
    assert n >= 16  # twelve months and four quarters of the shop, and its departments' and people's
    assert file_bytes(page.ctx.db) == before and page.model.grid.values[("shop", "2026-01")] == written


def test_a_negative_target_is_refused_and_nothing_changes(page, qtbot):
    before = file_bytes(page.ctx.db)
    assert not page.model.setData(_cell(page, "shop", "2026"), "-5")
    assert "negative" in page.message.text()
    assert file_bytes(page.ctx.db) == before


def test_shares_are_percentages_of_the_parent(page, qtbot):
    people = [i for i, r in enumerate(page.model.grid.rows) if r.level == 2]
    share = page.model.index(people[0], page.model.SHARE)
    assert share.data() == "50.0%"
    assert page.model.setData(share, "75")
    qtbot.waitUntil(lambda: page.model.index(people[1], page.model.SHARE).data() == "25.0%")


def test_a_quarter_takes_three_weights_and_years_show_the_sum_of_their_months(page, qtbot):
    page.model.setData(_cell(page, "shop", "2026-Q2"), "400")
    qtbot.waitUntil(lambda: ("shop", "2026-Q2") in page.model.grid.values)
    page.table.setCurrentIndex(_cell(page, "shop", "2026-Q2"))
    page.weights.setText("1,1,2")
    page.break_button.click()
    g = page.model.grid
    assert [g.values[("shop", m)] for m in ("2026-04", "2026-05", "2026-06")] == [100, 100, 200]
    assert ("shop", "2026") not in g.values
    assert _cell(page, "shop", "2026").data() == "400"  # implied, shown in grey


def test_the_owner_sets_rest_days_on_the_page(page, qtbot):
    from shopdesk.services.targets.plan import rest_days

    page.rest_days.setText("sat,sun")
    page.rest_days.setModified(True)
    page.rest_days.editingFinished.emit()
    assert rest_days(page.ctx.db) == {5, 6}
    page.rest_days.setText("holiday")
    page.rest_days.setModified(True)
    page.rest_days.editingFinished.emit()
    assert rest_days(page.ctx.db) == {5, 6} and "weekdays" in page.message.text()


def test_ctrl_z_takes_a_typed_target_back_and_ctrl_shift_z_puts_it_again(qtbot, empty_ctx):
    from PySide6.QtGui import QKeySequence

    from shopdesk.services.targets.plan import list_targets
    from shopdesk.ui.targets.page import TargetsDialog

    dialog = TargetsDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.page
    page.metric_box.setCurrentIndex(page.metric_box.findData("inquiries"))
    assert page.model.setData(_cell(page, "shop", "2026-03"), "4200")
    qtbot.waitUntil(lambda: page.model.grid.values.get(("shop", "2026-03")) == 4200)
    # The dialog's Edit menu names the step and carries the shortcuts.
    assert dialog.undo_action in dialog.edit_menu.actions()
    assert dialog.undo_action.text() == "Undo edit target 2026-03"
    assert dialog.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert page.undo_action.text() == "Undo edit target 2026-03"  # the page's button too

    def stored() -> int | None:
        rows = list_targets(empty_ctx.db, empty_ctx.actor, "inquiries", ["2026-03"])
        return next((r.value for r in rows if r.scope == "shop"), None)

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ("shop", "2026-03") not in page.model.grid.values)
    assert stored() is None
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.model.grid.values.get(("shop", "2026-03")) == 4200)


def _paste(page, qtbot, cell, text):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
    page.table.setFocus()
    page.table.setCurrentIndex(cell)
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _stored(ctx, metric, periods):
    from shopdesk.services.targets.plan import list_targets

    return {(r.scope, r.period): r.value for r in list_targets(ctx.db, ctx.actor, metric, periods)}


def test_a_block_pasted_from_excel_is_one_write_and_one_undo_step(page, qtbot, empty_ctx):
    from shopdesk.services.common.audit import AuditFilter, list_entries

    def history(db, entity):
        return list_entries(db, empty_ctx.actor, AuditFilter(entity=entity))

    page.metric_box.setCurrentIndex(page.metric_box.findData("sales"))
    months = ["2026-01", "2026-02", "2026-03"]
    # Excel's clipboard: tab-separated, money with ¥ and thousands separators, a trailing line break.
    _paste(page, qtbot, _cell(page, "shop", "2026-01"), "¥1,200\t1,300.50\t1400\r\n")
    assert _stored(empty_ctx, "sales", months) == {("shop", "2026-01"): 120000, ("shop", "2026-02"): 130050,
                                                   ("shop", "2026-03"): 140000}
    qtbot.waitUntil(lambda: page.model.grid.values.get(("shop", "2026-02")) == 130050)
    assert page.undo_action.text() == "Undo paste 3 targets"
    assert len([h for h in history(empty_ctx.db, "target") if h.action == "set"]) == 3
    page.undo_action.trigger()  # one step takes the whole block back
    assert _stored(empty_ctx, "sales", months) == {}
    assert len([h for h in history(empty_ctx.db, "target") if h.action == "delete"]) == 3
    page.redo_action.trigger()
    assert _stored(empty_ctx, "sales", months)[("shop", "2026-03")] == 140000


def test_a_percentage_block_pastes_with_its_percent_signs(page, qtbot, empty_ctx):
    page.metric_box.setCurrentIndex(page.metric_box.findData("conversion_rate"))
    _paste(page, qtbot, _cell(page, "shop", "2026-Q1"), "3.5%\t4%\n")
    assert _stored(empty_ctx, "conversion_rate", ["2026-Q1", "2026-Q2"]) == {
        ("shop", "2026-Q1"): 350, ("shop", "2026-Q2"): 400}


def test_a_bad_pasted_cell_is_selected_and_named_and_nothing_is_written(page, qtbot, empty_ctx):
    page.metric_box.setCurrentIndex(page.metric_box.findData("sales"))
    people = [i for i, r in enumerate(page.model.grid.rows) if r.level == 2]
    first = page.model.index(people[0], 2 + page.model.grid.periods.index("2026-01"))
    before = file_bytes(empty_ctx.db)
    _paste(page, qtbot, first, "100\t200\n300\tabc\n")  # the second person's February is not a number
    assert file_bytes(empty_ctx.db) == before
    bad = page.table.currentIndex()
    assert (bad.row(), page.model.period_of(bad.column())) == (people[1], "2026-02")
    name = page.model.grid.rows[people[1]].name
    assert page.message.text() == f"{name}, Feb: 'abc' is not a number"
    assert not page.undo_stack.canUndo()  # a refused paste is no step


def test_delete_clears_the_selected_targets_in_one_step(page, qtbot, empty_ctx):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    page.metric_box.setCurrentIndex(page.metric_box.findData("sales"))
    _paste(page, qtbot, _cell(page, "shop", "2026-01"), "100\t200\n")
    qtbot.waitUntil(lambda: page.model.grid.values.get(("shop", "2026-02")) == 20000)
    page.table.selectionModel().select(QItemSelection(_cell(page, "shop", "2026-01"), _cell(page, "shop", "2026-02")),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _stored(empty_ctx, "sales", ["2026-01", "2026-02"]) == {}
    assert page.undo_action.text() == "Undo clear 2 targets"
    page.undo_action.trigger()
    assert _stored(empty_ctx, "sales", ["2026-01", "2026-02"]) == {("shop", "2026-01"): 10000,
                                                                     ("shop", "2026-02"): 20000}
