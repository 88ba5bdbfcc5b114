"""Every kind of bad input the issue lists, on SQLite and on PostgreSQL: named as `FILE:row N: message`,
and the database unchanged (byte-identical on SQLite, every row equal on both)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from shopdesk.domain.errors import ValidationErrors
from shopdesk.services.platform.accounts import set_platform_accounts
from shopdesk.services.platform.run import import_platform
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.db import Database
from tests import platform_files as pf
from tests.conftest import file_bytes


def table_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted: what "equal row by row" compares."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            out[table] = sorted((tuple(r) for r in rows), key=repr)
    return out


def _amount(folder: Path) -> Path:
    return pf.write_csv(folder / "amount.csv", pf.taobao_rows([[
        '="1005"', "x", "", "", "", "", "十元", "交易成功", "", "", "", "2026-11-03 09:00:00",
        "2026-11-03 09:00:00", "", "1", "", ""]]), "gbk")


def _time(folder: Path) -> Path:
    return pf.write_csv(folder / "time.csv", pf.taobao_rows([[
        '="1006"', "x", "", "", "", "", "1.00", "交易成功", "", "", "", "2026-11-03 09:00:00",
        "25:61", "", "1", "", ""]]), "gbk")


def _stranger(folder: Path) -> Path:
    return pf.write_csv(folder / "cs_2026-11-03_2026-11-03.csv", pf.qianniu_rows(second="陌生人"), "gbk")


def _many_days(folder: Path) -> Path:
    return pf.write_csv(folder / "cs_2026-11-03至2026-11-04.csv", pf.qianniu_rows())


def _unknown(folder: Path) -> Path:
    return pf.write_csv(folder / "unknown.csv", [["名称", "数量"], ["a", "1"]])


def _binary(folder: Path) -> Path:
    path = folder / "photo.xlsx"
    path.write_bytes(bytes(range(256)) * 10)
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return path


CASES = {
    "amount": (_amount, "amount.csv:row 6: 买家实际支付金额: '十元' is not a number"),
    "time": (_time, "time.csv:row 6: 订单付款时间: '25:61' is not a time"),
    "nickname": (_stranger, "cs_2026-11-03_2026-11-03.csv:row 3: no one has the customer-service account 陌生人: "
                            "add it to a person's platform accounts (Staff → Edit)"),
    "many days": (_many_days, "cs_2026-11-03至2026-11-04.csv:row 1: the file covers 2026-11-03 to 2026-11-04 but "
                              "has no 日期 column: export one day at a time"),
    "unknown kind": (_unknown, "unknown.csv:row 1: not a known platform export"),
    "not a spreadsheet": (_binary, "photo.xlsx:row 1: not a spreadsheet"),
    "empty": (_empty, "empty.csv:row 1: the file is empty"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_named_by_file_and_row_and_changes_nothing(db, owner, tmp_path, case):
    fang = add_staff(db, owner, StaffInput("小芳", "Customer Service"))
    set_platform_accounts(db, owner, fang, "小鹿家居:小芳")
    import_platform(db, owner, [pf.tmall_lines(tmp_path)])  # a shop that already holds platform figures
    before_bytes, before_rows = file_bytes(db), table_rows(db)
    make, message = CASES[case]
    with pytest.raises(ValidationErrors) as caught:
        import_platform(db, owner, [make(tmp_path), pf.jd_orders(tmp_path)])  # with a good file beside it
    assert str(caught.value.errors[0]).startswith(message)
    assert table_rows(db) == before_rows
    assert file_bytes(db) == before_bytes


def test_importing_the_same_files_again_leaves_every_row_equal(db, owner, tmp_path):
    fang = add_staff(db, owner, StaffInput("小芳", "Customer Service"))
    ming = add_staff(db, owner, StaffInput("小明", "Customer Service"))
    set_platform_accounts(db, owner, fang, "小鹿家居:小芳, xiaolu_cs1")
    set_platform_accounts(db, owner, ming, "小鹿家居:小明")
    files = [pf.taobao_orders(tmp_path), pf.tmall_lines(tmp_path), pf.jd_orders(tmp_path), pf.pdd_orders(tmp_path),
             pf.douyin_orders(tmp_path), pf.sycm_shop(tmp_path), pf.qianniu_agents(tmp_path),
             pf.chitu_agents(tmp_path)]
    import_platform(db, owner, files)
    rows, raw = table_rows(db), file_bytes(db)
    assert rows["figure_part"] and rows["product_units"]
    again = import_platform(db, owner, files)
    assert not again.written
    assert table_rows(db) == rows  # PostgreSQL too: equal row by row
    assert file_bytes(db) == raw  # SQLite: byte-identical (PostgreSQL: no row rewritten)
