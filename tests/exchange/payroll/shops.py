"""Shops built for print tests: N people with long Chinese names and positions, K fixed rules, deductions."""

from __future__ import annotations

from shopdesk.domain.rules import RuleSpec
from shopdesk.services.common.context import OWNER
from shopdesk.services.payroll.edits import set_deduction
from shopdesk.services.payroll.rules import add_rule
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.db import Database

LABELS = ["岗位津贴", "餐费补贴", "交通补贴", "全勤奖", "绩效奖金", "通讯补贴", "住房补贴", "高温补贴",
          "夜班补贴", "工龄工资", "加班费", "大促奖励"]
SURNAMES = ["欧阳", "张", "王", "李", "司马", "刘", "陈", "诸葛"]
GIVEN = ["晓东", "娜", "思远", "雨", "文静", "浩然", "小芳", "建国"]
POSITIONS = {"Operations": "高级运营专员", "Design": "视觉设计师", "Customer Service": "售前客服组长",
             "Logistics": "仓库打包员"}


def print_shop(db: Database, people: int, rules: int, month: str = "2026-10") -> None:
    depts = list(POSITIONS)
    for i in range(people):
        dept = depts[i % 4]
        name = f"{SURNAMES[i % 8]}{GIVEN[(i // 8) % 8]}{'' if i < 64 else i}"
        sid = add_staff(db, OWNER, StaffInput(name, dept, POSITIONS[dept], base_salary=4800 + 137 * i))
        set_deduction(db, OWNER, month, sid, "social_insurance", str(480 + i))
        set_deduction(db, OWNER, month, sid, "housing_fund", str(240 + i))
        set_deduction(db, OWNER, month, sid, "income_tax", f"{12 + i}.35")
    for k in range(rules):
        add_rule(db, OWNER, RuleSpec("all", LABELS[k], "fixed", amount_fen=(300 + 175 * k) * 100 + 55))
