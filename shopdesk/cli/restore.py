"""`shopdesk restore FILE --db PATH`: replace the database with a verified backup (exit 0).

The current file is kept as a safety copy first; a damaged backup is refused.
"""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("restore", parents=[common], help="restore the database from a backup")
    p.add_argument("file", help="the backup file")
    p.add_argument("--password", default=None, help="the owner's password, when log-in is set up")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from shopdesk.services.common.context import OWNER
    from shopdesk.services.safety import backup

    from ..domain.errors import ShopDeskError
    from ..paths import default_db_path
    from ..store.db import database_url
    from .output import fail

    url = database_url(getattr(args, "db", None) or default_db_path())
    if not url.startswith("sqlite"):
        return fail("restore: for a PostgreSQL database use pg_restore")
    db_path = Path(url.removeprefix("sqlite:///"))
    source = Path(args.file).expanduser().resolve()
    summary = backup.summarize(source)
    if summary.healthy:
        print(f"backup of {summary.made:%Y-%m-%d %H:%M}: {summary.staff} people, "
              f"{summary.figures} daily figures (last {summary.last_figure_day or '-'}), "
              f"{summary.targets} targets")
    try:
        safety, _ = backup.restore(db_path, source, OWNER, password=args.password,
                                   verify_owner=backup.owner_verifier(db_path))
    except ShopDeskError as exc:
        return fail(f"restore: {exc}", 2)
    if safety is not None:
        print(f"the previous database was kept as {safety}")
    print(f"restored {db_path} from {source.name}")
    return 0
