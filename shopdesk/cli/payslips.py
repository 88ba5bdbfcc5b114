"""`shopdesk payslips YYYY-MM --db PATH --export OUT.xlsx|OUT.pdf [--lang L]`: one payslip per person
(DESIGN §4.8). Exit 0; 2 bad input."""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("payslips", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "write the month's payslips (工资条) as .xlsx or .pdf"))
    p.add_argument("month", help=QT_TRANSLATE_NOOP("CliHelp", "YYYY-MM"))
    p.add_argument("--export", required=True, metavar="OUT.xlsx|OUT.pdf", help=QT_TRANSLATE_NOOP("CliHelp", "the file to write"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from shopdesk.services.common.context import OWNER
    from shopdesk.services.payroll.run import parse_month

    from .common import open_db
    from .output import fail, os_reason, refuse_output, say, text

    parse_month(str(args.month).strip(), date.today())  # refused before the database is opened
    refused = refuse_output(args.export, (".xlsx", ".pdf"))
    if refused is not None:
        return refused
    db_arg = getattr(args, "db", None)
    if db_arg and "://" not in db_arg and not Path(db_arg).expanduser().exists():
        return fail(QT_TRANSLATE_NOOP("Cli", "{path} does not exist"), path=db_arg)
    db = open_db(args, create=False)
    try:
        from shopdesk.services.payroll.payslips import export_payslips

        slips = export_payslips(db, OWNER, str(args.month).strip(), Path(args.export), date.today(), args.lang)
    except OSError as exc:
        return fail(QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}"), path=args.export,
                    reason=os_reason(exc))
    finally:
        db.dispose()
    state = (text(QT_TRANSLATE_NOOP("Cli", "approved")) if slips.approved
             else text(QT_TRANSLATE_NOOP("Cli", "draft: not approved yet")))
    say(QT_TRANSLATE_NOOP("Cli", "payslips {month} ({state}): {people} people; written to {path}"),
        month=slips.month, state=state, people=len(slips.people), path=args.export)
    return 0
