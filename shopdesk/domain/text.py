"""Marking user-facing text in Qt-free code for translation.

`QT_TRANSLATE_NOOP("Errors", "…")` returns the text unchanged; Qt's
lupdate finds it by name and puts it in the .ts file, and the UI
translates it when it shows it (see `shopdesk.ui.common.text.error_text`).
Templates use `{name}` placeholders, filled in after translation.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
    return text

