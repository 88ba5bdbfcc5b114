"""`shopdesk template OUT.xlsx [--lang L]`: an empty shop workbook with instructions (exit 0)."""

from __future__ import annotations

import argparse

from ..domain.text import QT_TRANSLATE_NOOP


def register(sub, common) -> None:
    p = sub.add_parser("template", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "write an empty shop workbook to fill in"))
    p.add_argument("out", help=QT_TRANSLATE_NOOP("CliHelp", "the .xlsx file to write"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from shopdesk.exchange.workbook.template import write_template

    from .output import fail, os_reason, refuse_output, say

    refused = refuse_output(args.out, (".xlsx",))
    if refused is not None:
        return refused
    try:
        write_template(Path(args.out), args.lang)
    except OSError as exc:
        return fail(QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}"), 1, path=args.out,
                    reason=os_reason(exc))
    say(QT_TRANSLATE_NOOP("Cli", "template written to {path}"), path=args.out)
    return 0
