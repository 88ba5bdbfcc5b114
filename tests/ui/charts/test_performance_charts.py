"""Performance charts on screen: from the people table, a department page and the Overview."""
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from shopdesk.domain.departments import Department
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.staff.people import list_staff
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def distinct_colours(path, step=7) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def open_from_table(qtbot, window, dept, row=0):
    from shopdesk.ui.charts.person_window import PersonChartsDialog

    panel = window.department_tab(dept).people
    table = panel.table
    rect = table.visualRect(panel.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = panel.findChildren(PersonChartsDialog)
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])
    qtbot.waitExposed(dialogs[0])
    return panel.selected_person(), dialogs[0].charts


def test_matplotlib_loads_only_when_the_first_chart_is_shown(demo_template, tmp_path):
    # A fresh interpreter: other tests have long since imported matplotlib in this one.
    from tests.ui.common.fresh_window import heavy_modules_loaded

    loaded = heavy_modules_loaded(demo_template, tmp_path)
    assert "matplotlib" not in loaded["window"]
    assert "matplotlib" in loaded["chart"]


def test_person_charts_from_the_table_switch_period_and_export(window, ctx, qtbot, tmp_path):
    person, charts = open_from_table(qtbot, window, Department.OPERATIONS)
    assert charts.data.name == person.name
    figure = charts.current_view().figure
    actual = [p for p in figure.axes[0].patches if p.get_gid() == "actual"]
    assert len(actual) == 12  # a year of months
    sales = charts.data.bars[0]
    assert [b.get_height() for b in actual][:11] == [float(p.actual) for p in sales.points[:11]]

    charts.picker.set_mode("month")
    assert charts.data.start == date(2026, 11, 1) and charts.data.end == date(2026, 11, 30)
    figure = charts.current_view().figure
    assert len([p for p in figure.axes[0].patches if p.get_gid() == "actual"]) == 1
    charts.picker.step(-1)
    assert charts.data.start == date(2026, 10, 1)
    charts.picker.set_custom(date(2026, 3, 5), date(2026, 6, 20))
    assert (charts.data.start, charts.data.end) == (date(2026, 3, 5), date(2026, 6, 20))
    assert [p.month for p in charts.data.bars[0].points] == ["2026-03", "2026-04", "2026-05", "2026-06"]

    out = charts.export_png(tmp_path / "person.png")
    assert out.exists() and out.stat().st_size > 20_000
    assert distinct_colours(out) >= 6  # bars, hatching, text, grid — not a blank page

    charts.tabs.setCurrentIndex(1)  # this month against pace
    lines = {line.get_gid() for line in charts.current_view().figure.axes[0].get_lines()}
    assert {"actual", "pace"} <= lines
    charts.tabs.setCurrentIndex(2)
    trend = charts.current_view().figure
    assert any(line.get_gid() == "threshold" for ax in trend.axes for line in ax.get_lines())
    assert distinct_colours(charts.export_png(tmp_path / "trend.png")) >= 6


def test_hover_shows_the_exact_value(window, qtbot):
    from matplotlib.backend_bases import MouseEvent

    from shopdesk.charts.hover import hover_text

    _person, charts = open_from_table(qtbot, window, Department.CUSTOMER_SERVICE)
    view = charts.current_view()
    view.canvas.draw()
    ax = view.figure.axes[0]
    bar = next(p for p in ax.patches if p.get_gid() == "actual")
    x, y = ax.transData.transform((bar.get_x() + bar.get_width() / 2, bar.get_height() / 2))
    event = MouseEvent("motion_notify_event", view.canvas, x, y)
    point = charts.data.bars[0].points[0]
    text = hover_text(view.figure, event)
    assert text is not None and f"{int(point.actual):,}" in text and "Target" in text


