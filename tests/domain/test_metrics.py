from decimal import Decimal

import pytest

from shopdesk.domain.metrics import (
    DEFAULT_REGISTRY,
    Kind,
    MetricDef,
    MetricRegistry,
    Unit,
    weight_total_key,
    weighted_key,
)


def test_conversion_is_a_ratio_of_sums_not_a_mean_of_daily_ratios():
    # day 1: 1 order / 10 visitors (10 %), day 2: 1 / 990 (0.1 %)
    totals = {"orders": 2, "visitors": 1000}
    assert DEFAULT_REGISTRY.period_value("conversion_rate", totals) == Decimal("0.2")


def test_aov_mixes_fen_and_counts_correctly():
    assert DEFAULT_REGISTRY.period_value("aov", {"sales": 1500000, "orders": 100}) == Decimal(150)


def test_bounce_rate_is_visitor_weighted():
    # 80 % on a day with 100 visitors, 40 % on a day with 900: 44 %
    totals = {weighted_key("bounce_rate"): 8000 * 100 + 4000 * 900,
              weight_total_key("bounce_rate"): 1000}
    assert DEFAULT_REGISTRY.period_value("bounce_rate", totals) == Decimal(44)


def test_undefined_when_no_denominator():
    assert DEFAULT_REGISTRY.period_value("cs_conversion", {"cs_orders": 3}) is None
    assert DEFAULT_REGISTRY.period_value("error_rate", {"shipping_errors": 0,
                                                        "parcels_shipped": 0}) is None


def test_custom_ratio_metric_needs_summed_parts():
    reg = MetricRegistry()
    reg.add(MetricDef("refund_rate", "Refund rate", "退款率", Unit.PERCENT, Kind.RATIO,
                      numerator="bad_reviews", denominator="cs_orders", custom=True))
    assert reg.period_value("refund_rate", {"bad_reviews": 1, "cs_orders": 4}) == 25
    with pytest.raises(ValueError):
        reg.add(MetricDef("x", "X", "X", Unit.PERCENT, Kind.RATIO,
                          numerator="aov", denominator="orders", custom=True))


def test_stored_units_refuse_fractions_of_a_count():
    with pytest.raises(ValueError):
        DEFAULT_REGISTRY["orders"].to_stored(Decimal("1.5"))
    assert DEFAULT_REGISTRY["sales"].to_stored(Decimal("12.34")) == 1234
