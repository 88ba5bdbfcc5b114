"""`shopdesk import-platform FILE... --db PATH [--dry-run] [--replace] [--day D]` (DESIGN §4.6).

Prints, per file, the kind found, rows read, used and skipped (and why) and
the days covered; then per day and metric what is written. Exit 0; 2 when
any file is invalid — every problem as `FILE:row N: message` — and then
nothing is written.
"""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("import-platform", parents=[common],
                       help=QT_TRANSLATE_NOOP("CliHelp", "daily figures from platform exports (Taobao, Tmall, JD, 拼多多, 抖店, 生意参谋, 客服)"))
    p.add_argument("files", nargs="+", metavar="FILE", help=QT_TRANSLATE_NOOP("CliHelp", ".csv, .xls or .xlsx exports"))
    p.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "print what would be written; write nothing"))
    p.add_argument("--replace", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "overwrite typed or workbook figures for the same day, scope and metric"))
    p.add_argument("--day", default=None, metavar="YYYY-MM-DD",
                   help=QT_TRANSLATE_NOOP("CliHelp", "the day a customer-service file without a 日期 column covers"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from shopdesk.domain.errors import ValidationErrors
    from shopdesk.services.common.context import OWNER
    from shopdesk.services.platform.run import import_platform

    from ..paths import default_db_path
    from ..store.db import Database
    from .common import make_folders, open_db, remove_shop_file
    from .output import error_text, fail, say, tell

    day = None
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            return fail(QT_TRANSLATE_NOOP("Cli", "--day: '{day}' is not a date (YYYY-MM-DD)"), day=args.day[:40])
    paths = [Path(f) for f in args.files]
    target = Database(getattr(args, "db", None) or default_db_path())
    target.dispose()
    if target.path is not None and target.path.is_dir():
        return fail(QT_TRANSLATE_NOOP("Cli", "--db {path} is a folder; name the shop file"), path=str(target.path))
    created = target.path is not None and not target.path.exists()
    folders = make_folders(target.path.parent) if created and target.path is not None else []
    ok = False
    try:
        db = open_db(args)
    except BaseException:
        if created and target.path is not None:
            remove_shop_file(target.path, folders)
        raise
    try:
        summary = import_platform(db, OWNER, paths, day=day, replace=args.replace, dry_run=args.dry_run)
        ok = not args.dry_run
    except ValidationErrors as exc:
        if len(exc.errors) == 1:  # one problem: one line
            return fail(QT_TRANSLATE_NOOP("Cli", "{problem}; nothing was written"), problem=error_text(exc.errors[0]))
        for error in exc.errors:
            tell(error_text(error))
        return fail(QT_TRANSLATE_NOOP("Cli", "{count} problem(s) found; nothing was written"), count=len(exc.errors))
    finally:
        db.dispose()
        if created and not ok and db.path is not None:  # a shop file made for nothing is removed again
            remove_shop_file(db.path, folders)
    for line in report_lines(summary.plan):
        print(line)
    if args.dry_run:
        say(QT_TRANSLATE_NOOP("Cli", "dry run: nothing was written"))
    elif not summary.written:
        say(QT_TRANSLATE_NOOP("Cli", "nothing changed: these files were imported before"))
    else:
        say(QT_TRANSLATE_NOOP("Cli", "written: {figures} daily figures changed, {products} products added, "
                                     "{replaced} typed figures replaced"),
            figures=summary.figures_changed, products=summary.products_added, replaced=summary.replaced)
    return 0


def report_lines(plan) -> list[str]:
    """The plan as plain lines in the run's language: per file, then per day and metric."""
    from shopdesk.domain.metrics import DEFAULT_REGISTRY

    from .output import language, rendered, text, text_in, translate

    english = language() == "en"
    kinds: dict[str, str] = {}
    if not english:  # the names the import dialog shows
        from shopdesk.ui.platform.import_dialog import KIND_NAMES

        kinds = KIND_NAMES
    lines = []
    for f in plan.files:
        skipped = ", ".join(text_in("PlatformImportDialog", QT_TRANSLATE_NOOP("PlatformImportDialog", "{n} {reason}"), n=n, reason=translate("Platform", reason))
                            for reason, n in sorted(f.skipped.items())) or text_in("PlatformImportDialog", QT_TRANSLATE_NOOP("PlatformImportDialog", "none"))
        days = (text_in("PlatformImportDialog", QT_TRANSLATE_NOOP("PlatformImportDialog", "{first} to {last} ({n} days)"), first=f.days[0].isoformat(),
                     last=f.days[-1].isoformat(), n=len(f.days)) if f.days
                else text_in("PlatformImportDialog", QT_TRANSLATE_NOOP("PlatformImportDialog", "no days")))
        lines.append(text(QT_TRANSLATE_NOOP("Cli", "{file}: {kind} — header on row {header}; {read} rows read, "
                                                   "{used} used, skipped: {skipped}; {days}"),
                          file=f.name, kind=f.kind if english else translate("Platform", kinds.get(f.kind, f.kind_title)),
                          header=f.header_row, read=f.rows_read, used=f.rows_used, skipped=skipped, days=days))
        lines.extend("  " + text_in("PlatformImportDialog", QT_TRANSLATE_NOOP("PlatformImportDialog", "warning: {text}"), text=rendered(w)) for w in f.warnings)
    lines.extend(text_in("PlatformImportDialog", QT_TRANSLATE_NOOP("PlatformImportDialog", "warning: {text}"), text=rendered(w)) for w in plan.warnings)
    if plan.unassigned_units:
        lines.append(text(QT_TRANSLATE_NOOP("Cli", "{n} units sold of products without a designer"),
                          n=plan.unassigned_units))
    if plan.new_products:
        lines.append(text(QT_TRANSLATE_NOOP("Cli", "{n} new products (no designer yet)"), n=len(plan.new_products)))
    shop = text(QT_TRANSLATE_NOOP("Cli", "shop"))
    for day, values in plan.by_day().items():
        cells = []
        for (scope, metric), value in sorted(values.items()):
            m = DEFAULT_REGISTRY.defs.get(metric)
            shown = (f"{m.to_natural(value):.2f}" if m.scale != 1 else str(value)) if m else str(value)
            name = metric if english or m is None else translate("Metrics", m.name_en)
            who = plan.scope_names.get(scope, scope)
            cells.append(f"{name}={shown}" if scope == "shop" else f"{who} {name}={shown}")
        lines.append(f"{day.isoformat()}: " + text(QT_TRANSLATE_NOOP("Cli", ", ")).join(cells))
    for c in plan.conflicts:
        m = DEFAULT_REGISTRY.defs.get(c.metric)
        source = (text_in("PlatformImportDialog", QT_TRANSLATE_NOOP("PlatformImportDialog", "typed")) if c.source == "typed"
                  else text_in("PlatformImportDialog", QT_TRANSLATE_NOOP("PlatformImportDialog", "workbook")))
        lines.append(text(QT_TRANSLATE_NOOP("Cli", "conflict: {day} {scope} {metric}: {source} {old} vs {new}"),
                          day=c.day.isoformat(), scope=plan.scope_names.get(c.scope, shop),
                          metric=c.metric if english or m is None else translate("Metrics", m.name_en),
                          source=source, old=c.existing, new=c.incoming))
    return lines
