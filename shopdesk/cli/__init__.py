"""Command line: `shopdesk [options]` opens the window; sub-commands run headless.

Each sub-command lives in its own module with a `register(subparsers, common)`
that adds its parser and sets `run=function(args) -> exit code`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from typing import NoReturn

from ..domain.text import QT_TRANSLATE_NOOP
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


class Parser(argparse.ArgumentParser):
    """argparse, but a mistake on the command line is one line in the run's language and exit 2."""

    def error(self, message: str) -> NoReturn:
        from .output import fail_with, use_language

        use_language(_language_asked(sys.argv[1:] if self._argv is None else self._argv), self.prog)
        raise SystemExit(fail_with(_argparse_message(message)))

    _argv: Sequence[str] | None = None


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help=QT_TRANSLATE_NOOP("CliHelp", "database file, or a postgresql+psycopg:// URL"))
    common.add_argument("--lang", choices=("en", "zh_CN"), default=argparse.SUPPRESS,
                        help=QT_TRANSLATE_NOOP("CliHelp", "language of messages and files (default: the one chosen in Settings, "
                             "else the system's)"))
    parser = Parser(
        prog="shopdesk", description=QT_TRANSLATE_NOOP("CliHelp", "ShopDesk: targets, tasks and payroll for a small shop."))
    parser.add_argument("--db", default=None, help=QT_TRANSLATE_NOOP("CliHelp", "database file, or a postgresql+psycopg:// URL"))
    parser.add_argument("--lang", choices=("en", "zh_CN"), default=None,
                        help=QT_TRANSLATE_NOOP("CliHelp", "language (default: the one chosen in Settings, else the "
                                                          "system's)"))
    parser.add_argument("--demo", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "open a freshly generated demo shop"))
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-login", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help=QT_TRANSLATE_NOOP("CliHelp", "check this installation on a temporary demo shop, then exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    Parser._argv = argv
    asked = list(sys.argv[1:] if argv is None else argv)
    if any("\x00" in arg for arg in asked):  # no file name or value can hold one
        from .output import fail, use_language

        use_language(_language_asked([a for a in asked if "\x00" not in a]))
        return fail(QT_TRANSLATE_NOOP("Cli", "an argument holds a NUL character"))
    try:
        parser = build_parser()
        if "-h" in asked or "--help" in asked:  # only then is the help worth translating
            _speak_help(parser, _language_asked(asked))
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help (0) or a mistake already reported (2)
        return stop.code if isinstance(stop.code, int) else 2
    finally:
        Parser._argv = None
    if args.self_test:
        from ..selftest import run as self_test

        return self_test(args.lang)
    if args.command is None:
        from ..app import run_gui

        return run_gui(args)
    return _run(args)


class _Help(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        from .output import translate

        super().add_usage(usage, actions, groups,
                          translate("CliHelp", QT_TRANSLATE_NOOP("CliHelp", "usage: ")) if prefix is None else prefix)

    def format_help(self) -> str:
        import re

        # A Chinese heading ends in a Chinese colon (argparse writes "heading:").
        return re.sub(r"^(\S.*[\u4e00-\u9fff]):$", "\\1：", super().format_help(), flags=re.M)


def _speak_help(parser: argparse.ArgumentParser, lang: str) -> None:
    """The help of the parser and its sub-commands in `lang` (argparse's own headings too)."""
    from .output import translate, use_language

    use_language(lang)

    def tr(value: str | None) -> str | None:
        return translate("CliHelp", value) if value and value is not argparse.SUPPRESS else value

    parser.formatter_class = _Help
    parser.description = tr(parser.description)
    parser._positionals.title = tr(QT_TRANSLATE_NOOP("CliHelp", "positional arguments"))
    parser._optionals.title = tr(QT_TRANSLATE_NOOP("CliHelp", "options"))
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = tr(QT_TRANSLATE_NOOP("CliHelp", "show this help message and exit"))
        else:
            action.help = tr(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = tr(choice.help)
            for sub in action.choices.values():
                _speak_help(sub, lang)


def _language_asked(argv: Sequence[str]) -> str:
    """The --lang of a command line that did not parse, else Settings, else the system's."""
    from ..i18n import LANGUAGES, choose_language

    asked = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            asked = argv[i + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    return choose_language(asked if asked in LANGUAGES else None)


_ARGPARSE = (  # argparse's own messages (Python 3.11+), as our sentences
    (r"the following arguments are required: (?P<names>.+)",
     QT_TRANSLATE_NOOP("Cli", "missing: {names}")),
    (r"unrecognized arguments: (?P<names>.+)",
     QT_TRANSLATE_NOOP("Cli", "not understood: {names}; see --help")),
    (r"argument (?P<arg>[^:]+): invalid int value: (?P<value>.+)",
     QT_TRANSLATE_NOOP("Cli", "{arg}: {value} is not a whole number")),
    (r"argument (?P<arg>[^:]+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
     QT_TRANSLATE_NOOP("Cli", "{arg}: {value} is not one of {choices}")),
    (r"argument (?P<arg>[^:]+): expected one argument",
     QT_TRANSLATE_NOOP("Cli", "{arg} needs a value")),
    (r"argument (?P<arg>[^:]+): ignored explicit argument (?P<value>.+)",
     QT_TRANSLATE_NOOP("Cli", "{arg} takes no value ({value})")),
    (r"ambiguous option: (?P<arg>\S+) could match (?P<choices>.+)",
     QT_TRANSLATE_NOOP("Cli", "{arg} could mean {choices}")),
)


def _argparse_message(message: str) -> str:
    import re

    from .output import text

    for pattern, sentence in _ARGPARSE:
        found = re.fullmatch(pattern, message.strip())
        if found:
            return text(sentence, **found.groupdict())
    return message


def _run(args: argparse.Namespace) -> int:
    """A sub-command, in the chosen language; a problem with the input or a file is one clear
    line and exit 2."""
    from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

    from ..domain.errors import ShopDeskError
    from ..i18n import choose_language
    from ..store.schema import SchemaTooNew
    from .output import error_text, fail, fail_with, os_reason, use_language

    args.lang = choose_language(getattr(args, "lang", None))
    use_language(args.lang, args.command)
    try:
        return int(args.run(args))
    except SchemaTooNew as exc:
        return fail(QT_TRANSLATE_NOOP("Cli", "the database was written by a newer ShopDesk (schema "
                                             "{revision}); install the newer version. Nothing was changed."),
                    revision=str(exc)[:40])
    except ShopDeskError as exc:
        return fail_with(error_text(exc))
    except ArgumentError:  # SQLAlchemy cannot make sense of the --db address
        return fail(QT_TRANSLATE_NOOP("Cli", "--db {db} is neither a shop file nor a postgresql+psycopg:// address"),
                    db=str(getattr(args, "db", "")))
    except (DatabaseError, OperationalError) as exc:
        from .common import database_reason
        from .output import rendered

        reason = rendered(database_reason(str(getattr(exc, "orig", exc))))
        return fail(QT_TRANSLATE_NOOP("Cli", "the database cannot be used: {reason}"), reason=reason)
    except OSError as exc:
        name = exc.filename if exc.filename is not None else ""
        return fail(QT_TRANSLATE_NOOP("Cli", "cannot use {file}: {reason}"), file=str(name),
                    reason=os_reason(exc))
