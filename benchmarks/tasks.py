#!/usr/bin/env python3
"""My day and the owner's feed on a large shop with 50,000 tasks vs one raw SQL query each.

    python benchmarks/tasks.py [--db LARGE.db] [--runs 15]

Builds (or reuses) a 100-person demo shop and adds 50,000 one-off and
repeating tasks over the past year (most done), a year of daily reports and
market feedback. Then times, in one process:

* My day: services.tasks.my_day for the busiest person + the TaskModel
  built from it, against one raw SQL query returning the same rows;
* the owner's feed as the Feed tab opens it (last 7 days) and unfiltered
  (newest 500): services.reports.feed + the FeedModel, against one raw
  SQL query for the same rows.

Prints the medians and the ratios (goal: each under 100 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import cached_shop, median_ms  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from shopdesk.services.common.context import OWNER, Actor, Role  # noqa: E402
from shopdesk.services.reports import daily as reports
from shopdesk.services.reports.daily import FeedFilter  # noqa: E402
from shopdesk.services.tasks import assignments as tasks  # noqa: E402
from shopdesk.store.db import Database  # noqa: E402
from shopdesk.store.models.core import Staff  # noqa: E402
from shopdesk.store.models.tasks import (  # noqa: E402
    DailyReport,
    FeedbackItem,
    Task,
    TaskAssignee,
    TaskOccurrence,
)

TODAY = date(2026, 11, 24)
TASKS = 50_000
DEFAULT_DB = Path("/tmp/shopdesk-bench/tasks-100x13.db")
REPEATS = ("daily", "weekly:mon,thu", "weekly:fri", "monthly:31", "monthly:15")


def _add_tasks(db: Database, rng: random.Random) -> None:
    with db.read() as s:
        people = s.execute(select(Staff.id, Staff.department)).all()
        base = s.scalar(select(func.max(Task.id))) or 0  # the demo shop's own tasks come first
    start = TODAY - timedelta(days=365)
    task_rows, assignees, occurrences = [], [], []
    recurring = 0
    for tid in range(base + 1, base + TASKS + 1):
        sid, dept = people[rng.randrange(len(people))]
        repeat = REPEATS[rng.randrange(len(REPEATS))] if tid % 250 == 0 else "none"
        day = start + timedelta(days=rng.randrange(365 + 14))  # some are due in the next two weeks
        task_rows.append({"id": tid, "title": f"任务 {tid}", "notes": "", "department": dept, "due": None
                          if repeat != "none" else day, "start": day if repeat == "none" else start,
                          "priority": rng.choice((0, 1, 1, 2)), "points": rng.randint(1, 5), "repeat": repeat,
                          "generated_until": None if repeat == "none" else start - timedelta(days=1),
                          "active": True, "created_by": "Owner", "created_at": datetime.combine(start, clock(9))})
        assignees.append({"task_id": tid, "staff_id": sid})
        if repeat == "none":
            done = day <= TODAY and rng.random() < 0.9
            at = datetime.combine(day, clock(rng.randint(9, 18))) if done else None
            occurrences.append({"task_id": tid, "staff_id": sid, "day": day, "done_at": at,
                                "done_day": day if done else None, "done_by": "x" if done else None})
        else:
            recurring += 1
    with db.write() as s:
        s.execute(insert(Task), task_rows)
        s.execute(insert(TaskAssignee), assignees)
        s.execute(insert(TaskOccurrence), occurrences)
    print(f"  {TASKS:,} tasks ({recurring} repeating); making their occurrences…", flush=True)
    tasks.ensure_occurrences(db, TODAY)


def _add_reports(db: Database, rng: random.Random) -> None:
    with db.read() as s:
        ids = list(s.scalars(select(Staff.id)))
    rows, feedback = [], []
    for back in range(6, 365):  # the demo shop wrote the last six days
        day = TODAY - timedelta(days=back)
        for sid in ids:
            if rng.random() < 0.9:
                rows.append({"staff_id": sid, "day": day, "done": "回复咨询，跟进退款", "problems": "",
                             "plan": "继续跟进", "written_at": datetime.combine(day, clock(17, rng.randint(0, 59)))})
        for _ in range(rng.randint(10, 40)):
            feedback.append({"staff_id": rng.choice(ids), "day": day, "tag": rng.choice(list(reports.TAGS)),
                             "text": "竞品降价", "written_at": datetime.combine(day, clock(rng.randint(9, 16)))})
    with db.write() as s:
        s.execute(insert(DailyReport), rows)
        s.execute(insert(FeedbackItem), feedback)


def _add_work(db: Database) -> None:
    rng = random.Random(4)
    _add_tasks(db, rng)
    _add_reports(db, rng)


MY_DAY_SQL = """
SELECT o.id, o.task_id, t.title, t.notes, o.staff_id, s.name, s.department, o.day, t.priority, t.points,
       t."repeat", o.done_at, o.done_by
