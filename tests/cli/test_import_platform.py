"""`shopdesk import-platform`: the report, dry run, exit 2 with FILE:row N and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopdesk.cli import main
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.platform.accounts import set_platform_accounts
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.db import Database
from shopdesk.store.schema import ensure_schema
from tests import platform_files as pf
from tests.conftest import TODAY, file_bytes


@pytest.fixture
def shop_db(tmp_path: Path, owner) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.db"
    db = Database(path)
    ensure_schema(db)
    fang = add_staff(db, owner, StaffInput("小芳", "Customer Service"))
    set_platform_accounts(db, owner, fang, "小鹿家居:小芳")
    db.dispose()
    return path


def _bytes(path: Path) -> bytes:
    db = Database(path)
    try:
        return file_bytes(db)
    finally:
        db.dispose()


def test_report_then_nothing_changes_the_second_time(tmp_path, shop_db, capsys):  # type: ignore[no-untyped-def]
    files = [str(pf.taobao_orders(tmp_path)), str(pf.tmall_lines(tmp_path))]
    assert main(["import-platform", *files, "--db", str(shop_db), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "ExportOrderList202611.csv: taobao-orders — header on row 1; 4 rows read, 3 used, skipped: 1 not paid; " \
           "2026-11-03 to 2026-11-04 (2 days)" in out
    assert "tmall_lines.xlsx: tmall-lines" in out
    assert "2026-11-03: orders=4, refunds=54.00, sales=1519.00" in out  # 1,352.50 + 166.50
    assert "2026-11-04: orders=1, refunds=0.00, sales=66.60" in out
    assert "dry run: nothing was written" in out
    before = _bytes(shop_db)
    assert main(["import-platform", *files, "--db", str(shop_db)]) == 0
    assert "written:" in capsys.readouterr().out
    after = _bytes(shop_db)
    assert after != before
    assert main(["import-platform", *files, "--db", str(shop_db)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert _bytes(shop_db) == after


def test_every_problem_as_file_and_row_exit_2_nothing_written(tmp_path, shop_db, capsys):  # type: ignore[no-untyped-def]
    bad_amount = pf.write_csv(tmp_path / "amount.csv", pf.taobao_rows([[
        '="1005"', "x", "", "", "", "", "十元", "交易成功", "", "", "", "2026-11-03 09:00:00",
        "2026-11-03 09:00:00", "", "1", "", ""]]), "gbk")
    bad_time = pf.write_csv(tmp_path / "time.csv", pf.taobao_rows([[
        '="1006"', "x", "", "", "", "", "1.00", "交易成功", "", "", "", "2026-11-03 09:00:00",
        "25:61", "", "1", "", ""]]), "gbk")
    stranger = pf.write_csv(tmp_path / "cs_2026-11-03_2026-11-03.csv", pf.qianniu_rows(second="陌生人"), "gbk")
    many_days = pf.write_csv(tmp_path / "cs_2026-11-03至2026-11-04.csv", pf.qianniu_rows(second="小鹿家居:小芳"))
    unknown = pf.write_csv(tmp_path / "unknown.csv", [["名称", "数量"], ["a", "1"]])
    binary = tmp_path / "photo.xlsx"
    binary.write_bytes(bytes(range(256)) * 10)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    before = _bytes(shop_db)
    for path in (bad_amount, bad_time, stranger, many_days, unknown, binary, empty):
        assert main(["import-platform", str(path), "--db", str(shop_db)]) == 2
    err = capsys.readouterr().err
    assert "amount.csv:row 6: 买家实际支付金额: '十元' is not a number" in err
    assert "time.csv:row 6: 订单付款时间: '25:61' is not a time" in err
    assert "cs_2026-11-03_2026-11-03.csv:row 3: no one has the customer-service account 陌生人" in err
    assert "cs_2026-11-03至2026-11-04.csv:row 1: the file covers 2026-11-03 to 2026-11-04 but has no 日期 column" in err
    assert "unknown.csv:row 1: not a known platform export" in err and "订单编号, 买家实际支付金额, 订单付款时间" in err
    assert "photo.xlsx:row 1: not a spreadsheet" in err
    assert "empty.csv:row 1: the file is empty" in err
    assert "Traceback" not in err
    assert err.count("nothing was written") == 7
    assert _bytes(shop_db) == before


def test_conflict_with_a_typed_figure_needs_replace(tmp_path, shop_db, owner, capsys):  # type: ignore[no-untyped-def]
    db = Database(shop_db)
    save_figures(db, owner, pf.D3, [FigureInput("shop", "orders", "9")], TODAY)
    db.dispose()
    path = str(pf.taobao_orders(tmp_path))
    before = _bytes(shop_db)
    assert main(["import-platform", path, "--db", str(shop_db)]) == 2
    assert "2026-11-03 orders of shop: a typed figure is stored" in capsys.readouterr().err
    assert _bytes(shop_db) == before
    assert main(["import-platform", path, "--db", str(shop_db), "--replace"]) == 0
    assert "1 typed figures replaced" in capsys.readouterr().out


def test_day_option_for_a_dateless_agent_file(tmp_path, shop_db, capsys):  # type: ignore[no-untyped-def]
    path = pf.write_csv(tmp_path / "客服.csv", pf.qianniu_rows(second="小鹿家居:小芳")[:2], "gbk")
    assert main(["import-platform", str(path), "--db", str(shop_db), "--day", "2026-11-3x"]) == 2
    assert "--day" in capsys.readouterr().err
    assert main(["import-platform", str(path), "--db", str(shop_db), "--day", "2026-11-03"]) == 0
    assert "2026-11-03: 小芳 cs_orders=10, 小芳 cs_response_s=25.38" in capsys.readouterr().out


def test_a_refused_import_or_a_dry_run_leaves_no_new_shop_file(tmp_path, capsys):  # type: ignore[no-untyped-def]
    new = tmp_path / "new" / "shop.db"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["import-platform", str(empty), "--db", str(new)]) == 2
    assert not new.exists()
    assert main(["import-platform", str(pf.jd_orders(tmp_path)), "--db", str(new), "--dry-run"]) == 0
    assert not new.exists()
    assert main(["import-platform", str(pf.jd_orders(tmp_path)), "--db", str(new)]) == 0
    assert new.exists()
    assert "2026-11-03: orders=2, refunds=0.00, sales=199.90" in capsys.readouterr().out
