"""Errors the services raise for the UI and command line to show as they are.

Messages are templates marked with QT_TRANSLATE_NOOP("Errors", …) and
filled with keyword arguments, so the UI can translate them first.
"""

from __future__ import annotations

from typing import Any


class ShopDeskError(Exception):
    """An expected problem with a message fit to show the user."""

    context = "Errors"

    def __init__(self, template: str, **args: Any) -> None:
        self.template = template
        self.params = args
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.render()

    def render(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        """The message, translated by `translate(context, text)` when given (and so are the
        parameters that are translatable texts themselves, e.g. `explain.Text`)."""
        template = translate(self.context, self.template) if translate else self.template
        values = {k: _shown(v, translate) for k, v in self.params.items()}
        return template.format(**values)


def _shown(value: Any, translate: Any) -> Any:
    if isinstance(value, str):  # an English phrase may keep its template (explain.Phrase)
        text = getattr(value, "text", None)
        return text.render(translate) if text is not None else value
    return value.render(translate) if hasattr(value, "render") else value


class ValidationError(ShopDeskError):
    """Bad input. `field` names where it is: a form field or `Sheet!Cell`."""

    def __init__(self, field: str, template: str, **args: Any) -> None:
        self.field = field
        super().__init__(template, **args)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationErrors(ShopDeskError):
    """Several problems found at once (an import lists them all)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__("{lines}", lines="\n".join(str(e) for e in errors))


class PermissionDenied(ShopDeskError):
    """The session's role may not do this."""


class NotFound(ShopDeskError):
    """The record asked for does not exist (any more)."""


class Conflict(ShopDeskError):
    """Someone else changed or locked the record first."""
