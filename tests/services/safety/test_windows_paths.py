"""Windows paths, checked here with Windows path rules and the platform checks replaced:
network shares, mapped network drives and OneDrive folders are refused; the user folders come
from %APPDATA% and %LOCALAPPDATA%; one window per database whatever the spelling; Chinese names."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

from shopdesk import paths
from shopdesk.log import log_file
from shopdesk.services.safety import backup, location
from shopdesk.services.safety.startup import shared_location
from shopdesk.store.peek import read_only_uri

pytestmark = pytest.mark.sqlite_only

ONEDRIVE = {"OneDrive": r"C:\Users\li\OneDrive - 小李网店", "OneDriveConsumer": r"D:\Sync\Work"}


@pytest.fixture
def windows(monkeypatch):  # type: ignore[no-untyped-def]
    """Windows path rules; Z: is a drive letter mapped to a network share, C: and D: are disks."""
    monkeypatch.setattr(location, "IS_WINDOWS", True)
    monkeypatch.setattr(location, "drive_type", lambda root: 4 if root.upper() == "Z:\\" else 3)


@pytest.mark.parametrize(("path", "why"), [
    (r"\\SHOP-PC\share\shopdesk.db", location.ON_SHARE),
    ("//nas/shop/shopdesk.db", location.ON_SHARE),
    (r"\\?\UNC\SHOP-PC\share\店铺\商店.db", location.ON_SHARE),
    (r"Z:\shop\shopdesk.db", location.ON_NETWORK_DRIVE),
    (r"z:\商店.db", location.ON_NETWORK_DRIVE),
    (r"\\?\Z:\shop\x.db", location.ON_NETWORK_DRIVE),
    (r"C:\Users\li\OneDrive - 小李网店\店铺\商店.db", location.IN_SYNC_FOLDER),
    (r"c:\users\LI\ONEDRIVE - 小李网店\shop.db", location.IN_SYNC_FOLDER),
    (r"D:\Sync\Work\shop.db", location.IN_SYNC_FOLDER),  # only %OneDriveConsumer% says so
    (r"C:\Users\li\Dropbox\ShopDesk\shop.db", location.IN_SYNC_FOLDER),
    (r"C:\Users\li\坚果云\shop.db", location.IN_SYNC_FOLDER),
])
def test_shares_network_drives_and_onedrive_are_refused(windows, path, why):
    assert shared_location(path, environ=ONEDRIVE) == why


@pytest.mark.parametrize("path", [
    r"C:\Users\王芳\AppData\Roaming\ShopDesk\shopdesk.db",
    r"C:\Users\li\Documents\店铺 #1\商店.db",
    r"\\?\C:\Users\li\shop.db",  # an extended-length local path is not a share
    r"\\.\D:\shop.db",
    r"D:\Sync\Workshop\shop.db",  # beside %OneDriveConsumer%, not inside it
    r"D:\Sync\shop.db",
])
def test_local_windows_paths_are_fine(windows, path):
    assert shared_location(path, environ=ONEDRIVE) is None


def test_without_windows_rules_the_same_checks_hold_for_linux_paths(tmp_path):
    assert shared_location(r"\\SHOP-PC\share\shop.db", tmp_path / "none") == location.ON_SHARE
    assert shared_location(tmp_path / "OneDrive" / "商店.db", tmp_path / "none") == location.IN_SYNC_FOLDER
    assert shared_location(tmp_path / "店铺" / "商店.db", tmp_path / "none") is None
    assert location.drive_type("C:\\") == 0  # asks Windows only on Windows


def test_user_folders_are_appdata_and_localappdata(monkeypatch, tmp_path):
    roaming, local = tmp_path / "Roaming", tmp_path / "Local"
    monkeypatch.setenv("APPDATA", str(roaming))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars)
    assert paths.user_data_dir() == roaming / "ShopDesk"
    assert paths.default_db_path() == roaming / "ShopDesk" / "shopdesk.db"
    assert log_file() == roaming / "ShopDesk" / "logs" / "shopdesk.log"
    assert paths.user_cache_dir() == local / "ShopDesk" / "Cache"
    assert (roaming / "ShopDesk").is_dir() and (local / "ShopDesk" / "Cache").is_dir()


def test_one_window_per_database_however_windows_spells_it(qapp, tmp_path, monkeypatch):
    from shopdesk.ui.shell import single_instance as si

    one = si.server_name(r"C:\Users\li\店铺\商店.db", windows=True)
    assert one == si.server_name(r"c:/users/LI/店铺/商店.DB", windows=True)
    assert one == si.server_name(r"C:\Users\li\店铺\..\店铺\商店.db", windows=True)
    assert one != si.server_name(r"C:\Users\li\店铺\商店2.db", windows=True)
    assert one.isascii() and len(one) <= 40  # a named pipe's or socket's name, whatever the path
    # Elsewhere case matters, and a relative path is the same file as its absolute one.
    monkeypatch.chdir(tmp_path)
    assert si.server_name("商店.db", windows=False) == si.server_name(str(tmp_path / "商店.db"), windows=False)
    assert si.server_name("/a/Shop.db", windows=False) != si.server_name("/a/shop.db", windows=False)
    url = "postgresql+psycopg://shop@10.0.0.2/shop"
    assert si.server_name(url, windows=True) == si.server_name(url, windows=False)
    # With no user name to be had (Windows without USERNAME), there is still a key.
    monkeypatch.setattr(si.getpass, "getuser", lambda: (_ for _ in ()).throw(ImportError("pwd")))
    monkeypatch.setenv("USERNAME", "王芳")
    assert si.server_name(r"C:\shop.db", windows=True).startswith("shopdesk-")
    first = si.SingleInstance(str(tmp_path / "店铺.db"))
    assert first.claim() and not si.SingleInstance(str(tmp_path / "店铺.db")).claim()


def test_a_chinese_file_name_opens_read_only_and_backs_up(tmp_path):
    folder = tmp_path / "小李网店 #1"
    folder.mkdir()
    path = folder / "商店.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    uri = read_only_uri(PureWindowsPath(r"C:\小李网店 #1\商店.db"))
    assert uri == "file:///C:/%E5%B0%8F%E6%9D%8E%E7%BD%91%E5%BA%97%20%231/%E5%95%86%E5%BA%97.db?mode=ro"
    ro = sqlite3.connect(read_only_uri(path), uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.execute("INSERT INTO t VALUES (1)")
    ro.close()
    # Two backups claimed in the same second of a Chinese-named folder get two names (the claim
    # file is created exclusively, which Windows honours as well).
    now = datetime(2026, 11, 24, 9, 0)
    first, claim_one = backup._claim_name(folder, now, "manual")
    second, claim_two = backup._claim_name(folder, now, "manual")
    assert first != second and claim_one.exists() and claim_two.exists()
    assert Path(first).parent == folder
