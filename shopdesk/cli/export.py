"""`shopdesk export BOOK.xlsx --db PATH [--lang L]`: the shop set-up as a workbook (exit 0)."""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("export", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "write the shop set-up as a workbook"))
    p.add_argument("book", help=QT_TRANSLATE_NOOP("CliHelp", "the .xlsx file to write"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from shopdesk.services.common.context import OWNER
    from shopdesk.services.workbook.export import export_workbook

    from .common import open_db
    from .output import fail, os_reason, refuse_output, say

    db_arg = getattr(args, "db", None)
    if db_arg and "://" not in db_arg and not Path(db_arg).expanduser().exists():
        return fail(QT_TRANSLATE_NOOP("Cli", "{path} does not exist"), path=db_arg)
    refused = refuse_output(args.book, (".xlsx",))
    if refused is not None:
        return refused
    db = open_db(args)
    try:
        rows = export_workbook(db, OWNER, Path(args.book), args.lang)
    except OSError as exc:
        return fail(QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}"), 1, path=args.book,
                    reason=os_reason(exc))
    finally:
        db.dispose()
    say(QT_TRANSLATE_NOOP("Cli", "shop workbook written to {path} ({rows} rows)"), path=args.book, rows=rows)
    return 0