FROM task_occurrence o JOIN task t ON t.id = o.task_id JOIN staff s ON s.id = o.staff_id
WHERE o.staff_id = ? AND (o.day = ? OR (o.day < ? AND t."repeat" = 'none'
                                        AND (o.done_at IS NULL OR o.done_day = ?)))
"""
# Each half newest first with its own LIMIT, so SQLite walks the written_at indexes as the service does.
FEED_SQL = """
SELECT * FROM (
  SELECT * FROM (
    SELECT 'report' AS kind, r.id, r.staff_id, s.name, s.department, r.day, r.written_at, '' AS tag, r.done,
           r.problems, r.plan, m.item_id IS NULL AS unread
    FROM daily_report r JOIN staff s ON s.id = r.staff_id
    LEFT JOIN read_mark m ON m.reader = 'owner' AND m.kind = 'report' AND m.item_id = r.id
    WHERE r.day >= ? ORDER BY r.written_at DESC, r.id DESC LIMIT 500)
  UNION ALL
  SELECT * FROM (
    SELECT 'feedback', f.id, f.staff_id, s.name, s.department, f.day, f.written_at, f.tag, f.text, '', '',
           m.item_id IS NULL
    FROM feedback_item f JOIN staff s ON s.id = f.staff_id
    LEFT JOIN read_mark m ON m.reader = 'owner' AND m.kind = 'feedback' AND m.item_id = f.id
    WHERE f.day >= ? ORDER BY f.written_at DESC, f.id DESC LIMIT 500))
ORDER BY written_at DESC, id DESC LIMIT 500
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from shopdesk.ui.reports.feed_model import FeedModel
    from shopdesk.ui.tasks.model import TaskModel

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (models need it)
    db = cached_shop(args.db, months=13, extra=_add_work, what=", 50,000 tasks")
    with db.engine.connect() as conn:
        counts = {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar_one()
                  for t in ("task", "task_occurrence", "daily_report", "feedback_item")}
        busiest = conn.exec_driver_sql(
            "SELECT staff_id, COUNT(*) FROM task_occurrence GROUP BY staff_id ORDER BY 2 DESC LIMIT 1").one()[0]
    with db.read() as s:
        person = s.get(Staff, busiest)
        assert person is not None
        actor = Actor(Role.STAFF, person.name, person.id, person.department)
    task_model, feed_model = TaskModel(), FeedModel()

    def my_day() -> int:
        task_model.reset(tasks.my_day(db, actor, TODAY))
        return task_model.rowCount()

    def my_day_sql() -> int:
        with db.engine.connect() as conn:
            return len(conn.exec_driver_sql(MY_DAY_SQL, (busiest, TODAY.isoformat(), TODAY.isoformat(),
                                                         TODAY.isoformat())).all())

    week = TODAY - timedelta(days=6)

    def feed(first: date | None):  # type: ignore[no-untyped-def]
        def run() -> int:
            feed_model.reset(reports.feed(db, OWNER, FeedFilter(first=first)))
            return feed_model.rowCount()
        return run

    def feed_sql(first: date | None):  # type: ignore[no-untyped-def]
        def run() -> int:
            day = (first or date(1900, 1, 1)).isoformat()
            with db.engine.connect() as conn:
                return len(conn.exec_driver_sql(FEED_SQL, (day, day)).all())
        return run

    assert my_day() == my_day_sql(), "the service and the raw query must return the same rows"
    assert feed(week)() == feed_sql(week)() and feed(None)() == feed_sql(None)()
    print(", ".join(f"{t}: {n:,}" for t, n in counts.items()))
    print(f"My day rows for the busiest person: {my_day()}; feed rows (7 days / newest): "
          f"{feed(week)()} / {feed(None)()}")
    for label, ours, base in (("My day", my_day, my_day_sql),
                              ("Feed, last 7 days", feed(week), feed_sql(week)),
                              ("Feed, newest 500", feed(None), feed_sql(None))):
        o, b = median_ms(ours, args.runs), median_ms(base, args.runs)
        print(f"{label:18}: service + model {o:6.1f} ms, raw SQL {b:6.1f} ms, ratio {o / b:5.2f}  "
              f"(goal: under 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
