"""Every rule kind and every worked example of DESIGN §4.5, exact to the fen."""

from __future__ import annotations

from decimal import Decimal as D

from shopdesk.domain.metrics import DEFAULT_REGISTRY
from shopdesk.domain.payroll import Facts, Person, compute_lines, person_totals
from shopdesk.domain.rules import RuleSpec

ZHANG = Person(1, "张伟", "operations", "运营", 500000)
LIU = Person(2, "刘洋", "operations", "运营", 450000)
WANG = Person(3, "王芳", "design", "美工", 400000)


def run(spec: RuleSpec, values=None, targets=None, people=(ZHANG,), **facts):  # type: ignore[no-untyped-def]
    out = compute_lines("2026-11", list(people), [(1, spec)], Facts(values or {}, targets or {}, **facts),
                        DEFAULT_REGISTRY)
    return out


def one(spec: RuleSpec, values=None, targets=None, **facts):  # type: ignore[no-untyped-def]
    result = run(spec, values, targets, **facts)[ZHANG.staff_id]
    assert len(result.lines) == 1, result.warnings
    return result.lines[0]


def own(**values):  # type: ignore[no-untyped-def]
    return {"staff:1": {k: D(v) for k, v in values.items()}}


def test_fixed_300():
    line = one(RuleSpec("all", "Meal allowance", "fixed", amount_fen=30000))
    assert line.amount_fen == 30000
    assert line.explanation == "fixed monthly amount = ¥300.00"


def test_percent_one_percent_of_shop_sales():
    line = one(RuleSpec("all", "Shop commission", "percent", "sales", "shop", rate=D(1)),
               {"shop": {"sales": D(500000)}})
    assert line.amount_fen == 500000
    line = one(RuleSpec("all", "Shop commission", "percent", "sales", "shop", rate=D(1)),
               {"shop": {"sales": D(523400)}})
    assert line.explanation == "1.00% × ¥523,400.00 shop sales = ¥5,234.00"


TIERS = "0-80:0%;80-100:1%;100-:1.5%"


def test_tiered_retroactive_and_marginal():
    values, targets = own(cs_sales=120000), own(cs_sales=100000)
    retro = one(RuleSpec("all", "CS", "tiered", "cs_sales", tiers=TIERS), values, targets)
    marginal = one(RuleSpec("all", "CS", "tiered", "cs_sales", tiers=TIERS, tier_mode="marginal"), values, targets)
    assert retro.amount_fen == 180000
    assert marginal.amount_fen == 50000
    assert retro.explanation == "achievement 120.00% → 1.50% × ¥120,000.00 CS sales = ¥1,800.00"
    assert marginal.explanation == ("achievement 120.00%: 0.00% × ¥80,000.00 + 1.00% × ¥20,000.00 "
                                    "+ 1.50% × ¥20,000.00 = ¥500.00")


def test_tier_brackets_are_half_open():
    spec = RuleSpec("all", "CS", "tiered", "cs_sales", tiers=TIERS)
    assert one(spec, own(cs_sales=100000), own(cs_sales=100000)).amount_fen == 150000  # 100 % is in 100-
    assert one(spec, own(cs_sales=79999), own(cs_sales=100000)).amount_fen == 0


def test_per_unit_above_300():
    line = one(RuleSpec("all", "Designed units", "per_unit", "units_sold_designed", amount_fen=100,
                        threshold=D(300)), own(units_sold_designed=1300))
    assert line.amount_fen == 100000
    assert line.explanation == "¥1.00 × (1,300 − 300) units sold (designed) = ¥1,000.00"
    below = one(RuleSpec("all", "Designed units", "per_unit", "units_sold_designed", amount_fen=100,
                         threshold=D(300)), own(units_sold_designed=250))
    assert below.amount_fen == 0


def test_target_bonus_at_100_percent():
    spec = RuleSpec("all", "Parcels", "target_bonus", "parcels_shipped", amount_fen=80000, threshold=D(100))
    assert one(spec, own(parcels_shipped=3000), own(parcels_shipped=3000)).amount_fen == 80000
    assert one(spec, own(parcels_shipped=2999), own(parcels_shipped=3000)).amount_fen == 0


def test_grade_bonus_a_is_1_2():
    spec = RuleSpec("all", "Grade", "grade_bonus", amount_fen=100000)
    line = one(spec, grades={1: "A"})
    assert line.amount_fen == 120000
    assert line.explanation == "¥1,000.00 × grade A (1.2) = ¥1,200.00"
    assert one(spec, grades={1: "S"}).amount_fen == 150000
    assert one(spec, grades={1: "D"}).amount_fen == 0
    assert one(RuleSpec("all", "Grade", "grade_bonus", amount_fen=100000, weights="A:2"), grades={1: "A"}).amount_fen \
        == 200000


def test_points_2900_at_half_a_yuan():
    line = one(RuleSpec("all", "Points", "points", amount_fen=50, weights="sales:0.01,inquiries:1"),
               own(sales=200000, inquiries=900))
    assert line.amount_fen == 145000
    assert line.explanation == "0.01 × 200,000 sales + 1 × 900 inquiries = 2,900 points × ¥0.50 = ¥1,450.00"


