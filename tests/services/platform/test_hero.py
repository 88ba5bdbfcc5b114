"""The hero product follows from imported order files (DESIGN §4.6): each product's sales and
orders per day are kept beside its units, the one with the most sales in the month is the hero,
and the morning check compares the shop's AOV with 1.3 × its AOV without anybody typing it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from shopdesk.services.common.settings import set_setting
from shopdesk.services.morning.check import morning_check
from shopdesk.services.platform.hero import hero_product
from shopdesk.services.platform.run import import_platform
from shopdesk.store.models.platform import ProductUnits
from tests import platform_files as pf

D3 = pf.D3
MORNING = date(2026, 11, 10)


def per_product(db) -> dict[tuple[str, str], tuple[int, int, int]]:  # (source, product) → units, fen, orders
    with db.read() as s:
        return {(src, p): (n, fen, orders) for src, p, n, fen, orders in s.execute(
            select(ProductUnits.source, ProductUnits.product_id, ProductUnits.units, ProductUnits.sales_fen,
                   ProductUnits.orders).where(ProductUnits.day == D3))}


def test_each_product_keeps_its_sales_and_orders_and_jd_splits_an_order_over_its_skus(db, owner, tmp_path):
    import_platform(db, owner, [pf.tmall_lines(tmp_path), pf.jd_orders(tmp_path)])
    assert per_product(db) == {
        # Tmall: P100 = line 5001 ¥58.00 (order 9001) + line 5003 ¥88.50 (order 9002); the unpaid 5004 is out.
        ("tmall-lines", "P100"): (5, 14650, 2),
        ("tmall-lines", "P200"): (1, 2000, 1),
        # JD order 70001 is ¥150.00 on both SKU rows: J1 2 × ¥50 and J2 1 × ¥50 share it 100 : 50;
        # J1 also sold alone in 70002 for ¥49.90; the deleted 70003 is out.
        ("jd-orders", "J1"): (3, 10000 + 4990, 2),
        ("jd-orders", "J2"): (1, 5000, 1),
    }


def test_the_hero_is_the_product_with_most_sales_and_its_aov_feeds_the_morning_check(db, owner, tmp_path):
    set_setting(db, owner, "hero_aov", "50")  # typed long ago: 1.3 × ¥50 would raise no alert
    import_platform(db, owner, [pf.tmall_lines(tmp_path)])
    with db.read() as s:
        hero = hero_product(s, date(2026, 11, 1), MORNING)
    assert hero is not None and (hero.product_id, hero.name, hero.sales_fen, hero.orders) == ("P100", "陶瓷杯", 14650, 2)
    assert hero.aov_fen == 7325  # ¥146.50 ÷ 2 orders

    import_platform(db, owner, [pf.jd_orders(tmp_path)])  # J1's ¥149.90 beats P100's ¥146.50
    morning = morning_check(db, owner, MORNING)
    assert morning.hero is not None and (morning.hero.product_id, morning.hero.aov_fen) == ("J1", 7495)
    # Shop: ¥166.50 + ¥199.90 over 2 + 2 orders = ¥91.60 < 1.3 × ¥74.95 = ¥97.435
    alert = next(a for a in morning.alerts if a.kind == "aov_hero")
    assert alert.render() == ("Average order value ¥91.60 is under 1.3 × the AOV of the hero product 陶瓷杯, "
                              "¥74.95 (¥97.44)")
    with db.read() as s:
        assert hero_product(s, date(2026, 11, 4), MORNING) is None  # no order file covers those days


def test_without_imported_orders_the_typed_hero_aov_still_counts(db, owner, tmp_path):
    set_setting(db, owner, "hero_aov", "80")
    import_platform(db, owner, [pf.sycm_shop(tmp_path)])  # figures, but no products
    morning = morning_check(db, owner, MORNING)
    assert morning.hero is None
    assert all("AOV of the hero product" not in a.render() for a in morning.alerts)


def test_a_later_fuller_export_replaces_the_products_figures(db, owner, tmp_path):
    early = pf.write_xlsx(tmp_path / "early.xlsx", pf.tmall_rows()[:2])  # only line 5001
    import_platform(db, owner, [early])
    assert per_product(db) == {("tmall-lines", "P100"): (2, 5800, 1)}
    import_platform(db, owner, [pf.tmall_lines(tmp_path)])
    assert per_product(db) == {("tmall-lines", "P100"): (5, 14650, 2), ("tmall-lines", "P200"): (1, 2000, 1)}


def test_the_aov_chart_draws_its_hero_line_from_the_imported_hero(db, owner, tmp_path):
    from decimal import Decimal

    from shopdesk.services.figures.performance import person_trends
    from shopdesk.services.staff.people import StaffInput, add_staff

    sid = add_staff(db, owner, StaffInput("韦辉", "Operations"))
    set_setting(db, owner, "hero_aov", "50")  # the typed value, until order files name a hero

    def hero_line() -> Decimal:
        aov = next(t for t in person_trends(db, owner, sid, MORNING, MORNING) if t.metric.key == "aov")
        [line] = aov.thresholds
        return Decimal(str(line.value))

    assert hero_line() == Decimal("65")  # 1.3 × ¥50.00
    import_platform(db, owner, [pf.tmall_lines(tmp_path)])
    assert hero_line() == Decimal("95.225")  # 1.3 × P100's ¥73.25, as the morning check takes it
