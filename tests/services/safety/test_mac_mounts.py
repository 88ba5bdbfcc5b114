"""macOS has no /proc/mounts: the file system comes from `mount`'s list (replaced here)."""

from __future__ import annotations

import subprocess

import pytest

from shopdesk.services.safety import location
from shopdesk.services.safety.startup import shared_location

pytestmark = pytest.mark.sqlite_only

MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//li@NAS._smb._tcp.local/shop on /Volumes/shop (smbfs, nodev, nosuid, mounted by li)
afp_0TQ4bR on /Volumes/Old Share (afpfs, nodev, nosuid)
nas.local:/export on /Volumes/nfs (nfs, asynchronous)
"""


@pytest.fixture
def mac(monkeypatch):  # type: ignore[no-untyped-def]
    asked: list[list[str]] = []

    def run(cmd, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, stdout=MOUNT, stderr="")

    monkeypatch.setattr(location, "IS_WINDOWS", False)
    monkeypatch.setattr(location, "IS_MAC", True)
    monkeypatch.setattr(location.subprocess, "run", run)
    return asked


@pytest.mark.parametrize("path", ["/Volumes/shop/ShopDesk/商店.db", "/Volumes/Old Share/shop.db",
                                  "/Volumes/nfs/a/shop.db"])
def test_network_volumes_are_refused(mac, path):
    assert shared_location(path) == location.ON_NETWORK_DRIVE
    assert mac == [["/sbin/mount"]]


@pytest.mark.parametrize("path", ["/Users/li/Library/Application Support/ShopDesk/shopdesk.db",
                                  "/Volumes/shopping/shop.db"])
def test_local_volumes_are_fine(mac, path):
    assert shared_location(path) is None


def test_no_mount_command_means_no_mounts(monkeypatch):
    monkeypatch.setattr(location, "IS_MAC", True)
    monkeypatch.setattr(location, "IS_WINDOWS", False)

    def missing(*_a, **_k):  # type: ignore[no-untyped-def]
        raise FileNotFoundError("/sbin/mount")

    monkeypatch.setattr(location.subprocess, "run", missing)
    assert shared_location("/Volumes/shop/shop.db") is None
