"""`shopdesk restore FILE --db PATH`: replace the database with a verified backup (exit 0).

The current file is kept as a safety copy first; a damaged or foreign backup is
refused. When the shop has an owner password it is read from the environment
variable SHOPDESK_PASSWORD or asked for at the terminal — never from the command
line, where it would show in the process list and the shell history.
"""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("restore", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "restore the database from a backup"))
    p.add_argument("file", help=QT_TRANSLATE_NOOP("CliHelp", "the backup file"))
    # Refused with a clear message: a password on the command line is visible to everyone.
    p.add_argument("--password", default=None, help=argparse.SUPPRESS)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from shopdesk.services.common.context import OWNER
    from shopdesk.services.safety import backup

    from ..paths import default_db_path
    from ..store.db import database_url
    from .output import fail, say

    if args.password is not None:
        return fail(QT_TRANSLATE_NOOP("Cli", "--password is no longer accepted (it shows in the process list and "
                                             "shell history); set SHOPDESK_PASSWORD or type the password when asked"))
    url = database_url(getattr(args, "db", None) or default_db_path())
    if not url.startswith("sqlite"):
        return fail(QT_TRANSLATE_NOOP("Cli", "for a PostgreSQL database use pg_restore"))
    db_path = Path(url.removeprefix("sqlite:///"))
    if db_path.is_dir():
        return fail(QT_TRANSLATE_NOOP("Cli", "--db {path} is a folder; name the shop file"), path=str(db_path))
    if db_path.exists() and not db_path.is_file():  # a restore replaces the file: never a device or pipe
        return fail(QT_TRANSLATE_NOOP("Cli", "--db {path} is not a shop file"), path=str(db_path))
    if not db_path.parent.is_dir():
        return fail(QT_TRANSLATE_NOOP("Cli", "--db: the folder {folder} does not exist"), folder=str(db_path.parent))
    source = Path(args.file).expanduser().resolve()
    if not source.is_file():
        return fail(QT_TRANSLATE_NOOP("Cli", "{path}: no such file"), path=args.file)
    summary = backup.refuse_unhealthy(backup.summarize(source))  # before a password is asked for
    say(QT_TRANSLATE_NOOP("Cli", "backup of {made}: {staff} people, {figures} daily figures (last {last}), "
                                     "{targets} targets"),
            made=f"{summary.made:%Y-%m-%d %H:%M}", staff=summary.staff, figures=summary.figures,
            last=summary.last_figure_day or "-", targets=summary.targets)
    verify = backup.owner_verifier(db_path, source)
    password = None
    if verify is not None:
        password = _password()
        if password is None:
            return fail(QT_TRANSLATE_NOOP("Cli", "the owner's password is needed; set SHOPDESK_PASSWORD or run it "
                                                 "at a terminal"))
    safety, _ = backup.restore(db_path, source, OWNER, password=password, verify_owner=verify)
    if safety is not None:
        say(QT_TRANSLATE_NOOP("Cli", "the previous database was kept as {path}"), path=str(safety))
    say(QT_TRANSLATE_NOOP("Cli", "restored {path} from {name}"), path=str(db_path), name=source.name)
    return 0


def _password() -> str | None:
    """SHOPDESK_PASSWORD, else a prompt when there is a terminal to ask at."""
    import getpass
    import os
    import sys

    from .output import text

    env = os.environ.get("SHOPDESK_PASSWORD")
    if env is not None:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(text(QT_TRANSLATE_NOOP("Cli", "owner's password: ")))
    return None
