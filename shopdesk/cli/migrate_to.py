"""`shopdesk migrate-to URL --db PATH`: copy a shop file to an empty PostgreSQL database.

Exit 0 when every table's rows and every month's money totals match on the
server; 1 when they do not (nothing is kept); 2 for bad input.
"""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("migrate-to", parents=[common],
                       help=QT_TRANSLATE_NOOP("CliHelp", "copy this shop into an empty PostgreSQL database for several PCs"))
    p.add_argument("url", help=QT_TRANSLATE_NOOP("CliHelp", "postgresql+psycopg://user@host:5432/shop (password from "
                               "PGPASSWORD, ~/.pgpass, or a prompt)"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..paths import default_db_path
    from ..store.db import Database
    from ..store.transfer import TransferError, copy_to_server
    from .common import check_sqlite_file, prepare_schema, server_database
    from .output import error_text, fail, fail_with, say

    source = Database(getattr(args, "db", None) or default_db_path())
    if source.path is None or not source.path.is_file():
        source.dispose()
        return fail(QT_TRANSLATE_NOOP("Cli", "--db must name an existing shop file ({db})"), db=source.display_name)
    try:
        check_sqlite_file(source, values=True)
        dest = server_database(args.url)
    except BaseException:
        source.dispose()
        raise
    try:
        prepare_schema(source)
        report = copy_to_server(source, dest, lambda table, n: say(QT_TRANSLATE_NOOP("Cli", "  {table}: {n} rows"),
                                                                     table=table, n=n))
    except TransferError as exc:
        return fail_with(error_text(exc), 1)
    finally:
        source.dispose()
        dest.dispose()
    say(QT_TRANSLATE_NOOP("Cli", "copied {rows} rows in {tables} tables to {db}; row counts and money totals "
                                 "for {months} months match"),
        rows=sum(report.rows.values()), tables=len(report.rows), db=dest.display_name, months=report.money_months)
    return 0
