"""A person's earnings by month, stacked by rule kind (base salary at the bottom)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.money import format_yuan
from ..domain.rules import KIND_NAMES, RuleKind
from ..domain.text import QT_TRANSLATE_NOOP
from . import hover
from .person import _empty, _month_axis, top_legend
from .style import (
    GREY,
    LIGHT,
    PALETTE,
    Theme,
    Translate,
    fixed_layout,
    new_figure,
    no_translation,
    style_axes,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from shopdesk.services.payroll.earnings import Earnings

BASE_SALARY = QT_TRANSLATE_NOOP("Charts", "Base salary")
ADJUSTMENTS = QT_TRANSLATE_NOOP("Charts", "Adjustments")
PENALTIES = QT_TRANSLATE_NOOP("Charts", "Penalties")
PAY_TITLE = QT_TRANSLATE_NOOP("Charts", "{name} · earnings by month")
NOT_APPROVED = QT_TRANSLATE_NOOP("Charts", "No approved pay in this period yet")
ESTIMATE = QT_TRANSLATE_NOOP("Charts", "{amount} (estimate)")
HOVER_PART = QT_TRANSLATE_NOOP("Charts", "{part} {month}: {amount}\nGross pay {gross}")


def _label(part: str, tx: Translate) -> str:
    if part == "base":
        return tx("Charts", BASE_SALARY)
    if part == "adjustments":
        return tx("Charts", ADJUSTMENTS)
    try:
        return tx("RuleKinds", KIND_NAMES[RuleKind(part)])
    except (ValueError, KeyError):
        return part


def earnings_chart(data: Earnings, tx: Translate = no_translation, theme: Theme = LIGHT) -> Figure:
    """Stacked bars per month: base salary, then each earning rule kind; penalties below zero."""
    from matplotlib.ticker import FuncFormatter

    fig = new_figure(theme, (9.0, 5.0))
    if all(m.gross_fen is None for m in data.months):
        return _empty(fig, tx, theme, NOT_APPROVED)
    ax = fig.add_subplot()
    order = ["base", *[k.value for k in RuleKind if k is not RuleKind.PENALTY], "adjustments"]
    parts = [p for p in order if any(p in m.parts for m in data.months)]
    parts += sorted({p for m in data.months for p in m.parts} - set(parts))  # kinds added later
    xs = list(range(len(data.months)))
    bottom = [0.0] * len(xs)
    below = [0.0] * len(xs)
    for i, part in enumerate(parts):
        heights = [m.parts.get(part, 0) / 100 for m in data.months]
        base = [below[j] if h < 0 else bottom[j] for j, h in enumerate(heights)]
        bars = ax.bar(xs, heights, 0.6, bottom=base, label=_label(part, tx), color=PALETTE[i % len(PALETTE)],
                      edgecolor=theme.foreground, linewidth=0.4, hatch="" if i % 2 == 0 else "..")
        for j, (bar, h) in enumerate(zip(bars, heights, strict=True)):
            bar.set_gid(part)
            m = data.months[j]
            hover.register(fig, bar, [tx("Charts", HOVER_PART).format(
                part=_label(part, tx), month=m.month, amount=format_yuan(m.parts.get(part, 0)),
                gross=format_yuan(m.gross_fen or 0))])
            if h < 0:
                below[j] += h
            else:
                bottom[j] += h
    penalties = [-m.penalties_fen / 100 for m in data.months]
    if any(penalties):
        bars = ax.bar(xs, penalties, 0.6, bottom=below, label=tx("Charts", PENALTIES), color=GREY,
                      edgecolor=theme.foreground, linewidth=0.4, hatch="xx")
        for bar in bars:
            bar.set_gid("penalties")
    for j, m in enumerate(data.months):
        if m.gross_fen is not None:
            # A month not approved yet is what the run computes today: an estimate, and it says so.
            text = format_yuan(m.gross_fen).split(".")[0]
            if not m.approved:
                text = tx("Charts", ESTIMATE).format(amount=text)
            ax.annotate(text, (j, bottom[j]), textcoords="offset points", xytext=(0, 3), ha="center",
                        fontsize=8, color=theme.foreground, gid="estimate" if not m.approved else "gross")
    ax.axhline(0, color=theme.foreground, linewidth=0.8)
    style_axes(ax, theme)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"¥{x:,.0f}"))
    _month_axis(ax, [m.month for m in data.months], tx)
    ax.margins(y=0.12)
    top_legend(ax)
    fixed_layout(fig, top=0.9)
    fig.suptitle(tx("Charts", PAY_TITLE).format(name=data.name), color=theme.foreground, fontsize=12)
    return fig
