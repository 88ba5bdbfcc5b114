"""The demo shop's log-ins, tasks, daily reports and market feedback.

Demo credentials (also in the README): the owner's password is ``demo``,
every staff PIN is ``1234``. To keep demo creation quick the PINs are
hashed once and share that salt; real PINs each get their own
(`services.auth.set_pin`).
"""

from __future__ import annotations

import os
from datetime import datetime, time, timedelta

from sqlalchemy import insert, select

from shopdesk.domain.departments import Department
from shopdesk.services.common.context import OWNER
from shopdesk.services.demo.base import DemoShop
from shopdesk.services.staff import auth
from shopdesk.services.tasks.assignments import TaskInput, _bump, insert_task
from shopdesk.store.models.auth import OWNER_ACCOUNT, Credential, staff_account
from shopdesk.store.models.tasks import DailyReport, FeedbackItem, Task, TaskOccurrence

DEMO_PASSWORD = "demo"
DEMO_PIN = "1234"

# (title, repeat, points, priority, due in days from today for one-offs)
TASKS: dict[Department, list[tuple[str, str, int, int, int]]] = {
    Department.OPERATIONS: [("每日数据复盘", "daily", 1, 1, 0), ("直通车出价调整", "weekly:mon,thu", 2, 1, 0),
                            ("月度竞品分析", "monthly:28", 5, 1, 0), ("双十二活动方案", "none", 8, 2, 3),
                            ("更新爆款主图文案", "none", 3, 1, -2)],
    Department.DESIGN: [("每周上新图", "weekly:tue", 4, 1, 0), ("详情页改版：收纳盒", "none", 6, 2, 1),
                        ("双十二会场海报", "none", 5, 2, 4)],
    Department.CUSTOMER_SERVICE: [("差评回访", "daily", 1, 2, 0), ("快捷短语更新", "weekly:fri", 2, 1, 0),
                                  ("整理售后退款原因", "none", 3, 1, -1)],
    Department.LOGISTICS: [("发货单核对", "daily", 1, 1, 0), ("月底库存盘点", "monthly:31", 6, 2, 0),
                           ("联系中通理赔", "none", 2, 2, 0)],
}
REPORTS: dict[Department, tuple[str, str, str]] = {
    Department.OPERATIONS: ("复盘昨日数据，调整了 {n} 个关键词出价", "", "看竞品的满减活动"),
    Department.DESIGN: ("完成 {n} 张图，改了两版主图", "素材到得晚", "做会场海报初稿"),
    Department.CUSTOMER_SERVICE: ("回复咨询 {n} 个，跟进 3 个退款", "高峰期排队久", "跟进未回复的老客户"),
    Department.LOGISTICS: ("发货 {n} 单，核对了异常件", "打印机卡纸", "盘点仓库 B 区"),
}
FEEDBACK = [("competitor", "隔壁家同款收纳盒降价到 39 元，还送挂钩"),
            ("customer_need", "好几个客户问有没有加大号"),
            ("product_problem", "蓝色款盖子偏紧，三位客户反映打不开"),
            ("logistics_problem", "中通这两天华东件普遍延误一天"),
            ("competitor", "竞品开始做直播间专属价"),
            ("customer_need", "客户希望能开电子发票"),
            ("logistics_problem", "两件包裹外箱破损，需换加厚纸箱")]


def _demo_credentials(shop: DemoShop, now: datetime) -> None:
    salt = os.urandom(16)
    pin_hash = auth._hash(DEMO_PIN, salt, auth.COST)
    owner_salt = os.urandom(16)
    rows = [{"account": OWNER_ACCOUNT, "staff_id": None, "salt": owner_salt.hex(),
             "secret_hash": auth._hash(DEMO_PASSWORD, owner_salt, auth.COST), "cost": auth.COST,
             "failed_tries": 0, "locked_until": None, "changed_at": now}]
    rows += [{"account": staff_account(sid), "staff_id": sid, "salt": salt.hex(), "secret_hash": pin_hash,
              "cost": auth.COST, "failed_tries": 0, "locked_until": None, "changed_at": now}
             for sid in shop.ids]
    with shop.db.write() as s:
        s.execute(insert(Credential), rows)


def add_demo_tasks(shop: DemoShop) -> None:
    """Log-ins, three weeks of tasks (mostly done), reports and feedback."""
    today, rng = shop.today, shop.rng
    now = datetime.combine(today, time(9, 0))
    _demo_credentials(shop, now)
    by_dept: dict[Department, list[int]] = {}
    for person, sid in zip(shop.people, shop.ids, strict=True):
        by_dept.setdefault(person.department, []).append(sid)
    start = max(shop.start, today - timedelta(days=21))
    with shop.db.write() as s:
        for dept, items in TASKS.items():
            members = by_dept.get(dept, [])
            if not members:
                continue
            for title, repeat, points, priority, due in items:
                who = members if repeat != "none" else [rng.choice(members)]
                insert_task(s, OWNER, TaskInput(
                    title, who, due=today + timedelta(days=due) if repeat == "none" else None,
                    repeat=repeat, points=points, priority=priority, start=start), today=today)
        s.flush()
        # Most past work was done on its day; today's is partly done.
        points_of: dict[int, int] = {tid: p for tid, p in s.execute(select(Task.id, Task.points)).all()}
        names = dict(zip(shop.ids, (p.name for p in shop.people), strict=True))
        for occ in s.scalars(select(TaskOccurrence).where(TaskOccurrence.day <= today)):
            if rng.random() < (0.4 if occ.day == today else 0.85):
                at = datetime.combine(occ.day, time(rng.randint(10, 18), rng.randint(0, 59)))
                if at > shop.latest:  # not yet: the demo never stamps the future
                    continue
                occ.done_at = at
                occ.done_day, occ.done_by = occ.day, names[occ.staff_id]
                _bump(s, occ.staff_id, occ.day, "tasks_done", 1)
                _bump(s, occ.staff_id, occ.day, "task_points", points_of[occ.task_id])
        _demo_reports(shop, s)


def _demo_reports(shop: DemoShop, s) -> None:
    today, rng = shop.today, shop.rng
    reports, feedback = [], []
    for back in range(5, -1, -1):
        day = today - timedelta(days=back)
        for i, (person, sid) in enumerate(zip(shop.people, shop.ids, strict=True)):
            # A few people have not written today's report yet: the owner sees who.
            if back == 0 and i % 5 == 1:
                continue
            done, problems, plan = REPORTS[person.department]
            at = datetime.combine(day, time(17, 30)) + timedelta(minutes=i * 3)
            if at > shop.latest:  # the evening has not come yet
                continue
            reports.append({"staff_id": sid, "day": day, "done": done.format(n=rng.randint(12, 90)),
                            "problems": problems, "plan": plan, "written_at": at})
        for j in range(2):
            tag, text = FEEDBACK[(back * 2 + j) % len(FEEDBACK)]
            who, written = rng.choice(shop.ids), datetime.combine(day, time(11 + j * 4, 15))
            if written <= shop.latest:
                feedback.append({"staff_id": who, "day": day, "tag": tag, "text": text, "written_at": written})
    if reports:
        s.execute(insert(DailyReport), reports)
    if feedback:
        s.execute(insert(FeedbackItem), feedback)
