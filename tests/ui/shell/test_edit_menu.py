"""The main window's Edit menu: Undo/Redo of the page in view, naming the step; Find, Export, Print."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from shopdesk.domain.departments import Department
from shopdesk.services.common.audit import AuditFilter, list_entries
from shopdesk.services.figures.entry import day_figures
from shopdesk.services.staff.people import list_staff
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from shopdesk.services.tasks.editing import get_task
from shopdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _sub_page(window, dept: Department, title: str):
    window.tabs.setCurrentWidget(window._department_pages[dept])
    tab = window.department_tab(dept)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    tab.pages.setCurrentIndex(titles.index(title))
    return tab.pages.currentWidget().ensure_built()


def test_ctrl_z_in_the_window_takes_back_a_figure_and_the_edit_menu_names_it(window, ctx, qtbot):
    page = _sub_page(window, Department.OPERATIONS, "Daily figures")
    page.day.setDate(page.day.date().addDays(-1))
    person = next(i for i, r in enumerate(page.model.rows) if r.scope.startswith("staff:"))
    col = next(i for i, m in enumerate(page.model.metrics) if m.key == "visitors")
    scope, day = page.model.rows[person].scope, page.shown_day
    old = day_figures(ctx.db, ctx.actor, day, [scope])[scope].get("visitors")
    page.table.setFocus()
    assert page.model.setData(page.model.index(person, col), "5555")
    edit = window.edit_actions
    edit.menu.aboutToShow.emit()  # as opening the menu does
    assert edit.undo_action.text() == f"Undo edit Visitors for {page.model.rows[person].label}"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert day_figures(ctx.db, ctx.actor, day, [scope])[scope].get("visitors") == old
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert day_figures(ctx.db, ctx.actor, day, [scope])[scope].get("visitors") == 5555
    # Another page in view has its own steps: nothing of the figures grid to undo there.
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not edit.undo_action.isEnabled())
    assert edit.undo_action.text() == "Undo"


def test_a_task_edit_is_undone_from_the_edit_menu_and_both_are_audited(window, ctx, qtbot):
    people = list_staff(ctx.db, ctx.actor, "logistics")
    task_id = tasks.create_task(ctx.db, ctx.actor, TaskInput("盘点仓库", [people[0].id], due=TODAY, notes="A 区",
                                                             priority=1, points=2), TODAY)
    page = _sub_page(window, Department.LOGISTICS, "Tasks")
    page.refresh()
    page.table.selectRow(next(i for i, r in enumerate(page.model.rows) if r.title == "盘点仓库"))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    dialog.title.setText("盘点仓库和货架")
    dialog.notes.setPlainText("A 区和 B 区")
    dialog.check(people[1].name)
    dialog.points.setValue(5)
    dialog.priority.setCurrentIndex(2)
    dialog.due.setDate(dialog.due.date().addDays(2))
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert get_task(ctx.db, ctx.actor, task_id).data.title == "盘点仓库和货架"

    page.table.setFocus()
    edit = window.edit_actions
    edit.refresh()
    assert edit.undo_action.text() == "Undo edit task “盘点仓库和货架”"
    edit.undo_action.trigger()
    old = get_task(ctx.db, ctx.actor, task_id).data
    assert (old.title, old.notes, old.assignees, old.due, old.priority, old.points) == (
        "盘点仓库", "A 区", [people[0].id], TODAY, 1, 2)
    entries = list_entries(ctx.db, ctx.actor, AuditFilter(entity="task", entity_id=task_id, action="edit"))
    assert [e.after["title"] for e in entries] == ["盘点仓库", "盘点仓库和货架"]  # newest first: the undo, the edit
    assert entries[0].before["title"] == "盘点仓库和货架"
    # The list followed (Change.TASKS): the old title is back.
    assert any(r.title == "盘点仓库" for r in page.model.rows)
    edit.redo_action.trigger()
    new = get_task(ctx.db, ctx.actor, task_id).data
    assert new.title == "盘点仓库和货架" and new.due == TODAY + timedelta(days=2) and new.points == 5


def test_undoing_a_changed_repetition_keeps_the_past_days(window, ctx, qtbot):
    from sqlalchemy import select

    from shopdesk.services.tasks.editing import update_task
    from shopdesk.store.models.tasks import TaskOccurrence

    person = list_staff(ctx.db, ctx.actor, "logistics")[0]
    start = TODAY - timedelta(days=3)
    task_id = tasks.create_task(ctx.db, ctx.actor, TaskInput("早会", [person.id], repeat="daily", start=start), start)
    tasks.ensure_occurrences(ctx.db, TODAY)

    def days() -> list:
        with ctx.db.read() as s:
            return sorted(s.scalars(select(TaskOccurrence.day).where(TaskOccurrence.task_id == task_id)))

    past = [d for d in days() if d < TODAY]
    assert past
    page = _sub_page(window, Department.LOGISTICS, "Tasks")
    page.refresh()
    page.table.selectRow(next(i for i, r in enumerate(page.model.rows) if r.title == "早会"))
    page.edit_selected()
    dialog = page.editor
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert get_task(ctx.db, ctx.actor, task_id).data.repeat.startswith("weekly")
    page.undo_stack.undo()
    assert get_task(ctx.db, ctx.actor, task_id).data.repeat == "daily"
    assert [d for d in days() if d < TODAY] == past  # the days before today stay as they were
    assert update_task  # the service the step calls


def _popup_of(qtbot, trigger) -> list[str]:
    """Trigger something that pops a menu up; return the menu's entries and close it."""
    seen: list[str] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, look)
            return
        seen.extend(a.text() for a in menu.actions())
        menu.close()

    QTimer.singleShot(0, look)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen


