"""The owner opens ShopDesk on a demo shop, looks at every tab and adds a person."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shopdesk.domain.departments import Department
from shopdesk.services.staff.people import list_staff
from shopdesk.ui.department.people_model import PeopleModel
from shopdesk.ui.department.staff_dialog import StaffDialog
from shopdesk.ui.shell.main_window import MainWindow
from tests.conftest import file_bytes

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_tabs_are_overview_and_the_four_departments(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:5] == ["Overview", "Operations", "Design", "Customer Service", "Logistics"]
    assert window.windowTitle().startswith("ShopDesk")


def test_every_department_tab_lists_its_people_with_figures(window, ctx, qtbot):
    for i, dept in enumerate(Department, start=1):
        window.tabs.setCurrentIndex(i)
        model = window.department_tab(dept).people.model
        people = list_staff(ctx.db, ctx.actor, dept.value)
        assert model.rowCount() == len(people) > 0
        # the demo shop has month-to-date figures for everyone who worked
        first_metric = model.index(0, 2).data()
        assert first_metric not in (None, "", "—")


def test_overview_shows_month_to_date_headline(window):
    sales = window.overview.cards["sales"].value.text()
    assert sales.startswith("¥") and sales != "¥0.00"
    assert "people" in window.overview.dept_lines[Department.DESIGN].text()


def test_people_table_sorts_by_salary(window):
    tab = window.department_tab(Department.CUSTOMER_SERVICE).people
    model: PeopleModel = tab.model
    tab.table.sortByColumn(model.salary_column, Qt.SortOrder.DescendingOrder)
    shown = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    salaries = {row.person.name: row.person.base_salary_fen for row in model.rows}
    assert shown == sorted(shown, key=lambda n: -salaries[n])


def test_adding_a_person_through_the_dialog_shows_them_in_the_table(window, ctx, qtbot):
    panel = window.department_tab(Department.DESIGN).people
    dialog = StaffDialog(ctx, Department.DESIGN, parent=panel)
    qtbot.addWidget(dialog)
    dialog.name.setText("林晓东")  # QTest types ASCII only; Chinese comes from an IME
    dialog.position.setText("美工")
    qtbot.keyClicks(dialog.salary, "4800")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == StaffDialog.DialogCode.Accepted
    panel.refresh()
    names = [row.person.name for row in panel.model.rows]
    assert "林晓东" in names


def test_a_person_added_with_a_first_pin_is_on_the_log_in_list_at_once(window, ctx, qtbot):
    from shopdesk.services.staff.auth import login, login_choices

    dialog = StaffDialog(ctx, Department.DESIGN)
    qtbot.addWidget(dialog)
    dialog.name.setText("高远")
    qtbot.keyClicks(dialog.first_pin, "2468")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == StaffDialog.DialogCode.Accepted
    choice = next(c for c in login_choices(ctx.db) if c.name == "高远")
    assert choice.has_pin
    assert login(ctx.db, choice.staff_id, "2468", datetime(2026, 11, 24, 9, 0)).name == "高远"


def test_a_bad_first_pin_is_named_and_the_person_is_not_added(ctx, qtbot):
    before = file_bytes(ctx.db)
    dialog = StaffDialog(ctx, Department.DESIGN)
    qtbot.addWidget(dialog)
    dialog.name.setText("高远")
    dialog.first_pin.setText("12")
    dialog.save()
    assert not dialog.errors["first_pin"].isHidden() and "digits" in dialog.errors["first_pin"].text()
    assert file_bytes(ctx.db) == before


@pytest.mark.parametrize("name,salary,dept_index,field", [
    ("", "4000", 1, "name"),
    ("NAME_OF_EXISTING", "4000", 1, "name"),
    ("新人", "-100", 1, "base_salary"),
    ("新人", "四千", 1, "base_salary"),
])
def test_dialog_rejects_bad_input_at_the_field(ctx, qtbot, name, salary, dept_index, field):
    existing = list_staff(ctx.db, ctx.actor)[0].name
    name = existing if name == "NAME_OF_EXISTING" else name
    before = file_bytes(ctx.db)
    dialog = StaffDialog(ctx, Department.DESIGN)
    qtbot.addWidget(dialog)
    dialog.name.setText(name)
    dialog.salary.setText(salary)
    dialog.save()
    assert dialog.result() != StaffDialog.DialogCode.Accepted
    error = dialog.errors[field]
    assert not error.isHidden() and error.text()
    assert file_bytes(ctx.db) == before


def test_heavy_libraries_are_not_loaded_by_the_window(demo_template, tmp_path):
    # A fresh interpreter: in this one, chart and Excel tests load them on purpose.
    from tests.ui.common.fresh_window import heavy_modules_loaded

    loaded = heavy_modules_loaded(demo_template, tmp_path)["window"]
    assert "matplotlib" not in loaded and "openpyxl" not in loaded


def test_f1_opens_a_quick_start_whose_links_open_the_tab(qtbot, window):
    from PySide6.QtCore import QUrl

    window.show()
    window.quick_start_action.trigger()
    guide = window.quick_start
    assert "Payroll" in guide.text.toPlainText() and guide.isVisible()
    guide.text.anchorClicked.emit(QUrl("tab:payroll"))  # as a click on the link does
    assert window.tabs.currentWidget() is window.payroll_page
    assert not guide.isVisible()


def test_ctrl_and_a_number_chooses_the_tab(qtbot, window):
    from PySide6.QtCore import Qt

    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
