"""Log in as staff, mark a task done, write a report; log in as the owner and see it in the feed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from shopdesk.domain.departments import Department
from shopdesk.services.common.context import OWNER, Actor, Role
from shopdesk.services.demo.tasks import DEMO_PASSWORD, DEMO_PIN
from shopdesk.services.staff import people as staff_service
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.overview.my_day import MyDayPage
from shopdesk.ui.shell.login_dialog import LoginDialog
from shopdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY, file_bytes

NOW = datetime(2026, 11, 24, 16, 0)


def log_in(qtbot, db, who, secret):  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.choose(who)
    qtbot.keyClicks(dialog.secret, secret)
    qtbot.mouseClick(dialog.findChild(QPushButton, "login_ok"), Qt.MouseButton.LeftButton)
    return dialog


def window_for(qtbot, db, actor) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(db, actor, "en", today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


def test_staff_do_their_day_and_the_owner_reads_it(qtbot, demo_db):
    member = next(p for p in staff_service.list_staff(demo_db, OWNER, "customer_service") if p.role == "staff")
    tasks.create_task(demo_db, OWNER, TaskInput("给王女士回电话", [member.id], due=TODAY, points=5), TODAY)

    wrong = log_in(qtbot, demo_db, member.id, "9999")
    assert wrong.actor is None and wrong.error.text()
    dialog = log_in(qtbot, demo_db, member.id, DEMO_PIN)
    assert dialog.actor is not None and dialog.actor.staff_id == member.id

    window = window_for(qtbot, demo_db, dialog.actor)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0] == "My day" and "Feed" not in titles and "Overview" not in titles
    assert titles[1:] == ["Customer Service", "My pay"]
    page = window.tabs.widget(0).ensure_built()
    assert isinstance(page, MyDayPage)
    page.now = lambda: NOW
    row = next(i for i, r in enumerate(page.task_model.rows) if r.title == "给王女士回电话")
    page.task_table.selectRow(row)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    done = next(r for r in page.task_model.rows if r.title == "给王女士回电话")
    assert done.done and done.done_by == member.name
    assert page.done_button.text() == "Undo"

    page.report_done.setPlainText("回访 5 位差评客户，两位改了好评")
    page.report_plan.setPlainText("跟进退款")
    qtbot.mouseClick(page.save_report_button, Qt.MouseButton.LeftButton)
    page.feedback_text.setText("客户想要加大号")
    qtbot.keyClick(page.feedback_text, Qt.Key.Key_Return)
    assert page.feedback_model.rowCount() >= 1
    window.close()

    owner_login = log_in(qtbot, demo_db, "owner", DEMO_PASSWORD)
    assert owner_login.actor is not None and owner_login.actor.is_owner
    owner_window = window_for(qtbot, demo_db, owner_login.actor)
    feed_index = [owner_window.tabs.tabText(i) for i in range(owner_window.tabs.count())].index("Feed")
    owner_window.tabs.setCurrentIndex(feed_index)
    feed = owner_window.tabs.widget(feed_index).ensure_built()
    texts = [(it.person, it.text) for it in feed.model.items]
    assert (member.name, "回访 5 位差评客户，两位改了好评") in texts
    assert (member.name, "客户想要加大号") in texts
    assert member.name not in feed.missing.text()  # has reported today
    row = next(i for i, it in enumerate(feed.model.items) if it.text == "客户想要加大号")
    assert feed.model.items[row].unread
    feed.table.selectRow(row)
    assert "客户想要加大号" in feed.detail.toPlainText()
    assert not feed.model.items[row].unread

    # The owner's department tab lists the task as done, by the staff member.
    tab = owner_window.department_tab(Department.CUSTOMER_SERVICE)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    tab.pages.setCurrentIndex(titles.index("Tasks"))
    tasks_page = tab.pages.currentWidget().ensure_built()
    tasks_page.status.setCurrentIndex(tasks_page.status.findData("done"))
    assert any(r.title == "给王女士回电话" and r.done_by == member.name for r in tasks_page.model.rows)


def test_owner_creates_a_repeating_task_in_the_dialog(qtbot, demo_db):
    from shopdesk.ui.tasks.dialog import TaskDialog

    ctx = AppContext(demo_db, OWNER, "en", today=lambda: TODAY)
    dialog = TaskDialog(ctx, Department.LOGISTICS)
    qtbot.addWidget(dialog)
    dialog.title.setText("周五清点退货")
    name = dialog.assignees.item(0).text()
    dialog.check(name)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    for box in dialog.weekdays:
        box.setChecked(False)
    dialog.weekdays[4].setChecked(True)
    dialog.due.setDate(QDate(2026, 11, 1))  # starts three weeks back: Fridays 6, 13, 20 Nov
    dialog.try_accept()
    assert dialog.saved_id is not None, dialog.error.text()
    rows = tasks.list_occurrences(demo_db, OWNER, TODAY, department="logistics")
    assert sorted(r.day.day for r in rows if r.title == "周五清点退货") == [6, 13, 20]

    empty = TaskDialog(ctx, Department.LOGISTICS)
    qtbot.addWidget(empty)
    empty.title.setText("没人做")
    empty.try_accept()
    assert empty.saved_id is None and empty.error.text()


def test_every_page_opens_for_a_manager_and_a_staff_member(qtbot, demo_db):
    from shopdesk.services.staff import auth

    people = staff_service.list_staff(demo_db, OWNER, "logistics")
    for role in ("manager", "staff"):
        person = next(p for p in people if p.role == role)
        actor = auth.login(demo_db, person.id, DEMO_PIN, NOW)
        window = window_for(qtbot, demo_db, actor)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert ("Feed" in titles) == (role == "manager")
        assert "Operations" not in titles and "Logistics" in titles
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
        tab = window.department_tab(Department.LOGISTICS)
        for i in range(tab.pages.count()):
            tab.pages.setCurrentIndex(i)
        # Nobody but the person themselves shows up in a staff member's people table.
        if role == "staff":
            assert [r.person.id for r in tab.people.model.rows] == [person.id]
        window.close()


def test_a_missed_day_of_a_repeating_task_reads_missed_not_overdue(qapp, demo_db):
    from shopdesk.ui.tasks.model import TaskModel

    rows = tasks.list_occurrences(demo_db, OWNER, TODAY, status="overdue")
    model = TaskModel()
    model.reset(rows)
    labels = {r.repeat == "none": model.data(model.index(i, TaskModel.STATUS)) for i, r in enumerate(rows)}
    assert labels == {True: "Overdue", False: "Missed"}


def test_my_day_takes_every_figure_of_the_department_and_names_a_bad_one(qtbot, demo_db):
    from shopdesk.services.figures.registry import load_registry
    from shopdesk.ui.common.text import metric_name

    member = next(p for p in staff_service.list_staff(demo_db, OWNER, "customer_service") if p.role == "staff")
    ctx = AppContext(demo_db, Actor(Role.STAFF, member.name, member.id, "customer_service"), "en",
                     today=lambda: TODAY)
    page = MyDayPage(ctx)
    qtbot.addWidget(page)
    registry = load_registry(demo_db)
    wanted = {m.key for m in registry if m.entered and m.department is not None
              and m.department.value == "customer_service"}
    assert set(page.figure_edits) == wanted and {"bad_reviews", "repeat_customers"} <= wanted
    before = file_bytes(demo_db)
    page.figure_edits["inquiries"].setText("40")
    page.figure_edits["repeat_customers"].setText("-3")
    page.save_figures_button.click()
    assert page.figures_note.text().startswith(metric_name(registry["repeat_customers"]) + ":")
    assert file_bytes(demo_db) == before
