"""Tasks: assign (owner anywhere, a manager in their department), mark done, undo.

A one-off task has one occurrence per assignee on its due day. A repeating
task's occurrences are made up to today, once (`Task.generated_until`), and
the unique (task, person, day) key makes a second attempt a no-op, so
nothing is ever duplicated. Marking done adds to the person's `tasks_done`
and `task_points` figures for the day it was done, in the same transaction;
undo (the same day only) takes them off again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, and_, case, or_, select, update
from sqlalchemy.orm import Session

from shopdesk.domain.departments import parse_department
from shopdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopdesk.domain.recurrence import RepeatError, occurrences, parse_repeat
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common import audit
from shopdesk.services.common.context import Actor
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure, Staff, staff_scope
from shopdesk.store.models.tasks import Task, TaskAssignee, TaskOccurrence

MAX_TITLE = 200
MAX_NOTES = 4000
MAX_POINTS = 1000
PRIORITIES = {"low": 0, "normal": 1, "high": 2}


@dataclass(frozen=True)
class TaskInput:
    """What the task dialog (or a workbook row) supplies, still unchecked."""

    title: str
    assignees: Sequence[int]  # staff ids
    due: date | None = None
    repeat: str = "none"  # none | daily | weekly:mon,thu | monthly:31
    points: int | str = 1
    priority: int | str = 1  # 0/1/2 or low/normal/high
    notes: str = ""
    start: date | None = None  # first day of a repeating task (default: today)
    department: str | None = None  # default: the assignees' department


def _int_field(raw: int | str, name: str, low: int, high: int) -> int:
    try:
        value = int(str(raw).strip()) if not isinstance(raw, bool) else None
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise ValidationError(name, QT_TRANSLATE_NOOP("Errors", "a whole number from {low} to {high}"),
                              low=low, high=high)
    return value


def _priority(raw: int | str) -> int:
    if isinstance(raw, str) and raw.strip().lower() in PRIORITIES:
        return PRIORITIES[raw.strip().lower()]
    return _int_field(raw, "priority", 0, 2)


@dataclass(frozen=True)
class CheckedTask:
    """A task's input after every check: what insert and update write."""

    title: str
    notes: str
    repeat: str  # the canonical spelling
    recurring: bool
    points: int
    priority: int
    ids: list[int]
    names: list[str]
    department: str
    due: date | None
    first: date


def check_task(session: Session, actor: Actor, data: TaskInput, *, today: date | None = None) -> CheckedTask:
    """Every rule a task's input must meet (raises ValidationError naming the field)."""
    title = (data.title or "").strip()
    if not title:
        raise ValidationError("title", QT_TRANSLATE_NOOP("Errors", "a title is required"))
    if len(title) > MAX_TITLE:
        raise ValidationError("title", QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=MAX_TITLE)
    notes = (data.notes or "").strip()
    if len(notes) > MAX_NOTES:
        raise ValidationError("notes", QT_TRANSLATE_NOOP("Errors", "at most {n} characters"), n=MAX_NOTES)
    try:
        rule = parse_repeat(data.repeat)
    except RepeatError:
        raise ValidationError("repeat", QT_TRANSLATE_NOOP(
            "Errors", "'{text}' is not a repetition (none, daily, weekly:mon,thu, monthly:15)"),
            text=data.repeat) from None
    points = _int_field(data.points, "points", 0, MAX_POINTS)
    priority = _priority(data.priority)
    ids = list(dict.fromkeys(data.assignees or []))
    if not ids:
        raise ValidationError("assignees", QT_TRANSLATE_NOOP("Errors", "choose at least one person"))
    people = {p.id: p for p in session.scalars(select(Staff).where(Staff.id.in_(ids)))}
    for sid in ids:
        if sid not in people or not people[sid].active:
            raise ValidationError("assignees", QT_TRANSLATE_NOOP("Errors", "person #{id} not found"), id=sid)
    if data.department:
        try:
            department = parse_department(data.department).value
        except ValueError:
            raise ValidationError("department", QT_TRANSLATE_NOOP("Errors", "unknown department '{name}'"),
                                  name=data.department) from None
    else:
        department = people[ids[0]].department
    for sid in ids:
        if people[sid].department != department:
            raise ValidationError("assignees", QT_TRANSLATE_NOOP(
                "Errors", "{name} is not in this task's department"), name=people[sid].name)
    actor.require_manage(department, "assign tasks")
    start = data.start or today or data.due
    if rule.recurring and start is None:
        raise ValidationError("start", QT_TRANSLATE_NOOP("Errors", "a repeating task needs a first day"))
    if not rule.recurring and data.due is None and today is None:
        raise ValidationError("due", QT_TRANSLATE_NOOP("Errors", "a due date is required"))
    if data.due is not None and start is not None and rule.recurring and data.due < start:
        raise ValidationError("due", QT_TRANSLATE_NOOP("Errors", "the end date is before the first day"))
    first = start or data.due
    assert first is not None
    return CheckedTask(title, notes, rule.spell(), rule.recurring, points, priority, ids,
                       [people[s].name for s in ids], department, data.due, first)


