"""The owner types and pastes a day's figures, each edit saved at once and undoable; bad cells are named
and change nothing."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from shopdesk.domain.departments import Department
from shopdesk.services.figures.entry import day_figures
from shopdesk.ui.department.figures_page import FiguresPage
from tests.conftest import file_bytes

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, ctx):
    p = FiguresPage(ctx, Department.OPERATIONS)
    qtbot.addWidget(p)
    p.day.setDate(p.day.date().addDays(-1))  # yesterday: the demo has figures for it
    p.show()
    qtbot.waitExposed(p)
    return p


def _col(page, key):
    return next(i for i, m in enumerate(page.model.metrics) if m.key == key)


def _row(page, scope_prefix):
    return next(i for i, r in enumerate(page.model.rows) if r.scope.startswith(scope_prefix))


def test_rows_are_the_shop_the_team_and_its_people(page):
    scopes = [r.scope for r in page.model.rows]
    assert scopes[:2] == ["shop", "dept:operations"]
    assert all(s.startswith("staff:") for s in scopes[2:]) and len(scopes) > 2
    person = _row(page, "staff:")
    assert page.model.index(person, _col(page, "sales")).data() not in ("", None)


def test_enter_moves_down_and_tab_moves_right(page, qtbot):
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_1)  # any key starts editing the cell …
    qtbot.keyClicks(table.focusWidget(), "23")  # … and the rest goes to its editor
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
    # The delegate commits and closes its editor from the event loop.
    qtbot.waitUntil(lambda: table.currentIndex().row() == 1)
    assert table.currentIndex().column() == 0
    assert page.model.index(0, 0).data() == "123"
    qtbot.keyClick(table, Qt.Key.Key_Return)  # not editing: Enter just moves down
    assert table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == 1


def _stored(ctx, page, row, key):
    scope = page.model.rows[row].scope
    return day_figures(ctx.db, ctx.actor, page.day.date().toPython(), [scope])[scope].get(key)


def _paste(page, qtbot, row, col, text):
    QGuiApplication.clipboard().setText(text)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, col))
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_block_from_excel_is_one_write_and_one_undo_step(page, ctx, qtbot):
    person = _row(page, "staff:")
    sales, orders = _col(page, "sales"), _col(page, "orders")
    assert orders == sales + 1
    old_sales = _stored(ctx, page, person, "sales")
    old_orders = _stored(ctx, page, person + 1, "orders")
    _paste(page, qtbot, person, sales, "1,234.50\t12\r\n800\t9\r\n")
    assert _stored(ctx, page, person, "sales") == Decimal("1234.5")  # in the database at once
    assert _stored(ctx, page, person + 1, "orders") == 9
    assert page.model.index(person + 1, orders).data() == "9"
    assert page.undo_action.text() == "Undo paste 4 figures"
    page.undo_action.trigger()  # one step takes the whole block back
    assert _stored(ctx, page, person, "sales") == old_sales
    assert _stored(ctx, page, person + 1, "orders") == old_orders
    assert page.model.index(person, sales).data() == f"{old_sales.normalize():f}"
    page.redo_action.trigger()
    assert _stored(ctx, page, person, "sales") == Decimal("1234.5")


def test_a_typed_cell_is_saved_and_undone_with_its_name_in_the_button(page, ctx, qtbot):
    person = _row(page, "staff:")
    visitors = _col(page, "visitors")
    old = _stored(ctx, page, person, "visitors")
    assert page.model.setData(page.model.index(person, visitors), "4321")
    assert _stored(ctx, page, person, "visitors") == 4321
    name = page.model.rows[person].label
    assert page.undo_action.text() == f"Undo edit Visitors for {name}"
    page.undo_action.trigger()
    assert _stored(ctx, page, person, "visitors") == old
    page.redo_action.trigger()
    assert _stored(ctx, page, person, "visitors") == 4321


@pytest.mark.parametrize(("key", "text"), [("sales", "-1"), ("bounce_rate", "120%"), ("orders", "2.5")])
def test_a_bad_pasted_cell_is_selected_and_nothing_is_written(page, ctx, qtbot, key, text):
    person = _row(page, "staff:")
    bad = _col(page, key)
    before = file_bytes(ctx.db)
    _paste(page, qtbot, person, bad, f"50\n{text}\n")  # the next person's cell is the bad one
    assert file_bytes(ctx.db) == before
    assert page.table.currentIndex().row() == person + 1
    assert page.table.currentIndex().column() == bad
    assert page.model.bad == (person + 1, bad)
    metric = page.model.headerData(bad, Qt.Orientation.Horizontal)
    assert page.message.text().startswith(f"{page.model.rows[person + 1].label}, {metric}: ")
    assert not page.undo_stack.canUndo()


def test_delete_clears_the_selected_figures_in_one_step(page, ctx, qtbot):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    person = _row(page, "staff:")
    sales, orders = _col(page, "sales"), _col(page, "orders")
    old = _stored(ctx, page, person, "sales")
    assert old is not None
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(person, sales))
    page.table.selectionModel().select(QItemSelection(page.model.index(person, sales), page.model.index(person, orders)),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _stored(ctx, page, person, "sales") is None and _stored(ctx, page, person, "orders") is None
    assert page.undo_action.text() == "Undo clear 2 figures"
    page.undo_action.trigger()
    assert _stored(ctx, page, person, "sales") == old


def test_an_undo_of_another_day_shows_that_day(page, ctx, qtbot):
    person = _row(page, "staff:")
    visitors = _col(page, "visitors")
    edited = page.day.date()
    assert page.model.setData(page.model.index(person, visitors), "777")
    page.day.setDate(edited.addDays(-3))
    page.undo_action.trigger()
    assert page.day.date() == edited  # the grid shows the day the step took back
    assert _stored(ctx, page, person, "visitors") != 777


def test_future_days_cannot_be_picked(page, ctx):
    page.day.setDate(page.day.date().addDays(5))
    assert page.day.date().toPython() <= ctx.today()
    assert page.day.date().toPython() <= date(2026, 11, 24)


def test_each_department_tab_has_daily_figures_and_targets_pages(qtbot, ctx):
    from shopdesk.ui.department.tab import DepartmentTab

    tab = DepartmentTab(ctx, Department.LOGISTICS)
    qtbot.addWidget(tab)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert "Daily figures" in titles and "Targets" in titles
    tab.pages.setCurrentIndex(titles.index("Daily figures"))
    page = tab.pages.currentWidget().ensure_built()
    assert isinstance(page, FiguresPage)
    assert any(m.key == "parcels_shipped" for m in page.model.metrics)
