"""A department's Tasks page: open, overdue and done tasks, filterable by person and date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.domain.departments import Department
from shopdesk.services.staff.people import list_staff
from shopdesk.services.tasks import assignments as tasks
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op, fetch
from shopdesk.ui.common.refresh import keep_fresh
from shopdesk.ui.common.text import error_text
from shopdesk.ui.tasks.model import TaskModel


class TasksPage(QWidget):
    def __init__(self, ctx: AppContext, department: Department, now=datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_page")
        self.ctx = ctx
        self.department = department
        self.now = now
        self.model = TaskModel(parent=self)
        # Task edits are undone from the window's Edit menu (each step one audited service call).
        self.undo_stack = QUndoStack(self)
        self.person = QComboBox()
        self.person.setObjectName("tasks_person")
        self.person.addItem(self.tr("Everyone"), None)
        for p in list_staff(ctx.db, ctx.actor, department.value):
            self.person.addItem(p.name, p.id)
        self.status = QComboBox()
        self.status.setObjectName("tasks_status")
        for label, key in ((self.tr("All"), None), (self.tr("Open"), "open"), (self.tr("Overdue"), "overdue"),
                           (self.tr("Done"), "done")):
            self.status.addItem(label, key)
        self.period = QComboBox()
        for label, days in ((self.tr("Today"), (0, 0)), (self.tr("Last 7 days and ahead"), (6, None)),
                            (self.tr("Last 30 days and ahead"), (29, None)), (self.tr("All dates"), (None, None))):
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.new_button = QPushButton(self.tr("New task…"))
        self.new_button.setObjectName("new_task")
        self.new_button.clicked.connect(self.new_task)
        self.new_button.setVisible(ctx.actor.can_manage(department.value))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.toggle_selected)
        self.stop_button = QPushButton(self.tr("Stop task"))
        self.stop_button.setToolTip(self.tr("No further occurrences; what was done stays."))
        self.stop_button.clicked.connect(self.stop_selected)
        self.stop_button.setVisible(ctx.actor.can_manage(department.value))
        self.edit_button = QPushButton(self.tr("Edit task…"))
        self.edit_button.setObjectName("edit_task")
        self.edit_button.clicked.connect(self.edit_selected)
        self.edit_button.setVisible(ctx.actor.can_manage(department.value))
        bar = QHBoxLayout()
        for combo in (self.person, self.status, self.period):
            bar.addWidget(combo)
        bar.addStretch(1)
        for button in (self.done_button, self.edit_button, self.stop_button, self.new_button):
            bar.addWidget(button)
        self.caption = QLabel()
        self.table = QTableView()
        self.table.setObjectName("tasks_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        # The selected task's notes, in full (the title's tooltip shows them too).
        self.notes = QLabel()
        self.notes.setObjectName("task_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.caption)
        for combo in (self.person, self.status, self.period):
            combo.currentIndexChanged.connect(self.refresh)
        keep_fresh(self, ctx, Change.TASKS | Change.STAFF, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        back, ahead = self.period.currentData()
        first = today - timedelta(days=back) if back is not None else None
        last = today if ahead == 0 and back == 0 else None
        rows: list[tasks.OccurrenceRow] = []
        if not Op(self, self.ctx, lambda: tasks.list_occurrences(
                self.ctx.db, self.ctx.actor, today, department=self.department.value,
                staff_id=self.person.currentData(), first=first, last=last, status=self.status.currentData(),
        )).success(rows.extend).failure(lambda e: self.caption.setText(error_text(e))).run():
            return
        # Open and overdue work first, newest day first within each.
        rows.sort(key=lambda r: (r.done, not r.overdue, -r.day.toordinal(), -r.priority))
        self.model.reset(rows)
        done = sum(1 for r in rows if r.done)
        overdue = sum(1 for r in rows if r.overdue)
        self.caption.setText(self.tr("{n} tasks: {open} open, {overdue} overdue, {done} done").format(
            n=len(rows), open=len(rows) - done - overdue, overdue=overdue, done=done))
        self._update_buttons()

    def selected(self) -> tasks.OccurrenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None)
        self.stop_button.setEnabled(row is not None and row.repeat != "none")
        self.edit_button.setEnabled(row is not None)
        self.notes.setText(self.tr("Notes: {notes}").format(notes=row.notes) if row is not None and row.notes else "")
        self.done_button.setText(self.tr("Undo") if row is not None and row.done else self.tr("Mark done"))

    def new_task(self) -> None:
        from shopdesk.ui.tasks.dialog import TaskDialog

        TaskDialog(self.ctx, self.department, self).exec()

    def edit_selected(self) -> None:
        """The selected task in its editor; what changes applies from today on."""
        from shopdesk.services.tasks.editing import get_task
        from shopdesk.ui.tasks.dialog import TaskDialog

        row = self.selected()
        if row is None or not self.ctx.actor.can_manage(self.department.value):
            return
        ok, detail = fetch(self, self.ctx, lambda: get_task(self.ctx.db, self.ctx.actor, row.task_id))
        if ok and detail is not None:
            self.editor = TaskDialog(self.ctx, self.department, self, task=detail, undo_stack=self.undo_stack)
            self.editor.open()

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        action = tasks.undo if row.done else tasks.complete
        self._run(lambda: action(self.ctx.db, self.ctx.actor, row.id, self.now()))

    def stop_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._run(lambda: tasks.stop_task(self.ctx.db, self.ctx.actor, row.task_id))

    def _run(self, action: Callable[[], object]) -> None:
        Op(self, self.ctx, action, changes=Change.TASKS).run()
