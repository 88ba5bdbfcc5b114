"""The log-in list read with sqlite3 before SQLAlchemy loads is the service's list, read-only."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime

import pytest

from shopdesk.services.common.context import OWNER
from shopdesk.services.staff import auth, people
from shopdesk.services.staff.login_names import LoginChoice, login_names
from shopdesk.store import peek
from shopdesk.store.lazy import LazyDatabase
from shopdesk.store.models.auth import OWNER_ACCOUNT
from shopdesk.store.schema import SCHEMA_HEAD

NOW = datetime(2026, 11, 24, 9, 0)


def test_an_opened_database_gives_the_services_list(demo_db):
    names = login_names(LazyDatabase.of(demo_db))
    assert names.choices == auth.login_choices(demo_db)
    assert names.owner_password_set is auth.has_owner_password(demo_db) is True
    assert auth.LoginChoice is LoginChoice


@pytest.mark.sqlite_only
def test_the_file_read_equals_the_service_and_writes_nothing(demo_db, tmp_path):
    # One more person, without a PIN, and one who left: both must be handled as the service does.
    new = people.add_staff(demo_db, OWNER, people.StaffInput(name="阿明", department="design"))
    leaver = auth.login_choices(demo_db)[0]
    people.set_active(demo_db, OWNER, leaver.staff_id, False)
    expected = auth.login_choices(demo_db)
    demo_db.dispose()
    # A folder name with Chinese characters, a space and URI-special characters.
    folder = tmp_path / "店铺 #1?"
    folder.mkdir()
    path = folder / "商店.db"
    shutil.copyfile(demo_db.path, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shop = LazyDatabase(path)
    names = login_names(shop)
    assert not shop.opened  # read with sqlite3: SQLAlchemy's Database was not made
    assert names.choices == expected
    assert any(c.staff_id == new and not c.has_pin for c in names.choices)
    assert all(c.staff_id != leaver.staff_id for c in names.choices)
    assert names.owner_password_set
    assert peek.revision(path) == SCHEMA_HEAD and shop.schema_is_current()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.sqlite_only
def test_a_shop_without_an_owner_password_and_a_missing_file(db, tmp_path):
    assert login_names(LazyDatabase(db.path)).owner_password_set is False
    auth.set_owner_password(db, None, "shop-owner-1", NOW)
    assert login_names(LazyDatabase(db.path)).owner_password_set is True
    missing = LazyDatabase(tmp_path / "none.db")
    assert peek.revision(tmp_path / "none.db") is None and not missing.schema_is_current()
    assert not (tmp_path / "none.db").exists()  # looking did not create it


@pytest.mark.sqlite_only
def test_a_damaged_file_is_not_current_and_the_owner_account_names_agree(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    assert LazyDatabase(bad).schema_is_current() is False
    assert peek.sqlite_integrity(bad, quick=True)
    assert peek.OWNER_ACCOUNT == OWNER_ACCOUNT
