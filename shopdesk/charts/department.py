"""A department's charts: the ranking (排行榜), months against target, growth; the shop's month."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.text import QT_TRANSLATE_NOOP
from . import hover
from .person import _empty, _month_axis, draw_pace, draw_target_bars, top_legend
from .style import (
    BLUE,
    GREEN,
    LIGHT,
    ORANGE,
    SKY,
    VERMILLION,
    Theme,
    Translate,
    fixed_layout,
    fmt,
    metric_label,
    new_figure,
    no_translation,
    pct,
    signed_pct,
    style_axes,
    value,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from shopdesk.services.figures.performance import DepartmentPerformance, PaceData

RANKING = QT_TRANSLATE_NOOP("Charts", "Ranking by {metric} achievement")
ACHIEVEMENT = QT_TRANSLATE_NOOP("Charts", "Achievement")
NO_TARGET = QT_TRANSLATE_NOOP("Charts", "no target")
MOM = QT_TRANSLATE_NOOP("Charts", "Month-on-month")
YOY = QT_TRANSLATE_NOOP("Charts", "Year-on-year")
GROWTH = QT_TRANSLATE_NOOP("Charts", "Growth of {metric}")
DEPT_TITLE = QT_TRANSLATE_NOOP("Charts", "{department} · {start} – {end}")
SHOP_TITLE = QT_TRANSLATE_NOOP("Charts", "Shop {metric} in {month}: to date, target pace and last year")
HOVER_RANK = QT_TRANSLATE_NOOP("Charts", "{name}\nActual {actual}\nTarget {target}\nAchieved {pct}")
HOVER_GROWTH = QT_TRANSLATE_NOOP("Charts", "{series} {month}: {value}")

GOOD_PCT, NEAR_PCT = Decimal(100), Decimal(90)


def _rank_colour(achievement: Decimal | None) -> str:
    if achievement is None:
        return SKY
    if achievement >= GOOD_PCT:
        return GREEN
    return ORANGE if achievement >= NEAR_PCT else VERMILLION


def draw_ranking(ax, perf: DepartmentPerformance, tx: Translate = no_translation,
                 theme: Theme = LIGHT) -> None:
    """Horizontal bars of achievement %, best at the top, a line at 100 %."""
    fig = ax.figure
    m = perf.metric
    rows = perf.ranking
    ys = list(range(len(rows)))[::-1]  # first (best) at the top
    bars = ax.barh(ys, [value(r.achievement) if r.achievement is not None else 0.0 for r in rows],
                   color=[_rank_colour(r.achievement) for r in rows], edgecolor=theme.foreground, linewidth=0.5)
    for bar in bars:
        bar.set_gid("ranking")
    for r, bar in zip(rows, bars, strict=True):
        hover.register(fig, bar, [tx("Charts", HOVER_RANK).format(
            name=r.name, actual=fmt(m, r.actual), target=fmt(m, r.target), pct=pct(r.achievement, "0.1"))])
    labels = [pct(r.achievement) if r.achievement is not None else tx("Charts", NO_TARGET) for r in rows]
    ax.bar_label(bars, labels, padding=3, fontsize=8, color=theme.foreground,
                 bbox={"facecolor": theme.background, "edgecolor": "none", "pad": 1})
    ax.set_yticks(ys, [f"{i}. {r.name}" for i, r in enumerate(rows, start=1)])
    # Behind the bars and their labels, so "95.0%" next to the line stays legible.
    ax.axvline(100, color=theme.foreground, linewidth=1, linestyle="--", gid="full_target", zorder=0.5)
    style_axes(ax, theme)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=theme.grid, linewidth=0.6)
    ax.set_xlabel(f"{tx('Charts', ACHIEVEMENT)} (%)", fontsize=9)
    ax.margins(x=0.18)
    ax.set_title(tx("Charts", RANKING).format(metric=metric_label(m, tx)), fontsize=10, loc="left")


def draw_growth(ax, perf: DepartmentPerformance, tx: Translate = no_translation,
                theme: Theme = LIGHT) -> None:
    """Month-on-month and year-on-year growth in % per month, around a zero line."""
    fig = ax.figure
    months = [p.month for p in perf.months]
    xs = range(len(months))
    width = 0.4
    for offset, series, label, colour, hatch, gid in (
        (-width / 2, perf.mom, tx("Charts", MOM), ORANGE, "", "mom"),
        (width / 2, perf.yoy, tx("Charts", YOY), BLUE, "..", "yoy"),
    ):
        bars = ax.bar([x + offset for x in xs], [value(v) for v in series], width, label=label, color=colour,
                      hatch=hatch, edgecolor=theme.foreground, linewidth=0.5)
        for bar in bars:
            bar.set_gid(gid)
        for month, v, bar in zip(months, series, bars, strict=True):
            hover.register(fig, bar, [tx("Charts", HOVER_GROWTH).format(series=label, month=month,
                                                                        value=signed_pct(v))])
    ax.axhline(0, color=theme.foreground, linewidth=0.8)
    style_axes(ax, theme)
    ax.yaxis.set_major_formatter(_pct_ticks())
    _month_axis(ax, months, tx)
    top_legend(ax)
    ax.set_title(tx("Charts", GROWTH).format(metric=metric_label(perf.metric, tx)), fontsize=10, loc="left")


def _pct_ticks():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: f"{x:+g}%")


def department_chart(perf: DepartmentPerformance, title: str, tx: Translate = no_translation,
                     theme: Theme = LIGHT) -> Figure:
    """Ranking on the left; months against target and growth on the right."""
    people = len(perf.ranking)
    fig = new_figure(theme, (12.0, max(6.0, 0.32 * people + 2.0)))
    if not perf.ranking and all(p.actual is None for p in perf.months):
        return _empty(fig, tx, theme)
    grid = fig.add_gridspec(2, 2, width_ratios=(1, 1.4))
    draw_ranking(fig.add_subplot(grid[:, 0]), perf, tx, theme)
    from shopdesk.services.figures.performance import MetricMonths

    draw_target_bars(fig.add_subplot(grid[0, 1]), MetricMonths(perf.metric, perf.months), tx, theme)
    draw_growth(fig.add_subplot(grid[1, 1]), perf, tx, theme)
    fixed_layout(fig, left=1.4, wgap=1.0)
    fig.suptitle(tx("Charts", DEPT_TITLE).format(department=title, start=perf.start.isoformat(),
                                                 end=perf.end.isoformat()), color=theme.foreground, fontsize=12)
    return fig


def shop_month_chart(data: PaceData, tx: Translate = no_translation, theme: Theme = LIGHT,
                     size: tuple[float, float] = (9.0, 3.2)) -> Figure:
    """Overview: the shop's month so far against the pace line and the same month last year."""
    fig = new_figure(theme, size)
    ax = fig.add_subplot()
    draw_pace(ax, data, tx, theme)
    ax.set_title(tx("Charts", SHOP_TITLE).format(metric=metric_label(data.metric, tx), month=data.month),
                 fontsize=10, loc="left", color=theme.foreground)
    fixed_layout(fig, top=0.35)
    return fig

