"""The morning check: are we on target today, and if not, where is the gap?"""
from datetime import date
from decimal import Decimal

import pytest

from shopdesk.domain.pace import Status
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.common.settings import set_setting
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.morning.check import morning_check
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.targets.plan import set_target
from tests.conftest import TODAY

pytestmark = pytest.mark.both_backends

YESTERDAY = date(2026, 11, 23)


def test_the_demo_shop_has_targets_paces_and_comparisons(demo_db, owner):
    m = morning_check(demo_db, owner, TODAY)
    sales = m.shop.lines["sales"]
    assert sales.mtd.target is not None and sales.mtd.pace < sales.mtd.target
    assert Decimal(70) < sales.mtd.pace_pct < Decimal(130)
    assert sales.mom is not None and sales.yoy is not None
    assert m.shop.status in (Status.GREEN, Status.AMBER, Status.RED)
    # The shop is the sum of its departments.
    dept_sales = sum(d.lines["sales"].mtd.actual for d in m.departments if "sales" in d.lines)
    assert dept_sales == sales.mtd.actual
    assert len(m.people) == sum(m.headcount.values())
    for person in m.people:
        line = next(iter(person.lines.values()))
        assert line.mtd.achievement is None or Decimal(40) < line.mtd.achievement < Decimal(160)


def test_pace_follows_working_days_and_ratios_are_ratios_of_sums(db, owner):
    sid = add_staff(db, owner, StaffInput("王芳", "Operations"))
    scope = f"staff:{sid}"
    set_setting(db, owner, "rest_days", "sun")
    set_target(db, owner, scope, "orders", "2026-11", "250", split="workdays")
    set_target(db, owner, scope, "conversion_rate", "2026-11", "5%")
    # Two days: 10 of 100 visitors, then 0 of 900. The month converts 1 %, not (10 % + 0 %) / 2.
    save_figures(db, owner, date(2026, 11, 2), [FigureInput(scope, "orders", "10"),
                                                 FigureInput(scope, "visitors", "100")], TODAY)
    save_figures(db, owner, TODAY, [FigureInput(scope, "orders", "0"),
                                    FigureInput(scope, "visitors", "900")], TODAY)
    (person,) = morning_check(db, owner, TODAY).people
    orders, conv = person.lines["orders"], person.lines["conversion_rate"]
    assert orders.mtd.pace == 200  # 20 of November's 25 working days have begun
    assert orders.mtd.gap == -190 and orders.mtd.status is Status.RED
    assert orders.today.target == 10 and orders.today.actual == 0
    assert conv.mtd.actual == 1 and conv.mtd.pace == 5


def test_alerts_from_the_healthy_ranges(db, owner):
    ops = add_staff(db, owner, StaffInput("王芳", "Operations"))
    cs1 = add_staff(db, owner, StaffInput("张伟", "Customer Service"))
    cs2 = add_staff(db, owner, StaffInput("李娜", "Customer Service"))
    set_setting(db, owner, "hero_aov", "120")
    o = f"staff:{ops}"
    save_figures(db, owner, YESTERDAY, [
        FigureInput(o, "sales", "1500"), FigureInput(o, "orders", "10"), FigureInput(o, "visitors", "300"),
        FigureInput(o, "bounce_rate", "75%"), FigureInput(o, "visit_depth", "2.1"),
        FigureInput(f"staff:{cs1}", "inquiries", "100"), FigureInput(f"staff:{cs1}", "cs_orders", "50"),
    ], TODAY)
    save_figures(db, owner, date(2026, 11, 20), [
        FigureInput(f"staff:{cs2}", "inquiries", "100"), FigureInput(f"staff:{cs2}", "cs_orders", "20")], TODAY)
    alerts = morning_check(db, owner, TODAY).alerts
    kinds = {(a.kind, a.scope) for a in alerts}
    assert ("bounce_rate", "shop") in kinds and ("visit_depth", "shop") in kinds
    assert ("aov_hero", "shop") in kinds  # ¥150 < 1.3 × ¥120
    assert ("cs_conversion", f"staff:{cs2}") in kinds and ("cs_conversion", f"staff:{cs1}") not in kinds
    assert ("no_figures", f"staff:{cs2}") in kinds and ("no_figures", o) not in kinds
    hero = next(a for a in alerts if a.kind == "aov_hero")
    assert hero.render() == "Average order value ¥150.00 is under 1.3 × the hero product's ¥120.00 (¥156.00)"


def test_staff_see_only_their_own_line(demo_db, owner):
    everyone = morning_check(demo_db, owner, TODAY)
    first = everyone.people[0]
    me = Actor(Role.STAFF, first.name, staff_id=int(first.scope[6:]), department=first.department.value)
    mine = morning_check(demo_db, me, TODAY)
    assert mine.shop is None and mine.departments == []
    assert [p.scope for p in mine.people] == [first.scope]
    assert all(a.scope == first.scope for a in mine.alerts)


def test_on_the_first_day_of_a_month_the_check_agrees_with_itself(demo_db, owner):
    """Month to date is today: every row's pace is today's target, and a zero gap is on track."""
    from datetime import date

    from shopdesk.domain.pace import Status as _Status
    from shopdesk.services.morning.check import morning_check as _check

    first = date(2026, 11, 1)
    morning = _check(demo_db, owner, first)
    rows = [line for sc in [morning.shop, *morning.departments, *morning.people] if sc is not None
            for line in sc.lines.values()]
    compared = [line for line in rows if line.today.target is not None and line.mtd.pace is not None]
    assert compared, "the demo shop has month targets"
    for line in compared:
        assert line.today.target == line.mtd.pace, line.metric
        assert line.today.actual == line.mtd.actual
        if line.mtd.gap == 0:
            assert line.mtd.status is _Status.GREEN
