"""`shopdesk template OUT.xlsx [--lang L]`: an empty shop workbook with instructions (exit 0)."""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("template", parents=[common], help="write an empty shop workbook to fill in")
    p.add_argument("out", help="the .xlsx file to write")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from shopdesk.exchange.workbook.template import write_template

    from ..i18n import choose_language
    from .output import fail

    lang = choose_language(getattr(args, "lang", None))
    try:
        write_template(Path(args.out), lang)
    except OSError as exc:
        return fail(f"template: cannot write {args.out}: {exc.strerror}", 1)
    print(f"template written to {args.out}")
    return 0
