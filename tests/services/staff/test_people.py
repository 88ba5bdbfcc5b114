"""Adding and editing people: every kind of bad input is refused and nothing is saved."""

from datetime import date

import pytest

from shopdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.staff.people import (
    StaffInput,
    add_staff,
    get_staff,
    list_staff,
    set_active,
    update_staff,
)
from tests.conftest import file_bytes

pytestmark = pytest.mark.both_backends


def test_owner_adds_a_person(db, owner):
    sid = add_staff(db, owner, StaffInput("王芳", "客服", "售前客服", "3800.50"))
    person = get_staff(db, owner, sid)
    assert (person.name, person.department.value, person.base_salary_fen) == (
        "王芳", "customer_service", 380050)


@pytest.mark.parametrize("data,field", [
    (StaffInput("", "Design"), "name"),
    (StaffInput("   ", "Design"), "name"),
    (StaffInput("李娜", "Marketing"), "department"),
    (StaffInput("李娜", "Design", base_salary="-1"), "base_salary"),
    (StaffInput("李娜", "Design", base_salary="abc"), "base_salary"),
    (StaffInput("李娜", "Design", hire_date=date(2999, 1, 1)), "hire_date"),
    (StaffInput("x" * 61, "Design"), "name"),
])
def test_bad_input_names_the_field_and_writes_nothing(db, owner, data, field):
    before = file_bytes(db)
    with pytest.raises(ValidationError) as err:
        add_staff(db, owner, data)
    assert err.value.field == field
    assert file_bytes(db) == before


def test_duplicate_names_are_refused(db, owner):
    add_staff(db, owner, StaffInput("张伟", "Operations"))
    with pytest.raises(ValidationError, match="already on the team"):
        add_staff(db, owner, StaffInput("张伟", "Logistics"))
    assert len(list_staff(db, owner)) == 1


def test_staff_cannot_add_people_and_a_manager_only_in_their_department(db, owner):
    sid = add_staff(db, owner, StaffInput("刘洋", "Logistics", role="manager"))
    staff = Actor(Role.STAFF, "刘洋", staff_id=sid, department="logistics")
    with pytest.raises(PermissionDenied):
        add_staff(db, staff, StaffInput("赵敏", "Logistics"))
    manager = Actor(Role.MANAGER, "刘洋", staff_id=sid, department="logistics")
    add_staff(db, manager, StaffInput("赵敏", "Logistics"))
    with pytest.raises(PermissionDenied):
        add_staff(db, manager, StaffInput("孙丽", "Design"))


def test_a_stale_edit_is_a_conflict_not_an_overwrite(db, owner):
    sid = add_staff(db, owner, StaffInput("陈静", "Design", base_salary=5000))
    seen = get_staff(db, owner, sid)
    update_staff(db, owner, sid, StaffInput("陈静", "Design", base_salary=5200),
                 expected_version=seen.version)
    with pytest.raises(Conflict):
        update_staff(db, owner, sid, StaffInput("陈静", "Design", base_salary=9999),
                     expected_version=seen.version)
    assert get_staff(db, owner, sid).base_salary_fen == 520000


def test_deactivated_people_leave_the_list_but_keep_their_record(db, owner):
    sid = add_staff(db, owner, StaffInput("周杰", "Logistics"))
    set_active(db, owner, sid, False)
    assert list_staff(db, owner) == []
    assert [p.id for p in list_staff(db, owner, include_inactive=True)] == [sid]


def test_staff_see_only_themselves(db, owner):
    a = add_staff(db, owner, StaffInput("甲", "Design"))
    add_staff(db, owner, StaffInput("乙", "Design"))
    me = Actor(Role.STAFF, "甲", staff_id=a, department="design")
    assert [p.name for p in list_staff(db, me)] == ["甲"]