def test_step_bonus_93_percent_pays_500():
    spec = RuleSpec("all", "Step", "step_bonus", "sales", tiers="0-80:0;80-100:500;100-:1000")
    assert one(spec, own(sales=93000), own(sales=100000)).amount_fen == 50000
    assert one(spec, own(sales=100000), own(sales=100000)).amount_fen == 100000


def test_score_bonus_85_of_1500():
    line = one(RuleSpec("all", "Performance pay", "score_bonus", amount_fen=150000), scores={1: D(85)})
    assert line.amount_fen == 127500
    assert line.explanation == "¥1,500.00 × score 85 / 100 = ¥1,275.00"


def test_team_pool_two_percent_of_5000_shared_by_two():
    spec = RuleSpec("department:operations", "Team pool", "team_pool", "sales", "department", rate=D(2))
    out = run(spec, {"dept:operations": {"sales": D(5000)}}, people=(ZHANG, LIU))
    assert [line.amount_fen for p in (ZHANG, LIU) for line in out[p.staff_id].lines] == [5000, 5000]


def test_team_pool_leftover_fen_goes_to_the_first_by_name():
    spec = RuleSpec("all", "Pool", "team_pool", "sales", "shop", rate=D(1))
    people = (ZHANG, LIU, WANG)  # by name: 刘洋, 张伟, 王芳 (code point order)
    out = run(spec, {"shop": {"sales": D(1)}}, people=people)  # pool ¥0.01 shared by 3
    shares = {p.name: out[p.staff_id].lines[0].amount_fen for p in people}
    assert sum(shares.values()) == 1
    assert shares[min(shares)] == 1


def test_team_pool_by_weights():
    spec = RuleSpec("department:operations", "Pool", "team_pool", "sales", "department", rate=D(3),
                    weights="张伟:2,刘洋:1")
    out = run(spec, {"dept:operations": {"sales": D(10000)}}, people=(ZHANG, LIU))
    assert out[1].lines[0].amount_fen == 20000 and out[2].lines[0].amount_fen == 10000


def test_penalty_20_per_error_after_two_free():
    line = one(RuleSpec("all", "Shipping errors", "penalty", "shipping_errors", amount_fen=2000, threshold=D(2)),
               own(shipping_errors=5))
    assert line.amount_fen == 6000 and line.deduction
    assert line.explanation == "¥20.00 × (5 − 2) shipping errors = ¥60.00 deducted"
    totals = person_totals(ZHANG.base_fen, [line], [], [])
    assert totals.gross_fen == 500000 and totals.deductions_fen == 6000 and totals.net_fen == 494000


def test_cap_bounds_the_line():
    line = one(RuleSpec("all", "Shop commission", "percent", "sales", "shop", rate=D(1), cap_fen=300000),
               {"shop": {"sales": D(523400)}})
    assert line.amount_fen == 300000
    assert line.explanation == "1.00% × ¥523,400.00 shop sales = ¥5,234.00, capped at ¥3,000.00"


def test_gate_below_threshold_pays_nothing():
    spec = RuleSpec("all", "CS", "percent", "cs_sales", rate=D(1), threshold=D(80))
    line = one(spec, own(cs_sales=70000), own(cs_sales=100000))
    assert line.amount_fen == 0
    assert line.explanation == "achievement 70.00% below the 80.00% gate = ¥0.00"
    assert one(spec, own(cs_sales=80000), own(cs_sales=100000)).amount_fen == 80000


def test_each_line_rounds_half_up_once():
    line = one(RuleSpec("all", "c", "percent", "sales", rate=D("1.5")), own(sales=D("0.33")))  # 0.00495
    assert line.amount_fen == 0
    line = one(RuleSpec("all", "c", "percent", "sales", rate=D("1.5")), own(sales=D("1.00")))  # 0.015
    assert line.amount_fen == 2


def test_warnings_for_a_missing_target_grade_score_and_rules():
    out = run(RuleSpec("all", "Parcels", "target_bonus", "parcels_shipped", amount_fen=80000), own(parcels_shipped=1))
    assert out[1].lines == () and "no parcels shipped target" in out[1].warnings[0].render()
    assert "no grade" in run(RuleSpec("all", "G", "grade_bonus", amount_fen=1))[1].warnings[0].render()
    assert "no appraisal score" in run(RuleSpec("all", "S", "score_bonus", amount_fen=1))[1].warnings[0].render()
    lonely = run(RuleSpec("department:design", "x", "fixed", amount_fen=1), people=(ZHANG,))
    assert "no pay rules apply to 张伟" in lonely[1].warnings[0].render()


def test_explanations_translate_through_their_templates():
    line = one(RuleSpec("all", "Shop commission", "percent", "sales", "shop", rate=D(1)), {"shop": {"sales": D(1)}})
    zh = {"{rate} × {value} {metric} = {amount}": "{rate} × {value} {metric} = {amount}",
          "shop {metric}": "店铺{metric}", "Sales": "销售额"}
    assert line.note.render(lambda ctx, text: zh.get(text, text)) == "1.00% × ¥1.00 店铺销售额 = ¥0.01"
