"""`shopdesk backup --db PATH [--to FILE]`: a consistent online copy, verified (exit 0)."""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="make a verified copy of the database")
    p.add_argument("--to", default=None,
                   help="backup file (default: a dated file in the shop's backup folder)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from shopdesk.services.safety import backup

    from ..domain.errors import ShopDeskError
    from ..paths import default_db_path
    from ..store.db import Database
    from .output import fail

    db = Database(getattr(args, "db", None) or default_db_path())
    try:
        if db.path is None:
            return fail("backup: for a PostgreSQL database use pg_dump")
        if not db.path.exists():
            return fail(f"backup: {db.path} does not exist")
        if args.to:
            dest = backup.copy_database(db.path, Path(args.to).expanduser().resolve())
        else:
            dest = backup.make_backup(db.path, backup.backup_folder(db), "manual")
    except ShopDeskError as exc:
        return fail(f"backup: {exc}", 1)
    finally:
        db.dispose()
    print(f"backup written to {dest} (verified)")
    return 0
