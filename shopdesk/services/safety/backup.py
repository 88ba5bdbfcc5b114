"""Backups of the shop database: SQLite's online backup API, each copy verified.

Automatic copies are made at the first start of each day, before every schema
migration and before a payroll approval; a rotation keeps at least 12 daily,
10 weekly and 9 monthly copies of those. Safety copies (made before a restore
or a migration) and manual backups are kept apart: the rotation never removes
them. The folder is a shop setting (a USB stick,
say); by default it is `backups` beside the database.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from shopdesk.domain.errors import ShopDeskError, ValidationError
from shopdesk.domain.text import QT_TRANSLATE_NOOP
from shopdesk.services.common.context import Actor
from shopdesk.services.safety.file_check import check_file
from shopdesk.services.safety.retention import to_keep
from shopdesk.store.db import Database
from shopdesk.store.peek import leave_no_trace, sqlite_integrity

FOLDER_SETTING = "backup_folder"
SUFFIX = ".shopdesk-backup"
NAME = re.compile(r"^shopdesk-(\d{8}-\d{6})-([a-z]+)" + re.escape(SUFFIX) + "$")
REASONS = ("daily", "migration", "payroll", "manual", "safety")
# Only these are rotated; a safety, migration or manual copy stays until the owner deletes it.
ROTATED = ("daily", "payroll")


class BackupError(ShopDeskError):
    """A backup could not be made or a file cannot be restored."""


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    made: datetime | None
    reason: str
    schema: str | None
    staff: int
    figures: int
    targets: int
    last_figure_day: date | None
    problems: tuple[str, ...]

    @property
    def healthy(self) -> bool:
        return not self.problems


def default_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_folder(db: Database) -> Path:
    """The folder the owner chose, or `backups` beside the database."""
    from shopdesk.services.common.settings import get_setting

    assert db.path is not None, "backups are for SQLite files"
    chosen = get_setting(db, FOLDER_SETTING, "").strip()
    return Path(chosen).expanduser() if chosen else default_folder(db.path)


def set_backup_folder(db: Database, actor: Actor, folder: str) -> None:
    from shopdesk.services.common.settings import set_setting

    actor.require_owner("choose the backup folder")
    text = folder.strip()
    if text:
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise ValidationError("backup_folder", QT_TRANSLATE_NOOP("Errors", "choose a full folder path, not '{path}'"),
                                  path=text)
    set_setting(db, actor, FOLDER_SETTING, text)


def _page_copy(source: Path, dest: Path, journal: Literal["DELETE", "WAL"]) -> None:
    """Copy one SQLite file into another page by page with SQLite's backup API; raises sqlite3.Error."""
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src, closing(sqlite3.connect(dest)) as out:
        out.execute("PRAGMA busy_timeout=10000")  # the live database may have readers
        src.backup(out)
        out.execute(f"PRAGMA journal_mode={journal}")


def copy_database(source: Path, dest: Path) -> Path:
    """A consistent copy of a live database in one file, verified with quick_check.

    Written under a temporary name and renamed, so a half-made copy never
    looks like a backup.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Unique per copy: two PCs or windows backing up in the same second must not share it.
    partial = dest.with_name(f"{dest.name}.{os.getpid()}-{threading.get_ident()}.partial")
    partial.unlink(missing_ok=True)
    try:
        _page_copy(source, partial, "DELETE")  # one self-contained file: no -wal beside it
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "the backup could not be made: {error}"), error=str(exc)) from None
    problems = sqlite_integrity(partial, quick=True)
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "the backup copy failed its check: {error}"), error=problems[0])
    os.replace(partial, dest)
    return dest


def backup_name(now: datetime, reason: str) -> str:
    return f"shopdesk-{now:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"


def _reason(tag: str) -> str:
    """The reason in a name; a copy made in the same second as another carries trailing x's."""
    return tag.rstrip("x") or tag