def test_department_performance_page_ranks_its_people(window, ctx, qtbot, tmp_path):
    tab = window.department_tab(Department.CUSTOMER_SERVICE)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    tab.pages.setCurrentIndex(titles.index("Performance"))
    page = tab.pages.currentWidget().ensure_built()
    people = list_staff(ctx.db, ctx.actor, "customer_service")
    ranking = [p for p in page.view.figure.axes[0].patches if p.get_gid() == "ranking"]
    assert len(ranking) == len(people) == len(page.data.ranking)
    achievements = [r.achievement for r in page.data.ranking]
    assert achievements == sorted(achievements, reverse=True)
    page.metric_box.setCurrentIndex(page.metric_box.findData("cs_sales"))
    assert page.data.metric.key == "cs_sales"
    page.picker.set_mode("quarter")
    assert [p.month for p in page.data.months] == ["2026-10", "2026-11", "2026-12"]
    out = page.export_png(tmp_path / "dept.png")
    assert out.stat().st_size > 20_000 and distinct_colours(out) >= 6


def test_overview_chart_is_built_on_first_click(window, qtbot):
    overview = window.overview
    assert overview.chart is None
    overview.chart_button.click()
    chart = overview.chart
    assert chart is not None and chart.isVisible()
    lines = {line.get_gid() for line in chart.view.figure.axes[0].get_lines()}
    assert lines == {"actual", "pace", "last_year"}
    overview.chart_button.click()
    assert not chart.isVisible()


def test_staff_see_their_own_charts_only(qtbot, demo_db):
    me = next(p for p in list_staff(demo_db, Actor(Role.OWNER, "o"), "design"))
    actor = Actor(Role.STAFF, me.name, staff_id=me.id, department="design")
    ctx = AppContext(demo_db, actor, today=lambda: TODAY)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    own = w.department_tab(Department.DESIGN)
    titles = [own.pages.tabText(i) for i in range(own.pages.count())]
    assert "My performance" in titles and "Performance" not in titles
    own.pages.setCurrentIndex(titles.index("My performance"))
    w.show()
    page = own.pages.currentWidget().ensure_built()
    assert page.data.name == me.name
    # Other departments are not theirs to open, so neither are their charts.
    shown = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert "Operations" not in shown and "Customer Service" not in shown


def test_earnings_tab_for_the_owner_not_for_a_manager_looking_at_their_people(qtbot, ctx, demo_db, tmp_path):
    from shopdesk.ui.charts.person_window import PersonCharts

    lead, member = list_staff(demo_db, ctx.actor, "logistics")[:2]
    charts = PersonCharts(ctx, member.id)
    qtbot.addWidget(charts)
    titles = [charts.tabs.tabText(i) for i in range(charts.tabs.count())]
    charts.tabs.setCurrentIndex(titles.index("Earnings"))  # the payroll runs load off the UI thread
    qtbot.waitUntil(lambda: charts.earnings is not None and charts.current_view().figure is not None, timeout=30000)
    assert charts.earnings.staff_id == member.id
    base = [p for p in charts.current_view().figure.axes[0].patches if p.get_gid() == "base"]
    assert base[0].get_height() == pytest.approx(member.base_salary_fen / 100)
    assert distinct_colours(charts.export_png(tmp_path / "pay.png")) >= 6
    charts.picker.set_mode("quarter")  # a new period reloads the pay behind the scenes
    qtbot.waitUntil(lambda: charts.earnings is not None, timeout=30000)
    assert [m.month for m in charts.earnings.months] == ["2026-10", "2026-11"]  # December has not begun

    manager = AppContext(demo_db, Actor(Role.MANAGER, lead.name, staff_id=lead.id, department="logistics"),
                         today=lambda: TODAY)
    theirs = PersonCharts(manager, member.id)
    qtbot.addWidget(theirs)
    assert "Earnings" not in [theirs.tabs.tabText(i) for i in range(theirs.tabs.count())]
    own = PersonCharts(manager, lead.id)
    qtbot.addWidget(own)
    assert "Earnings" in [own.tabs.tabText(i) for i in range(own.tabs.count())]
