"""Bad input through the rule editor and the payroll run's entry points: each is refused with
an error naming the field, and the database file stays byte-identical.

Every strategy produces only what a careful owner would call wrong: rates over
100 % or below 0, negative or non-money amounts, tiers that overlap, leave a
gap or do not start at 0, weights that do not parse, unknown metrics, months
that are not months, adjustments without a reason, negative deductions.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopdesk.domain.money import MoneyError, parse_yuan
from shopdesk.services.payroll import edits
from shopdesk.services.payroll.rules import (
    RuleInput,
    add_rule,
    list_rules,
    parse_rule_input,
    update_rule,
)
from shopdesk.services.payroll.run import approve
from tests.conftest import TODAY
from tests.services.common.test_bad_input import refused

TRIES = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
MONTH = "2026-10"


def _money(text: str) -> bool:
    try:
        parse_yuan(text)
    except MoneyError:
        return False
    return True


def _metrics() -> set[str]:
    from shopdesk.domain.metrics import DEFAULT_REGISTRY
    return {m.key for m in DEFAULT_REGISTRY}


not_money = st.text(max_size=12).filter(lambda t: t.strip() and not _money(t))
negative = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("-0.01"), places=2).map(str)
bad_rate = st.one_of(st.decimals(min_value=Decimal("100.001"), max_value=Decimal("1e9"), places=3).map(str),
                     negative, st.sampled_from(["abc", "1..5%", "NaN", "inf", "%"]))
badly_shaped_tiers = st.one_of(
    st.integers(1, 50).map(lambda lo: f"{lo}-80:0%;80-:1%"),  # not from 0
    st.integers(1, 79).map(lambda lo: f"0-80:0%;{lo}-:1%"),  # overlap
    st.integers(81, 200).map(lambda lo: f"0-80:0%;{lo}-:1%"),  # gap
    st.just("0-80:0%;80-100:1%"),  # closed at the top
    st.text(max_size=20).filter(lambda t: ":" not in t),
)
bad_tiers = st.one_of(
    badly_shaped_tiers,
    st.decimals(min_value=Decimal("100.01"), max_value=Decimal("1e4"), places=2).map(lambda r: f"0-:{r}%"),
)
bad_weights = st.one_of(st.text(max_size=20).filter(lambda t: ":" not in t),
                        st.sampled_from(["sales:x", "sales:1,sales:2", "nonsense_metric:1", ":5", "sales:1e99"]))
unknown_metric = st.text(min_size=1, max_size=15).filter(lambda k: k.strip() and k.strip() not in _metrics())
not_month = st.one_of(st.sampled_from(["2026-13", "2026-00", "26-05", "2026-5-1", "May"]),
                      st.text(min_size=1, max_size=8).filter(lambda t: t.strip() and not t.strip()[:4].isdigit()))

PERCENT = RuleInput("department:operations", "Shop sales", "percent", "sales", "shop", rate="1")
bad_rule = st.one_of(
    st.builds(lambda r: replace(PERCENT, rate=r), bad_rate),
    st.builds(lambda a: replace(PERCENT, kind="fixed", amount=a), st.one_of(not_money, negative)),
    st.builds(lambda a: replace(PERCENT, cap=a), st.one_of(not_money, negative)),
    st.builds(lambda t: replace(PERCENT, kind="tiered", tiers=t), bad_tiers),
    st.builds(lambda t: replace(PERCENT, kind="step_bonus", tiers=t.replace("%", "")), badly_shaped_tiers),
    st.builds(lambda t: replace(PERCENT, kind="step_bonus", tiers=t), st.just("0-80:0;80-:1%")),
    st.builds(lambda w: replace(PERCENT, kind="points", amount="0.5", weights=w), bad_weights),
    st.builds(lambda m: replace(PERCENT, metric=m), unknown_metric),
    st.builds(lambda m: replace(PERCENT, effective_from=m), not_month),
    st.builds(lambda t: replace(PERCENT, threshold=t), st.one_of(negative, st.just("lots"))),
    st.builds(lambda label: replace(PERCENT, label=label), st.sampled_from(["", "   ", "x" * 61])),
    st.builds(lambda a: replace(PERCENT, applies_to=a), st.sampled_from(["everyone", "staff:99999", "department:hr"])),
)


@TRIES
@given(data=bad_rule)
def test_bad_rules_are_refused(demo_db, owner, data):
    refused(demo_db, lambda: add_rule(demo_db, owner, parse_rule_input(data)), "rules.add")
    first = list_rules(demo_db, owner)[0]
    refused(demo_db, lambda: update_rule(demo_db, owner, first.id, parse_rule_input(data)), "rules.update")


bad_adjustment = st.one_of(
    st.tuples(st.one_of(not_money, st.sampled_from(["0", "0.00", "-0", "1e99"])), st.just("overtime")),
    st.tuples(st.just("100"), st.sampled_from(["", "  ", "\t", "\u3000", "x" * 201])),
)


@TRIES
@given(data=bad_adjustment, month=st.one_of(st.just(MONTH), not_month))
def test_bad_adjustments_are_refused(demo_db, owner, data, month):
    amount, reason = data
    refused(demo_db, lambda: edits.add_adjustment(demo_db, owner, month, 1, amount, reason), "adjustments.add")


@TRIES
@given(amount=st.one_of(not_money, negative), category=st.sampled_from(["social_insurance", "income_tax"]),
       grade=st.text(max_size=3).filter(lambda g: g.strip().upper() not in ("", "S", "A", "B", "C", "D")))
def test_bad_deductions_and_grades_are_refused(demo_db, owner, amount, category, grade):
    refused(demo_db, lambda: edits.set_deduction(demo_db, owner, MONTH, 1, category, amount), "deductions.set")
    refused(demo_db, lambda: edits.set_deduction(demo_db, owner, MONTH, 1, "pension", "10"), "deductions.category")
    refused(demo_db, lambda: edits.set_grade(demo_db, owner, MONTH, 1, grade), "grades.set")


def test_changes_to_an_approved_month_are_refused_and_write_nothing(demo_db, owner, monkeypatch):
    from shopdesk.services.safety import backup
    monkeypatch.setattr(backup, "backup_before_payroll_approval", lambda db: None)
    approve(demo_db, owner, MONTH, TODAY)
    refused(demo_db, lambda: edits.add_adjustment(demo_db, owner, MONTH, 1, "10", "late"), "approved.adjust")
    refused(demo_db, lambda: edits.set_deduction(demo_db, owner, MONTH, 1, "other", "10"), "approved.deduct")
    refused(demo_db, lambda: approve(demo_db, owner, MONTH, TODAY), "approved.approve")
