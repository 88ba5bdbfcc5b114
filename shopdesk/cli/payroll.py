"""`shopdesk payroll YYYY-MM --db PATH --export OUT.xlsx [--lang L] [--approve]` writes the bonus sheet;
`shopdesk payroll YYYY --db PATH --export OUT.xlsx` the year's salary register. Exit 0; 2 bad input."""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("payroll", parents=[common],
                       help="compute a month's payroll and write its bonus sheet (or a year's register)")
    p.add_argument("period", help="YYYY-MM for a month's bonus sheet, YYYY for the year's salary register")
    p.add_argument("--export", required=True, metavar="OUT.xlsx", help="the workbook to write")
    p.add_argument("--approve", action="store_true", help="approve and lock the month first")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import re
    from datetime import date
    from pathlib import Path

    from shopdesk.services.common.context import OWNER

    from ..domain.errors import ShopDeskError
    from .common import open_db
    from .output import fail

    period = str(args.period).strip()
    db_arg = getattr(args, "db", None)
    if db_arg and "://" not in db_arg and not Path(db_arg).expanduser().exists():
        return fail(f"payroll: {db_arg} does not exist")
    if not re.fullmatch(r"\d{4}(-\d{1,2})?", period):
        return fail(f"payroll: '{period}' is not a month like 2026-11 or a year like 2026")
    lang = getattr(args, "lang", None) or "en"
    today = date.today()
    db = open_db(args)
    try:
        if len(period) == 4:
            if args.approve:
                return fail("payroll: --approve takes a month (YYYY-MM), not a year")
            from shopdesk.services.payroll.export import export_year_register

            runs = export_year_register(db, OWNER, int(period), Path(args.export), today, lang)
            print(f"salary register {period} written to {args.export} ({len(runs)} months)")
            return 0
        from shopdesk.services.payroll.export import export_bonus_sheet

        from ..domain.money import format_yuan

        result = export_bonus_sheet(db, OWNER, period, Path(args.export), today, lang, approve=args.approve)
    except ShopDeskError as exc:
        return fail(f"payroll: {exc}")
    except OSError as exc:
        return fail(f"payroll: cannot write {args.export}: {exc.strerror}", 1)
    finally:
        db.dispose()
    state = "approved" if result.approved else "not approved"
    print(f"payroll {result.month} ({state}): {result.shop.headcount} people, gross "
          f"{format_yuan(result.shop.gross_fen)}, net {format_yuan(result.shop.net_fen)}; written to {args.export}")
    return 0
