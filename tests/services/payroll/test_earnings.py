"""Earnings by month for the charts: the payroll's own figures, and its permissions."""
from datetime import date

import pytest

from shopdesk.domain.errors import PermissionDenied
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.payroll.earnings import BASE, person_earnings
from shopdesk.services.payroll.run import approve, compute_run
from shopdesk.services.staff.people import list_staff
from tests.conftest import TODAY

AUTUMN = (date(2026, 9, 1), date(2026, 12, 31))


def test_the_stack_adds_up_to_the_payroll_gross_pay(demo_db, owner):
    person = list_staff(demo_db, owner, "operations")[0]
    earnings = person_earnings(demo_db, owner, person.id, *AUTUMN, TODAY)
    assert [m.month for m in earnings.months] == ["2026-09", "2026-10", "2026-11"]  # nothing after this month
    for m in earnings.months:
        pay = compute_run(demo_db, owner, m.month, TODAY).person(person.id)
        assert m.gross_fen == pay.gross_fen == sum(m.parts.values())
        assert m.parts[BASE] == person.base_salary_fen
        assert m.penalties_fen == pay.penalties_fen


def test_staff_see_only_their_own_approved_months(demo_db, owner):
    me, other = list_staff(demo_db, owner, "customer_service")[:2]
    actor = Actor(Role.STAFF, me.name, staff_id=me.id, department="customer_service")
    before = person_earnings(demo_db, actor, me.id, *AUTUMN, TODAY)
    assert all(m.gross_fen is None for m in before.months)  # nothing approved yet
    approve(demo_db, owner, "2026-10", TODAY)
    after = {m.month: m for m in person_earnings(demo_db, actor, me.id, *AUTUMN, TODAY).months}
    assert after["2026-10"].approved and after["2026-10"].gross_fen == \
        compute_run(demo_db, owner, "2026-10", TODAY).person(me.id).gross_fen
    assert after["2026-09"].gross_fen is None
    with pytest.raises(PermissionDenied):
        person_earnings(demo_db, actor, other.id, *AUTUMN, TODAY)


def test_a_manager_cannot_read_their_peoples_pay(demo_db, owner):
    lead, member = list_staff(demo_db, owner, "logistics")[:2]
    manager = Actor(Role.MANAGER, lead.name, staff_id=lead.id, department="logistics")
    with pytest.raises(PermissionDenied):
        person_earnings(demo_db, manager, member.id, *AUTUMN, TODAY)
    assert person_earnings(demo_db, manager, lead.id, *AUTUMN, TODAY).name == lead.name
