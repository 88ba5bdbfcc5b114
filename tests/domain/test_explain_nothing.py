"""A per-unit or penalty rule that comes to nothing says why in words."""

from __future__ import annotations

from decimal import Decimal as D

from shopdesk.domain.rules import RuleSpec
from tests.domain.test_payroll import one, own


def test_a_penalty_within_the_allowance_deducts_nothing_in_words() -> None:
    line = one(RuleSpec("all", "Shipping errors", "penalty", "shipping_errors", amount_fen=2000, threshold=D(2)),
               own(shipping_errors=0))
    assert line.amount_fen == 0
    assert line.explanation == "0 shipping errors, not above the 2 allowed: nothing deducted"
    line = one(RuleSpec("all", "Shipping errors", "penalty", "shipping_errors", amount_fen=2000, threshold=D(2)),
               own(shipping_errors=5))
    assert line.amount_fen == 6000 and "× (5 − 2)" in line.explanation


def test_per_unit_below_the_threshold_earns_nothing_in_words() -> None:
    line = one(RuleSpec("all", "Designed units", "per_unit", "units_sold_designed", amount_fen=100,
                        threshold=D(300)), own(units_sold_designed=120))
    assert line.amount_fen == 0 and "×" not in line.explanation
    assert line.explanation.endswith("not above 300: nothing earned")
