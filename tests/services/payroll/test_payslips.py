"""Payslips: the owner gets everyone's, staff and managers only their own approved month (DESIGN §4.8)."""

from __future__ import annotations

import pytest

from shopdesk.domain.errors import PermissionDenied
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.payroll.payslips import month_payslips, my_payslip_months, payslip
from shopdesk.services.payroll.run import approve, compute_run
from tests.conftest import TODAY

MONTH = "2026-10"


def _staff(run, i: int, role: Role = Role.STAFF) -> Actor:
    p = run.people[i]
    return Actor(role, p.name, staff_id=p.staff_id, department=p.department)


def test_the_owner_gets_every_slip_of_a_draft_month(demo_db, owner) -> None:
    run = compute_run(demo_db, owner, MONTH, TODAY)
    slips = month_payslips(demo_db, owner, MONTH, TODAY)
    assert not slips.approved and slips.people == run.people and slips.shop
    assert list(slips.earning_labels) == run.earning_labels
    assert list(slips.deduction_categories) == run.deduction_categories


def test_staff_get_only_their_own_approved_slip(demo_db, owner) -> None:
    run = compute_run(demo_db, owner, MONTH, TODAY)
    me, other = _staff(run, 0), run.people[1]
    with pytest.raises(PermissionDenied):  # not approved yet
        payslip(demo_db, me, MONTH, me.staff_id, TODAY)
    with pytest.raises(PermissionDenied):
        month_payslips(demo_db, me, MONTH, TODAY)
    approve(demo_db, owner, MONTH, TODAY)
    mine = payslip(demo_db, me, MONTH, me.staff_id, TODAY)
    assert mine.approved and [p.staff_id for p in mine.people] == [me.staff_id]
    assert mine.people[0].net_fen == run.people[0].net_fen
    assert month_payslips(demo_db, me, MONTH, TODAY).people == mine.people
    assert set(mine.earning_labels) == {line.label for line in run.people[0].lines if not line.deduction}
    with pytest.raises(PermissionDenied):
        payslip(demo_db, me, MONTH, other.staff_id, TODAY)
    manager = _staff(run, 1, Role.MANAGER)
    with pytest.raises(PermissionDenied):  # a manager reads no one else's pay either
        payslip(demo_db, manager, MONTH, run.people[2].staff_id, TODAY)
    assert my_payslip_months(demo_db, me) == [MONTH]
    with pytest.raises(PermissionDenied):
        my_payslip_months(demo_db, Actor(Role.STAFF, "nobody"))
