"""The whole 工资表 in the payroll run (DESIGN §4.7): partial months, attendance, 全勤奖,
social insurance, housing fund and cumulative income tax, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from shopdesk.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from shopdesk.domain.rules import RuleSpec
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.payroll import edits
from shopdesk.services.payroll.attendance import (
    AttendanceEntry,
    NamedAttendance,
    import_attendance,
    month_attendance,
    set_attendance,
)
from shopdesk.services.payroll.rules import add_rule
from shopdesk.services.payroll.run import approve, compute_run, reopen
from shopdesk.services.payroll.setup import pay_setup, set_pay_setup
from shopdesk.services.staff.people import StaffInput, add_staff, get_staff, update_staff
from shopdesk.services.targets.plan import set_rest_days
from shopdesk.store.models.audit import AuditEntry
from shopdesk.store.models.payroll import Attendance
from tests.conftest import TODAY, file_bytes
from tests.services.common.test_bad_input import refused

YUAN = 100


@pytest.fixture
def shop(db, owner):  # type: ignore[no-untyped-def]
    """Sundays off; 张伟 since 2025, 刘洋 hired on 2026-10-16, 王芳 leaving on 2026-10-09."""
    set_rest_days(db, owner, "sun")
    ids = {
        "zhang": add_staff(db, owner, StaffInput("张伟", "Operations", base_salary=6000, hire_date=date(2025, 3, 1))),
        "liu": add_staff(db, owner, StaffInput("刘洋", "Operations", base_salary=6000, hire_date=date(2026, 10, 16))),
        "wang": add_staff(db, owner, StaffInput("王芳", "Logistics", base_salary=5000, hire_date=date(2024, 1, 1),
                                                leave_date=date(2026, 10, 9))),
    }
    add_rule(db, owner, RuleSpec("department:operations", "全勤奖", "full_attendance", amount_fen=30000))
    return ids


def test_partial_months_are_pro_rated_and_leavers_leave_the_later_runs(db, owner, shop):
    oct_ = compute_run(db, owner, "2026-10", TODAY)  # 27 working days due
    liu, wang = oct_.person(shop["liu"]), oct_.person(shop["wang"])
    assert liu is not None and liu.base_fen == 311111 and liu.full_base_fen == 600000
    assert liu.notes["base"].render() == "¥6,000.00 × 14 working days employed ÷ 27 working days due = ¥3,111.11"
    assert wang is not None and wang.base_fen == 148148 and wang.full_base_fen == 500000
    # neither worked the whole month, so no 全勤奖 — and the reason is given
    assert liu.lines == () and "not employed for the whole month" in liu.warnings[0].render()
    zhang = oct_.person(shop["zhang"])
    assert zhang is not None and zhang.base_fen == 600000 and zhang.full_base_fen is None
    assert [line.amount_fen for line in zhang.lines] == [30000]
    assert compute_run(db, owner, "2026-09", TODAY).person(shop["liu"]) is None  # before hiring
    approve(db, owner, "2026-10", TODAY)
    nov = compute_run(db, owner, "2026-11", TODAY)
    assert nov.person(shop["wang"]) is None  # left in October
    assert compute_run(db, owner, "2026-10", TODAY).person(shop["wang"]) is not None  # history stays


def test_attendance_makes_absence_and_gates_full_attendance(db, owner, shop):
    before = set_attendance(db, owner, "2026-10", [AttendanceEntry(shop["zhang"], "2", 0),
                                                   AttendanceEntry(shop["liu"], 0, 1)])
    assert [(b.unpaid_days, b.late) for b in before] == [("0", 0), ("0", 0)]
    zhang = compute_run(db, owner, "2026-10", TODAY).person(shop["zhang"])
    assert zhang is not None and zhang.absence_fen == 44444 and zhang.unpaid_halves == 4
    assert zhang.notes["absence"].render() == "¥6,000.00 × 2 days ÷ 27 working days due = ¥444.44"
    assert zhang.lines == () and zhang.warnings[0].render() == "全勤奖: 2 unpaid days this month, not paid"
    assert zhang.gross_fen == 600000 - 44444 and zhang.net_fen == zhang.gross_fen
    got = month_attendance(db, owner, "2026-10")
    assert got.days_due == 27 and [(r.name, str(r.unpaid_days), r.late) for r in got.rows] == [
        ("刘洋", "0", 1), ("张伟", "2", 0), ("王芳", "0", 0)]
    # undo: the values before, saved again
    set_attendance(db, owner, "2026-10", before)
    zhang = compute_run(db, owner, "2026-10", TODAY).person(shop["zhang"])
    assert zhang is not None and zhang.absence_fen == 0 and [x.amount_fen for x in zhang.lines] == [30000]
    with db.read() as s:
        assert s.scalars(select(Attendance)).all() == []
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.entity == "attendance")).all()) == 4


@pytest.mark.parametrize(("value", "field", "words"), [
    ("-1", "unpaid_days", "negative"), ("28", "unpaid_days", "more than the 27"),
    ("1.25", "unpaid_days", "multiple of 0.5"), ("abc", "unpaid_days", "not a number")])
def test_bad_attendance_names_the_field_and_writes_nothing(db, owner, shop, value, field, words):
    error = refused(db, lambda: set_attendance(db, owner, "2026-10", [
        AttendanceEntry(shop["zhang"], "1", 0), AttendanceEntry(shop["liu"], value, 0)]), "attendance")
    assert isinstance(error, ValidationError) and error.field == f"刘洋, {field}"
    assert words in error.message
    error = refused(db, lambda: set_attendance(db, owner, "2026-10", [AttendanceEntry(shop["zhang"], 0, "-2")]),
                    "attendance")
    assert isinstance(error, ValidationError) and error.field == "张伟, late"


def test_only_the_owner_sets_attendance(db, owner, shop):
    manager = Actor(Role.MANAGER, "张伟", shop["zhang"], "operations")
    with pytest.raises(PermissionDenied):
        set_attendance(db, manager, "2026-10", [AttendanceEntry(shop["liu"], 1, 0)])
    with pytest.raises(PermissionDenied):
        month_attendance(db, manager, "2026-10")


def test_an_attendance_file_matches_by_name_and_unknown_names_write_nothing(db, owner, shop):
    rows = [NamedAttendance("kq.xlsx:row 3", "张伟", "1.5", 2), NamedAttendance("kq.xlsx:row 4", "赵六", 0, 0),
            NamedAttendance("kq.xlsx:row 5", "刘洋", "0.3", 0)]
    before = file_bytes(db)
    with pytest.raises(ValidationErrors) as caught:
        import_attendance(db, owner, "2026-10", rows)
    assert [e.field for e in caught.value.errors] == ["kq.xlsx:row 4", "kq.xlsx:row 5"]
    assert "赵六" in caught.value.errors[0].message
    assert file_bytes(db) == before
    assert import_attendance(db, owner, "2026-10", [rows[0]]) == 1
    zhang = compute_run(db, owner, "2026-10", TODAY).person(shop["zhang"])
    assert zhang is not None and (zhang.unpaid_halves, zhang.late) == (3, 2)


def test_social_insurance_and_housing_fund_from_bases_and_rates_and_typed_values_win(db, owner, shop):
    record = get_staff(db, owner, shop["zhang"])
    update_staff(db, owner, shop["zhang"], StaffInput("张伟", "Operations", base_salary=6000,
                                                     hire_date=record.hire_date, si_base="5000", hf_base="4000"))
    zhang = compute_run(db, owner, "2026-10", TODAY).person(shop["zhang"])
    assert zhang is not None and zhang.deductions == {"social_insurance": 52500, "housing_fund": 20000}
    assert zhang.notes["social_insurance"].render() == "¥5,000.00 × 10.50% = ¥525.00"
    assert zhang.net_fen == 630000 - 72500
    set_pay_setup(db, owner, si_rate="8%", hf_rate="12", income_tax=False)
    edits.set_deduction(db, owner, "2026-10", shop["zhang"], "social_insurance", "300")
    zhang = compute_run(db, owner, "2026-10", TODAY).person(shop["zhang"])
    assert zhang is not None and zhang.computed == {"social_insurance": 40000, "housing_fund": 48000}
    assert zhang.deductions == {"social_insurance": 30000, "housing_fund": 48000}
    assert zhang.typed == ["social_insurance"]
    with db.read() as s:
        audits = {e.entity for e in s.scalars(select(AuditEntry))}
    assert {"pay_deduction", "payroll_setup"} <= audits


def test_a_shop_that_uses_none_of_it_sees_no_new_deductions(db, owner, shop):
    run = compute_run(db, owner, "2026-10", TODAY)
    assert run.deduction_categories == [] and not run.uses_absence
    assert all(p.tax is None and p.computed == {} for p in run.people)


def _taxed(db, owner):  # type: ignore[no-untyped-def]
    """¥30,000 a month; SI and HF on a ¥20,000 base; ¥2,000 special deduction; income tax on."""
    set_pay_setup(db, owner, si_rate="10.5%", hf_rate="5%", income_tax="on")
    return add_staff(db, owner, StaffInput("陈静", "Design", base_salary=30000, hire_date=date(2025, 6, 1),
                                           si_base=20000, hf_base=20000, special_deduction=2000))


def test_cumulative_withholding_over_three_months_with_approvals(db, owner, shop):
    chen = _taxed(db, owner)
    jan = compute_run(db, owner, "2026-01", TODAY).person(chen)
    assert jan is not None and jan.deductions == {"social_insurance": 210000, "housing_fund": 100000,
                                                 "income_tax": 59700}
    approve(db, owner, "2026-01", TODAY)
    mar = compute_run(db, owner, "2026-03", TODAY)
    assert "2026-02" in mar.warnings[0].render() and "not approved" in mar.warnings[0].render()
    assert mar.person(chen).deductions["income_tax"] == 199000  # type: ignore[union-attr]
    feb = compute_run(db, owner, "2026-02", TODAY).person(chen)
    assert feb is not None and feb.deductions["income_tax"] == 86300 and feb.tax is not None
    assert feb.tax.withheld_before_fen == 59700 and feb.tax.taxable_fen == 39800 * YUAN
    approve(db, owner, "2026-02", TODAY)
    mar = compute_run(db, owner, "2026-03", TODAY)
    assert mar.warnings == ()
    p = mar.person(chen)
    assert p is not None and p.tax is not None
    assert (p.tax.months, p.tax.income_fen, p.tax.withheld_before_fen, p.tax.tax_fen) == (
        3, 90000 * YUAN, 146000, 199000)
    assert p.net_fen == 3000000 - 310000 - 199000


def test_approved_months_keep_their_tax_and_attendance(db, owner, shop):
    chen = _taxed(db, owner)
    set_attendance(db, owner, "2026-01", [AttendanceEntry(chen, "1", 0)])
    jan = approve(db, owner, "2026-01", TODAY).person(chen)
    assert jan is not None and jan.absence_fen > 0 and jan.tax is not None
    # later edits: attendance is locked; rates and the staff record change; the month does not
    with pytest.raises(Exception, match="locked"):
        set_attendance(db, owner, "2026-01", [AttendanceEntry(chen, "0", 0)])
    set_pay_setup(db, owner, si_rate="20", hf_rate="0", income_tax=True)
    update_staff(db, owner, chen, StaffInput("陈静", "Design", base_salary=40000, hire_date=date(2025, 6, 1),
                                             si_base=20000, hf_base=20000, special_deduction=0))
    again = compute_run(db, owner, "2026-01", TODAY).person(chen)
    assert again == jan
    # and February counts January's tax as it was withheld
    feb = compute_run(db, owner, "2026-02", TODAY).person(chen)
    assert feb is not None and feb.tax is not None and feb.tax.withheld_before_fen == jan.deductions["income_tax"]
    assert feb.tax.income_fen == jan.gross_fen + 4000000
    reopen(db, owner, "2026-01", "fix")
    recomputed = compute_run(db, owner, "2026-01", TODAY).person(chen)
    assert recomputed is not None and recomputed.deductions["social_insurance"] == 400000


def test_net_pay_below_the_minimum_wage_warns(db, owner, shop):
    set_pay_setup(db, owner, si_rate="10.5", hf_rate="5", income_tax=False, min_wage="2500")
    wang = compute_run(db, owner, "2026-10", TODAY).person(shop["wang"])
    assert wang is not None and wang.net_fen < 250000
    assert any("below the minimum wage ¥2,500.00" in w.render() for w in wang.warnings)
    assert pay_setup(db).min_wage_fen == 250000


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"si_rate": "101%"}, "si_rate"), ({"si_rate": "-1"}, "si_rate"), ({"hf_rate": "abc"}, "hf_rate"),
    ({"income_tax": "maybe"}, "income_tax"), ({"min_wage": "-5"}, "min_wage")])
def test_bad_payroll_settings_are_refused(db, owner, kwargs, field):
    args = {"si_rate": "10.5", "hf_rate": "5", "income_tax": "off", "min_wage": None} | kwargs
    error = refused(db, lambda: set_pay_setup(db, owner, **args), "pay setup")
    assert isinstance(error, ValidationError) and error.field == field


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"leave_date": date(2026, 1, 1)}, "leave_date"), ({"si_base": "-1"}, "si_base"),
    ({"hf_base": "x"}, "hf_base"), ({"special_deduction": "-100"}, "special_deduction")])
def test_bad_staff_pay_fields_are_refused(db, owner, kwargs, field):
    data = StaffInput("李娜", "Design", base_salary=5000, hire_date=date(2026, 3, 1), **kwargs)
    error = refused(db, lambda: add_staff(db, owner, data), "staff pay fields")
    assert isinstance(error, ValidationError) and error.field == field


def test_the_staff_record_keeps_the_new_fields(db, owner):
    sid = add_staff(db, owner, StaffInput("李娜", "Design", base_salary=5000, hire_date=date(2026, 3, 1),
                                          leave_date=date(2026, 12, 31), si_base="4,000.50", hf_base=3000,
                                          special_deduction="1500"))
    r = get_staff(db, owner, sid)
    assert (r.leave_date, r.si_base_fen, r.hf_base_fen, r.special_deduction_fen) == (
        date(2026, 12, 31), 400050, 300000, 150000)


def test_a_month_approved_before_tax_facts_were_kept_is_read_from_its_snapshot(db, owner, shop):
    import json

    from shopdesk.store.models.payroll import PayrollApproval

    chen = _taxed(db, owner)
    jan = approve(db, owner, "2026-01", TODAY).person(chen)
    assert jan is not None
    with db.write() as s:  # as an older ShopDesk wrote it: net pay and totals only
        row = s.get(PayrollApproval, "2026-01")
        summary = json.loads(row.summary)
        del summary["tax"]
        row.summary = json.dumps(summary)
    feb = compute_run(db, owner, "2026-02", TODAY).person(chen)
    assert feb is not None and feb.tax is not None
    assert feb.tax.withheld_before_fen == jan.deductions["income_tax"] == 59700
    assert feb.tax.income_fen == 2 * 3000000 and feb.previous_net_fen == jan.net_fen


def test_unapproved_earlier_months_are_computed_once_and_last_month_compares(db, owner, shop):
    chen = _taxed(db, owner)
    mar = compute_run(db, owner, "2026-03", TODAY)
    feb = compute_run(db, owner, "2026-02", TODAY)
    assert mar.person(chen).previous_net_fen == feb.person(chen).net_fen  # type: ignore[union-attr]
    assert mar.previous_shop == feb.shop


def test_the_rule_preview_of_full_attendance_reads_the_months_attendance(db, owner, shop):
    from shopdesk.services.payroll.run import preview_rule

    set_attendance(db, owner, "2026-10", [AttendanceEntry(shop["zhang"], 0, 1)])
    rows = preview_rule(db, owner, RuleSpec("all", "全勤奖", "full_attendance", amount_fen=30000), "2026-10", TODAY)
    got = {r.name: (r.amount_fen, r.note.render()) for r in rows}
    assert got["张伟"] == (None, "全勤奖: late 1 times this month, not paid")
    assert got["刘洋"][0] is None and "not employed for the whole month" in got["刘洋"][1]
