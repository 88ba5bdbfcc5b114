"""`shopdesk import BOOK.xlsx --db PATH [--replace]`: a shop workbook in, all or nothing.

Exit 0 when imported; 2 when the workbook has problems — each printed as
`Sheet!Cell: message` — and then nothing is written (a database file that
did not exist before is removed again). Without --replace, Actuals for a day,
scope and metric that already have a figure are refused; with it they are
overwritten, never added twice.
"""

from __future__ import annotations

import argparse

MAX_PRINTED = 200  # problems printed one by one; the rest are counted


def register(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help="import a shop workbook (all or nothing)")
    p.add_argument("book", help="the .xlsx shop workbook")
    p.add_argument("--replace", action="store_true",
                   help="overwrite figures already stored for the same day, scope and metric")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import sys
    from datetime import date
    from pathlib import Path

    from shopdesk.services.common.context import OWNER
    from shopdesk.services.workbook.importer import import_workbook

    from ..domain.errors import ShopDeskError, ValidationErrors
    from ..paths import default_db_path
    from ..store.db import Database
    from .common import check_sqlite_file, prepare_schema
    from .output import fail

    book = Path(args.book)
    if not book.is_file():
        return fail(f"{book.name}: no such file")
    db = Database(getattr(args, "db", None) or default_db_path())
    created = db.path is not None and not db.path.exists()
    ok = False
    try:
        if db.path is not None:
            db.path.parent.mkdir(parents=True, exist_ok=True)
        check_sqlite_file(db)
        prepare_schema(db)
        summary = import_workbook(db, OWNER, book, date.today(), replace=args.replace)
        ok = True
    except ValidationErrors as exc:
        for error in exc.errors[:MAX_PRINTED]:
            print(str(error), file=sys.stderr)
        if len(exc.errors) > MAX_PRINTED:
            print(f"… and {len(exc.errors) - MAX_PRINTED} more problem(s)", file=sys.stderr)
        print(f"import: {len(exc.errors)} problem(s) found; nothing was written", file=sys.stderr)
        return 2
    except ShopDeskError as exc:
        return fail(f"import: {exc}")
    finally:
        db.dispose()
        if created and not ok and db.path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(db.path) + suffix).unlink(missing_ok=True)
    print(f"imported {book.name} into {db.display_name}: {summary.staff} people changed, "
          f"{summary.targets} targets set, {summary.figures} daily figures "
          f"({summary.figures_replaced} replaced), {summary.rules} rules, {summary.tasks} tasks"
          + (f", attendance for {summary.attendance} people-months" if summary.attendance else ""))
    return 0
