"""Translatable explanations: a template marked with QT_TRANSLATE_NOOP and its arguments.

A payroll line keeps its explanation as a template plus arguments (numbers
already formatted, metric names as nested terms), so the UI can show it in
the user's language and an approved month can be stored and re-read exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

from .money import format_yuan, round_fen

Translate = Callable[[str, str], str]


class Money(NamedTuple):  # NamedTuples: a run makes thousands of these, and they build fast
    """Integer fen, formatted only when shown (a run has hundreds of lines, few are read)."""

    fen: int

    def render(self, translate: Translate | None = None) -> str:
        return format_yuan(self.fen)


class Shown(NamedTuple):
    """An exact number shown as yuan (`y`), a percentage (`p`), a count (`n`) or two decimals (`d`)."""

    style: str
    value: Decimal

    def render(self, translate: Translate | None = None) -> str:
        if self.style == "y":
            return yuan(self.value)
        if self.style == "p":
            return pct(self.value)
        if self.style == "n":
            return number(self.value)
        return f"{self.value.quantize(Decimal('0.01'))}"


def _arg_json(v: Any) -> Any:
    if isinstance(v, Text):
        return v.to_json()
    if isinstance(v, Money):
        return {"m": v.fen}
    if isinstance(v, Shown):
        return {"s": v.style, "v": str(v.value)}
    return v


def _arg_from_json(v: Any) -> Any:
    if not isinstance(v, dict):
        return v
    if "m" in v:
        return Money(v["m"])
    if "s" in v:
        return Shown(v["s"], Decimal(v["v"]))
    return Text.from_json(v)


class Text(NamedTuple):
    context: str
    template: str
    args: tuple[tuple[str, Any], ...] = ()  # values: str, Text, Money or Shown
    lower: bool = False  # a name used inside a sentence: "Sales" → "sales"

    @staticmethod
    def of(context: str, template: str, **args: Any) -> Text:
        return _new_text((context, template, tuple(args.items()), False))

    def render(self, translate: Translate | None = None) -> str:
        template = translate(self.context, self.template) if translate else self.template
        values = {k: v if isinstance(v, str) else v.render(translate) for k, v in self.args}
        out = template.format(**values) if values else template
        if self.lower:
            out = " ".join(w if w.isupper() else w.lower() for w in out.split(" "))
        return out

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        return {"c": self.context, "t": self.template, "l": self.lower,
                "a": [[k, _arg_json(v)] for k, v in self.args]}

    @staticmethod
    def from_json(data: dict[str, Any]) -> Text:
        args = tuple((k, _arg_from_json(v)) for k, v in data["a"])
        return Text(data["c"], data["t"], args, bool(data.get("l")))


def pct(value: Decimal) -> str:
    """1 → `1.00%`; more decimals are kept when they matter (1.125 → `1.125%`)."""
    two = value.quantize(Decimal("0.01"))
    shown = two if two == value else value.normalize()
    return f"{shown:f}%"


def number(value: Decimal) -> str:
    """Counts with grouping (`1,300`); fractions as they are."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():f}"


def yuan(value: Decimal) -> str:
    return format_yuan(round_fen(value))


_new_text = Text._make
