"""A department's Tasks page as the owner uses it: assign, read the notes, edit the task from today on."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from shopdesk.domain.departments import Department
from shopdesk.services.staff.people import list_staff
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from shopdesk.services.tasks.editing import get_task
from shopdesk.ui.tasks.model import TaskModel
from shopdesk.ui.tasks.page import TasksPage
from tests.conftest import TODAY

pytestmark = pytest.mark.gui


def _row_of(page: TasksPage, title: str) -> int:
    return next(i for i, r in enumerate(page.model.rows) if r.title == title)


def test_the_owner_edits_a_task_by_double_click_and_the_list_follows(qtbot, ctx):
    people = list_staff(ctx.db, ctx.actor, "logistics")
    first, second = people[0], people[1]
    tasks.create_task(ctx.db, ctx.actor, TaskInput("清点退货", [first.id], due=TODAY, notes="先点大件"), TODAY)
    page = TasksPage(ctx, Department.LOGISTICS)
    qtbot.addWidget(page)
    page.show()

    page.table.selectRow(_row_of(page, "清点退货"))
    assert page.notes.text().endswith("先点大件")  # the notes beside the list
    title_cell = page.model.index(_row_of(page, "清点退货"), TaskModel.TITLE)
    assert title_cell.data(Qt.ItemDataRole.ToolTipRole) == "先点大件"

    page.table.doubleClicked.emit(title_cell)  # as a double-click on the row does
    dialog = page.editor
    assert dialog.windowTitle() == "Edit task" and dialog.title.text() == "清点退货"
    dialog.title.setText("清点退货和换货")
    dialog.check(second.name)
    dialog.due.setDate(dialog.due.date().addDays(1))
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()

    data = get_task(ctx.db, ctx.actor, dialog.saved_id).data
    assert data.title == "清点退货和换货" and set(data.assignees) == {first.id, second.id}
    assert data.due == TODAY + timedelta(days=1)
    # The page re-read itself (Change.TASKS): the new title is listed for both people.
    assert sorted(r.person for r in page.model.rows if r.title == "清点退货和换货") == sorted([first.name, second.name])


def test_a_bad_edit_is_named_in_the_editor_and_nothing_changes(qtbot, ctx):
    person = list_staff(ctx.db, ctx.actor, "logistics")[0]
    task_id = tasks.create_task(ctx.db, ctx.actor, TaskInput("打包", [person.id], due=TODAY), TODAY)
    page = TasksPage(ctx, Department.LOGISTICS)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(_row_of(page, "打包"))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    dialog.title.clear()
    dialog.try_accept()
    assert "title is required" in dialog.error.text() and dialog.isVisible()
    assert get_task(ctx.db, ctx.actor, task_id).data.title == "打包"


def test_weekly_tasks_read_their_days_in_words():
    model = TaskModel()
    assert model.repeat_text("weekly:mon,thu") == "Weekly: Mon, Thu"
