"""Where a shop file lives: refused on a network share or in a cloud-sync folder.

Standard library only (start-up checks this before the log-in is painted). Windows
paths are parsed as Windows paths: `\\\\server\\share\\…` (also `\\\\?\\UNC\\…`), a
drive letter mapped to a network share, and the folders OneDrive names in
%OneDrive%, %OneDriveConsumer% and %OneDriveCommercial%; elsewhere the mount table
names the file system (on macOS, `mount`'s list). `IS_WINDOWS`, `IS_MAC` and
`drive_type` are what tests replace.
"""

from __future__ import annotations

import ntpath
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath

from shopdesk.domain.text import QT_TRANSLATE_NOOP

IS_WINDOWS = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
MOUNTS = Path("/proc/mounts")  # Linux's mount table; macOS asks `mount`
DRIVE_REMOTE = 4  # GetDriveTypeW: a drive letter mapped to a network share
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")

NETWORK_FS = {"cifs", "smb", "smbfs", "afpfs", "webdav", "smb2", "smb3", "nfs", "nfs4", "afs", "ncpfs", "9p", "davfs",
              "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs"}
SYNC_FOLDERS = ("onedrive", "dropbox", "坚果云", "nutstore", "google drive", "googledrive", "my drive",
                "icloud", "icloud drive", "iclouddrive", "mobile documents", "百度网盘", "baiduyun",
                "box sync", "pcloud", "seafile", "synologydrive", "坚果云同步")

ON_SHARE = QT_TRANSLATE_NOOP("Startup", "the file is on a network share")
IN_SYNC_FOLDER = QT_TRANSLATE_NOOP("Startup", "the file is in a cloud-sync folder")
ON_NETWORK_DRIVE = QT_TRANSLATE_NOOP("Startup", "the file is on a network drive")


def drive_type(root: str) -> int:
    """Windows' GetDriveTypeW for `X:\\` (0, unknown, anywhere else)."""
    if not IS_WINDOWS:
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _mount_types(mounts_file: Path) -> list[tuple[str, str]]:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            out.append((parts[1].replace("\\040", " "), parts[2]))
    return out


def _mac_mount_types(output: str | None = None) -> list[tuple[str, str]]:
    """macOS has no mount table file: `mount` prints `//li@nas/shop on /Volumes/shop (smbfs, …)`."""
    if output is None:
        try:
            output = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
        except (OSError, subprocess.SubprocessError):
            return []
    out = []
    for line in output.splitlines():
        device, sep, rest = line.partition(" on ")
        point, paren, kinds = rest.rpartition(" (")
        if sep and paren:
            out.append((point, kinds.split(",")[0].strip()))
    return out


def _in_sync_folder(parts: tuple[str, ...]) -> bool:
    for part in (p.lower() for p in parts):
        if any(part == name or part.startswith(name + " ") or part.startswith(name + "-")
               for name in SYNC_FOLDERS):
            return True
    return False


def _windows_reason(path: PureWindowsPath, environ: Mapping[str, str]) -> str | None:
    drive = path.drive
    if drive.startswith("\\\\"):
        device = drive[:4]  # \\?\ and \\.\ name local drives, except \\?\UNC\server\share
        if device not in ("\\\\?\\", "\\\\.\\") or drive[4:].upper().startswith("UNC\\"):
            return ON_SHARE
        drive = drive[4:]
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return ON_NETWORK_DRIVE
    if _in_sync_folder(path.parts):
        return IN_SYNC_FOLDER
    here = ntpath.normcase(str(path))
    for name in ONEDRIVE_VARIABLES:
        folder = environ.get(name, "").strip()
        if folder:
            root = ntpath.normcase(folder).rstrip("\\")
            if here == root or here.startswith(root + "\\"):
                return IN_SYNC_FOLDER
    return None


def shared_location(path: Path | str, mounts_file: Path = MOUNTS, *,
                    environ: Mapping[str, str] | None = None) -> str | None:
    """Why this database path is on a network share or a cloud-sync folder, or None."""
    text = str(path)
    if IS_WINDOWS:
        return _windows_reason(PureWindowsPath(text), os.environ if environ is None else environ)
    if text.startswith(("\\\\", "//")):
        return ON_SHARE
    if _in_sync_folder(PurePosixPath(text).parts):
        return IN_SYNC_FOLDER
    # Longest mount point that contains the path decides its file system.
    resolved = os.path.abspath(text)
    best = ("", "")
    mounts = _mac_mount_types() if IS_MAC and mounts_file == MOUNTS else _mount_types(mounts_file)
    for point, fstype in mounts:
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best[0]):
            best = (point, fstype)
    if best[1].lower() in NETWORK_FS:
        return ON_NETWORK_DRIVE
    return None