def task_record(c: CheckedTask) -> dict[str, object]:
    """What the audit log keeps of a task."""
    return {"title": c.title, "notes": c.notes, "assignees": c.names, "due": c.due, "repeat": c.repeat,
            "points": c.points, "priority": c.priority}


def insert_task(session: Session, actor: Actor, data: TaskInput, *, today: date | None = None) -> int:
    """Validate and add a task inside the caller's transaction; returns its id.

    `today` (when given) makes a repeating task's occurrences up to today and
    is the day of a one-off task without a due date; without it a one-off
    task needs a due date and repeating ones get their occurrences later.
    """
    c = check_task(session, actor, data, today=today)
    task = Task(title=c.title, notes=c.notes, department=c.department, due=c.due, start=c.first,
                priority=c.priority, points=c.points, repeat=c.repeat, active=True,
                generated_until=c.first - timedelta(days=1) if c.recurring else None,
                created_by=actor.name[:80], created_at=datetime.now().replace(microsecond=0))
    session.add(task)
    session.flush()
    session.add_all([TaskAssignee(task_id=task.id, staff_id=sid) for sid in c.ids])
    if not c.recurring:
        day = c.due or today
        session.add_all([TaskOccurrence(task_id=task.id, staff_id=sid, day=day) for sid in c.ids])
    elif today is not None:
        generate(session, task, c.ids, today)
    record = task_record(c)
    del record["notes"]
    audit.record(session, actor, "add", "task", task.id, None, record)
    return task.id


def generate(session: Session, task: Task, staff_ids: Sequence[int], today: date) -> int:
    """Occurrences of a repeating task from where it stopped up to today (or its end date)."""
    last = min(today, task.due) if task.due else today
    begin = (task.generated_until + timedelta(days=1)) if task.generated_until else task.start
    rows = [{"task_id": task.id, "staff_id": sid, "day": d, "done_at": None, "done_day": None,
             "done_by": None}
            for d in occurrences(parse_repeat(task.repeat), task.start, begin, last) for sid in staff_ids]
    if rows:
        session.execute(_insert_ignore(session), rows)
    task.generated_until = max(today, task.generated_until or today)
    return len(rows)


def _insert_ignore(session: Session):
    """INSERT … ON CONFLICT DO NOTHING on the occurrence key, for SQLite and PostgreSQL."""
    insert = _dialect_insert(session)
    return insert(TaskOccurrence).on_conflict_do_nothing(index_elements=["task_id", "staff_id", "day"])


def pending_tasks(session: Session, today: date) -> list[Task]:
    return list(session.scalars(select(Task).where(
        Task.active.is_(True), Task.repeat != "none", Task.generated_until < today)))


