"""The demo shop's appraisals: ready-made schemes, last month reviewed and final for
everyone, and this month's round open with some self-assessments already in."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from shopdesk.domain.appraisal import default_scheme
from shopdesk.domain.departments import DEPARTMENTS, Department
from shopdesk.domain.periods import Period
from shopdesk.services.appraisal.review import finalise
from shopdesk.services.appraisal.rounds import open_round, save_scheme
from shopdesk.services.common.context import OWNER
from shopdesk.services.demo.base import DemoShop
from shopdesk.store.models.appraisal import Appraisal
from shopdesk.store.models.core import Staff

KEYS = ("cooperation", "enthusiasm", "responsibility")
SUMMARIES: dict[Department, tuple[str, ...]] = {
    Department.OPERATIONS: (
        "本月完成直通车和引力魔方的投放调整，ROI 稳定在 3 以上；双11预热活动按计划上线。下月重点优化主图点击率。",
        "负责店铺活动策划，会场报名全部通过；转化率比上月提升，但客单价略低，下月做满减组合。",
        "每日跟踪核心数据并出周报，发现跳失率偏高的详情页两款，已和美工一起改版。",
    ),
    Department.DESIGN: (
        "完成首页改版和 6 个宝贝详情页，主图点击率测试两轮；活动海报都按时交付。",
        "处理新品图片 400 多张，详情页模板统一了风格；有一次交付延期，下月提前排期。",
    ),
    Department.CUSTOMER_SERVICE: (
        "售前接待响应及时，询单转化率高于店铺平均；整理了常见问题快捷短语。",
        "售后处理差评 5 个全部回访解决，好评率上升；双11前做了话术培训。",
        "跟进老客户复购，新增会员 30 多位；高峰期有几次回复慢，下月改进。",
    ),
    Department.LOGISTICS: (
        "本月发货及时，无超时；错发 2 单已补发并和客服一起安抚客户。",
        "整理仓库库位，打包效率提升；和快递重新谈了续重价格，物流成本下降。",
    ),
}
COMMENTS = ("继续保持。", "进步明显，下月重点看转化。", "细节还要再用心。", "团队配合很好。", "")


def add_demo_appraisals(shop: DemoShop) -> None:
    db, today = shop.db, shop.today
    for dept in DEPARTMENTS:
        save_scheme(db, OWNER, dept, default_scheme(dept))
    this_month = Period.of_month(today)
    last_month = this_month.previous()
    if last_month.start >= shop.start:  # a demo with at least a month behind it
        done = open_round(db, OWNER, last_month.key, today)
        _fill(shop, done, last_month, share_self=1.0, review=True)
        with db.read() as s:
            ids = list(s.scalars(select(Appraisal.id).where(Appraisal.round_id == done)))
        finalise(db, OWNER, ids, today)
    current = open_round(db, OWNER, this_month.key, today)
    _fill(shop, current, this_month, share_self=0.5, review=False)


def _fill(shop: DemoShop, round_id: int, period: Period, share_self: float, review: bool) -> None:
    """Self-assessments (and the owner's ratings, one step either way of them)."""
    rng = shop.rng
    at = datetime.combine(min(period.end, shop.today), datetime.min.time()).replace(hour=18)
    with shop.db.write() as s:
        rows = s.execute(select(Appraisal, Staff.department).join(Staff, Staff.id == Appraisal.staff_id)
                         .where(Appraisal.round_id == round_id).order_by(Appraisal.id)).all()
        for row, dept in rows:
            if rng.random() >= share_self:
                continue
            mine = {k: rng.choice((3, 4, 4, 4, 5, 5)) for k in KEYS}
            row.self_ratings = json.dumps(mine, sort_keys=True)
            row.self_summary = rng.choice(SUMMARIES[Department(dept)])
            row.self_submitted_at = at
            if review:
                owner = {k: max(1, min(5, v + rng.choice((-1, 0, 0, 0, 1)))) for k, v in mine.items()}
                row.owner_ratings = json.dumps(owner, sort_keys=True)
                row.owner_comment = rng.choice(COMMENTS)
                row.reviewed_by = OWNER.name
