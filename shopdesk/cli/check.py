"""`shopdesk check --db PATH`: integrity and consistency (0 healthy, 1 problems)."""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("check", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "check the database's integrity"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from shopdesk.services.safety.integrity import check_database

    from .output import rendered, say

    report = check_database(getattr(args, "db", None))
    for line in report.lines:
        print(rendered(line))
    if report.healthy:
        say(QT_TRANSLATE_NOOP("Cli", "healthy"))
    else:
        say(QT_TRANSLATE_NOOP("Cli", "{count} problem(s) found"), count=len(report.problems))
    return 0 if report.healthy else 1