def ensure_occurrences(db: Database, today: date) -> int:
    """Make repeating tasks' occurrences up to today; cheap when nothing is due (a read)."""
    with db.read() as s:
        if not pending_tasks(s, today):
            return 0
    made = 0
    with db.write() as s:
        for task in pending_tasks(s, today):
            ids = list(s.scalars(select(TaskAssignee.staff_id).where(TaskAssignee.task_id == task.id)))
            made += generate(s, task, ids, today)
    return made


def create_task(db: Database, actor: Actor, data: TaskInput, today: date) -> int:
    with db.write() as s:
        return insert_task(s, actor, data, today=today)


def stop_task(db: Database, actor: Actor, task_id: int) -> None:
    """Stop a task: no further occurrences; what was done stays."""
    with db.write() as s:
        task = s.get(Task, task_id)
        if task is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "task #{id} not found"), id=task_id)
        actor.require_manage(task.department, "stop tasks")
        task.active = False
        audit.record(s, actor, "stop", "task", task_id, {"title": task.title, "active": True},
                     {"title": task.title, "active": False})


def _dialect_insert(session: Session) -> Callable[..., Any]:
    # Both dialects' insert() offer on_conflict_do_update with the same arguments.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def _bump(session: Session, staff_id: int, day: date, metric: str, delta: int) -> None:
    """Add `delta` to a person's figure for the day in one statement.

    An upsert (or a guarded UPDATE when taking away) rather than read-then-write,
    so two PCs completing tasks at once on PostgreSQL cannot lose a count.
    """
    scope = staff_scope(staff_id)
    if delta > 0:
        stmt = _dialect_insert(session)(Figure).values(day=day, scope=scope, staff_id=staff_id, metric=metric,
                                                       value=delta)
        session.execute(stmt.on_conflict_do_update(index_elements=["scope", "metric", "day"],
                                                   set_={"value": Figure.value + stmt.excluded.value}))
    elif delta < 0:
        session.execute(update(Figure).where(Figure.scope == scope, Figure.metric == metric, Figure.day == day)
                        .values(value=case((Figure.value + delta < 0, 0), else_=Figure.value + delta)))


def _own_occurrence(session: Session, actor: Actor, occurrence_id: int) -> tuple[TaskOccurrence, Task]:
    occ = session.get(TaskOccurrence, occurrence_id)
    if occ is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "task #{id} not found"), id=occurrence_id)
    person = session.get(Staff, occ.staff_id)
    assert person is not None
    if not actor.can_see_person(occ.staff_id, person.department):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "this is someone else's task"))
    task = session.get(Task, occ.task_id)
    assert task is not None
    return occ, task


def complete(db: Database, actor: Actor, occurrence_id: int, now: datetime) -> None:
    """Mark done: who and when, and the day's task figures go up."""
    with db.write() as s:
        occ, task = _own_occurrence(s, actor, occurrence_id)
        # Guarded UPDATE: of two people marking the same task at once, only one counts.
        marked = s.execute(update(TaskOccurrence).where(TaskOccurrence.id == occ.id,
                                                        TaskOccurrence.done_at.is_(None))
                           .values(done_at=now.replace(microsecond=0), done_day=now.date(),
                                   done_by=actor.name[:80]).execution_options(synchronize_session=False))
        if cast(CursorResult[Any], marked).rowcount != 1:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "this task is already done"))
        _bump(s, occ.staff_id, now.date(), "tasks_done", 1)
        _bump(s, occ.staff_id, now.date(), "task_points", task.points)


def undo(db: Database, actor: Actor, occurrence_id: int, now: datetime) -> None:
    """Take back a done mark, only on the day it was made."""
    with db.write() as s:
        occ, task = _own_occurrence(s, actor, occurrence_id)
        if occ.done_at is None or occ.done_day is None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "this task is not done"))
        if occ.done_day != now.date():
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "a task can only be undone on the day it was done"))
        cleared = s.execute(update(TaskOccurrence).where(TaskOccurrence.id == occ.id,
                                                         TaskOccurrence.done_day == now.date())
                            .values(done_at=None, done_day=None, done_by=None)
                            .execution_options(synchronize_session=False))
        if cast(CursorResult[Any], cleared).rowcount != 1:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "this task is not done"))
        _bump(s, occ.staff_id, now.date(), "tasks_done", -1)
        _bump(s, occ.staff_id, now.date(), "task_points", -task.points)