def list_backups(folder: Path) -> list[tuple[datetime, str, Path]]:
    """(made, reason, path) of every backup in the folder, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = NAME.match(path.name)
            if m:
                try:
                    made = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
                except ValueError:  # a name like 20261399-…: not one of ours
                    continue
                found.append((made, _reason(m.group(2)), path))
    return sorted(found, reverse=True)


def make_backup(db_path: Path, folder: Path, reason: str = "manual",
                now: datetime | None = None, prune: bool = True) -> Path:
    """Copy the database into the folder under a dated name; then apply the rotation."""
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    dest, claim = _claim_name(folder, now, reason)
    try:
        copy_database(db_path, dest)
    finally:
        claim.unlink(missing_ok=True)
    if prune:
        prune_backups(folder)
    return dest


def _claim_name(folder: Path, now: datetime, reason: str) -> tuple[Path, Path]:
    """A backup name nobody else is using, held by an exclusive claim file while the copy is made.

    Two copies in one second (two PCs approving payroll at once, say) get different names.
    """
    n = 0
    while True:
        dest = folder / backup_name(now, f"{reason}{'x' * n}")
        claim = dest.with_name(dest.name + ".claim")
        if not dest.exists():
            try:
                os.close(os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                if not dest.exists():
                    return dest, claim
                claim.unlink(missing_ok=True)
            except FileExistsError:
                pass
        n += 1


def prune_backups(folder: Path) -> list[Path]:
    """Delete what the rotation no longer needs; return what was removed.

    Only daily and payroll copies take part: safety copies (before a restore or
    a migration) and manual backups are never removed here.
    """
    backups = [b for b in list_backups(folder) if b[1] in ROTATED]
    keep = set(to_keep((made, path) for made, _, path in backups))
    removed = [path for _, _, path in backups if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_now(db: Database, actor: Actor, reason: str = "manual", now: datetime | None = None) -> Path:
    """Menu "Backup now…" and `shopdesk backup`."""
    actor.require_owner("make a backup")  # a copy holds everyone's pay
    assert db.path is not None
    return make_backup(db.path, backup_folder(db), reason, now)


def daily_backup_if_due(db: Database, now: datetime | None = None) -> Path | None:
    """At the first start of each day: one copy, unless there is one from today already."""
    now = now or datetime.now()
    assert db.path is not None
    folder = backup_folder(db)
    if any(made.date() == now.date() for made, _, _ in list_backups(folder)):
        return None
    return make_backup(db.path, folder, "daily", now)


def backup_before_payroll_approval(db: Database, now: datetime | None = None) -> Path | None:
    """Called by the payroll approval just before it locks a month (SQLite only)."""
    if db.path is None:
        return None
    return make_backup(db.path, backup_folder(db), "payroll", now)


def backup_before_migration(db_path: Path, now: datetime | None = None) -> Path:
    """Before any schema migration; the folder setting may not be readable yet, so beside the file."""
    return make_backup(db_path, default_folder(db_path), "migration", now)


def summarize(path: Path) -> BackupSummary:
    """What a backup holds, read-only: its date, schema and how many records.

    Anything but a ShopDesk database of a known schema with nothing else in it
    (file_check) comes back with its problems and is never restored.
    """
    m = NAME.match(path.name)
    try:
        made = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S") if m else None
    except ValueError:
        made = None
    reason = _reason(m.group(2)) if m else ""
    if not path.is_file():
        return BackupSummary(path, made, reason, None, 0, 0, 0, None, ("the file does not exist",))
    verdict = check_file(path)  # the whole file: structure, integrity, foreign keys, values
    if not verdict.ok:
        return BackupSummary(path, made, reason, verdict.revision, 0, 0, 0, None, verdict.problems)
    if made is None:
        made = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            counts = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("staff", "figure", "target")]
            last = conn.execute("SELECT MAX(day) FROM figure").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.Error, TypeError):
        return BackupSummary(path, made, reason, None, 0, 0, 0, None, ("this is not a ShopDesk database",))
    return BackupSummary(path, made, reason, schema, counts[0], counts[1], counts[2],
                         date.fromisoformat(last) if last else None, ())


def restore(db_path: Path, backup: Path, actor: Actor, password: str | None = None,
            verify_owner: Callable[[str | None], bool] | None = None,
            now: datetime | None = None) -> tuple[Path | None, BackupSummary]:
    """Replace the database with a backup; returns (safety copy, summary of what was restored).

    Refuses a damaged or foreign file, or one of a newer schema, before anything
    changes: the file is first copied beside the database and that copy is what is
    checked and restored (the original cannot change in between). The current file
    is then copied aside (a verified backup when it is readable; moved aside
    untouched when it is damaged, so nothing is lost either way).
    """
    actor.require_owner("restore a backup")
    if verify_owner is not None and not verify_owner(password):
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "the owner's password is needed to restore a backup"))
    summary = refuse_unhealthy(summarize(backup))
    staged = db_path.with_name(f".{db_path.name}.{os.getpid()}-{threading.get_ident()}.restoring")
    try:
        _stage(backup, staged)
        verdict = check_file(staged)
        if not verdict.ok:
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "{file} cannot be restored: {problem}"),
                              file=backup.name, problem=verdict.problems[0])
        now = now or datetime.now()
        safety: Path | None = None
        if db_path.exists():
            folder = default_folder(db_path)
            if sqlite_integrity(db_path, quick=True):
                safety = _set_aside(db_path, folder, now)
            else:
                safety = make_backup(db_path, folder, "safety", now, prune=False)
        _copy_into(staged, db_path)
    finally:
        for ext in ("", "-journal", "-wal", "-shm"):
            Path(str(staged) + ext).unlink(missing_ok=True)
    return safety, summary


def refuse_unhealthy(summary: BackupSummary) -> BackupSummary:
    """The summary of a file fit to restore; BackupError naming the first problem otherwise."""
    if not summary.healthy:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{file} cannot be restored: {problem}"),
                          file=summary.path.name, problem=summary.problems[0])
    return summary


def _stage(backup: Path, staged: Path) -> None:
    """A private copy of the backup, made page by page (nothing in it runs)."""
    staged.unlink(missing_ok=True)
    try:
        _page_copy(backup, staged, "DELETE")
    except sqlite3.Error as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{file} cannot be restored: {problem}"),
                          file=backup.name, problem=str(exc)) from None


def _set_aside(db_path: Path, folder: Path, now: datetime) -> Path:
    """Move a damaged file (and its -wal/-shm) aside untouched."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"damaged-{now:%Y%m%d-%H%M%S}-{db_path.name}"
    for ext in ("-wal", "-shm"):
        side = Path(str(db_path) + ext)
        if side.exists():
            os.replace(side, Path(str(dest) + ext))
    os.replace(db_path, dest)
    return dest


