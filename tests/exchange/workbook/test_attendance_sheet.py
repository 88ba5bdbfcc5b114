"""The workbook's new pay columns and the Attendance sheet (DESIGN §4.2): import, export, older workbooks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopdesk.domain.errors import ValidationErrors
from shopdesk.services.payroll.attendance import month_attendance
from shopdesk.services.payroll.setup import pay_setup
from shopdesk.services.staff.people import list_staff
from shopdesk.services.workbook.export import export_workbook
from shopdesk.services.workbook.importer import import_workbook
from tests.conftest import TODAY, file_bytes
from tests.exchange.workbook.books import write_book

SHOP = [["key", "value"], ["rest_days", "sun"], ["si_rate", 0.08], ["hf_rate", "12%"], ["income_tax", "on"],
        ["min_wage", 2490]]
STAFF = [["name", "department", "base_salary", "hire_date", "leave_date", "si_base", "hf_base", "special_deduction"],
         ["张伟", "运营", 6000, "2025-03-01", None, 5000, 4000.5, 2000],
         ["王芳", "物流", 5000, "2024-01-01", "2026-10-09", None, None, None]]
ATTENDANCE = [["月份", "姓名", "事假/旷工天数", "迟到次数"], ["2026-10", "张伟", 1.5, 2], ["2026-10", "王芳", None, 1]]


def _book(path: Path, **sheets: list[list[object]]) -> Path:
    write_book(path, {"Shop": SHOP, "Staff": STAFF, "考勤": ATTENDANCE} | sheets,
               formats={("Shop", "B3"): "0%"})
    return path


def test_new_columns_and_the_attendance_sheet_import_and_export(db, owner, tmp_path: Path):
    summary = import_workbook(db, owner, _book(tmp_path / "in.xlsx"), TODAY)
    assert summary.attendance == 2
    setup = pay_setup(db)
    assert (setup.si_rate, setup.hf_rate, setup.income_tax, setup.min_wage_fen) == (D(8), D(12), True, 249000)
    people = {p.name: p for p in list_staff(db, owner, include_inactive=True)}
    zhang, wang = people["张伟"], people["王芳"]
    assert (zhang.si_base_fen, zhang.hf_base_fen, zhang.special_deduction_fen) == (500000, 400050, 200000)
    assert wang.leave_date == date(2026, 10, 9) and wang.si_base_fen is None
    got = month_attendance(db, owner, "2026-10")
    assert {r.name: (r.unpaid_days, r.late) for r in got.rows} == {"张伟": (D("1.5"), 2), "王芳": (D(0), 1)}
    out = tmp_path / "out.xlsx"
    export_workbook(db, owner, out)
    wb = load_workbook(out)
    assert "Attendance" in wb.sheetnames and wb.sheetnames.index("Attendance") > wb.sheetnames.index("Tasks")
    assert [list(r) for r in wb["Attendance"].iter_rows(values_only=True)] == [
        ["month", "name", "unpaid_days", "late"], ["2026-10", "张伟", 1.5, 2], ["2026-10", "王芳", 0, 1]]
    staff = [list(r) for r in wb["Staff"].iter_rows(values_only=True)]
    assert staff[0][-5:] == ["leave_date", "si_base", "hf_base", "special_deduction", "platform_accounts"]
    shop = dict(r for r in wb["Shop"].iter_rows(min_row=2, values_only=True))
    assert (shop["si_rate"], shop["hf_rate"], shop["income_tax"], shop["min_wage"]) == ("8%", "12%", "on", "2490")
    # the export imports back to the same shop
    import_workbook(db, owner, out, TODAY, replace=True)
    assert month_attendance(db, owner, "2026-10") == got and pay_setup(db) == setup
    assert {p.name: p for p in list_staff(db, owner, include_inactive=True)}["张伟"] == zhang


def test_an_older_workbook_keeps_the_new_fields_as_they_are(db, owner, tmp_path: Path):
    import_workbook(db, owner, _book(tmp_path / "in.xlsx"), TODAY)
    old = tmp_path / "old.xlsx"
    write_book(old, {"员工": [["姓名", "部门", "底薪"], ["张伟", "运营", 6500]]})
    import_workbook(db, owner, old, TODAY)
    zhang = {p.name: p for p in list_staff(db, owner)}["张伟"]
    assert zhang.base_salary_fen == 650000 and zhang.si_base_fen == 500000 and zhang.special_deduction_fen == 200000


@pytest.mark.parametrize(("sheets", "where", "words"), [
    ({"考勤": [ATTENDANCE[0], ["2026-10", "赵六", 1, 0]]}, "考勤!B2", "赵六"),
    ({"考勤": [ATTENDANCE[0], ["2026-10", "张伟", 1.25, 0]]}, "考勤!C2", "multiple of 0.5"),
    ({"考勤": [ATTENDANCE[0], ["2026-10", "张伟", -1, 0]]}, "考勤!C2", "negative"),
    ({"考勤": [ATTENDANCE[0], ["2026-10", "张伟", 28, 0]]}, "考勤!C2", "more than the 27"),
    ({"考勤": [ATTENDANCE[0], ["2026-10", "张伟", 0, -3]]}, "考勤!D2", "negative"),
    ({"考勤": [ATTENDANCE[0], ["2026-13", "张伟", 0, 0]]}, "考勤!A2", "not a month"),
    ({"Staff": [STAFF[0], ["张伟", "运营", 6000, "2025-03-01", "2025-01-01", None, None, None]]}, "Staff!E2",
     "before the hire date"),
    ({"Staff": [STAFF[0], ["张伟", "运营", 6000, "2025-03-01", None, -5, None, None]]}, "Staff!F2", "negative"),
    ({"Shop": [SHOP[0], ["si_rate", "101%"]]}, "Shop!B2", "between 0 % and 100 %"),
    ({"Shop": [SHOP[0], ["income_tax", "maybe"]]}, "Shop!B2", "on or off"),
])
def test_bad_cells_are_named_and_nothing_is_written(db, owner, tmp_path: Path, sheets, where, words):
    book = _book(tmp_path / "bad.xlsx", **sheets)
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_workbook(db, owner, book, TODAY)
    assert any(e.field == where and words in e.message for e in caught.value.errors), caught.value.errors
    assert file_bytes(db) == before
