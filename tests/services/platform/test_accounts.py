"""A person's platform accounts: saved with the person, one nickname per person, audited."""

from __future__ import annotations

import pytest

from shopdesk.domain.errors import ValidationError
from shopdesk.services.common.audit import list_entries
from shopdesk.services.platform.accounts import set_platform_accounts, split_accounts
from shopdesk.services.staff.people import StaffInput, add_staff, get_staff, update_staff
from tests.conftest import file_bytes


def test_accounts_are_saved_with_the_person_and_each_belongs_to_one(db, owner):
    fang = add_staff(db, owner, StaffInput("小芳", "Customer Service", platform_accounts="小鹿家居:小芳，xiaolu_cs1"))
    assert get_staff(db, owner, fang).platform_accounts == "小鹿家居:小芳,xiaolu_cs1"
    ming = add_staff(db, owner, StaffInput("小明", "Customer Service"))
    before = file_bytes(db)
    with pytest.raises(ValidationError) as caught:
        update_staff(db, owner, ming, StaffInput("小明", "Customer Service", platform_accounts="xiaolu_cs1"))
    assert caught.value.field == "platform_accounts" and "小芳" in str(caught.value)
    assert file_bytes(db) == before
    update_staff(db, owner, fang, StaffInput("小芳", "Customer Service"))  # None leaves them as they are
    assert get_staff(db, owner, fang).platform_accounts == "小鹿家居:小芳,xiaolu_cs1"
    assert set_platform_accounts(db, owner, ming, " 小鹿家居：小明 ") == ["小鹿家居:小明"]
    assert any(e.after == {"platform_accounts": "小鹿家居:小明"} for e in list_entries(db, owner))


def test_split_accounts():
    assert split_accounts("a, b;c，d") == ["a", "b", "c", "d"]
    assert split_accounts("") == []
