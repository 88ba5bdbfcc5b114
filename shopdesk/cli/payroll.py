"""`shopdesk payroll YYYY-MM --db PATH --export OUT.xlsx [--lang L] [--approve]` writes the bonus sheet;
`shopdesk payroll YYYY --db PATH --export OUT.xlsx` the year's salary register. Exit 0; 2 bad input."""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("payroll", parents=[common],
                       help=QT_TRANSLATE_NOOP("CliHelp", "compute a month's payroll and write its bonus sheet (or a year's register)"))
    p.add_argument("period", help=QT_TRANSLATE_NOOP("CliHelp", "YYYY-MM for a month's bonus sheet, YYYY for the year's salary register"))
    p.add_argument("--export", required=True, metavar="OUT.xlsx", help=QT_TRANSLATE_NOOP("CliHelp", "the workbook to write"))
    p.add_argument("--approve", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "approve and lock the month first"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import re
    from datetime import date
    from pathlib import Path

    from shopdesk.services.common.context import OWNER

    from .common import open_db
    from .output import fail, os_reason, refuse_output, say, text

    period = str(args.period).strip()
    db_arg = getattr(args, "db", None)
    if db_arg and "://" not in db_arg and not Path(db_arg).expanduser().exists():
        return fail(QT_TRANSLATE_NOOP("Cli", "{path} does not exist"), path=db_arg)
    found = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", period)
    from ..domain.periods import FIRST_YEAR, LAST_YEAR

    if not found or not FIRST_YEAR <= int(found[1]) <= LAST_YEAR:
        return fail(QT_TRANSLATE_NOOP("Cli", "'{period}' is not a month like 2026-11 or a year like 2026"),
                    period=period[:40])
    if found[2] is None and args.approve:
        return fail(QT_TRANSLATE_NOOP("Cli", "--approve takes a month (YYYY-MM), not a year"))
    today = date.today()
    if found[2] is not None:  # refused before the database is opened
        from shopdesk.services.payroll.run import parse_month

        parse_month(period, today)
    refused = refuse_output(args.export, (".xlsx",))
    if refused is not None:
        return refused
    lang = args.lang
    db = open_db(args)
    try:
        if found[2] is None:
            from shopdesk.services.payroll.export import export_year_register

            runs = export_year_register(db, OWNER, int(period), Path(args.export), today, lang)
            say(QT_TRANSLATE_NOOP("Cli", "salary register {year} written to {path} ({months} months)"),
                year=period, path=args.export, months=len(runs))
            return 0
        from shopdesk.services.payroll.export import export_bonus_sheet

        from ..domain.money import format_yuan

        result = export_bonus_sheet(db, OWNER, period, Path(args.export), today, lang, approve=args.approve)
    except OSError as exc:
        return fail(QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}"), 1, path=args.export,
                    reason=os_reason(exc))
    finally:
        db.dispose()
    state = (text(QT_TRANSLATE_NOOP("Cli", "approved")) if result.approved
             else text(QT_TRANSLATE_NOOP("Cli", "not approved")))
    say(QT_TRANSLATE_NOOP("Cli", "payroll {month} ({state}): {people} people, gross {gross}, net {net}; "
                                 "written to {path}"),
        month=result.month, state=state, people=result.shop.headcount, gross=format_yuan(result.shop.gross_fen),
        net=format_yuan(result.shop.net_fen), path=args.export)
    return 0
