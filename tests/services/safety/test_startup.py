"""Start-up safety: shared folders are refused, a damaged file is found (read-only) with the newest good backup."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from shopdesk.services.safety import backup
from shopdesk.services.safety.startup import automatic_backups, file_health, shared_location
from shopdesk.store.schema import needs_upgrade

# About the SQLite file itself (copies, kills, locks): PostgreSQL has its own tools.
pytestmark = pytest.mark.sqlite_only

NOW = datetime(2026, 11, 24, 9, 0)


@pytest.mark.parametrize("path", [
    r"\\SHOP-PC\share\shopdesk.db", "//nas/shop/shopdesk.db",
    "/home/li/OneDrive/shopdesk.db", "/home/li/OneDrive - 我的店/shopdesk.db", "/Users/li/Dropbox/ShopDesk/shop.db",
    "/home/li/坚果云/shop.db", "/home/li/Nutstore/shop.db", "/Users/li/Google Drive/shop.db",
    "/Users/li/Library/Mobile Documents/com~apple~CloudDocs/shop.db", "C:/Users/li/iCloudDrive/shop.db",
])
def test_network_and_sync_folders_are_refused(path, tmp_path):
    assert shared_location(path, tmp_path / "no-mounts") is not None


def test_a_network_mount_is_found_in_the_mount_table(tmp_path, monkeypatch):
    from shopdesk.services.safety import location

    monkeypatch.setattr(location, "IS_WINDOWS", False)  # mount tables are Linux's (the release runs everywhere)
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n//nas/shop /mnt/shop cifs rw 0 0\n"
                      "server:/export /srv/nfs nfs4 rw 0 0\n")
    assert shared_location("/mnt/shop/shopdesk.db", mounts) is not None
    assert shared_location("/srv/nfs/a/b.db", mounts) is not None
    assert shared_location("/home/li/.local/share/ShopDesk/shopdesk.db", mounts) is None
    assert shared_location("/mnt/shopping/shopdesk.db", mounts) is None


def test_a_local_file_is_fine(tmp_path):
    assert shared_location(tmp_path / "shop.db") is None


def test_a_damaged_file_is_reported_with_the_newest_good_backup_and_left_untouched(db, owner):
    older = backup.backup_now(db, owner, now=NOW - timedelta(days=1))
    newer = backup.backup_now(db, owner, now=NOW)
    broken = newer.with_name(backup.backup_name(NOW + timedelta(hours=1), "manual"))
    broken.write_bytes(b"half a copy")
    db.dispose()
    raw = bytearray(db.path.read_bytes())
    raw[100:3000] = b"\x13" * 2900
    db.path.write_bytes(bytes(raw))
    health = file_health(db.path)
    assert not health.healthy
    assert health.newest_good_backup == newer != older
    assert db.path.read_bytes() == bytes(raw)


def test_a_healthy_file_passes(db):
    assert file_health(db.path).healthy


def test_daily_backup_once_and_a_backup_before_migrating(db):
    assert len(automatic_backups(db, needs_upgrade(db), NOW)) == 1
    assert automatic_backups(db, False, NOW + timedelta(hours=2)) == []
    made = automatic_backups(db, True, NOW + timedelta(hours=3))
    assert "migration" in made[0].name


def test_a_missing_file_needs_no_backup(tmp_path):
    from shopdesk.store.db import Database

    fresh = Database(tmp_path / "new.db")
    assert automatic_backups(fresh, True, NOW) == []
    assert not Path(tmp_path / "backups").exists()