def _copy_into(backup: Path, db_path: Path) -> None:
    """Write the backup into the database through SQLite, so open readers see it whole."""
    _page_copy(backup, db_path, "WAL")
    problems = sqlite_integrity(db_path)
    if problems:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "the restored database failed its check: {error}"),
                          error=problems[0])


def owner_verifier(db_path: Path, backup: Path | None = None) -> Callable[[str | None], bool] | None:
    """How to check the owner's password before a restore; None when no password is set.

    Read-only: the owner's password of the current file, or — when that file is too
    damaged to read — of the backup about to be restored (so a damaged shop file is
    never an open door).
    """
    from shopdesk.services.staff.auth import owner_password_in_file

    for source in (db_path, backup):
        if source is None or not source.exists() or not _readable_credentials(source):
            continue  # missing or too damaged: ask the next file
        if owner_password_in_file(source, "") is None:
            return None  # a readable shop without an owner password: nothing to ask
        return _verifier(source)
    return None


def _verifier(source: Path) -> Callable[[str | None], bool]:
    from shopdesk.services.staff.auth import owner_password_in_file

    def verify(password: str | None) -> bool:
        return bool(owner_password_in_file(source, password or ""))

    return verify


def _readable_credentials(path: Path) -> bool:
    try:
        with leave_no_trace(path):
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                conn.execute("SELECT COUNT(*) FROM credential").fetchone()
            finally:
                conn.close()
        return True
    except sqlite3.Error:
        return False


def folder_setting_readonly(db_path: Path) -> Path | None:
    """The chosen backup folder, read without opening the file for writing (it may be damaged)."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (FOLDER_SETTING,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return Path(row[0]).expanduser() if row and row[0].strip() else None


def newest_good_backup_anywhere(db_path: Path) -> Path | None:
    """The newest healthy backup in the chosen folder or beside the database."""
    candidates = []
    for folder in {folder_setting_readonly(db_path), default_folder(db_path)} - {None}:
        candidates += list_backups(folder)  # type: ignore[arg-type]
    for _, _, path in sorted(candidates, reverse=True):
        if summarize(path).healthy:
            return path
    return None
