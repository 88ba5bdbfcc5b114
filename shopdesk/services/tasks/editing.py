"""Changing a task after it was assigned: title, notes, people, due date, priority, points, repetition.

What already happened stays as it was: done work, and the days before today,
keep their occurrences. From today on the task follows its new form: open
occurrences of removed people or of the old repetition go, the new ones are
made. One transaction, audited with before and after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select

from shopdesk.domain.errors import NotFound
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.services.tasks.assignments import TaskInput, check_task, generate, task_record
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff
from shopdesk.store.models.tasks import Task, TaskAssignee, TaskOccurrence


@dataclass(frozen=True)
class TaskDetail:
    """A task as its editor shows it."""

    id: int
    department: str
    active: bool
    data: TaskInput


def get_task(db: Database, actor: Actor, task_id: int) -> TaskDetail:
    with db.read() as s:
        task = s.get(Task, task_id)
        if task is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "task #{id} not found"), id=task_id)
        actor.require_manage(task.department, "edit tasks")
        ids = list(s.scalars(select(TaskAssignee.staff_id).where(TaskAssignee.task_id == task_id)
                             .order_by(TaskAssignee.staff_id)))
        recurring = task.repeat != "none"
        data = TaskInput(title=task.title, assignees=ids, due=task.due, repeat=task.repeat, points=task.points,
                         priority=task.priority, notes=task.notes, start=task.start if recurring else None,
                         department=task.department)
        return TaskDetail(task.id, task.department, task.active, data)


def update_task(db: Database, actor: Actor, task_id: int, data: TaskInput, today: date) -> None:
    """Give a task a new form from today on; the past stays as it was."""
    with db.write() as s:
        task = s.get(Task, task_id)
        if task is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "task #{id} not found"), id=task_id)
        actor.require_manage(task.department, "edit tasks")
        old_ids = list(s.scalars(select(TaskAssignee.staff_id).where(TaskAssignee.task_id == task_id)
                                 .order_by(TaskAssignee.staff_id)))
        names: dict[int, str] = {i: n for i, n in s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(old_ids)))}
        before = {"title": task.title, "notes": task.notes, "assignees": [names.get(i, str(i)) for i in old_ids],
                  "due": task.due, "repeat": task.repeat, "points": task.points, "priority": task.priority}
        repeat_changed = data.repeat != task.repeat
        # A repetition keeps its first day unless it changes; then it starts afresh today.
        start = data.start or (task.start if not repeat_changed else today)
        c = check_task(s, actor, TaskInput(data.title, data.assignees, data.due, data.repeat, data.points,
                                           data.priority, data.notes, start, data.department or task.department),
                       today=today)
        after = task_record(c)
        if after == before:
            return
        task.title, task.notes, task.priority, task.points = c.title, c.notes, c.priority, c.points
        task.department, task.due, task.repeat = c.department, c.due, c.repeat
        if set(c.ids) != set(old_ids):
            s.execute(delete(TaskAssignee).where(TaskAssignee.task_id == task_id))
            s.add_all([TaskAssignee(task_id=task_id, staff_id=sid) for sid in c.ids])
        open_ = TaskOccurrence.done_at.is_(None)
        if c.recurring:
            # Open days from today on follow the new form; the days before stay as they were.
            s.execute(delete(TaskOccurrence).where(TaskOccurrence.task_id == task_id, open_,
                                                   TaskOccurrence.day >= today))
            if repeat_changed or task.start > today:
                task.start = c.first
            task.generated_until = max(task.start, today) - timedelta(days=1)
            s.flush()
            generate(s, task, c.ids, today)
        else:
            # A one-off task moves: open occurrences go to the new due day; done ones stay.
            s.execute(delete(TaskOccurrence).where(TaskOccurrence.task_id == task_id, open_))
            done = set(s.scalars(select(TaskOccurrence.staff_id).where(TaskOccurrence.task_id == task_id)))
            day = c.due or today
            task.start, task.generated_until = day, None
            s.add_all([TaskOccurrence(task_id=task_id, staff_id=sid, day=day) for sid in c.ids if sid not in done])
        audit.record(s, actor, "edit", "task", task_id, before, after)
