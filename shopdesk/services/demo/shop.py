"""Writing a demo shop into a database (also the benchmarks' large shop)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import insert

from shopdesk.domain.demo import make_figures, make_people, months_back
from shopdesk.services.demo.appraisal import add_demo_appraisals
from shopdesk.services.demo.base import DemoShop, DemoStep, as_written
from shopdesk.services.demo.targets import add_demo_targets
from shopdesk.services.demo.tasks import add_demo_tasks
from shopdesk.services.payroll.presets import add_demo_rules
from shopdesk.store.db import Database
from shopdesk.store.models.core import Figure, Setting, Staff, staff_scope

CHUNK = 20_000


# A believable shop, step by step, in this order: the people and their figures
# (below), then each feature's part. One explicit list: nothing registers itself.
STEPS: tuple[DemoStep, ...] = (add_demo_targets, add_demo_tasks, add_demo_rules, add_demo_appraisals)


def write_demo(db: Database, staff: int = 12, months: int = 13, seed: int = 2026,
               today: date | None = None,
               translate: Callable[[str, str], str] | None = None, now: datetime | None = None) -> DemoShop:
    """Fill an empty, migrated database with a demo shop; returns what was made.

    `now` bounds every time stamp; by default the clock's, when `today` is today.
    """
    today = today or date.today()
    if now is None and today == date.today():
        now = datetime.now()
    rng = random.Random(seed)
    start = months_back(today, months)
    people = make_people(staff, rng, hired_by=start)
    with db.write() as s:
        s.add_all([
            Setting(key="shop_name", value="小鹿家居旗舰店"),
            Setting(key="rest_days", value="sun"),
        ])
        rows = [Staff(name=p.name, department=p.department.value, position=p.position,
                      base_salary_fen=p.base_salary_fen, hire_date=p.hire_date,
                      active=True, role=p.role) for p in people]
        s.add_all(rows)
        s.flush()
        ids = [r.id for r in rows]
        batch: list[dict[str, object]] = []
        for f in make_figures(people, start, today, rng):
            sid = ids[f.person]
            batch.append({"day": f.day, "scope": staff_scope(sid), "staff_id": sid,
                          "metric": f.metric, "value": f.value})
            if len(batch) >= CHUNK:
                s.execute(insert(Figure), batch)
                batch = []
        if batch:
            s.execute(insert(Figure), batch)
    shop = DemoShop(db, people, ids, start, today, rng, translate or as_written, now)
    for step in STEPS:
        step(shop)
    return shop

