"""A ShopDesk process that assigns and completes tasks, for the task concurrency test.

    python -m tests.services.tasks.task_writer DB TAG COUNT

Each round: one new one-off task for the first person, marked done at once
(bumping that person's task figures for the day), and the repeating tasks'
occurrences made up to a day that moves ahead. Prints "committed <i>".
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta

from sqlalchemy import select

from shopdesk.services.common.context import OWNER
from shopdesk.services.tasks import assignments as tasks
from shopdesk.services.tasks.assignments import TaskInput
from shopdesk.store.db import Database
from shopdesk.store.models.core import Staff
from shopdesk.store.models.tasks import TaskOccurrence

TODAY = date(2026, 11, 24)


def main(argv: list[str]) -> int:
    db = Database(argv[0])
    tag, count = argv[1], int(argv[2])
    with db.read() as s:
        sid = s.scalar(select(Staff.id).order_by(Staff.id))
    for i in range(count):
        tid = tasks.create_task(db, OWNER, TaskInput(f"{tag}-{i}", [sid], due=TODAY, points=2), TODAY)
        with db.read() as s:
            occ = s.scalar(select(TaskOccurrence.id).where(TaskOccurrence.task_id == tid))
        tasks.complete(db, OWNER, occ, datetime(2026, 11, 24, 12, 0))
        tasks.ensure_occurrences(db, TODAY + timedelta(days=i % 7))
        print(f"committed {i}", flush=True)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
