"""What a sub-command says, in the run's language (kept tiny: loaded before any heavy import).

Every message is a template marked `QT_TRANSLATE_NOOP("Cli", …)` with `{name}` placeholders,
translated first and filled in after, so numbers and file paths stay as they are. The
language is chosen once per run (`use_language`): --lang, else Settings, else the system's.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shopdesk.domain.text import QT_TRANSLATE_NOOP

CONTEXT = "Cli"
# Messages of the services are marked in their own context; a lookup that misses in the one
# an error carries tries these too (the .qm of a bundle cannot be searched by source text).
CONTEXTS = ("Errors", "Platform", "Cli", "Payroll", "Appraisal", "Deductions")

_run: dict[str, Any] = {"command": "shopdesk", "lang": "en", "translate": None}


def use_language(lang: str, command: str | None = None) -> None:
    """Speak `lang` for the rest of this run; `command` names the sub-command in messages."""
    translate: Callable[[str, str], str] | None = None
    if lang != "en":
        from shopdesk.exchange.common.translate import translator

        translate = translator(lang)
    _run.update(lang=lang, translate=translate, command=command or "shopdesk")


def language() -> str:
    return str(_run["lang"])


def translate(context: str, source: str) -> str:
    """`source` in the run's language (itself in English or when there is no translation)."""
    tr = _run["translate"]
    if tr is None:
        return source
    found = tr(context, source)
    for other in CONTEXTS:
        if found != source:
            break
        found = tr(other, source)
    return found


def text(template: str, **params: Any) -> str:
    """A marked message, translated, then filled in."""
    return translate(CONTEXT, template).format(**params)


def text_in(context: str, template: str, **params: Any) -> str:
    """A message marked in another context (one the window shares), translated, then filled in."""
    return translate(context, template).format(**params)


def say(template: str, **params: Any) -> None:
    """One line of output on stdout."""
    print(text(template, **params))


def tell(line: str) -> None:
    """One line on stderr (a problem in a list, a note about the database)."""
    print(line, file=sys.stderr)


def error_text(error: Exception) -> str:
    """A ShopDesk error as the window shows it, translated; the place it names comes first when
    that is a place in a file (`Sheet!Cell`, `FILE:row N`, a file name), not a form field."""
    from shopdesk.domain.errors import ShopDeskError, ValidationError

    if not isinstance(error, ShopDeskError):
        return str(error)
    message = error.render(translate)
    field = getattr(error, "field", "") if isinstance(error, ValidationError) else ""
    if field and ("!" in field or ":row " in field or re.search(r"\.[A-Za-z]{2,5}$", field)):
        return text(QT_TRANSLATE_NOOP("Cli", "{place}: {message}"), place=_place(field), message=message)
    return message


def _place(field: str) -> str:
    """`FILE:row 7` → `FILE:第 7 行` in Chinese; a `Sheet!Cell` stays as it is."""
    name, sep, row = field.rpartition(":row ")
    if sep and row.isdigit():
        return text(QT_TRANSLATE_NOOP("Cli", "{file}:row {row}"), file=name, row=row)
    return field


def fail(template: str, code: int = 2, **params: Any) -> int:
    """One clear line on stderr, `command: message`, and the exit code (2: bad input)."""
    return fail_with(text(template, **params), code)


def fail_with(message: str, code: int = 2) -> int:
    """Like `fail` for a message already in the run's language (an error's text)."""
    tell(text(QT_TRANSLATE_NOOP("Cli", "{command}: {message}"), command=_run["command"], message=message))
    return code


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in the run's language."""
    import errno

    reasons = {
        errno.ENOENT: QT_TRANSLATE_NOOP("Cli", "no such file or folder"),
        errno.ENOTDIR: QT_TRANSLATE_NOOP("Cli", "a part of the path is not a folder"),
        errno.EISDIR: QT_TRANSLATE_NOOP("Cli", "it is a folder, not a file"),
        errno.EACCES: QT_TRANSLATE_NOOP("Cli", "permission denied"),
        errno.EPERM: QT_TRANSLATE_NOOP("Cli", "permission denied"),
        errno.ENOSPC: QT_TRANSLATE_NOOP("Cli", "the disk is full"),
        errno.EROFS: QT_TRANSLATE_NOOP("Cli", "the disk is read-only"),
        errno.EEXIST: QT_TRANSLATE_NOOP("Cli", "it exists already"),
        errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Cli", "the name is too long"),
    }
    known = reasons.get(error.errno or 0)
    return text(known) if known else str(error.strerror or error)


def rendered(line: str) -> str:
    """A line a service wrote, in the run's language when it kept its template (a Phrase)."""
    from shopdesk.domain.text import Phrase

    return line.render(translate) if isinstance(line, Phrase) else str(line)


def refuse_output(path: str, suffixes: tuple[str, ...] = ()) -> int | None:
    """Exit 2 with one line when `path` cannot be a file written here (nothing is created on the
    way: no folder is made for it); None when it can."""
    if not path.strip():
        return fail(QT_TRANSLATE_NOOP("Cli", "name the file to write"))
    target = Path(path).expanduser()
    if target.is_dir():
        return fail(QT_TRANSLATE_NOOP("Cli", "{path} is a folder; name the file to write"), path=path)
    if target.exists() and not target.is_file():  # a device or pipe is never replaced by a file
        return fail(QT_TRANSLATE_NOOP("Cli", "{path} is not a regular file; name a file to write"), path=path)
    if not target.resolve().parent.is_dir():
        return fail(QT_TRANSLATE_NOOP("Cli", "the folder {folder} does not exist; nothing was written"),
                    folder=str(target.parent))
    if suffixes and target.suffix.lower() not in suffixes:
        return fail(QT_TRANSLATE_NOOP("Cli", "{path} must end in {suffixes}"), path=path,
                    suffixes=text(QT_TRANSLATE_NOOP("Cli", " or ")).join(suffixes))
    return refuse_folder(target.resolve().parent)


def refuse_folder(folder: Path) -> int | None:
    """Exit 2 with one line when nothing can be written in `folder` (read-only, no permission, a
    system folder): found by making and removing a scratch file, so a writer never starts."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return fail(QT_TRANSLATE_NOOP("Cli", "nothing can be written in {folder}: {reason}"), folder=str(folder),
                    reason=os_reason(exc))
    return None
