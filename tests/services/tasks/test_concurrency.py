"""Two processes assigning and completing tasks at once: every task and every point counted once.

Both bump the same person's `tasks_done` / `task_points` figure for the same
day, and both make the same daily task's occurrences: single-statement
upserts (and BEGIN IMMEDIATE on SQLite) and the unique (task, person, day)
key keep the totals exact and the days single.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

from sqlalchemy import func, select

from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from shopdesk.store.models.core import Figure
from shopdesk.store.models.tasks import TaskOccurrence
from tests.services.figures.test_crash import ROOT

EACH = 60
TODAY = date(2026, 11, 24)


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.services.tasks.task_writer", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_processes_writing_tasks_keep_every_write_once(db, owner):
    sid = add_staff(db, owner, StaffInput("李娜", "Customer Service"))
    start_day = TODAY - timedelta(days=3)
    daily = tasks.create_task(db, owner, TaskInput("每日巡店", [sid], repeat="daily", start=start_day), start_day)
    db.dispose()
    # db.url: the same proof runs on an SQLite file and on a PostgreSQL server.
    procs = [start(db.url, "A", str(EACH)), start(db.url, "B", str(EACH))]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    assert [out.count("committed") for out, _ in outputs] == [EACH, EACH]

    with db.read() as s:
        figures = dict(s.execute(select(Figure.metric, Figure.value).where(Figure.day == TODAY)).all())
        done = s.scalar(select(func.count()).where(TaskOccurrence.done_at.is_not(None)))
        days = s.execute(select(TaskOccurrence.day, func.count()).where(TaskOccurrence.task_id == daily)
                         .group_by(TaskOccurrence.day)).all()
    assert done == 2 * EACH
    assert figures == {"tasks_done": 2 * EACH, "task_points": 4 * EACH}
    # The daily task: one occurrence on each day from its start to the furthest day asked, none twice.
    assert sorted(d for d, _ in days) == [start_day + timedelta(days=i) for i in range(3 + 7)]
    assert {n for _, n in days} == {1}