def test_find_export_and_print_follow_the_tab_in_view(window, qtbot):
    edit = window.edit_actions
    window.tabs.setCurrentIndex(0)  # the Overview offers none of them
    edit.refresh()
    assert not edit.find_action.isEnabled()
    assert not edit.export_action.isEnabled() and not edit.print_action.isEnabled()
    assert edit.export_action in window.file_menu.actions() and edit.find_action in edit.menu.actions()

    window.open_tab("feed")
    feed = window.tabs.currentWidget().ensure_built()
    qtbot.waitUntil(edit.find_action.isEnabled)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is feed.search

    window.open_tab("payroll")
    payroll = window.tabs.currentWidget().ensure_built()
    qtbot.waitUntil(lambda: edit.export_action.isEnabled() and edit.print_action.isEnabled())
    assert not edit.find_action.isEnabled()
    payroll.table.setFocus()  # (in a text field Ctrl+E moves to the end of the line, as everywhere on Linux)
    assert _popup_of(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)) == [
        a.text() for a in payroll.export_button.menu().actions()]
    window.activateWindow()  # the closed menu leaves the offscreen platform without an active window
    qtbot.waitUntil(window.isActiveWindow)
    assert _popup_of(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)) == [
        a.text() for a in payroll.print_button.menu().actions()]


def test_ctrl_z_in_the_window_takes_back_a_pasted_target_block(window, ctx, qtbot):
    from PySide6.QtGui import QGuiApplication

    from shopdesk.services.targets.plan import list_targets

    page = _sub_page(window, Department.OPERATIONS, "Targets")
    page.metric_box.setCurrentIndex(page.metric_box.findData("visitors"))
    grid = page.model.grid
    row = next(i for i, r in enumerate(grid.rows) if r.scope == "dept:operations")
    period = "2026-01"
    col = 2 + grid.periods.index(period)
    before = {(r.scope, r.period): r.value for r in list_targets(ctx.db, ctx.actor, "visitors", [period])}
    QGuiApplication.clipboard().setText("54,321\n")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, col))
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    stored = {(r.scope, r.period): r.value for r in list_targets(ctx.db, ctx.actor, "visitors", [period])}
    assert stored[("dept:operations", period)] == 54321
    window.edit_actions.refresh()
    assert window.edit_actions.undo_action.text() == "Undo paste 1 target"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {(r.scope, r.period): r.value for r in list_targets(ctx.db, ctx.actor, "visitors", [period])} == before
