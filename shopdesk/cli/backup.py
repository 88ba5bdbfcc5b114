"""`shopdesk backup --db PATH [--to FILE]`: a consistent online copy, verified (exit 0)."""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "make a verified copy of the database"))
    p.add_argument("--to", default=None,
                   help=QT_TRANSLATE_NOOP("CliHelp", "backup file (default: a dated file in the shop's backup folder)"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from shopdesk.services.safety import backup

    from ..domain.errors import ShopDeskError
    from ..paths import default_db_path
    from ..store.db import Database
    from .common import check_sqlite_file
    from .output import error_text, fail, fail_with, refuse_folder, say

    db = Database(getattr(args, "db", None) or default_db_path())
    try:
        if db.path is None:
            return fail(QT_TRANSLATE_NOOP("Cli", "for a PostgreSQL database use pg_dump"))
        if not db.path.is_file():
            return fail(QT_TRANSLATE_NOOP("Cli", "{path} does not exist"), path=str(db.path))
        to = Path(args.to).expanduser().resolve() if args.to else None
        if to is not None and to.is_dir():
            return fail(QT_TRANSLATE_NOOP("Cli", "--to {path} is a folder; name the backup file"), path=str(to))
        if to is not None and to.exists() and not to.is_file():  # never replace a device or pipe
            return fail(QT_TRANSLATE_NOOP("Cli", "{path} is not a regular file; name a file to write"), path=str(to))
        if to is not None and not to.parent.is_dir():  # never make folders the user did not ask for
            return fail(QT_TRANSLATE_NOOP("Cli", "--to: the folder {folder} does not exist"), folder=str(to.parent))
        refused = refuse_folder(to.parent) if to is not None else None
        if refused is not None:
            return refused
        check_sqlite_file(db)
        try:
            if to is not None:
                dest = backup.copy_database(db.path, to)
            else:
                dest = backup.make_backup(db.path, backup.backup_folder(db), "manual")
        except ShopDeskError as exc:
            return fail_with(error_text(exc), 1)
    finally:
        db.dispose()
    say(QT_TRANSLATE_NOOP("Cli", "backup written to {path} (verified)"), path=str(dest))
    return 0
