"""Marking user-facing text in Qt-free code for translation.

`QT_TRANSLATE_NOOP("Errors", "…")` returns the text unchanged; Qt's
lupdate finds it by name and puts it in the .ts file, and the UI
translates it when it shows it (see `shopdesk.ui.common.text.error_text`).
Templates use `{name}` placeholders, filled in after translation.
"""

from __future__ import annotations

from collections.abc import Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
    return text


class Phrase(str):
    """A sentence for the user built from a QT_TRANSLATE_NOOP template and its values.

    It is the English sentence wherever a plain string goes (logs, tests, older callers),
    and `render(translate)` gives it in the user's language, its values rendered alike:
    a problem found deep in a service reads in Chinese when the window or the command
    line shows it, without the service knowing the language."""

    context: str
    template: str
    params: dict[str, object]

    def __new__(cls, context: str, template: str, **params: object) -> Phrase:
        self = super().__new__(cls, template.format(**params))
        self.context, self.template, self.params = context, template, params
        return self

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = translate(self.context, self.template) if translate else self.template
        return template.format(**render_values(self.params, translate))


def render_values(params: dict[str, object], translate: Callable[[str, str], str] | None) -> dict[str, object]:
    """Values that are phrases themselves, rendered in the same language."""
    return {k: v.render(translate) if isinstance(v, Phrase) else v for k, v in params.items()}
