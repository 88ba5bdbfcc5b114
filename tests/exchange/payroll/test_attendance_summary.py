"""The 钉钉 / 企业微信 monthly attendance summary: read by name, unknown names refused, nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from shopdesk.domain.errors import ValidationErrors
from shopdesk.exchange.payroll.attendance import read_attendance_summary
from shopdesk.services.payroll.attendance import import_attendance_file, month_attendance
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.services.targets.plan import set_rest_days
from tests.conftest import file_bytes


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


DINGTALK = [
    ["月度汇总 统计日期：2026-10-01 至 2026-10-31"],
    ["姓名", "考勤组", "部门", "应出勤天数", "实际出勤天数", "迟到次数", "严重迟到次数", "旷工天数", "假勤统计"],
    [None, None, None, None, None, None, None, None, "事假（天）"],
    ["张伟", "默认", "运营部", 27, 25, 1, 1, 0.5, 1],
    ["刘洋", "默认", "客服部", 27, 27, 0, None, None, None],
    ["合计", None, None, 54, 52, 1, 1, 0.5, 1],
]


def test_a_dingtalk_summary_with_a_grouped_header(tmp_path: Path):
    rows = read_attendance_summary(_xlsx(tmp_path / "钉钉考勤.xlsx", DINGTALK))
    assert [(r.where, r.name, r.unpaid_days, r.late) for r in rows] == [
        ("钉钉考勤.xlsx:row 4", "张伟", "1.5", "2"), ("钉钉考勤.xlsx:row 5", "刘洋", "0", "0")]


def test_a_wecom_csv_in_gb18030_falls_back_to_due_minus_actual(tmp_path: Path):
    path = tmp_path / "企业微信.csv"
    path.write_bytes("姓名,应出勤天数,实际出勤天数,迟到次数\n王芳,22,20.5,3\n".encode("gb18030"))
    rows = read_attendance_summary(path)
    assert [(r.name, r.unpaid_days, r.late) for r in rows] == [("王芳", "1.5", "3")]


def test_a_file_without_the_header_is_refused(tmp_path: Path):
    with pytest.raises(ValidationErrors) as caught:
        read_attendance_summary(_xlsx(tmp_path / "x.xlsx", [["a", "b"], [1, 2]]))
    assert caught.value.errors[0].field == "x.xlsx"
    with pytest.raises(ValidationErrors) as caught:
        read_attendance_summary(_xlsx(tmp_path / "y.xlsx", [["姓名", "迟到次数"], ["张伟", "很多"]]))
    assert caught.value.errors[0].field == "y.xlsx:row 2"


def test_importing_matches_names_and_unknown_names_write_nothing(db, owner, tmp_path: Path):
    set_rest_days(db, owner, "sun")
    zhang = add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=6000, hire_date=date(2025, 1, 1)))
    path = _xlsx(tmp_path / "钉钉考勤.xlsx", DINGTALK)
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_attendance_file(db, owner, "2026-10", path)
    assert [(e.field, "刘洋" in e.message) for e in caught.value.errors] == [("钉钉考勤.xlsx:row 5", True)]
    assert file_bytes(db) == before
    add_staff(db, owner, StaffInput("刘洋", "Customer Service", base_salary=4500, hire_date=date(2025, 1, 1)))
    assert import_attendance_file(db, owner, "2026-10", path) == 2
    got = {r.staff_id: (str(r.unpaid_days), r.late) for r in month_attendance(db, owner, "2026-10").rows}
    assert got[zhang] == ("1.5", 2)


def test_a_missing_or_oversized_file_is_refused_by_name(tmp_path: Path, monkeypatch):
    from shopdesk.domain.errors import ValidationError
    from shopdesk.exchange.payroll import attendance

    with pytest.raises(ValidationError) as caught:
        read_attendance_summary(tmp_path / "gone.xlsx")
    assert caught.value.field == "gone.xlsx"
    big = tmp_path / "big.csv"
    big.write_text("姓名,迟到次数\n张伟,1\n", encoding="utf-8")
    monkeypatch.setattr(attendance, "MAX_BYTES", 10)
    with pytest.raises(ValidationError) as caught:
        read_attendance_summary(big)
    assert caught.value.field == "big.csv" and "too large" in caught.value.message
