"""Properties of the pay calculation that must hold for any figures and any sound rule."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from shopdesk.domain.metrics import DEFAULT_REGISTRY
from shopdesk.domain.payroll import Facts, Person, compute_lines, person_totals
from shopdesk.domain.rules import RuleSpec

PEOPLE = [Person(i, name, "customer_service", base_fen=300000 + i) for i, name in
          enumerate(["王芳", "李娜", "张伟", "刘洋", "陈静"], start=1)]
money = st.decimals(min_value=0, max_value=10**7, places=2)
rates = st.decimals(min_value=0, max_value=100, places=3)


@st.composite
def increasing_tiers(draw) -> str:  # type: ignore[no-untyped-def]
    bounds = sorted(draw(st.sets(st.integers(1, 300), min_size=1, max_size=4)))
    values = sorted(draw(st.lists(rates, min_size=len(bounds) + 1, max_size=len(bounds) + 1)))
    lows = [0, *bounds]
    parts = [f"{lo}-{hi}:{v}%" for lo, hi, v in zip(lows, bounds, values, strict=False)]
    return ";".join([*parts, f"{lows[-1]}-:{values[-1]}%"])


def amount(spec: RuleSpec, actual: D, target: D = D(100000)) -> int:
    facts = Facts({"staff:1": {spec.metric or "cs_sales": actual}}, {"staff:1": {spec.metric or "cs_sales": target}})
    lines = compute_lines("2026-11", PEOPLE[:1], [(1, spec)], facts, DEFAULT_REGISTRY)[1].lines
    return lines[0].amount_fen


@settings(max_examples=300)
@given(tiers=increasing_tiers(), actual=money, target=money.filter(lambda t: t > 0))
def test_retroactive_pays_at_least_marginal_for_increasing_rates(tiers, actual, target):
    retro = RuleSpec("all", "t", "tiered", "cs_sales", tiers=tiers)
    marginal = RuleSpec("all", "t", "tiered", "cs_sales", tiers=tiers, tier_mode="marginal")
    assert amount(retro, actual, target) >= amount(marginal, actual, target)


@given(tiers=increasing_tiers(), mode=st.sampled_from(["retroactive", "marginal"]), a=money, b=money,
       gate=st.none() | st.integers(0, 150).map(D))
def test_raising_the_actual_never_lowers_a_tiered_line(tiers, mode, a, b, gate):
    spec = RuleSpec("all", "t", "tiered", "cs_sales", tiers=tiers, tier_mode=mode, threshold=gate)
    low, high = sorted((a, b))
    assert amount(spec, low) <= amount(spec, high)


@given(rate=rates, a=money, b=money, gate=st.none() | st.integers(0, 150).map(D))
def test_raising_the_actual_never_lowers_a_percent_line(rate, a, b, gate):
    spec = RuleSpec("all", "p", "percent", "cs_sales", rate=rate, threshold=gate)
    low, high = sorted((a, b))
    assert amount(spec, low) <= amount(spec, high)


@given(kind=st.sampled_from(["percent", "tiered", "per_unit", "fixed"]), rate=rates, actual=money,
       cap=st.integers(0, 10**8), fee=st.integers(0, 10**6))
def test_a_cap_is_never_exceeded(kind, rate, actual, cap, fee):
    spec = RuleSpec("all", "c", kind, "cs_sales", rate=rate, amount_fen=fee, tiers="0-50:1%;50-:" + str(rate) + "%",
                    cap_fen=cap)
    assert 0 <= amount(spec, actual) <= cap


@given(kind=st.sampled_from(["percent", "tiered"]), rate=rates, target=money.filter(lambda t: t > 0),
       gate=st.integers(1, 200).map(D), share=st.decimals(0, 1, places=4))
def test_a_gate_below_its_threshold_pays_nothing(kind, rate, target, gate, share):
    actual = (target * gate / 100 * share).quantize(D("0.01"))
    assume(actual / target * 100 < gate)  # only amounts below the gate are this property's business
    spec = RuleSpec("all", "g", kind, "cs_sales", rate=rate, tiers=f"0-:{rate}%", threshold=gate)
    assert amount(spec, actual, target) == 0


@given(sales=money, pool_rate=rates, rate=rates, fee=st.integers(0, 10**6), errors=st.integers(0, 50),
       adjust=st.lists(st.integers(-10**6, 10**6), max_size=3), deduct=st.lists(st.integers(0, 10**6), max_size=3))
def test_totals_are_sums_of_rounded_lines_and_pool_shares_add_up(sales, pool_rate, rate, fee, errors, adjust, deduct):
    rules = [
        (1, RuleSpec("all", "pool", "team_pool", "cs_sales", "department", rate=pool_rate)),
        (2, RuleSpec("all", "own", "percent", "cs_sales", rate=rate)),
        (3, RuleSpec("all", "meal", "fixed", amount_fen=fee)),
        (4, RuleSpec("all", "errors", "penalty", "bad_reviews", amount_fen=fee, threshold=D(1))),
    ]
    values = {f"staff:{p.staff_id}": {"cs_sales": sales / p.staff_id, "bad_reviews": D(errors)} for p in PEOPLE}
    values["dept:customer_service"] = {"cs_sales": sales}
    out = compute_lines("2026-11", PEOPLE, rules, Facts(values), DEFAULT_REGISTRY)
    pool = sum(line.amount_fen for p in PEOPLE for line in out[p.staff_id].lines if line.kind == "team_pool")
    from shopdesk.domain.money import round_fen
    assert pool == round_fen(pool_rate / 100 * sales)
    for p in PEOPLE:
        lines = out[p.staff_id].lines
        t = person_totals(p.base_fen, lines, adjust, deduct)
        earned = sum(x.amount_fen for x in lines if not x.deduction)
        assert t.gross_fen == p.base_fen + earned + sum(adjust)
        assert t.deductions_fen == sum(x.amount_fen for x in lines if x.deduction) + sum(deduct)
        assert t.net_fen == t.gross_fen - t.deductions_fen
