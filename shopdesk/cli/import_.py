"""`shopdesk import BOOK.xlsx --db PATH [--replace]`: a shop workbook in, all or nothing.

Exit 0 when imported; 2 when the workbook has problems — each printed as
`Sheet!Cell: message` — and then nothing is written (a database file that
did not exist before is removed again). Without --replace, Actuals for a day,
scope and metric that already have a figure are refused; with it they are
overwritten, never added twice.
"""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP

MAX_PRINTED = 200  # problems printed one by one; the rest are counted


def register(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "import a shop workbook (all or nothing)"))
    p.add_argument("book", help=QT_TRANSLATE_NOOP("CliHelp", "the .xlsx shop workbook"))
    p.add_argument("--replace", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "overwrite figures already stored for the same day, scope and metric"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from shopdesk.services.common.context import OWNER
    from shopdesk.services.workbook.importer import import_workbook

    from ..domain.errors import ValidationErrors
    from ..paths import default_db_path
    from ..store.db import Database
    from .common import check_sqlite_file, make_folders, prepare_schema, remove_shop_file
    from .output import error_text, fail, say, tell, text

    book = Path(args.book)
    if not book.is_file():
        return fail(QT_TRANSLATE_NOOP("Cli", "{path}: no such file"), path=args.book)
    db = Database(getattr(args, "db", None) or default_db_path())
    if db.path is not None and db.path.is_dir():
        db.dispose()
        return fail(QT_TRANSLATE_NOOP("Cli", "--db {path} is a folder; name the shop file"), path=str(db.path))
    created = db.path is not None and not db.path.exists()
    folders: list[Path] = []
    ok = False
    try:
        if db.path is not None:
            folders = make_folders(db.path.parent)
        check_sqlite_file(db)
        prepare_schema(db)
        summary = import_workbook(db, OWNER, book, date.today(), replace=args.replace)
        ok = True
    except ValidationErrors as exc:
        if len(exc.errors) == 1:  # one problem: one line
            return fail(QT_TRANSLATE_NOOP("Cli", "{problem}; nothing was written"), problem=error_text(exc.errors[0]))
        for error in exc.errors[:MAX_PRINTED]:
            tell(error_text(error))
        if len(exc.errors) > MAX_PRINTED:
            tell(text(QT_TRANSLATE_NOOP("Cli", "… and {count} more problem(s)"), count=len(exc.errors) - MAX_PRINTED))
        return fail(QT_TRANSLATE_NOOP("Cli", "{count} problem(s) found; nothing was written"), count=len(exc.errors))
    finally:
        db.dispose()
        if created and not ok and db.path is not None:
            remove_shop_file(db.path, folders)
    attendance = (text(QT_TRANSLATE_NOOP("Cli", ", attendance for {count} people-months"), count=summary.attendance)
                  if summary.attendance else "")
    say(QT_TRANSLATE_NOOP("Cli", "imported {book} into {db}: {staff} people changed, {targets} targets set, "
                                 "{figures} daily figures ({replaced} replaced), {rules} rules, {tasks} tasks"
                                 "{attendance}"),
        book=book.name, db=db.display_name, staff=summary.staff, targets=summary.targets, figures=summary.figures,
        replaced=summary.figures_replaced, rules=summary.rules, tasks=summary.tasks, attendance=attendance)
    return 0
