"""The audit log: each change to a person leaves who, when, before and after; only the owner reads it."""

import pytest

from shopdesk.domain.errors import PermissionDenied, ValidationError
from shopdesk.services.common import audit
from shopdesk.services.common.audit import AuditFilter, list_entries
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.staff.people import StaffInput, add_staff, set_active, update_staff
from tests.conftest import TODAY

pytestmark = pytest.mark.both_backends


def test_adding_editing_and_deactivating_a_person_is_audited(db, owner):
    sid = add_staff(db, owner, StaffInput("王芳", "客服", "售前客服", "3800"))
    update_staff(db, owner, sid, StaffInput("王芳", "客服", "售后客服", "4200"))
    set_active(db, owner, sid, False)

    entries = list_entries(db, owner, AuditFilter(entity="staff", entity_id=sid))
    assert [e.action for e in entries] == ["deactivate", "update", "add"]
    deactivate, update, add = entries
    assert add.before is None and add.after["name"] == "王芳"
    assert update.changes() == {"base_salary_fen": (380000, 420000), "position": ("售前客服", "售后客服")}
    assert deactivate.changes() == {"active": (True, False)}
    assert {e.actor for e in entries} == {owner.name}


def test_a_refused_change_leaves_no_audit_entry(db, owner):
    with pytest.raises(ValidationError):
        add_staff(db, owner, StaffInput("", "Design"))
    assert list_entries(db, owner) == []


def test_an_entry_rolls_back_with_its_transaction(db, owner):
    with pytest.raises(RuntimeError), db.write() as s:
        audit.record(s, owner, "approve", "payroll", "2026-11", {"state": "draft"}, {"state": "approved"})
        raise RuntimeError("the approval failed half-way")
    assert list_entries(db, owner) == []


def test_filters_pick_entity_action_day_and_text(db, owner):
    with db.write() as s:
        audit.record(s, owner, "approve", "payroll", "2026-11", {"state": "draft"}, {"state": "approved"})
        audit.record(s, owner, "update", "target", 7, {"value": 100}, {"value": 120})
    assert [e.entity for e in list_entries(db, owner, AuditFilter(action="approve"))] == ["payroll"]
    assert [e.entity for e in list_entries(db, owner, AuditFilter(text="120"))] == ["target"]
    assert len(list_entries(db, owner, AuditFilter(since=TODAY.replace(year=2000)))) == 2
    assert audit.distinct_values(db, owner)["entity"] == ["payroll", "target"]


def test_only_the_owner_reads_the_log(db):
    manager = Actor(Role.MANAGER, "张伟", staff_id=1, department="design")
    with pytest.raises(PermissionDenied):
        list_entries(db, manager)
