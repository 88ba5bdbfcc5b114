"""The performance charts' data: exact values, the pace's day breakdown, and who may see what."""
from datetime import date
from decimal import Decimal

import pytest

from shopdesk.domain.departments import Department
from shopdesk.domain.errors import PermissionDenied
from shopdesk.domain.periods import Period
from shopdesk.domain.targets import split_to_days
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.common.settings import set_setting
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.figures.performance import (
    BOUNCE_GOOD,
    department_performance,
    person_performance,
    person_trends,
    shop_month,
)
from shopdesk.services.figures.registry import load_registry
from shopdesk.services.figures.rollup import rollup
from shopdesk.services.morning.alerts import BOUNCE_LIMIT, DEPTH_FLOOR
from shopdesk.services.staff.people import StaffInput, add_staff, list_staff
from shopdesk.services.targets.plan import set_target
from tests.conftest import TODAY

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def shop(db, owner):
    """Two Operations people with a few exact figures and month targets."""
    a = add_staff(db, owner, StaffInput("王芳", "Operations"))
    b = add_staff(db, owner, StaffInput("李娜", "Operations"))
    c = add_staff(db, owner, StaffInput("张伟", "Customer Service"))
    set_setting(db, owner, "rest_days", "sun")
    for sid, oct_sales, nov_sales in ((a, "1234.56", "1000.01"), (b, "500", "2000")):
        scope = f"staff:{sid}"
        set_target(db, owner, scope, "sales", "2026-10", "1000")
        set_target(db, owner, scope, "sales", "2026-11", "2500", split="workdays")
        save_figures(db, owner, date(2026, 10, 5), [FigureInput(scope, "sales", oct_sales),
                                                    FigureInput(scope, "orders", "9"),
                                                    FigureInput(scope, "visitors", "300")], TODAY)
        save_figures(db, owner, date(2026, 11, 3), [FigureInput(scope, "sales", nov_sales),
                                                    FigureInput(scope, "orders", "3"),
                                                    FigureInput(scope, "visitors", "100")], TODAY)
    # The department's own figure counts towards its total, not towards anyone's ranking.
    save_figures(db, owner, date(2026, 11, 10), [FigureInput("dept:operations", "sales", "0.99")], TODAY)
    return {"a": a, "b": b, "c": c}


def test_person_bars_are_the_exact_month_sums_and_targets(db, owner, shop):
    perf = person_performance(db, owner, shop["a"], *YEAR, TODAY)
    sales = next(s for s in perf.bars if s.metric.key == "sales")
    assert [p.month for p in sales.points] == [f"2026-{m:02d}" for m in range(1, 13)]
    oct_, nov = sales.points[9], sales.points[10]
    assert (oct_.actual, oct_.target) == (Decimal("1234.56"), Decimal(1000))
    assert oct_.achievement == Decimal("123.456")
    assert (nov.actual, nov.target) == (Decimal("1000.01"), Decimal(2500))
    assert sales.points[0].actual is None and sales.points[0].target is None


def test_pace_is_the_cumulative_day_breakdown_of_the_month_target(db, owner, shop):
    perf = person_performance(db, owner, shop["a"], *YEAR, TODAY)
    pace = perf.pace
    assert pace is not None and pace.metric.key == "sales" and pace.month == "2026-11"
    days = split_to_days(250000, Period.month(2026, 11), "workdays", frozenset({6}))
    running, expected = 0, []
    for v in days.values():
        running += v
        expected.append(Decimal(running) / 100)
    assert pace.pace == expected
    assert pace.pace[-1] == 2500
    assert pace.actual[1] == 0 and pace.actual[2] == Decimal("1000.01")  # 3 November
    assert pace.actual[23] == Decimal("1000.01") and pace.actual[24] is None  # nothing after today


def test_a_custom_range_clips_the_month_target_by_its_days(db, owner, shop):
    perf = person_performance(db, owner, shop["a"], date(2026, 11, 1), date(2026, 11, 7), TODAY)
    (nov,) = next(s for s in perf.bars if s.metric.key == "sales").points
    days = split_to_days(250000, Period.month(2026, 11), "workdays", frozenset({6}))
    assert nov.target == Decimal(sum(v for d, v in days.items() if d.day <= 7)) / 100
    assert nov.actual == Decimal("1000.01")


def test_department_ranks_by_achievement_and_adds_its_own_figures(db, owner, shop):
    perf = department_performance(db, owner, Department.OPERATIONS, date(2026, 10, 1), date(2026, 11, 30), TODAY)
    assert perf.metric.key == "sales"
    # 王芳 2234.57 of 3500, 李娜 2500 of 3500
    assert [r.name for r in perf.ranking] == ["李娜", "王芳"]
    assert perf.ranking[0].achievement == Decimal(2500) / Decimal(3500) * 100
    oct_, nov = perf.months
    assert oct_.actual == Decimal("1734.56") and oct_.target is None
    assert nov.actual == Decimal("3001.00")  # 1000.01 + 2000 + the department's 0.99
    # November to the 24th against October's first 24 days.
    assert perf.mom[1] == (Decimal("3001") - Decimal("1734.56")) / Decimal("1734.56") * 100
    assert perf.yoy == [None, None]


