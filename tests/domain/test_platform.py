"""Adding up platform rows per day: pure rules, examples and properties."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from shopdesk.domain import platform as rules
from shopdesk.domain.metrics import DEFAULT_REGISTRY

DAY = date(2026, 11, 3)
JD = rules.OrderRules(day_fields=("paid_at", "created_at"), orders="distinct", sales_once_per_order=True,
                      refunds="none", skip_status_contains=("删除", "取消"), units=True)
TAOBAO = rules.OrderRules(day_fields=("paid_at",), orders="rows", refunds="column")
LINES = rules.OrderRules(day_fields=("paid_at",), orders="distinct", refunds="column", units=True)


def rec(n: int, **values: object) -> rules.Record:
    return rules.Record(f"f.csv:row {n}", values)


def test_jd_order_repeated_over_two_sku_rows_counts_once():
    rows = [rec(2, order_id="1", amount=15000, paid_at=datetime(2026, 11, 3, 8), product_id="A", units=2),
            rec(3, order_id="1", amount=15000, paid_at=datetime(2026, 11, 3, 8), product_id="B", units=1),
            rec(4, order_id="2", amount=4990, paid_at=None, created_at=datetime(2026, 11, 3, 23), product_id="A",
                units=1),
            rec(5, order_id="3", amount=9900, paid_at=datetime(2026, 11, 3, 9), status="已取消", units=1)]
    out = rules.aggregate_orders("jd-orders", JD, rows)
    assert out.shop == {DAY: {"sales": 19990, "orders": 2, "refunds": 0}}
    assert out.units == {DAY: {"A": 3, "B": 1}}
    assert out.skipped == {rules.CANCELLED: 1}
    assert out.day_refs == {DAY: "f.csv:row 2"}


def test_unpaid_orders_are_skipped_and_counted_and_a_paid_one_needs_an_amount():
    rows = [rec(2, order_id="1", amount=100, paid_at=None), rec(3, order_id="2", amount=None,
                                                                paid_at=datetime(2026, 11, 3))]
    out = rules.aggregate_orders("taobao-orders", TAOBAO, rows)
    assert out.skipped == {rules.NOT_PAID: 1}
    assert [str(e) for e in out.errors] == ["f.csv:row 3: a paid order without an amount"]


def test_orders_are_counted_on_their_payment_day_across_midnight():
    rows = [rec(2, order_id="1", amount=100, paid_at=datetime(2026, 11, 3, 23, 59, 59)),
            rec(3, order_id="2", amount=200, paid_at=datetime(2026, 11, 4, 0, 0, 0), refund=50)]
    out = rules.aggregate_orders("taobao-orders", TAOBAO, rows)
    assert out.shop == {DAY: {"sales": 100, "orders": 1, "refunds": 0},
                        date(2026, 11, 4): {"sales": 200, "orders": 1, "refunds": 50}}


def test_shop_daily_visit_depth_from_views_when_not_given_and_ad_spend_sums_what_is_there():
    rows = [rec(5, day=datetime(2026, 11, 3), visitors=3, views=10, bounce_rate=Decimal("45.305"),
                ad_ztc=100, ad_site=None, ad_keyword=50)]
    out = rules.aggregate_shop_daily("sycm-shop", rows, ("ad_ztc", "ad_site", "ad_keyword", "ad_smart"))
    assert out.shop == {DAY: {"visitors": 3, "bounce_rate": 4531, "visit_depth": 333, "ad_spend": 150}}


def test_shop_daily_refuses_a_repeated_day_and_an_impossible_rate():
    rows = [rec(5, day=datetime(2026, 11, 3), visitors=3), rec(6, day=datetime(2026, 11, 3), visitors=4),
            rec(7, day=datetime(2026, 11, 4), bounce_rate=Decimal("120"))]
    out = rules.aggregate_shop_daily("sycm-shop", rows, ())
    assert [str(e) for e in out.errors] == ["f.csv:row 6: 2026-11-03 appears twice",
                                            "f.csv:row 7: a percentage must be between 0 and 100"]


def test_file_name_day_ranges():
    assert rules.day_from_name("客服_2026-11-03至2026-11-03.xls") == (DAY, DAY)
    assert rules.day_from_name("cs_2026-11-03_2026-11-05.csv") == (DAY, date(2026, 11, 5))
    assert rules.day_from_name("客服.csv") is None
    assert rules.day_from_name("x_2026-02-30_2026-02-30.csv") is None


def test_designed_units_from_the_day_credited():
    designers = {"A": (7, date(2026, 11, 4)), "B": (8, None), "C": (None, None)}
    assert rules.designed_units({"A": 2, "B": 3, "C": 1, "D": 4}, designers, DAY) == ({8: 3}, 7)
    assert rules.designed_units({"A": 2}, designers, date(2026, 11, 4)) == ({7: 2}, 0)


def test_net_sales_is_sales_minus_refunds_and_response_time_is_inquiry_weighted():
    reg = DEFAULT_REGISTRY
    assert reg.period_value("net_sales", {"sales": 10000, "refunds": 2550}) == Decimal("74.50")
    assert reg.period_value("net_sales", {"sales": 10000}) == Decimal("100")
    assert reg.period_value("net_sales", {}) is None
    assert reg.base_keys(["net_sales"]) == {"sales", "refunds"}
    assert not reg["net_sales"].entered and reg["refunds"].entered and reg["cs_response_s"].entered
    # Day 1: 40 inquiries at 25.38 s; day 2: 10 at 60 s → (40×25.38 + 10×60) / 50 = 32.304 s
    totals = {"cs_response_s*w": 40 * 2538 + 10 * 6000, "cs_response_s*n": 50}
    assert reg.period_value("cs_response_s", totals) == Decimal("32.304")


orders = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 10**8), st.integers(1, 3), st.integers(0, 2),
                            st.booleans()), max_size=30)


@given(orders)
def test_jd_sales_are_the_sum_of_each_paid_order_once_however_many_sku_rows(spec):
    rows, expected_sales, expected_orders = [], 0, set()
    n = 2
    for order, amount, sku_rows, day_offset, paid in spec:
        order_id = f"{order}-{amount}-{day_offset}"
        if order_id in expected_orders or any(r.get("order_id") == order_id for r in rows):
            continue
        when = datetime(2026, 11, 3) + timedelta(days=day_offset) if paid else None
        for k in range(sku_rows):
            rows.append(rec(n, order_id=order_id, amount=amount, paid_at=when, created_at=None,
                            product_id=f"P{k}", units=1))
            n += 1
        if paid:
            expected_sales += amount
            expected_orders.add(order_id)
    out = rules.aggregate_orders("jd-orders", JD, rows)
    assert sum(f["sales"] for f in out.shop.values()) == expected_sales
    assert sum(f["orders"] for f in out.shop.values()) == len(expected_orders)
    assert sum(sum(u.values()) for u in out.units.values()) == sum(
        1 for r in rows if r.get("paid_at") is not None)


@given(st.lists(st.tuples(st.integers(0, 10**8), st.integers(0, 10**6), st.booleans()), max_size=30))
def test_line_exports_add_up_and_reordering_changes_nothing(spec):
    rows = [rec(i + 2, order_id=str(i // 2), amount=a, refund=r, paid_at=datetime(2026, 11, 3) if paid else None)
            for i, (a, r, paid) in enumerate(spec)]
    one = rules.aggregate_orders("tmall-lines", LINES, rows)
    two = rules.aggregate_orders("tmall-lines", LINES, list(reversed(rows)))
    assert one.shop == two.shop
    assert one.used + one.skipped.get(rules.NOT_PAID, 0) == len(rows)
    paid = [(a, r) for a, r, p in spec if p]
    if paid:
        assert one.shop[DAY]["sales"] == sum(a for a, _ in paid)
        assert one.shop[DAY]["refunds"] == sum(r for _, r in paid)
        assert one.shop[DAY]["orders"] <= len(paid)
    else:
        assert one.shop == {}
