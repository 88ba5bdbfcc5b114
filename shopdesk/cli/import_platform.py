"""`shopdesk import-platform FILE... --db PATH [--dry-run] [--replace] [--day D]` (DESIGN §4.6).

Prints, per file, the kind found, rows read, used and skipped (and why) and
the days covered; then per day and metric what is written. Exit 0; 2 when
any file is invalid — every problem as `FILE:row N: message` — and then
nothing is written.
"""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("import-platform", parents=[common],
                       help="daily figures from platform exports (Taobao, Tmall, JD, 拼多多, 抖店, 生意参谋, 客服)")
    p.add_argument("files", nargs="+", metavar="FILE", help=".csv, .xls or .xlsx exports")
    p.add_argument("--dry-run", action="store_true", help="print what would be written; write nothing")
    p.add_argument("--replace", action="store_true",
                   help="overwrite typed or workbook figures for the same day, scope and metric")
    p.add_argument("--day", default=None, metavar="YYYY-MM-DD",
                   help="the day a customer-service file without a 日期 column covers")
    p.set_defaults(run=run)


def _tr(text: str) -> str:
    return text


def run(args: argparse.Namespace) -> int:
    import sys
    from datetime import date
    from pathlib import Path

    from shopdesk.domain.errors import ShopDeskError, ValidationErrors
    from shopdesk.services.common.context import OWNER
    from shopdesk.services.platform.run import import_platform

    from .common import open_db
    from .output import fail

    day = None
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            return fail(f"--day: '{args.day}' is not a date (YYYY-MM-DD)")
    paths = [Path(f) for f in args.files]
    from ..paths import default_db_path
    from ..store.db import Database

    target = Database(getattr(args, "db", None) or default_db_path())
    created = target.path is not None and not target.path.exists()
    target.dispose()
    if created and target.path is not None:
        target.path.parent.mkdir(parents=True, exist_ok=True)
    db = open_db(args)
    ok = False
    try:
        summary = import_platform(db, OWNER, paths, day=day, replace=args.replace, dry_run=args.dry_run)
        ok = not args.dry_run
    except ValidationErrors as exc:
        for error in exc.errors:
            print(f"{error.field}: {_message(error)}", file=sys.stderr)
        print(f"import-platform: {len(exc.errors)} problem(s) found; nothing was written", file=sys.stderr)
        return 2
    except ShopDeskError as exc:
        return fail(f"import-platform: {_message(exc)}")
    finally:
        db.dispose()
        if created and not ok and db.path is not None:  # a shop file made for nothing is removed again
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(db.path) + suffix).unlink(missing_ok=True)
    for line in report_lines(summary.plan):
        print(line)
    if args.dry_run:
        print("dry run: nothing was written")
    elif not summary.written:
        print("nothing changed: these files were imported before")
    else:
        print(f"written: {summary.figures_changed} daily figures changed, {summary.products_added} products "
              f"added, {summary.replaced} typed figures replaced")
    return 0


def _message(error) -> str:
    return str(error.message)


def report_lines(plan) -> list[str]:
    """The plan as plain lines: per file, then per day and metric (also used by the dialog's copy)."""
    from shopdesk.domain.metrics import DEFAULT_REGISTRY

    lines = []
    for f in plan.files:
        skipped = ", ".join(f"{n} {_tr(reason)}" for reason, n in sorted(f.skipped.items())) or "none"
        days = (f"{f.days[0].isoformat()} to {f.days[-1].isoformat()} ({len(f.days)} days)" if f.days
                else "no days")
        lines.append(f"{f.name}: {f.kind} — header on row {f.header_row}; {f.rows_read} rows read, "
                     f"{f.rows_used} used, skipped: {skipped}; {days}")
        lines.extend(f"  warning: {w}" for w in f.warnings)
    lines.extend(f"warning: {w}" for w in plan.warnings)
    if plan.unassigned_units:
        lines.append(f"{plan.unassigned_units} units sold of products without a designer")
    if plan.new_products:
        lines.append(f"{len(plan.new_products)} new products (no designer yet)")
    for day, values in plan.by_day().items():
        cells = []
        for (scope, metric), value in sorted(values.items()):
            m = DEFAULT_REGISTRY.defs.get(metric)
            shown = (f"{m.to_natural(value):.2f}" if m.scale != 1 else str(value)) if m else str(value)
            who = plan.scope_names.get(scope, scope)
            cells.append(f"{metric}={shown}" if scope == "shop" else f"{who} {metric}={shown}")
        lines.append(f"{day.isoformat()}: " + ", ".join(cells))
    for c in plan.conflicts:
        lines.append(f"conflict: {c.day.isoformat()} {plan.scope_names.get(c.scope, c.scope)} {c.metric}: "
                     f"{c.source} {c.existing} vs {c.incoming}")
    return lines
