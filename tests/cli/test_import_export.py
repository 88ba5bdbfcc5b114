"""`shopdesk template / import / export / payroll`: exit codes, messages naming cells, nothing half-written."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from shopdesk.cli import main
from shopdesk.store.db import Database
from tests.conftest import file_bytes
from tests.exchange.workbook.books import chinese_book, write_book

# (sheet, column, bad value, rows it may go in); the message must name that cell.
DEFECTS = [
    ("员工", 1, "销售部", (1, 4)),  # unknown department
    ("员工", 3, "八千", (1, 4)),  # text in a number cell
    ("员工", 4, "2024-02-30", (1, 4)),  # a date that is not a date
    ("员工", 3, -100, (1, 4)),  # a negative salary
    ("员工", 0, "张伟", (2, 4)),  # a duplicate name (张伟 is on row 2)
    ("目标", 0, "李雷", (1, 4)),  # unknown scope
    ("目标", 1, "revenue", (1, 4)),  # unknown metric
    ("目标", 2, "2026-13", (1, 4)),  # not a period
    ("目标", 3, -5, (1, 4)),  # a negative target
    ("目标", 4, "1,2", (1, 1)),  # a year split that is not 4 or 12 weights
    ("实绩", 0, "昨天", (1, 15)),
    ("实绩", 0, "2100-01-01", (1, 15)),  # a future day
    ("实绩", 2, "conversion_rate", (1, 15)),  # worked out, not entered
    ("实绩", 3, "12a", (1, 15)),
    ("实绩", 3, -3, (1, 15)),
    ("规则", 8, "0-80:0%;70-100:1%;100-:1.5%", (1, 1)),  # tiers that overlap
    ("规则", 6, -1, (2, 2)),  # a negative amount
    ("规则", 2, "bonus", (1, 3)),  # unknown rule type
    ("任务", 1, "李雷", (1, 1)),  # unknown assignee
]


_BASE: dict = {}


def _letter(col: int) -> str:
    return "ABCDEFGHIJKL"[col]


def test_template_import_export_exit_codes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book, db, out = tmp_path / "模板.xlsx", tmp_path / "new" / "shop.db", tmp_path / "export.xlsx"
    assert main(["template", str(book), "--lang", "zh_CN"]) == 0
    assert "说明" in load_workbook(book).sheetnames
    assert main(["import", str(book), "--db", str(db)]) == 0  # creates the database
    assert main(["import", str(book), "--db", str(db)]) == 2  # the same Actuals again
    err = capsys.readouterr().err
    assert "实绩!A2:" in err and "--replace" in err
    assert main(["import", str(book), "--db", str(db), "--replace"]) == 0
    assert main(["export", str(out), "--db", str(db)]) == 0
    assert load_workbook(out).sheetnames == ["Shop", "Staff", "Targets", "Actuals", "Rules", "Tasks", "Attendance",
                                             "Products"]
    assert main(["export", str(out), "--db", str(tmp_path / "missing.db")]) == 2


def test_a_broken_workbook_leaves_no_new_database(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book, db = tmp_path / "bad.xlsx", tmp_path / "shop.db"
    write_book(book, {"Staff": [["name", "department"], ["Li Na", "Sales"]]})
    assert main(["import", str(book), "--db", str(db)]) == 2
    assert "Staff!B2: unknown department 'Sales'" in capsys.readouterr().err
    assert not db.exists() and not Path(f"{db}-wal").exists()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(defect=st.sampled_from(DEFECTS), pick=st.integers(0, 1000))
def test_one_defect_exit_2_names_the_cell_and_changes_nothing(tmp_path_factory, capsys, defect, pick) -> None:  # type: ignore[no-untyped-def]
    if not _BASE:  # one imported shop, copied for each example
        home = tmp_path_factory.mktemp("template")
        _BASE["db"], _BASE["book"] = home / "shop.db", home / "good.xlsx"
        _BASE["sheets"] = chinese_book(_BASE["book"])
        assert main(["import", str(_BASE["book"]), "--db", str(_BASE["db"])]) == 0
    base = tmp_path_factory.mktemp("base")
    db_path = base / "shop.db"
    shutil.copyfile(_BASE["db"], db_path)
    sheets = _BASE["sheets"]
    db = Database(db_path)
    before = file_bytes(db)
    sheet, col, value, (low, high) = defect
    row = low + pick % (high - low + 1)
    sheets = {k: [list(r) for r in v] for k, v in sheets.items()}
    sheets["实绩"] = [sheets["实绩"][0]] + [[datetime(2026, 9, r[0].day) if isinstance(r[0], datetime)
                                             else r[0].replace("2026-10", "2026-09"), *r[1:]]
                                            for r in sheets["实绩"][1:]]  # new days: only the defect is wrong
    target = sheets[sheet][row]
    target.extend([None] * (col + 1 - len(target)))
    target[col] = value
    bad = base / "bad.xlsx"
    write_book(bad, sheets)
    capsys.readouterr()
    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert f"{sheet}!{_letter(col)}{row + 1}:" in err
    assert file_bytes(db) == before
    db.dispose()


def test_repeated_actuals_key_is_named(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book, db = tmp_path / "b.xlsx", tmp_path / "shop.db"
    sheets = chinese_book(book)
    sheets["实绩"].append(list(sheets["实绩"][3]))
    write_book(book, sheets)
    assert main(["import", str(book), "--db", str(db)]) == 2
    assert f"实绩!A{len(sheets['实绩'])}: this day, scope and metric already appear in row 4" in capsys.readouterr().err


def test_payroll_bonus_sheet_and_year_register(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db, out, year = tmp_path / "shop.db", tmp_path / "bonus.xlsx", tmp_path / "year.xlsx"
    assert main(["demo", "--db", str(db), "--months", "2"]) == 0
    assert main(["payroll", "2026-13", "--db", str(db), "--export", str(out)]) == 2
    assert main(["payroll", "2026-10", "--db", str(db), "--export", str(out), "--lang", "zh_CN"]) == 0
    assert load_workbook(out).sheetnames == ["工资表", "明细", "目标达成"]
    assert "（未审批）：12 人，应发 ¥" in capsys.readouterr().out
    assert main(["payroll", "2026-10", "--db", str(db), "--export", str(out), "--approve", "--lang", "en"]) == 0
    assert "(approved)" in capsys.readouterr().out
    assert "已于" not in str(load_workbook(out).worksheets[0]["A3"].value)
    assert str(load_workbook(out).worksheets[0]["A3"].value).startswith("Approved")
    assert main(["payroll", "2026", "--db", str(db), "--export", str(year), "--lang", "en"]) == 0
    assert load_workbook(year).sheetnames == ["Net pay 2026", "Pay components 2026"]
