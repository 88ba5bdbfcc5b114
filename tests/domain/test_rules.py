"""Rule lines: tiers and weights parse strictly, and every bad field is named."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from shopdesk.domain.metrics import DEFAULT_REGISTRY
from shopdesk.domain.rules import (
    RuleSpec,
    RuleTextError,
    Tier,
    in_force,
    parse_tiers,
    parse_weights,
    validate_rule,
)


def test_tiers_parse_with_open_end_and_full_width_punctuation():
    assert parse_tiers("0-80:0%；80-100：1%;100-:1.5％") == (
        Tier(D(0), D(80), D(0)), Tier(D(80), D(100), D(1)), Tier(D(100), None, D("1.5")))
    assert parse_tiers("0-80:0;80-100:500;100-:1000", money=True)[1].value == D(500)


@pytest.mark.parametrize("text", [
    "", "10-80:0%;80-:1%", "0-80:0%;70-:1%", "0-80:0%;90-:1%", "0-80:0%;80-100:1%",
    "0-80:0%;80-100:101%", "0-80:x", "80-0:1%;0-:1%", "0-:1%;50-:2%",
])
def test_bad_tiers_are_refused(text):
    with pytest.raises(RuleTextError):
        parse_tiers(text)


def test_weights_parse_and_refuse_garbage():
    assert parse_weights("sales:0.01,inquiries:1，task_points:5") == (
        ("sales", D("0.01")), ("inquiries", D(1)), ("task_points", D(5)))
    assert parse_weights("张伟:2,刘洋:1")[0] == ("张伟", D(2))
    for bad in ("", "sales", "sales:x", ":1", "sales:1,sales:2", "sales:1e99"):
        with pytest.raises(RuleTextError):
            parse_weights(bad)


def fields(spec: RuleSpec) -> set[str]:
    return {e.field for e in validate_rule(spec, DEFAULT_REGISTRY)}


def test_sound_rules_have_no_errors():
    assert fields(RuleSpec("all", "Ops", "percent", "sales", "shop", rate=D(1))) == set()
    assert fields(RuleSpec("department:design", "Units", "per_unit", "units_sold_designed",
                           amount_fen=100, threshold=D(300))) == set()
    assert fields(RuleSpec("staff:3", "Points", "points", amount_fen=50,
                           weights="sales:0.01,inquiries:1,task_points:5")) == set()


@pytest.mark.parametrize(("spec", "field"), [
    (RuleSpec("everyone", "x", "fixed", amount_fen=1), "applies_to"),
    (RuleSpec("all", " ", "fixed", amount_fen=1), "label"),
    (RuleSpec("all", "x", "bonus"), "kind"),
    (RuleSpec("all", "x", "percent", "salez", rate=D(1)), "metric"),
    (RuleSpec("all", "x", "percent", "sales", rate=D(101)), "rate"),
    (RuleSpec("all", "x", "percent", "sales", rate=D(-1)), "rate"),
    (RuleSpec("all", "x", "fixed", amount_fen=-1), "amount"),
    (RuleSpec("all", "x", "penalty", "shipping_errors", amount_fen=-2000), "amount"),
    (RuleSpec("all", "x", "fixed", amount_fen=1, cap_fen=-5), "cap"),
    (RuleSpec("all", "x", "tiered", "sales", tiers="0-80:0%;70-:1%"), "tiers"),
    (RuleSpec("all", "x", "step_bonus", "sales", tiers="0-80:0;90-:500"), "tiers"),
    (RuleSpec("all", "x", "tiered", "sales", tiers="0-:1%", tier_mode="sideways"), "tier_mode"),
    (RuleSpec("all", "x", "points", amount_fen=50, weights="sales=1"), "weights"),
    (RuleSpec("all", "x", "points", amount_fen=50, weights="salez:1"), "weights"),
    (RuleSpec("all", "x", "team_pool", "sales", "shop", rate=D(2), weights="张伟:two"), "weights"),
    (RuleSpec("all", "x", "team_pool", "sales", "own", rate=D(2)), "basis"),
    (RuleSpec("all", "x", "fixed", amount_fen=1, effective_from="2026-13"), "effective_from"),
    (RuleSpec("all", "x", "per_unit", "orders", amount_fen=1, threshold=D(-3)), "threshold"),
])
def test_each_bad_field_is_named(spec, field):
    assert field in fields(spec)


def test_the_latest_version_in_force_wins_and_earlier_months_keep_theirs():
    old = (1, RuleSpec("all", "Meal", "fixed", amount_fen=30000))
    new = (2, RuleSpec("all", "Meal", "fixed", amount_fen=40000, effective_from="2026-05"))
    other = (3, RuleSpec("department:design", "Meal", "fixed", amount_fen=1))
    assert in_force([old, new, other], "2026-04") == [old, other]
    assert in_force([old, new, other], "2026-05") == [new, other]
    assert in_force([new], "2026-04") == []
