"""New task, or an edit of one: title, notes, assignees, due date, priority, points and repetition.

An edit is one undo step on the Tasks page (Edit → Undo edit task …).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.domain.recurrence import WEEKDAYS
from shopdesk.services.staff.people import list_staff
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from shopdesk.services.tasks.editing import TaskDetail, update_task
from shopdesk.ui.common.context import AppContext
from shopdesk.ui.common.ops import Change, Op, show_error
from shopdesk.ui.common.text import error_text, weekday_name
from shopdesk.ui.common.undo import ServiceEdit, push


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TaskDialog(QDialog):
    """A new task, or (with `task`) an existing one to change from today on."""

    def __init__(self, ctx: AppContext, department: Department, parent: QWidget | None = None,
                 task: TaskDetail | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack  # an edit goes on it as one undo step (Edit → Undo edit task …)
        self.department = department
        self.task = task
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New task") if task is None else self.tr("Edit task"))
        self.setMinimumWidth(460)
        today = ctx.today()
        self.title = QLineEdit()
        self.title.setObjectName("task_title")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        # A list with check boxes: tasks may go to one or several people (QListWidget is a
        # plain picker here, not a database-backed table).
        self.assignees = QListWidget()
        self.assignees.setObjectName("task_assignees")
        self.assignees.setMaximumHeight(120)
        for person in list_staff(ctx.db, ctx.actor, department.value):
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.assignees.addItem(item)
        self.repeat = QComboBox()
        self.repeat.setObjectName("task_repeat")
        for label, key in ((self.tr("Once"), "none"), (self.tr("Daily"), "daily"),
                           (self.tr("Weekly"), "weekly"), (self.tr("Monthly"), "monthly")):
            self.repeat.addItem(label, key)
        self.weekdays = [QCheckBox(weekday_name(day)) for day in range(7)]
        self.weekdays[today.weekday()].setChecked(True)
        self.weekday_row = QWidget()
        wl = QHBoxLayout(self.weekday_row)
        wl.setContentsMargins(0, 0, 0, 0)
        for box in self.weekdays:
            wl.addWidget(box)
        self.monthday = QSpinBox()
        self.monthday.setRange(1, 31)
        self.monthday.setValue(today.day)
        self.monthday.setToolTip(self.tr("Past a short month's end, the task falls on its last day."))
        self.due = QDateEdit(_qdate(today))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due_label = QLabel(self.tr("Due"))
        self.priority = QComboBox()
        for label, value in ((self.tr("Low"), 0), (self.tr("Normal"), 1), (self.tr("High"), 2)):
            self.priority.addItem(label, value)
        self.priority.setCurrentIndex(1)
        self.points = QSpinBox()
        self.points.setRange(0, tasks.MAX_POINTS)
        self.points.setValue(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Assignees"), self.assignees)
        form.addRow(self.tr("Repeats"), self.repeat)
        form.addRow(self.tr("On"), self.weekday_row)
        form.addRow(self.tr("Day of month"), self.monthday)
        form.addRow(self.due_label, self.due)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Points"), self.points)
        self.form = form
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        if task is not None:
            self._fill(task.data)
            note = QLabel(self.tr("Changes apply from today on; done work and earlier days stay as they were."))
            note.setWordWrap(True)
            layout.insertWidget(1, note)
        self._repeat_changed()

    def _fill(self, data: TaskInput) -> None:
        self.title.setText(data.title)
        self.notes.setPlainText(data.notes)
        chosen = set(data.assignees)
        for i in range(self.assignees.count()):
            item = self.assignees.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        kind, _, arg = data.repeat.partition(":")
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(kind)))
        if kind == "weekly":
            days = set(arg.split(","))
            for key, box in zip(WEEKDAYS, self.weekdays, strict=True):
                box.setChecked(key in days)
        elif kind == "monthly" and arg.isdigit():
            self.monthday.setValue(int(arg))
        day = data.due if kind == "none" else data.start
        if day is not None:
            self.due.setDate(_qdate(day))
        self.priority.setCurrentIndex(max(0, self.priority.findData(int(data.priority))))
        self.points.setValue(int(data.points))

    def _repeat_changed(self) -> None:
        kind = self.repeat.currentData()
        self.form.setRowVisible(self.weekday_row, kind == "weekly")
        self.form.setRowVisible(self.monthday, kind == "monthly")
        # A one-off task is due on a day; a repeating one starts on it.
        self.due_label.setText(self.tr("Due") if kind == "none" else self.tr("Starts"))

    def check(self, name: str) -> None:
        """Tick an assignee by name (tests and keyboard users)."""
        for i in range(self.assignees.count()):
            item = self.assignees.item(i)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked)

    def task_input(self) -> TaskInput:
        ids = [self.assignees.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.assignees.count())
               if self.assignees.item(i).checkState() == Qt.CheckState.Checked]
        kind = self.repeat.currentData()
        repeat = kind
        if kind == "weekly":
            days = [WEEKDAYS[i] for i, box in enumerate(self.weekdays) if box.isChecked()]
            if not days:
                raise ValidationError("repeat", self.tr("choose at least one weekday"))
            repeat = "weekly:" + ",".join(days)
        elif kind == "monthly":
            repeat = f"monthly:{self.monthday.value()}"
        day = _pydate(self.due.date())
        return TaskInput(title=self.title.text(), assignees=ids, notes=self.notes.toPlainText(),
                         due=day if kind == "none" else None, start=None if kind == "none" else day,
                         repeat=repeat, priority=self.priority.currentData(), points=self.points.value(),
                         department=self.department.value)

    def try_accept(self) -> None:
        def saved(task_id: int) -> None:
            self.saved_id = task_id
            self.accept()

        task = self.task
        if task is not None and self.undo_stack is not None:
            self._push_edit(task)
            return

        def save() -> int:
            if task is None:
                return tasks.create_task(self.ctx.db, self.ctx.actor, self.task_input(), self.ctx.today())
            update_task(self.ctx.db, self.ctx.actor, task.id, self.task_input(), self.ctx.today())
            return task.id

        Op(self, self.ctx, save, changes=Change.TASKS).success(saved).failure(
            lambda e: self.error.setText(error_text(e))).run()

    def _push_edit(self, task: TaskDetail) -> None:
        """The edit as one undo step: update_task now; undo gives the task its previous form (audited)."""
        assert self.undo_stack is not None
        try:
            after = self.task_input()
        except ShopDeskError as error:
            self.error.setText(error_text(error))
            return
        before, db, actor, today, page = task.data, self.ctx.db, self.ctx.actor, self.ctx.today, self.parentWidget()

        def refused(error: ShopDeskError) -> None:
            if isValid(self) and self.isVisible():
                self.error.setText(error_text(error))  # the edit itself: shown at the form
            else:
                show_error(page, error)  # a later undo or redo

        title = (after.title or "").strip() or (before.title or "")
        command = ServiceEdit(self.tr("edit task “{title}”").format(title=title),
                              lambda: update_task(db, actor, task.id, after, today()),
                              lambda: update_task(db, actor, task.id, before, today()),
                              failed=refused, ctx=self.ctx, changes=Change.TASKS)
        if push(self.undo_stack, command):
            self.saved_id = task.id
            self.accept()
