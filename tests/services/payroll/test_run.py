"""The payroll run: lines, adjustments, deductions, grades, approval lock and re-opening."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from shopdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from shopdesk.domain.rules import RuleSpec
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.figures.entry import FigureInput, save_figures
from shopdesk.services.payroll import edits
from shopdesk.services.payroll.presets import PRESETS, apply_preset
from shopdesk.services.payroll.rules import add_rule, list_rules, update_rule
from shopdesk.services.payroll.run import approve, approved_months, compute_run, my_pay, reopen
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.models.audit import AuditEntry
from tests.conftest import TODAY

MONTH = "2026-10"


@pytest.fixture
def shop(db, owner):  # type: ignore[no-untyped-def]
    """Two in Operations, one in Logistics, with a shop-sales rule and October figures."""
    ids = [add_staff(db, owner, StaffInput(n, d, base_salary=b)) for n, d, b in
           (("张伟", "Operations", 5000), ("刘洋", "Operations", 4500), ("王芳", "Logistics", 4000))]
    add_rule(db, owner, RuleSpec("department:operations", "Shop sales", "percent", "sales", "shop", rate=D(1)))
    save_figures(db, owner, date(2026, 10, 5), [FigureInput("shop", "sales", "523400")], TODAY)
    return ids


def test_a_run_explains_each_line_and_totals_add_up(db, owner, shop):
    run = compute_run(db, owner, MONTH, TODAY)
    zhang = run.person(shop[0])
    assert [line.explanation for line in zhang.lines] == ["1.00% × ¥523,400.00 shop sales = ¥5,234.00"]
    assert zhang.gross_fen == 500000 + 523400 and zhang.net_fen == zhang.gross_fen
    wang = run.person(shop[2])
    assert "no pay rules apply to 王芳" in wang.warnings[0].render()
    assert run.shop.net_fen == sum(p.net_fen for p in run.people)
    assert run.departments["operations"].earnings_fen == 2 * 523400
    assert run.earning_labels == ["Shop sales"]


def test_adjustments_deductions_and_grades_change_the_run(db, owner, shop):
    edits.add_adjustment(db, owner, MONTH, shop[0], "-200.50", "late three times")
    edits.add_adjustment(db, owner, MONTH, shop[0], "1000", "Double 11 overtime")
    edits.set_deduction(db, owner, MONTH, shop[0], "social_insurance", "525.00")
    edits.set_deduction(db, owner, MONTH, shop[0], "income_tax", "80")
    edits.set_grade(db, owner, MONTH, shop[0], "a")
    zhang = compute_run(db, owner, MONTH, TODAY).person(shop[0])
    assert zhang.adjustments_fen == 79950 and [a.reason for a in zhang.adjustments][0] == "late three times"
    assert zhang.deductions == {"social_insurance": 52500, "income_tax": 8000}
    assert zhang.grade == "A"
    assert zhang.gross_fen == 500000 + 523400 + 79950
    assert zhang.net_fen == zhang.gross_fen - 60500
    edits.set_deduction(db, owner, MONTH, shop[0], "income_tax", "0")
    assert compute_run(db, owner, MONTH, TODAY).person(shop[0]).deductions == {"social_insurance": 52500}


def test_copy_last_months_deductions(db, owner, shop):
    edits.set_deduction(db, owner, "2026-09", shop[0], "housing_fund", "300")
    edits.set_deduction(db, owner, "2026-09", shop[1], "housing_fund", "250")
    edits.set_deduction(db, owner, MONTH, shop[1], "income_tax", "10")  # already has some: left alone
    assert edits.copy_last_months_deductions(db, owner, MONTH) == 1
    run = compute_run(db, owner, MONTH, TODAY)
    assert run.person(shop[0]).deductions == {"housing_fund": 30000}
    assert run.person(shop[1]).deductions == {"income_tax": 1000}


def test_bad_adjustments_are_refused(db, owner, shop):
    for amount, reason, field in (("abc", "x", "amount"), ("0", "x", "amount"), ("10", "  ", "reason")):
        with pytest.raises(ValidationError) as caught:
            edits.add_adjustment(db, owner, MONTH, shop[0], amount, reason)
        assert caught.value.field == field
    with pytest.raises(ValidationError):
        edits.set_deduction(db, owner, MONTH, shop[0], "social_insurance", "-5")
    with pytest.raises(ValidationError):
        edits.set_deduction(db, owner, MONTH, shop[0], "pension", "5")
    with pytest.raises(ValidationError):
        edits.set_grade(db, owner, MONTH, shop[0], "E")
    with pytest.raises(ValidationError):
        compute_run(db, owner, "2026-12", TODAY)  # not begun


def test_approval_locks_the_month_against_every_later_change(db, owner, shop):
    edits.add_adjustment(db, owner, MONTH, shop[0], "100", "bonus")
    approved = approve(db, owner, MONTH, TODAY)
    assert approved.approved and approved.approved_by == owner.name
    assert approved_months(db, owner) == [MONTH]
    before = compute_run(db, owner, MONTH, TODAY)
    # Rules, figures, targets and staff change afterwards …
    rule = list_rules(db, owner)[0]
    update_rule(db, owner, rule.id, replace(rule.spec, rate=D(5)))
    add_rule(db, owner, RuleSpec("all", "Meal", "fixed", amount_fen=30000))
    save_figures(db, owner, date(2026, 10, 6), [FigureInput("shop", "sales", "99999")], TODAY)
    add_staff(db, owner, StaffInput("新人", "Design", base_salary=3000))
    # … and the approved month reads back identical.
    assert compute_run(db, owner, MONTH, TODAY) == before
    for change in (lambda: edits.add_adjustment(db, owner, MONTH, shop[0], "1", "x"),
                   lambda: edits.set_deduction(db, owner, MONTH, shop[0], "other", "1"),
                   lambda: edits.set_grade(db, owner, MONTH, shop[0], "S"),
                   lambda: edits.delete_adjustment(db, owner, before.person(shop[0]).adjustments[0].id),
                   lambda: edits.copy_last_months_deductions(db, owner, MONTH),
                   lambda: approve(db, owner, MONTH, TODAY)):
        with pytest.raises(Conflict):
            change()
    # Re-opening is explicit and audited; the month then computes afresh.
    reopen(db, owner, MONTH, "wrong rate")
    assert compute_run(db, owner, MONTH, TODAY) != before
    with db.read() as s:
        actions = s.execute(select(AuditEntry.action).where(AuditEntry.entity == "payroll")).scalars().all()
    assert actions == ["approve", "reopen"]


@pytest.mark.sqlite_only
def test_approval_makes_a_backup_first(db, owner, shop):
    """The copy made for the approval holds the shop as it was just before: the month still open."""
    import sqlite3

    from shopdesk.services.safety import backup

    folder = backup.backup_folder(db)
    approve(db, owner, MONTH, TODAY)
    copies = [path for _made, reason, path in backup.list_backups(folder) if reason == "payroll"]
    assert len(copies) == 1
    with sqlite3.connect(f"file:{copies[0]}?mode=ro", uri=True) as before:
        assert before.execute("SELECT count(*) FROM payroll_approval WHERE month = ?", (MONTH,)).fetchone() == (0,)
        assert before.execute("SELECT count(*) FROM staff").fetchone() == (len(shop),)
    assert approved_months(db, owner) == [MONTH]


def test_previous_month_comparison(db, owner, shop):
    save_figures(db, owner, date(2026, 9, 5), [FigureInput("shop", "sales", "100000")], TODAY)
    run = compute_run(db, owner, MONTH, TODAY)
    assert run.person(shop[0]).change_fen == 523400 - 100000
    assert run.previous_shop is not None and run.previous_shop.headcount == 3


def owner_only_calls(db, who, sid):  # type: ignore[no-untyped-def]
    return (lambda: compute_run(db, who, MONTH, TODAY), lambda: approve(db, who, MONTH, TODAY),
            lambda: reopen(db, who, MONTH), lambda: approved_months(db, who),
            lambda: edits.add_adjustment(db, who, MONTH, sid, "1", "x"),
            lambda: edits.set_deduction(db, who, MONTH, sid, "other", "1"),
            lambda: edits.set_grade(db, who, MONTH, sid, "S"),
            lambda: edits.copy_last_months_deductions(db, who, MONTH),
            lambda: apply_preset(db, who, "operations"),
            lambda: list_rules(db, who))


MANAGER = Actor(Role.MANAGER, "主管", 1, "operations")


def test_only_the_owner_runs_payroll_and_staff_see_only_their_own_approved_pay(db, owner, shop):
    zhang = Actor(Role.STAFF, "张伟", shop[0], "operations")
    liu = Actor(Role.STAFF, "刘洋", shop[1], "operations")
    manager = replace(MANAGER, staff_id=shop[1])
    for who in (zhang, manager):
        for call in owner_only_calls(db, who, shop[0]):
            with pytest.raises(PermissionDenied):
                call()
    assert my_pay(db, zhang, MONTH) is None  # not approved yet
    approve(db, owner, MONTH, TODAY)
    mine = my_pay(db, zhang, MONTH)
    assert mine is not None and mine.staff_id == shop[0] and mine.net_fen == 500000 + 523400
    assert my_pay(db, liu, MONTH).staff_id == shop[1]
    with pytest.raises(PermissionDenied):
        my_pay(db, owner, MONTH)  # the owner reads the run, not "my pay"


def test_ready_made_sets_apply_once(db, owner):
    assert [apply_preset(db, owner, p.key) for p in PRESETS] == [1, 1, 2, 2]
    assert [apply_preset(db, owner, p.key) for p in PRESETS] == [0, 0, 0, 0]
    assert len(list_rules(db, owner)) == 6


def test_the_demo_shop_pays_real_lines(demo_db, owner):
    run = compute_run(demo_db, owner, MONTH, TODAY)
    kinds = {line.kind for p in run.people for line in p.lines}
    assert {"percent", "per_unit", "tiered", "grade_bonus", "target_bonus", "penalty"} <= kinds
    assert all(p.lines for p in run.people)
