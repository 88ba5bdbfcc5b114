"""The owner types and pastes a day's figures; bad cells are named and change nothing."""

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


def test_a_pasted_block_from_excel_is_saved_in_one_go(page, ctx, qtbot):
    person = _row(page, "staff:")
    sales, orders = _col(page, "sales"), _col(page, "orders")
    assert orders == sales + 1
    QGuiApplication.clipboard().setText("1,234.50\t12\r\n800\t9\r\n")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(person, sales))
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.model.index(person + 1, orders).data() == "9"
    assert page.save()
    day = page.day.date().toPython()
    scope = page.model.rows[person].scope
    assert day_figures(ctx.db, ctx.actor, day, [scope])[scope]["sales"] == Decimal("1234.5")
    assert "saved" in page.message.text()


@pytest.mark.parametrize(("key", "text"), [("sales", "-1"), ("bounce_rate", "120%"), ("orders", "2.5")])
def test_a_bad_cell_is_selected_and_nothing_is_written(page, ctx, key, text):
    person = _row(page, "staff:")
    page.model.setData(page.model.index(person, _col(page, "visitors")), "999")
    page.model.setData(page.model.index(person + 1, _col(page, key)), text)
    before = file_bytes(ctx.db)
    assert not page.save()
    assert page.table.currentIndex().row() == person + 1
    assert page.table.currentIndex().column() == _col(page, key)
    assert page.model.bad == (person + 1, _col(page, key))
    assert page.message.text()
    assert file_bytes(ctx.db) == before


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
