"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import ShopDeskError
from ..domain.text import QT_TRANSLATE_NOOP, Phrase
from ..paths import default_db_path
from ..store.db import Database
from ..store.schema import ensure_schema


class UnusableFile(ShopDeskError):
    """The --db file is damaged or not a ShopDesk database."""


def check_sqlite_file(db: Database, *, values: bool = False) -> None:
    """Refuse a damaged or foreign SQLite file before anything reads or writes it.

    `values` also scans every value (migrate-to: a NUL byte or text in a money column
    would break the copy to PostgreSQL half-way); the other commands check the structure."""
    if db.path is not None and db.path.exists() and not db.path.is_file():
        raise UnusableFile(QT_TRANSLATE_NOOP("Errors", "{path} is not a shop file"), path=str(db.path))
    if db.path is None or not db.path.exists() or db.path.stat().st_size == 0:
        return
    from shopdesk.services.safety.file_check import check_file

    verdict = check_file(db.path, full=False, values=values)
    if verdict.newer:
        from ..store.schema import SchemaTooNew

        raise SchemaTooNew(verdict.revision)
    if not verdict.ok and not verdict.empty:
        more = (Phrase("Errors", QT_TRANSLATE_NOOP("Errors", " (and {count} more)"), count=len(verdict.problems) - 1)
                if len(verdict.problems) > 1 else "")
        raise UnusableFile(QT_TRANSLATE_NOOP(
            "Errors", "{path} cannot be used: {problem}{more}; see `shopdesk check`"),
            path=str(db.path), problem=verdict.problems[0], more=more)


def open_db(args: argparse.Namespace, *, create: bool = True) -> Database:
    """The database named by --db (or the default), checked and migrated to the current schema."""
    db = Database(getattr(args, "db", None) or default_db_path())
    try:
        check_sqlite_file(db)
        if create or db.path is None or db.path.exists():
            prepare_schema(db)
    except BaseException:
        db.dispose()
        raise
    return db


def prepare_schema(db: Database) -> None:
    """Bring the database to this version's schema; an older shop file is backed up first
    and the update is reported (a newer one is refused by ensure_schema)."""
    from ..store.schema import current_revision, needs_upgrade
    from .output import tell, text

    old = current_revision(db)
    if old is None or not needs_upgrade(db):
        ensure_schema(db)
        return
    copy = None
    if db.path is not None:
        from shopdesk.services.safety.backup import backup_before_migration

        copy = backup_before_migration(db.path)
    ensure_schema(db)
    if copy:
        tell(text(QT_TRANSLATE_NOOP("Cli", "updated {db} from schema {old} to {new} (backup first: {copy})"),
                  db=db.display_name, old=old, new=current_revision(db), copy=str(copy)))
    else:
        tell(text(QT_TRANSLATE_NOOP("Cli", "updated {db} from schema {old} to {new}"),
                  db=db.display_name, old=old, new=current_revision(db)))


def server_database(url: str) -> Database:
    """A PostgreSQL database from a URL, asking for the password only when needed.

    libpq reads PGPASSWORD and ~/.pgpass itself; at a terminal we prompt
    instead of failing. The password never appears in output or logs.
    """
    import getpass
    import sys

    from sqlalchemy import text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    from ..domain.errors import ValidationError

    if not url.startswith("postgresql"):
        raise ValidationError("url", QT_TRANSLATE_NOOP(
            "Errors", "a shop server address starts with postgresql+psycopg://"))
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return db
    except OperationalError as exc:
        db.dispose()
        needs_password = "password" in str(exc.orig).lower()
        if not (needs_password and sys.stdin.isatty()):
            raise ValidationError("url", QT_TRANSLATE_NOOP(
                "Errors", "cannot reach the shop server {server}: {reason}"),
                server=make_url(url).render_as_string(hide_password=True),
                reason=database_reason(str(exc.orig))) from None
    from .output import text as said

    secret = getpass.getpass(said(QT_TRANSLATE_NOOP("Cli", "password for {server}: "),
                                  server=make_url(url).render_as_string(hide_password=True)))
    return server_database(make_url(url).set(password=secret).render_as_string(hide_password=False))


def make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; the ones made, deepest first (to remove again)."""
    made = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        made.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True)
    return made


def remove_shop_file(path: Path, folders: list[Path]) -> None:
    """Undo a shop file made for nothing: the file, its side files, and the folders made for it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:  # something else was put there meanwhile: keep it
            break


# What SQLite and the PostgreSQL driver say most often, in words that can be translated;
# anything else is shown as they say it.
_REASONS = (
    ("unable to open database file", QT_TRANSLATE_NOOP("Errors", "the database file cannot be opened")),
    ("attempt to write a readonly database", QT_TRANSLATE_NOOP("Errors", "the database is read-only")),
    ("database is locked", QT_TRANSLATE_NOOP("Errors", "another program is using the database")),
    ("database or disk is full", QT_TRANSLATE_NOOP("Errors", "the disk is full")),
    ("disk I/O error", QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written")),
    ("database disk image is malformed", QT_TRANSLATE_NOOP("Errors", "the database file is damaged")),
    ("no such table", QT_TRANSLATE_NOOP("Errors", "this is not a ShopDesk database, or an incomplete one")),
    ("Connection refused", QT_TRANSLATE_NOOP("Errors", "the server refused the connection (is it running?)")),
    ("password authentication failed", QT_TRANSLATE_NOOP("Errors", "the user name or password is wrong")),
    ("no password supplied", QT_TRANSLATE_NOOP("Errors", "a password is needed")),
    ("timeout expired", QT_TRANSLATE_NOOP("Errors", "the server did not answer in time")),
    ("does not exist", QT_TRANSLATE_NOOP("Errors", "the database or user does not exist on the server")),
    ("failed to resolve host", QT_TRANSLATE_NOOP("Errors", "the server's name is not known")),
    ("could not translate host name", QT_TRANSLATE_NOOP("Errors", "the server's name is not known")),
)


def database_reason(said: str) -> str:
    """The database's own reason, as a translatable phrase when it is a usual one."""
    first = said.strip().splitlines()[0][:200] if said.strip() else ""
    for fragment, sentence in _REASONS:
        if fragment in said:
            return Phrase("Errors", sentence)
    return first
