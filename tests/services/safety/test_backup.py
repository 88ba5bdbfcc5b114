"""Backups: a restored copy reproduces every row; damaged files are refused; the rotation keeps enough."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from shopdesk.domain.errors import PermissionDenied
from shopdesk.services.common.context import Actor, Role
from shopdesk.services.safety import backup
from shopdesk.services.safety.backup import BackupError
from shopdesk.services.safety.retention import to_keep
from shopdesk.services.staff.people import StaffInput, add_staff
from shopdesk.store.db import Database

# About the SQLite file itself (copies, kills, locks): PostgreSQL has its own tools.
pytestmark = pytest.mark.sqlite_only

NOW = datetime(2026, 11, 24, 9, 0, 0)


def all_rows(path):
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    finally:
        conn.close()


def test_a_restored_backup_reproduces_every_row(demo_db, owner):
    copy = backup.backup_now(demo_db, owner, now=NOW)
    before = all_rows(demo_db.path)
    add_staff(demo_db, owner, StaffInput("新来的", "Design"))
    assert all_rows(demo_db.path) != before

    safety, summary = backup.restore(demo_db.path, copy, owner, now=NOW + timedelta(minutes=5))
    assert summary.staff == 12 and summary.figures > 1000 and summary.healthy
    assert all_rows(demo_db.path) == before
    # The state just before the restore is kept too.
    assert "新来的" in str(all_rows(safety)["staff"])


def test_restoring_a_corrupt_file_is_refused_and_changes_nothing(demo_db, owner, tmp_path):
    bad = tmp_path / "bad.shopdesk-backup"
    good = backup.backup_now(demo_db, owner, now=NOW)
    data = bytearray(good.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    bad.write_bytes(bytes(data))
    before = all_rows(demo_db.path)
    with pytest.raises(BackupError):
        backup.restore(demo_db.path, bad, owner)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError):
        backup.restore(demo_db.path, junk, owner)
    assert all_rows(demo_db.path) == before


def test_a_damaged_database_is_set_aside_not_overwritten(db, owner, tmp_path):
    add_staff(db, owner, StaffInput("王芳", "客服"))
    good = backup.backup_now(db, owner, now=NOW)
    db.dispose()
    raw = bytearray(db.path.read_bytes())
    raw[100:4096] = b"\x00" * 3996
    db.path.write_bytes(bytes(raw))
    damaged = bytes(raw)
    safety, _ = backup.restore(db.path, good, owner, now=NOW)
    assert safety.read_bytes() == damaged
    assert "王芳" in str(all_rows(db.path)["staff"])


def test_restore_needs_the_owner_and_their_password(db, owner):
    good = backup.backup_now(db, owner, now=NOW)
    with pytest.raises(PermissionDenied):
        backup.restore(db.path, good, Actor(Role.MANAGER, "张伟", department="design"))
    with pytest.raises(BackupError):
        backup.restore(db.path, good, owner, password="wrong", verify_owner=lambda p: p == "secret")
    backup.restore(db.path, good, owner, password="secret", verify_owner=lambda p: p == "secret")


def test_one_daily_backup_per_day(db):
    first = backup.daily_backup_if_due(db, NOW)
    assert first is not None and first.parent == db.path.parent / "backups"
    assert backup.daily_backup_if_due(db, NOW + timedelta(hours=3)) is None
    assert backup.daily_backup_if_due(db, NOW + timedelta(days=1)) is not None


def test_the_backup_folder_is_a_shop_setting(db, owner, tmp_path):
    stick = tmp_path / "usb"
    backup.set_backup_folder(db, owner, str(stick))
    assert backup.backup_now(db, owner, now=NOW).parent == stick


def test_rotation_keeps_12_daily_10_weekly_9_monthly():
    times = [NOW - timedelta(hours=6 * i) for i in range(4 * 400)]  # four a day for 400 days
    kept = to_keep((t, t) for t in times)
    days = {t.date() for t in kept}
    assert len(kept) >= 12 and all((NOW - timedelta(days=d)).date() in days for d in range(12))
    assert len({t.isocalendar()[:2] for t in kept}) >= 10
    assert len({(t.year, t.month) for t in kept}) >= 9
    assert len(kept) <= 12 + 10 + 9 + 1


def test_pruning_deletes_only_what_the_rotation_drops(db):
    folder = db.path.parent / "backups"
    for day in range(40):
        backup.make_backup(db.path, folder, "daily", NOW - timedelta(days=day), prune=False)
    backup.prune_backups(folder)
    kept = backup.list_backups(folder)
    assert 12 <= len(kept) < 40
    assert kept[0][0] == NOW


def test_a_backup_is_a_single_self_contained_file(db, owner, tmp_path):
    copy = backup.backup_now(db, owner, now=NOW)
    assert not (copy.parent / (copy.name + "-wal")).exists()
    reopened = Database(copy)
    with reopened.read():
        pass
    reopened.dispose()
    assert backup.summarize(copy).schema is not None


def test_a_payroll_approval_seconds_after_a_restore_keeps_the_safety_copy(demo_db, owner):
    """Issue item 1: the payroll backup's rotation removed the safety copy of the same day."""
    from shopdesk.services.payroll.run import approve
    from tests.conftest import TODAY

    older = backup.backup_now(demo_db, owner, now=NOW)
    add_staff(demo_db, owner, StaffInput("新来的", "Design"))
    safety, _ = backup.restore(demo_db.path, older, owner)  # now: the real clock, like the approval's backup
    approve(demo_db, owner, "2026-10", TODAY)
    # A manual backup in the very same second as the safety copy is kept as well.
    manual = backup.make_backup(demo_db.path, backup.default_folder(demo_db.path), "manual",
                                backup.list_backups(safety.parent)[0][0])
    reasons = [reason for _, reason, _ in backup.list_backups(safety.parent)]
    assert safety.exists() and manual.exists() and older.exists()
    assert "payroll" in reasons and "safety" in reasons
    assert "新来的" in str(all_rows(safety)["staff"])


def test_rotation_never_removes_safety_migration_or_manual_copies(db):
    folder = db.path.parent / "backups"
    keep = [backup.make_backup(db.path, folder, reason, NOW - timedelta(days=day, seconds=s), prune=False)
            for day in range(60) for s, reason in enumerate(("safety", "migration", "manual"))]
    for day in range(60):
        backup.make_backup(db.path, folder, "daily", NOW - timedelta(days=day), prune=False)
    removed = backup.prune_backups(folder)
    assert removed and all("daily" in p.name for p in removed)
    assert all(p.exists() for p in keep)
