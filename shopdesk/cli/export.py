"""`shopdesk export BOOK.xlsx --db PATH [--lang L]`: the shop set-up as a workbook (exit 0)."""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("export", parents=[common], help="write the shop set-up as a workbook")
    p.add_argument("book", help="the .xlsx file to write")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from shopdesk.services.common.context import OWNER
    from shopdesk.services.workbook.export import export_workbook

    from .common import open_db
    from .output import fail

    db_arg = getattr(args, "db", None)
    if db_arg and "://" not in db_arg and not Path(db_arg).expanduser().exists():
        return fail(f"export: {db_arg} does not exist")
    db = open_db(args)
    try:
        rows = export_workbook(db, OWNER, Path(args.book), getattr(args, "lang", None) or "en")
    except OSError as exc:
        return fail(f"export: cannot write {args.book}: {exc.strerror}", 1)
    finally:
        db.dispose()
    print(f"shop workbook written to {args.book} ({rows} rows)")
    return 0
