"""A believable demo shop: people, and daily figures with a real shop's shape.

Pure and deterministic for a seed. The consistency rules a real shop obeys
hold on every row: orders ≤ visitors, cs_orders ≤ inquiries,
shipping_errors ≤ parcels_shipped, and ratios stay within 0–100 %.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from .departments import Department

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "婷", "浩", "宇", "欣", "悦", "佳", "晨", "琳", "雪", "鹏", "辉", "玲", "俊", "斌", "丹", "萍", "健", "倩", "婉", "晓东", "志强", "海燕", "文静", "建华", "子涵", "雨轩", "思琪", "梓萱", "欣怡", "一鸣", "浩然", "晓丽", "春梅", "秋菊", "嘉怡", "家豪", "天佑"]

# (share of the team, positions — the first is the department lead)
STRUCTURE: dict[Department, tuple[float, tuple[str, ...]]] = {
    Department.OPERATIONS: (0.25, ("运营主管", "推广专员", "活动运营", "数据运营")),
    Department.DESIGN: (0.15, ("美工主管", "美工", "视觉设计")),
    Department.CUSTOMER_SERVICE: (0.35, ("客服主管", "售前客服", "售后客服")),
    Department.LOGISTICS: (0.25, ("物流主管", "仓管员", "打包发货员")),
}
BASE_SALARY_YUAN: dict[Department, tuple[int, int]] = {
    Department.OPERATIONS: (4500, 7000),
    Department.DESIGN: (4000, 6500),
    Department.CUSTOMER_SERVICE: (3200, 4500),
    Department.LOGISTICS: (3200, 4300),
}
WEEKDAY_FACTOR = (0.95, 0.92, 0.95, 0.98, 1.02, 1.12, 1.10)  # Mon..Sun


@dataclass(frozen=True)
class DemoPerson:
    name: str
    department: Department
    position: str
    base_salary_fen: int
    hire_date: date
    role: str  # "manager" for each department's lead
    rest_weekday: int  # 0 = Monday: no figures that day


@dataclass(frozen=True)
class DemoFigure:
    day: date
    person: int  # index into the people list
    metric: str
    value: int  # stored units: fen, hundredths of %, count


def make_people(count: int, rng: random.Random, hired_by: date) -> list[DemoPerson]:
    """`count` people (at least 4), spread over the departments like a real shop,
    all hired on or before `hired_by`."""
    count = max(4, count)
    sizes = {d: max(1, round(share * count)) for d, (share, _) in STRUCTURE.items()}
    while sum(sizes.values()) > count:
        biggest = max(sizes, key=lambda d: sizes[d])
        sizes[biggest] -= 1
    while sum(sizes.values()) < count:
        sizes[Department.CUSTOMER_SERVICE] += 1
    names = _unique_names(count, rng)
    people: list[DemoPerson] = []
    for dept, size in sizes.items():
        positions = STRUCTURE[dept][1]
        low, high = BASE_SALARY_YUAN[dept]
        for i in range(size):
            lead = i == 0 and size > 2
            salary = rng.randrange(low, high + 1, 100) + (1500 if lead else 0)
            hired = hired_by - timedelta(days=rng.randint(0, 4 * 365))
            position = positions[0] if lead else positions[1 + i % (len(positions) - 1)]
            people.append(DemoPerson(
                names[len(people)], dept, position, salary * 100, hired,
                "manager" if lead else "staff", rest_weekday=(len(people) * 3) % 7,
            ))
    return people


def _unique_names(count: int, rng: random.Random) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if len(seen) > len(SURNAMES) * len(GIVEN) // 2:
            name += str(len(out))  # huge benchmark shops run out of plausible pairs
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def season_factor(d: date) -> float:
    """Demand shape: 618 and Double 11 peaks, a Spring Festival dip, slow growth."""
    f = 1.0
    if d.month == 11 and d.day <= 11:
        f *= 1.0 + 2.2 * math.exp(-((11 - d.day) ** 2) / 6.0)  # peak on 11.11
    if d.month == 6 and d.day <= 18:
        f *= 1.0 + 1.4 * math.exp(-((18 - d.day) ** 2) / 8.0)  # peak on 6.18
    if d.month == 12 and d.day == 12:
        f *= 1.6
    if d.month == 2 and d.day <= 15 or d.month == 1 and d.day >= 25:
        f *= 0.65  # couriers stop over the Spring Festival
    return f


def make_figures(people: list[DemoPerson], start: date, end: date,
                 rng: random.Random) -> Iterator[DemoFigure]:
    """Daily figures from `start` to `end` for every person, day by day."""
    by_dept: dict[Department, list[int]] = {d: [] for d in Department}
    for i, p in enumerate(people):
        by_dept[p.department].append(i)
    ops, cs, des, log = (by_dept[d] for d in (Department.OPERATIONS, Department.CUSTOMER_SERVICE,
                                                 Department.DESIGN, Department.LOGISTICS))
    skill = {i: rng.uniform(0.8, 1.2) for i in range(len(people))}
    base_visitors = 1800 * max(1, len(ops))
    day = start
    while day <= end:
        months_in = (day.year - start.year) * 12 + day.month - start.month
        demand = season_factor(day) * WEEKDAY_FACTOR[day.weekday()] * (1 + 0.012 * months_in)
        shop_orders = 0
        working = [i for i in range(len(people)) if people[i].rest_weekday != day.weekday()]
        for i in (j for j in ops if j in working):
            visitors = max(50, int(base_visitors / len(ops) * demand * rng.uniform(0.85, 1.15)))
            rate = min(0.08, 0.025 * skill[i] * rng.uniform(0.85, 1.15))
            orders = min(visitors, int(visitors * rate))
            aov_fen = int(rng.uniform(128, 168) * 100)
            sales = orders * aov_fen
            shop_orders += orders
            yield DemoFigure(day, i, "visitors", visitors)
            yield DemoFigure(day, i, "orders", orders)
            yield DemoFigure(day, i, "sales", sales)
            yield DemoFigure(day, i, "ad_spend", int(sales * rng.uniform(0.07, 0.13)))
            yield DemoFigure(day, i, "bounce_rate", int(rng.uniform(52, 74) * 100))
            yield DemoFigure(day, i, "visit_depth", int(rng.uniform(2.2, 4.1) * 100))
        cs_today = [j for j in cs if j in working]
        for i in cs_today:
            inquiries = max(5, int(shop_orders * 1.6 / len(cs_today) * rng.uniform(0.8, 1.2)))
            cs_orders = min(inquiries, int(inquiries * min(0.75, 0.42 * skill[i]
                                                          * rng.uniform(0.85, 1.15))))
            yield DemoFigure(day, i, "inquiries", inquiries)
            yield DemoFigure(day, i, "cs_orders", cs_orders)
            yield DemoFigure(day, i, "cs_sales", cs_orders * int(rng.uniform(130, 170) * 100))
            yield DemoFigure(day, i, "good_reviews", int(cs_orders * rng.uniform(0.15, 0.3)))
            yield DemoFigure(day, i, "bad_reviews", rng.choice((0, 0, 0, 1, 1, 2)))
            yield DemoFigure(day, i, "repeat_customers", int(cs_orders * rng.uniform(0.1, 0.25)))
        for i in (j for j in des if j in working):
            yield DemoFigure(day, i, "pages_delivered", rng.choice((0, 0, 1, 1, 2)))
            yield DemoFigure(day, i, "images_delivered", rng.randint(6, 30))
            share = 1 / max(1, len(des))
            yield DemoFigure(day, i, "units_sold_designed", int(shop_orders * 0.6 * share))
        log_today = [j for j in log if j in working]
        for i in log_today:
            parcels = max(0, int(shop_orders / len(log_today) * rng.uniform(0.9, 1.1)))
            errors = min(parcels, sum(1 for _ in range(parcels // 50) if rng.random() < 0.12))
            yield DemoFigure(day, i, "parcels_shipped", parcels)
            yield DemoFigure(day, i, "shipping_errors", errors)
        day += timedelta(days=1)


def months_back(today: date, months: int) -> date:
    """The first day of the month `months - 1` months before today's month."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)
