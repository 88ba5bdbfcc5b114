"""Command line: `shopdesk [options]` opens the window; sub-commands run headless.

Each sub-command lives in its own module with a `register(subparsers, common)`
that adds its parser and sets `run=function(args) -> exit code`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from . import (
    backup,
    check,
    demo,
    export,
    import_,
    import_platform,
    migrate_to,
    payroll,
    payslips,
    restore,
    template,
)

COMMANDS = [demo, check, backup, restore, template, import_, import_platform, export, payroll, payslips,
            migrate_to]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help="database file, or a postgresql+psycopg:// URL")
    common.add_argument("--lang", choices=("en", "zh_CN"), default=argparse.SUPPRESS,
                        help="language (default: the system's)")
    parser = argparse.ArgumentParser(
        prog="shopdesk", description="ShopDesk: targets, tasks and payroll for a small shop.")
    parser.add_argument("--db", default=None, help="database file, or a postgresql+psycopg:// URL")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default=None)
    parser.add_argument("--demo", action="store_true", help="open a freshly generated demo shop")
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-login", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary demo shop, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from ..selftest import run as self_test

        return self_test(args.lang)
    if args.command is None:
        from ..app import run_gui

        return run_gui(args)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    """A sub-command; a problem with the input or the file is one clear line and exit 2."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    from ..domain.errors import ShopDeskError
    from ..store.schema import SchemaTooNew
    from .output import fail

    name = args.command
    try:
        return int(args.run(args))
    except SchemaTooNew as exc:
        return fail(f"{name}: the database was written by a newer ShopDesk (schema {exc}); "
                    "install the newer version. Nothing was changed.")
    except ShopDeskError as exc:
        return fail(f"{name}: {exc}")
    except (DatabaseError, OperationalError) as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:200]
        return fail(f"{name}: the database cannot be used: {reason}")

