"""Start-up safety checks, Qt-free: where the file lives, whether it is healthy,
and the automatic backups that come before anything writes to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.safety.file_check import check_file
from shopdesk.services.safety.location import NETWORK_FS, SYNC_FOLDERS, shared_location

if TYPE_CHECKING:
    from shopdesk.store.db import Database

# The backup module (and with it SQLAlchemy) loads only when a backup is made or looked for:
# a healthy file's checks run before the log-in is painted.

SHARED_HINT = QT_TRANSLATE_NOOP(
    "Startup", "SQLite cannot safely share a database file between computers: two PCs writing at "
    "once, or a sync program copying a half-written file, can damage it. Keep the shop file on this "
    "computer's own disk. For several PCs, install PostgreSQL on one machine of the shop network and "
    "start ShopDesk with --db postgresql+psycopg://user@server/shopdesk.")

__all__ = ["NETWORK_FS", "SHARED_HINT", "SYNC_FOLDERS", "Health", "automatic_backups", "file_health",
           "newest_good_backup", "shared_location"]


@dataclass(frozen=True)
class Health:
    problems: list[str]
    newest_good_backup: Path | None

    @property
    def healthy(self) -> bool:
        return not self.problems


def newest_good_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    from shopdesk.services.safety.backup import default_folder, list_backups, summarize

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


def automatic_backups(db: Database, needs_migration: bool, now: datetime | None = None) -> list[Path]:
    """Before a migration (beside the file) and once a day; a failure is logged, not fatal."""
    import logging

    from shopdesk.services.safety.backup import backup_before_migration, daily_backup_if_due

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
