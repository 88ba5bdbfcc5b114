"""`shopdesk payslips YYYY-MM --db PATH --export OUT.xlsx|OUT.pdf [--lang L]`: one payslip per person
(DESIGN §4.8). Exit 0; 2 bad input."""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("payslips", parents=[common], help="write the month's payslips (工资条) as .xlsx or .pdf")
    p.add_argument("month", help="YYYY-MM")
    p.add_argument("--export", required=True, metavar="OUT.xlsx|OUT.pdf", help="the file to write")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from shopdesk.services.common.context import OWNER

    from ..domain.errors import ShopDeskError
    from .common import open_db
    from .output import fail

    out = Path(args.export)
    kind = out.suffix.lower()
    if kind not in (".xlsx", ".pdf"):
        return fail(f"payslips: {args.export} must end in .xlsx or .pdf")
    db_arg = getattr(args, "db", None)
    if db_arg and "://" not in db_arg and not Path(db_arg).expanduser().exists():
        return fail(f"payslips: {db_arg} does not exist")
    lang = getattr(args, "lang", None) or "en"
    try:
        db = open_db(args, create=False)
    except ShopDeskError as exc:
        return fail(f"payslips: {exc}")
    try:
        from shopdesk.services.payroll.payslips import export_payslips

        slips = export_payslips(db, OWNER, str(args.month).strip(), out, date.today(), lang)
    except ShopDeskError as exc:
        return fail(f"payslips: {exc}")
    except OSError as exc:
        return fail(f"payslips: cannot write {args.export}: {exc.strerror or exc}")
    finally:
        db.dispose()
    state = "approved" if slips.approved else "draft: not approved yet"
    print(f"payslips {slips.month} ({state}): {len(slips.people)} people; written to {args.export}")
    return 0