def test_trend_has_the_shop_value_and_the_playbook_thresholds(demo_db, owner):
    (person,) = [p for p in list_staff(demo_db, owner, "operations")][:1]
    perf = person_performance(demo_db, owner, person.id, *YEAR, TODAY)
    trends = {t.metric.key: t for t in perf.trends}
    assert set(trends) >= {"conversion_rate", "bounce_rate", "visit_depth"}
    bounce = trends["bounce_rate"]
    assert [t.value for t in bounce.thresholds] == [BOUNCE_LIMIT, BOUNCE_GOOD]
    assert trends["visit_depth"].thresholds[0].value == DEPTH_FLOOR
    assert bounce.months[-1] == "2026-11" and len(bounce.months) == 12
    oct_ = Period.month(2026, 10)
    registry = load_registry(demo_db)
    roll = rollup(demo_db, registry, ["conversion_rate", "bounce_rate"], oct_.start, oct_.end)
    assert trends["conversion_rate"].average[-2] == registry.period_value("conversion_rate", roll.shop)
    assert bounce.average[-2] == registry.period_value("bounce_rate", roll.shop)
    assert bounce.values[-2] == registry.period_value("bounce_rate", roll.people[person.id])


def test_shop_month_has_the_pace_and_last_year(demo_db, owner):
    data = shop_month(demo_db, owner, TODAY)
    assert len(data.days) == 30 and data.pace is not None and data.last_year is not None
    registry = load_registry(demo_db)
    roll = rollup(demo_db, registry, ["sales"], date(2026, 11, 1), TODAY)
    assert data.actual[23] == registry.period_value("sales", roll.shop)
    assert data.actual[24] is None
    ago = rollup(demo_db, registry, ["sales"], date(2025, 11, 1), date(2025, 11, 30))
    assert data.last_year[-1] == registry.period_value("sales", ago.shop)


def test_staff_see_only_their_own_charts(db, owner, shop):
    me = Actor(Role.STAFF, "王芳", staff_id=shop["a"], department="operations")
    assert person_performance(db, me, shop["a"], *YEAR, TODAY).name == "王芳"
    with pytest.raises(PermissionDenied):
        person_performance(db, me, shop["b"], *YEAR, TODAY)
    with pytest.raises(PermissionDenied):
        department_performance(db, me, Department.OPERATIONS, *YEAR, TODAY)
    with pytest.raises(PermissionDenied):
        shop_month(db, me, TODAY)


def test_a_manager_sees_their_department_only(db, owner, shop):
    lead = Actor(Role.MANAGER, "客服主管", staff_id=shop["c"], department="customer_service")
    assert department_performance(db, lead, Department.CUSTOMER_SERVICE, *YEAR, TODAY).ranking
    with pytest.raises(PermissionDenied):
        department_performance(db, lead, Department.OPERATIONS, *YEAR, TODAY)
    with pytest.raises(PermissionDenied):
        person_performance(db, lead, shop["a"], *YEAR, TODAY)
    with pytest.raises(PermissionDenied):
        shop_month(db, lead, TODAY)


def test_trends_load_on_their_own_with_the_same_permission(demo_db, owner):
    first, second = list_staff(demo_db, owner, "operations")[:2]
    full = person_performance(demo_db, owner, first.id, *YEAR, TODAY)
    lean = person_performance(demo_db, owner, first.id, *YEAR, TODAY, with_trends=False)
    assert lean.trends == [] and lean.bars == full.bars and lean.pace == full.pace
    assert person_trends(demo_db, owner, first.id, YEAR[1], TODAY) == full.trends
    me = Actor(Role.STAFF, first.name, staff_id=first.id, department="operations")
    with pytest.raises(PermissionDenied):
        person_trends(demo_db, me, second.id, YEAR[1], TODAY)


def test_department_months_match_the_rollup_and_ranking_has_every_active_member(demo_db, owner):
    perf = department_performance(demo_db, owner, Department.CUSTOMER_SERVICE, *YEAR, TODAY, metric="cs_sales")
    registry = load_registry(demo_db)
    for month, point in ((Period.month(2026, 6), perf.months[5]), (Period.month(2026, 10), perf.months[9])):
        roll = rollup(demo_db, registry, ["cs_sales"], month.start, month.end)
        assert point.actual == registry.period_value("cs_sales", roll.departments[Department.CUSTOMER_SERVICE])
    people = list_staff(demo_db, owner, "customer_service")
    assert sorted(r.staff_id for r in perf.ranking) == sorted(p.id for p in people)
    assert perf.months[11].actual is None and perf.mom[11] is None  # December has not begun
