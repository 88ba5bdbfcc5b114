"""`shopdesk migrate-to URL --db PATH`: copy a shop file to an empty PostgreSQL database.

Exit 0 when every table's rows and every month's money totals match on the
server; 1 when they do not (nothing is kept); 2 for bad input.
"""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("migrate-to", parents=[common],
                       help="copy this shop into an empty PostgreSQL database for several PCs")
    p.add_argument("url", help="postgresql+psycopg://user@host:5432/shop (password from "
                               "PGPASSWORD, ~/.pgpass, or a prompt)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..domain.errors import ShopDeskError
    from ..paths import default_db_path
    from ..store.db import Database
    from ..store.transfer import TransferError, copy_to_server
    from .common import check_sqlite_file, prepare_schema, server_database
    from .output import fail

    source = Database(getattr(args, "db", None) or default_db_path())
    if source.path is None or not source.path.exists():
        return fail(f"migrate-to: --db must name an existing shop file ({source.display_name})")
    try:
        check_sqlite_file(source, values=True)
        dest = server_database(args.url)
    except ShopDeskError as exc:
        return fail(f"migrate-to: {exc}")
    try:
        prepare_schema(source)
        report = copy_to_server(source, dest, lambda table, n: print(f"  {table}: {n} rows"))
    except TransferError as exc:
        return fail(f"migrate-to: {exc}", 1)
    except ShopDeskError as exc:
        return fail(f"migrate-to: {exc}")
    finally:
        source.dispose()
        dest.dispose()
    rows = sum(report.rows.values())
    print(f"copied {rows} rows in {len(report.rows)} tables to {dest.display_name}; "
          f"row counts and money totals for {report.money_months} months match")
    return 0
