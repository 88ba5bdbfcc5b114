"""Start-up safety checks, Qt-free: where the file lives, whether it is healthy,
and the automatic backups that come before anything writes to it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath

from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.safety.backup import (
    backup_before_migration,
    daily_backup_if_due,
    default_folder,
    list_backups,
    summarize,
)
from shopdesk.services.safety.file_check import check_file

NETWORK_FS = {"cifs", "smb", "smbfs", "smb2", "smb3", "nfs", "nfs4", "afs", "ncpfs", "9p", "davfs",
              "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs"}
SYNC_FOLDERS = ("onedrive", "dropbox", "坚果云", "nutstore", "google drive", "googledrive", "my drive",
                "icloud", "icloud drive", "iclouddrive", "mobile documents", "百度网盘", "baiduyun",
                "box sync", "pcloud", "seafile", "synologydrive", "坚果云同步")

SHARED_HINT = QT_TRANSLATE_NOOP(
    "Startup", "SQLite cannot safely share a database file between computers: two PCs writing at "
    "once, or a sync program copying a half-written file, can damage it. Keep the shop file on this "
    "computer's own disk. For several PCs, install PostgreSQL on one machine of the shop network and "
    "start ShopDesk with --db postgresql+psycopg://user@server/shopdesk.")


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


def shared_location(path: Path | str, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """Why this database path is on a network share or a cloud-sync folder, or None."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return QT_TRANSLATE_NOOP("Startup", "the file is on a network share")
    lowered = [part.lower() for part in PurePath(text).parts]
    for part in lowered:
        if any(part == name or part.startswith(name + " ") or part.startswith(name + "-")
               for name in SYNC_FOLDERS):
            return QT_TRANSLATE_NOOP("Startup", "the file is in a cloud-sync folder")
    # Longest mount point that contains the path decides its file system.
    resolved = os.path.abspath(text)
    best = ("", "")
    for point, fstype in _mount_types(mounts_file):
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best[0]):
            best = (point, fstype)
    if best[1].lower() in NETWORK_FS:
        return QT_TRANSLATE_NOOP("Startup", "the file is on a network drive")
    return None


@dataclass(frozen=True)
class Health:
    problems: list[str]
    newest_good_backup: Path | None

    @property
    def healthy(self) -> bool:
        return not self.problems


def newest_good_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    for _, _, path in list_backups(folder or default_folder(db_path)):
        if summarize(path).healthy:
            return path
    return None


def file_health(db_path: Path, backup_folder: Path | None = None) -> Health:
    """Read-only (a damaged file is never written to): quick_check, foreign keys, and that the
    file is a ShopDesk database of a known schema with nothing else in it (file_check). A new
    empty file is healthy; a newer schema is left to the schema update, which refuses it."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return Health([], None)
    # The value scan reads every row (1-2 s on a five-year shop): start-up runs it in the
    # background instead (suspicious_values); restore and `shopdesk check` run it here.
    verdict = check_file(db_path, full=False, values=False)
    problems = [] if verdict.empty or verdict.newer else list(verdict.problems)
    return Health(problems, newest_good_backup(db_path, backup_folder) if problems else None)


def automatic_backups(db, needs_migration: bool, now: datetime | None = None) -> list[Path]:
    """Before a migration (beside the file) and once a day; a failure is logged, not fatal."""
    import logging

    made: list[Path] = []
    if db.path is None or not db.path.exists() or db.path.stat().st_size == 0:
        return made
    try:
        if needs_migration:
            made.append(backup_before_migration(db.path, now))
        else:
            copy = daily_backup_if_due(db, now)
            if copy is not None:
                made.append(copy)
    except Exception:  # a full USB stick must not stop the shop from opening
        logging.getLogger(__name__).exception("automatic backup failed")
    return made


def suspicious_values(db_path: Path) -> list[str]:
    """Values not of their column's type (text in a money column, a date that does not parse…),
    read-only; run in the background after start-up."""
    from shopdesk.services.safety.file_check import check_values

    if not db_path.exists() or db_path.stat().st_size == 0:
        return []
    return list(check_values(db_path))
