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
        return self.template.format(**self.params)

    def render(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        """The message, translated by `translate(context, text)` when given."""
        from .text import render_values

        template = translate(self.context, self.template) if translate else self.template
        return template.format(**render_values(self.params, translate))


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
