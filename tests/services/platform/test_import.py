"""Importing platform exports: the hand-computed figures per day, sources kept, idempotent,
later exports replace, platforms add up, typed figures conflict, bad input changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from shopdesk.domain.errors import PermissionDenied, ValidationErrors
from shopdesk.services.common.audit import list_entries
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.platform.accounts import set_platform_accounts
from shopdesk.services.platform.products import list_products, set_designer
from shopdesk.services.platform.run import import_platform, preview
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.models.core import Figure
from shopdesk.store.models.platform import FigurePart, PlatformImport
from tests import platform_files as pf
from tests.conftest import TODAY, file_bytes

D3, D4, D5 = pf.D3, pf.D4, pf.D5


@pytest.fixture
def team(db, owner):
    ids = {
        "fang": add_staff(db, owner, StaffInput("小芳", "Customer Service")),
        "ming": add_staff(db, owner, StaffInput("小明", "Customer Service")),
        "chen": add_staff(db, owner, StaffInput("陈设计", "Design")),
    }
    set_platform_accounts(db, owner, ids["fang"], "小鹿家居:小芳, xiaolu_cs1")
    set_platform_accounts(db, owner, ids["ming"], "小鹿家居：小明")  # a full-width colon matches too
    return ids


def figures(db, scope: str | None = None) -> dict[tuple[date, str, str], tuple[int, str]]:
    with db.read() as s:
        stmt = select(Figure.day, Figure.scope, Figure.metric, Figure.value, Figure.source)
        if scope is not None:
            stmt = stmt.where(Figure.scope == scope)
        return {(d, sc, m): (v, src) for d, sc, m, v, src in s.execute(stmt)}


def shop(db) -> dict[date, dict[str, int]]:
    out: dict[date, dict[str, int]] = {}
    for (d, _sc, m), (v, src) in figures(db, "shop").items():
        assert src == "platform"
        out.setdefault(d, {})[m] = v
    return out


def all_files(folder):  # type: ignore[no-untyped-def]
    return [pf.taobao_orders(folder), pf.tmall_lines(folder), pf.jd_orders(folder), pf.pdd_orders(folder),
            pf.douyin_orders(folder), pf.sycm_shop(folder), pf.qianniu_agents(folder), pf.chitu_agents(folder)]


def test_every_kind_at_once_gives_the_hand_computed_day_figures(db, owner, team, tmp_path):
    summary = import_platform(db, owner, all_files(tmp_path))
    assert summary.written
    assert shop(db) == {
        # Taobao 1,352.50 + Tmall 166.50 + JD 199.90; 生意参谋's sales give way to the order files.
        D3: {"sales": 171890, "orders": 6, "refunds": 5400, "visitors": 1200, "bounce_rate": 4530,
             "visit_depth": 250, "ad_spend": 12050},
        # Taobao 66.60 + Pinduoduo 45.40 + 抖店 64.00
        D4: {"sales": 17600, "orders": 4, "refunds": 5590},
        # Only 生意参谋 covers the 5th: its sales count.
        D5: {"visitors": 800, "bounce_rate": 5000, "visit_depth": 200, "ad_spend": 5000, "sales": 200000},
    }
    fang, ming = f"staff:{team['fang']}", f"staff:{team['ming']}"
    got = figures(db)
    assert {m: got[(D3, fang, m)][0] for m in pf.QN_EXPECTED["小芳"]} == pf.QN_EXPECTED["小芳"]
    assert {m: got[(D3, ming, m)][0] for m in pf.QN_EXPECTED["小明"]} == pf.QN_EXPECTED["小明"]
    for (day, who), expected in pf.CT_EXPECTED.items():
        scope = fang if who == "小芳" else ming
        assert {m: v for (d, sc, m), (v, _) in got.items() if d == day and sc == scope} == expected
    assert any("生意参谋" in w and "2026-11-03" in w for w in summary.plan.warnings)
    reports = {r.name: r for r in summary.plan.files}
    assert reports["ExportOrderList202611.csv"].kind == "taobao-orders"
    assert reports["ExportOrderList202611.csv"].skipped == {"not paid": 1}
    assert reports["jd_orders.csv"].skipped == {"cancelled or deleted": 1}
    assert reports["客服绩效_2026-11-03至2026-11-03.csv"].skipped == {"summary row": 3}
    with db.read() as s:
        sources = {src for (src,) in s.execute(select(FigurePart.source).distinct())}
        names = {n for (n,) in s.execute(select(PlatformImport.file_name))}
    assert sources == {"taobao-orders", "tmall-lines", "jd-orders", "pdd-orders", "douyin-orders",
                       "sycm-shop", "cs-agents"}
    assert "jd_orders.csv" in names


def test_importing_the_same_files_twice_changes_nothing(db, owner, team, tmp_path):
    files = all_files(tmp_path)
    import_platform(db, owner, files)
    before = file_bytes(db)
    again = import_platform(db, owner, files)
    assert not again.written
    assert file_bytes(db) == before


def test_a_fuller_later_export_replaces_the_days_it_covers(db, owner, tmp_path):
    partial = pf.write_csv(tmp_path / "early.csv", pf.taobao_rows()[:2], "gbk")  # only order 1001 on the 3rd
    import_platform(db, owner, [partial])
    assert shop(db) == {D3: {"sales": 11850, "orders": 1, "refunds": 0}}
    import_platform(db, owner, [pf.taobao_orders(tmp_path)])
    assert shop(db) == pf.TAOBAO_EXPECTED


def test_two_platforms_on_one_day_add_up_and_each_replaces_only_its_own(db, owner, tmp_path):
    import_platform(db, owner, [pf.taobao_orders(tmp_path)])
    import_platform(db, owner, [pf.jd_orders(tmp_path)])
    assert shop(db)[D3] == {"sales": 135250 + 19990, "orders": 4, "refunds": 3400}
    import_platform(db, owner, [pf.jd_orders(tmp_path)])
    assert shop(db)[D3] == {"sales": 135250 + 19990, "orders": 4, "refunds": 3400}


def test_an_order_file_takes_over_sycm_sales_for_its_days(db, owner, tmp_path):
    import_platform(db, owner, [pf.sycm_shop(tmp_path)])
    assert shop(db)[D3]["sales"] == 135250
    summary = import_platform(db, owner, [pf.jd_orders(tmp_path)])
    assert shop(db)[D3]["sales"] == 19990 and "refunds" in shop(db)[D3]
    assert shop(db)[D3]["refunds"] == 0
    assert shop(db)[D5]["sales"] == 200000  # a day no order file covers keeps 生意参谋's
    assert summary.written


def test_a_typed_figure_conflicts_unless_replaced(db, owner, tmp_path):
    save_figures(db, owner, D3, [FigureInput("shop", "sales", "1000")], TODAY)
    path = pf.taobao_orders(tmp_path)
    plan = preview(db, owner, [path])
    assert [(c.day, c.metric, c.existing, c.source) for c in plan.conflicts] == [(D3, "sales", 100000, "typed")]
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_platform(db, owner, [path])
    assert str(caught.value.errors[0]).startswith("ExportOrderList202611.csv:row 2: 2026-11-03 sales of shop")
    assert file_bytes(db) == before
    summary = import_platform(db, owner, [path], replace=True)
    assert summary.replaced == 1
    assert figures(db, "shop")[(D3, "shop", "sales")] == (135250, "platform")
    entries = list_entries(db, owner)
    assert any(e.action == "replace" and e.before == {"value": 100000, "source": "typed"} for e in entries)


def test_units_credit_designers_once_products_have_them(db, owner, team, tmp_path):
    path = pf.tmall_lines(tmp_path)
    first = import_platform(db, owner, [path])
    assert first.plan.unassigned_units == 6
    rows = list_products(db, owner)
    assert [(r.product_id, r.designer, r.units) for r in rows] == [("P100", None, 5), ("P200", None, 1)]
    set_designer(db, owner, "P100", team["chen"], date(2026, 11, 1))
    chen = f"staff:{team['chen']}"
    assert figures(db, chen) == {(D3, chen, "units_sold_designed"): (5, "platform")}
    rows = list_products(db, owner)
    assert rows[0].product_id == "P200" and rows[1].designer == "陈设计"  # no designer first
    again = import_platform(db, owner, [path])
    assert again.plan.unassigned_units == 1 and not again.written
    set_designer(db, owner, "P100", team["chen"], date(2026, 11, 4))  # credited only from the 4th
    assert figures(db, chen) == {}


def test_an_unknown_nickname_is_an_error_with_a_hint(db, owner, team, tmp_path):
    path = pf.write_csv(tmp_path / "客服_2026-11-03_2026-11-03.csv", pf.qianniu_rows(second="陌生人"), "gbk")
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_platform(db, owner, [path])
    assert [str(e) for e in caught.value.errors] == [
        "客服_2026-11-03_2026-11-03.csv:row 3: no one has the customer-service account 陌生人: "
        "add it to a person's platform accounts (Staff → Edit)"]
    assert file_bytes(db) == before


def test_a_multi_day_agent_file_without_a_day_column_is_refused(db, owner, team, tmp_path):
    many = pf.write_csv(tmp_path / "客服_2026-11-03至2026-11-05.csv", pf.qianniu_rows(), "gbk")
    dateless = pf.write_csv(tmp_path / "客服.csv", pf.qianniu_rows(), "gbk")
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_platform(db, owner, [many])
    assert str(caught.value.errors[0]).startswith(
        "客服_2026-11-03至2026-11-05.csv:row 1: the file covers 2026-11-03 to 2026-11-05")
    with pytest.raises(ValidationErrors) as caught:
        import_platform(db, owner, [dateless])
    assert str(caught.value.errors[0]).startswith("客服.csv:row 1: no 日期 column")
    assert file_bytes(db) == before
    import_platform(db, owner, [dateless], day=D4)
    assert figures(db, f"staff:{team['fang']}")[(D4, f"staff:{team['fang']}", "inquiries")] == (40, "platform")


def test_bad_files_in_a_batch_write_nothing(db, owner, tmp_path):
    good = pf.taobao_orders(tmp_path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_platform(db, owner, [good, empty])
    assert [str(e) for e in caught.value.errors] == ["empty.csv:row 1: the file is empty"]
    assert file_bytes(db) == before


def test_only_the_owner_imports(db, tmp_path):
    manager = Actor(Role.MANAGER, "经理", staff_id=None, department="Operations")
    with pytest.raises(PermissionDenied):
        import_platform(db, manager, [pf.taobao_orders(tmp_path)])


def test_workbook_figures_conflict_and_the_export_names_each_source(db, owner, tmp_path):
    from openpyxl import Workbook, load_workbook

    from shopdesk.services.workbook.export import export_workbook
    from shopdesk.services.workbook.importer import import_workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Actuals"
    sheet.append(["date", "scope", "metric", "value"])
    sheet.append([D4, "shop", "orders", 3])
    sheet.append([D4, "shop", "visitors", 90])
    book.save(tmp_path / "book.xlsx")
    import_workbook(db, owner, tmp_path / "book.xlsx", TODAY)
    plan = preview(db, owner, [pf.taobao_orders(tmp_path)])
    assert [(c.day, c.metric, c.source) for c in plan.conflicts] == [(D4, "orders", "workbook")]
    import_platform(db, owner, [pf.taobao_orders(tmp_path)], replace=True)
    export_workbook(db, owner, tmp_path / "out.xlsx")
    rows = list(load_workbook(tmp_path / "out.xlsx")["Actuals"].iter_rows(values_only=True))
    assert rows[0][:5] == ("date", "scope", "metric", "value", "source")
    got = {(r[0].date(), r[2]): r[4] for r in rows[1:]}
    assert got[(D4, "orders")] == "platform" and got[(D4, "visitors")] == "workbook"
    assert got[(D3, "sales")] == "platform"


def test_products_and_platform_accounts_travel_in_the_shop_workbook(db, owner, team, tmp_path):
    from openpyxl import load_workbook

    from shopdesk.domain.errors import ValidationErrors as Problems
    from shopdesk.services.workbook.export import export_workbook
    from shopdesk.services.workbook.importer import import_workbook

    import_platform(db, owner, [pf.tmall_lines(tmp_path)])
    path = tmp_path / "shop.xlsx"
    export_workbook(db, owner, path)
    book = load_workbook(path)
    staff = list(book["Staff"].iter_rows(values_only=True))
    assert staff[0][-1] == "platform_accounts"
    assert ("小芳", "小鹿家居:小芳,xiaolu_cs1") in {(r[0], r[-1]) for r in staff[1:]}
    products = book["Products"]
    assert [c.value for c in products[1]] == ["product_id", "sku_code", "name", "designer", "designed_from"]
    assert [c.value for c in products[2]][:4] == ["P100", "CUP-1", "陶瓷杯", None]
    products["D2"], products["E2"] = "陈设计", "2026-11-01"
    book.save(path)
    import_workbook(db, owner, path, TODAY, replace=True)
    chen = f"staff:{team['chen']}"
    assert figures(db, chen) == {(D3, chen, "units_sold_designed"): (5, "platform")}
    products["D3"] = "无名氏"
    book.save(path)
    before = file_bytes(db)
    with pytest.raises(Problems) as caught:
        import_workbook(db, owner, path, TODAY, replace=True)
    assert [str(e) for e in caught.value.errors] == ["Products!D3: no one on the team is called '无名氏'"]
    assert file_bytes(db) == before