@dataclass(frozen=True)
class OccurrenceRow:
    """One task on one person's day, as lists and My day show it."""

    id: int
    task_id: int
    title: str
    notes: str
    staff_id: int
    person: str
    department: str
    day: date
    priority: int
    points: int
    repeat: str
    done_at: datetime | None
    done_by: str | None
    overdue: bool

    @property
    def done(self) -> bool:
        return self.done_at is not None


_COLUMNS = (TaskOccurrence.id, TaskOccurrence.task_id, Task.title, Task.notes, TaskOccurrence.staff_id,
            Staff.name, Staff.department, TaskOccurrence.day, Task.priority, Task.points, Task.repeat,
            TaskOccurrence.done_at, TaskOccurrence.done_by)


def _rows(session: Session, stmt, today: date) -> list[OccurrenceRow]:
    return [OccurrenceRow(*r, overdue=r[11] is None and r[7] < today)  # type: ignore[misc]  # the columns above, then overdue
            for r in session.execute(stmt)]


def _base():
    return (select(*_COLUMNS).join(Task, Task.id == TaskOccurrence.task_id)
            .join(Staff, Staff.id == TaskOccurrence.staff_id))


def my_day(db: Database, actor: Actor, today: date) -> list[OccurrenceRow]:
    """The actor's own tasks for today: overdue one-offs first, then today's, open before done.

    A missed occurrence of a repeating task is not carried forward (the next
    one replaces it); a one-off task stays on My day until it is done.
    """
    if actor.staff_id is None:
        return []
    ensure_occurrences(db, today)
    stmt = _base().where(TaskOccurrence.staff_id == actor.staff_id, or_(
        TaskOccurrence.day == today,
        and_(TaskOccurrence.day < today, Task.repeat == "none",
             or_(TaskOccurrence.done_at.is_(None), TaskOccurrence.done_day == today))))
    with db.read() as s:
        rows = _rows(s, stmt, today)
    rows.sort(key=lambda r: (not r.overdue, r.done, -r.priority, r.day, r.title))
    return rows


STATUSES = ("open", "overdue", "done")


def list_occurrences(db: Database, actor: Actor, today: date, *, department: str | None = None,
                     staff_id: int | None = None, first: date | None = None, last: date | None = None,
                     status: str | None = None, limit: int = 5000) -> list[OccurrenceRow]:
    """Tasks on people's days, filtered; staff see only their own, a manager their department."""
    if actor.role.value == "staff":
        if staff_id is not None and staff_id != actor.staff_id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "you may only see your own tasks"))
        staff_id = actor.staff_id
    elif not actor.is_owner:
        department = department or actor.department
        actor.require_manage(department or "", "see tasks")
    ensure_occurrences(db, today)
    stmt = _base()
    if department is not None:
        stmt = stmt.where(Staff.department == department)
    if staff_id is not None:
        stmt = stmt.where(TaskOccurrence.staff_id == staff_id)
    if first is not None:
        stmt = stmt.where(TaskOccurrence.day >= first)
    if last is not None:
        stmt = stmt.where(TaskOccurrence.day <= last)
    if status == "done":
        stmt = stmt.where(TaskOccurrence.done_at.is_not(None))
    elif status == "overdue":
        stmt = stmt.where(TaskOccurrence.done_at.is_(None), TaskOccurrence.day < today)
    elif status == "open":
        stmt = stmt.where(TaskOccurrence.done_at.is_(None), TaskOccurrence.day >= today)
    elif status is not None:
        raise ValidationError("status", QT_TRANSLATE_NOOP("Errors", "unknown status '{status}'"), status=status)
    stmt = stmt.order_by(TaskOccurrence.day.desc(), Task.priority.desc(), TaskOccurrence.id).limit(limit)
    with db.read() as s:
        return _rows(s, stmt, today)
