"""`shopdesk demo --db PATH [--staff N] [--months N] [--seed S]`."""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "create a realistic demo shop"))
    p.add_argument("--staff", type=int, default=12, help=QT_TRANSLATE_NOOP("CliHelp", "number of people (default 12)"))
    p.add_argument("--months", type=int, default=13, help=QT_TRANSLATE_NOOP("CliHelp", "months of daily figures (default 13)"))
    p.add_argument("--seed", type=int, default=2026, help=QT_TRANSLATE_NOOP("CliHelp", "random seed (default 2026)"))
    p.set_defaults(run=run)


MAX_STAFF, MAX_MONTHS = 500, 120


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..paths import default_db_path
    from ..store.db import Database
    from .common import open_db
    from .output import fail, language, say

    if not 4 <= args.staff <= MAX_STAFF or not 1 <= args.months <= MAX_MONTHS:
        return fail(QT_TRANSLATE_NOOP("Cli", "--staff must be 4 to {staff} and --months 1 to {months}"),
                    staff=MAX_STAFF, months=MAX_MONTHS)
    probe = Database(getattr(args, "db", None) or default_db_path())
    path = probe.path
    probe.dispose()
    if path is not None and path.is_dir():
        return fail(QT_TRANSLATE_NOOP("Cli", "--db {path} is a folder; name the shop file"), path=str(path))
    if path is not None and not path.parent.is_dir():
        return fail(QT_TRANSLATE_NOOP("Cli", "--db: the folder {folder} does not exist"), folder=str(path.parent))
    created = path is not None and not path.exists()
    done = False
    db: Database | None = None
    try:
        db = open_db(args)
        from shopdesk.services.common.context import OWNER
        from shopdesk.services.demo.shop import write_demo
        from shopdesk.services.staff.people import list_staff

        if list_staff(db, OWNER, include_inactive=True):
            return fail(QT_TRANSLATE_NOOP("Cli", "{db} already holds a shop; choose a new file"),
                        db=db.display_name)
        from shopdesk.exchange.common.translate import translator

        # The names the demo writes as data (its pay rules) in the run's language, as the window's demo does.
        shop = write_demo(db, staff=args.staff, months=args.months, seed=args.seed, translate=translator(language()))
        done = True
    finally:
        if db is not None:
            db.dispose()
        if created and not done and path is not None:  # no half-made shop file is left behind
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(path) + suffix).unlink(missing_ok=True)
    say(QT_TRANSLATE_NOOP("Cli", "demo shop written to {db}: {people} people, figures {start} – {end}"),
        db=db.display_name, people=len(shop.people), start=shop.start, end=shop.today)
    return 0
