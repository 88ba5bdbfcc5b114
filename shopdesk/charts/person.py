"""A person's charts: months against target, this month against pace, ratio trends.

Each builder takes the service's data and returns a `Figure`; the same
drawing functions serve the department and Overview charts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.text import QT_TRANSLATE_NOOP
from . import hover
from .style import (
    BLUE,
    GREEN,
    GREY,
    LIGHT,
    ORANGE,
    SKY,
    VERMILLION,
    Theme,
    Translate,
    axis_formatter,
    fixed_layout,
    fmt,
    metric_label,
    month_labels,
    new_figure,
    no_translation,
    pct,
    style_axes,
    value,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from shopdesk.services.figures.performance import MetricMonths, PaceData, Trend

TARGET = QT_TRANSLATE_NOOP("Charts", "Target")
ACTUAL = QT_TRANSLATE_NOOP("Charts", "Actual")
MONTH = QT_TRANSLATE_NOOP("Charts", "Month")
DAY = QT_TRANSLATE_NOOP("Charts", "Day of the month")
PACE = QT_TRANSLATE_NOOP("Charts", "Target pace")
TO_DATE = QT_TRANSLATE_NOOP("Charts", "Actual to date")
LAST_YEAR = QT_TRANSLATE_NOOP("Charts", "Same month last year")
SHOP_VALUE = QT_TRANSLATE_NOOP("Charts", "Whole shop")
NO_DATA = QT_TRANSLATE_NOOP("Charts", "No figures for this period")
NO_RATIOS = QT_TRANSLATE_NOOP("Charts", "This department has no ratio figures to follow")
BARS_TITLE = QT_TRANSLATE_NOOP("Charts", "{name} · target and actual by month")
PACE_TITLE = QT_TRANSLATE_NOOP("Charts", "{name} · {metric} in {month} against the target pace")
TREND_TITLE = QT_TRANSLATE_NOOP("Charts", "{name} · 12-month trend")
TO_DATE = QT_TRANSLATE_NOOP("Charts", "{month}\n(to date)")
HOVER_BAR = QT_TRANSLATE_NOOP("Charts", "{metric} {month}\nTarget {target}\nActual {actual}\nAchieved {pct}")
HOVER_DAY = QT_TRANSLATE_NOOP("Charts", "{series}, day {day}: {value}")
HOVER_MONTH = QT_TRANSLATE_NOOP("Charts", "{series}, {month}: {value}")


def top_legend(ax) -> None:
    """The legend above the plot's right end, beside the title: it never covers the data."""
    handles, _labels = ax.get_legend_handles_labels()
    ax.legend(fontsize=8, frameon=False, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=min(len(handles), 5),
              borderaxespad=0.2)


def _last_xlabel_only(axes) -> None:
    """Stacked panels share the months: one axis title at the bottom is enough."""
    for ax in axes[:-1]:
        ax.set_xlabel("")


def _empty(fig: Figure, tx: Translate, theme: Theme, text: str = NO_DATA) -> Figure:
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, tx("Charts", text), ha="center", va="center", color=theme.foreground, fontsize=12,
            transform=ax.transAxes)
    return fig


def _month_axis(ax, months: list[str], tx: Translate, running: str | None = None) -> None:
    labels = month_labels(months)
    if running in months:  # a month still running is not read as a finished one
        i = months.index(running)
        labels[i] = tx("Charts", TO_DATE).format(month=labels[i])
    ax.set_xticks(range(len(months)), labels)
    # Every month keeps its slot, with or without figures; a short period keeps bars slim.
    half = max(len(months), 6) / 2 + 0.1
    centre = (len(months) - 1) / 2
    ax.set_xlim(centre - half, centre + half)
    years = sorted({m[:4] for m in months})
    ax.set_xlabel(f"{tx('Charts', MONTH)} ({'–'.join([years[0], years[-1]][:len(years)])})", fontsize=9)


def draw_target_bars(ax, series: MetricMonths, tx: Translate = no_translation,
                     theme: Theme = LIGHT, *, legend: bool = True) -> None:
    """Target (hatched, light) and actual (solid) bars per month, achievement % on top."""
    fig = ax.figure
    m, points = series.metric, series.points
    months = [p.month for p in points]
    xs = range(len(points))
    width = 0.4
    name = metric_label(m, tx)
    target = ax.bar([x - width / 2 for x in xs], [value(p.target) for p in points], width,
                    label=tx("Charts", TARGET), color=SKY, edgecolor=theme.foreground, linewidth=0.5, hatch="//")
    actual = ax.bar([x + width / 2 for x in xs], [value(p.actual) for p in points], width,
                    label=tx("Charts", ACTUAL), color=BLUE, edgecolor=theme.foreground, linewidth=0.5)
    for bars, gid in ((target, "target"), (actual, "actual")):
        for bar in bars:
            bar.set_gid(gid)  # tests and hover find the bars by role, whatever the language
    for p, t_bar, a_bar in zip(points, target, actual, strict=True):
        text = tx("Charts", HOVER_BAR).format(metric=name, month=p.month, target=fmt(m, p.target),
                                               actual=fmt(m, p.actual), pct=pct(p.achievement, "0.1"))
        hover.register(fig, a_bar, [text])
        hover.register(fig, t_bar, [text])
    # The achievement of the pair stands above the pair, not over the actual bar alone: a
    # label as wide as both bars would run into the next month's target bar.
    for x, p, t_bar, a_bar in zip(xs, points, target, actual, strict=True):
        if p.achievement is not None:
            ax.annotate(pct(p.achievement), (x, max(t_bar.get_height(), a_bar.get_height())),
                        textcoords="offset points", xytext=(0, 2), ha="center", va="bottom",
                        fontsize=7, color=theme.foreground)
    for p, a_bar in zip(points, actual, strict=True):
        if p.partial:  # to date: lighter and dotted, so a few days are not read as a whole month
            a_bar.set_alpha(0.5)
            a_bar.set_hatch("..")
    style_axes(ax, theme)
    ax.set_title(name, fontsize=10, loc="left")
    ax.yaxis.set_major_formatter(axis_formatter(m))
    ax.margins(y=0.15)
    _month_axis(ax, months, tx, next((p.month for p in points if p.partial), None))
    if legend:
        top_legend(ax)


def target_bars(series: list[MetricMonths], name: str, tx: Translate = no_translation,
                theme: Theme = LIGHT) -> Figure:
    """One panel per key figure: monthly target against actual with achievement labels."""
    fig = new_figure(theme, (9.0, 2.4 * max(1, len(series)) + 0.6))
    if not series or all(p.actual is None and p.target is None for s in series for p in s.points):
        return _empty(fig, tx, theme)
    axes = fig.subplots(len(series), 1, squeeze=False)[:, 0]
    for i, (ax, s) in enumerate(zip(axes, series, strict=True)):
        draw_target_bars(ax, s, tx, theme, legend=i == 0)
    _last_xlabel_only(axes)
    fixed_layout(fig, gap=0.6)
    fig.suptitle(tx("Charts", BARS_TITLE).format(name=name), color=theme.foreground, fontsize=12)
    return fig


def draw_pace(ax, data: PaceData, tx: Translate = no_translation,
              theme: Theme = LIGHT) -> None:
    """Cumulative actual against the cumulative day breakdown of the target (and last year)."""
    fig = ax.figure
    m = data.metric
    days = list(range(1, len(data.days) + 1))

    def line(ys, label, gid, **style):
        shown = tx("Charts", label)
        (artist,) = ax.plot(days[:len(ys)], [value(y) for y in ys], label=shown, gid=gid, **style)
        hover.register(fig, artist, [tx("Charts", HOVER_DAY).format(series=shown, day=d, value=fmt(m, y))
                                     for d, y in zip(days, ys, strict=False)])

    if data.last_year is not None:
        line(data.last_year, LAST_YEAR, "last_year", color=GREY, linestyle=":", linewidth=1.6)
    if data.pace is not None:
        line(data.pace, PACE, "pace", color=ORANGE, linestyle="--", linewidth=2)
    shown = [y for y in data.actual if y is not None]
    line(shown, TO_DATE, "actual", color=BLUE, linewidth=2.4, marker="o", markersize=3.5)
    if shown and data.pace is not None:
        last = len(shown) - 1
        ax.annotate(fmt(m, shown[-1]), (days[last], value(shown[-1])), textcoords="offset points",
                    xytext=(6, -12 if shown[-1] < data.pace[last] else 6), fontsize=9, color=BLUE)
    style_axes(ax, theme)
    ax.yaxis.set_major_formatter(axis_formatter(m))
    ax.set_xlim(0.5, len(days) + 0.5)
    ax.set_xlabel(tx("Charts", DAY), fontsize=9)
    ax.legend(fontsize=8, frameon=False, loc="upper left")


def pace_chart(data: PaceData | None, name: str, tx: Translate = no_translation, theme: Theme = LIGHT,
               size: tuple[float, float] = (9.0, 5.0)) -> Figure:
    fig = new_figure(theme, size)
    if data is None:
        return _empty(fig, tx, theme)
    ax = fig.add_subplot()
    draw_pace(ax, data, tx, theme)
    fixed_layout(fig)
    fig.suptitle(tx("Charts", PACE_TITLE).format(name=name, metric=metric_label(data.metric, tx),
                                                 month=data.month), color=theme.foreground, fontsize=12)
    return fig


def draw_trend(ax, trend: Trend, name: str, tx: Translate = no_translation,
               theme: Theme = LIGHT) -> None:
    """The person's value by month, the shop's value, and the healthy thresholds as lines."""
    fig = ax.figure
    m = trend.metric
    xs = list(range(len(trend.months)))
    for ys, label, gid, style in (
        (trend.average, tx("Charts", SHOP_VALUE), "average", {"color": GREY, "linestyle": "--", "linewidth": 1.6}),
        (trend.values, name, "person", {"color": BLUE, "linewidth": 2.2, "marker": "o", "markersize": 4}),
    ):
        (artist,) = ax.plot(xs, [value(y) for y in ys], label=label, gid=gid, **style)
        hover.register(fig, artist, [tx("Charts", HOVER_MONTH).format(series=label, month=mo, value=fmt(m, y))
                                     for mo, y in zip(trend.months, ys, strict=True)])
    if trend.running in trend.months:
        # The running month's value is to date: a hollow point on a dashed step, not a full one.
        i = trend.months.index(trend.running)
        plotted = [value(y) for y in trend.values]
        if i > 0:
            ax.plot([i - 1, i], plotted[i - 1:i + 1], color=theme.background, linewidth=2.6, gid="to_date_gap")
            ax.plot([i - 1, i], plotted[i - 1:i + 1], color=BLUE, linewidth=1.6, linestyle="--", gid="to_date")
        ax.plot([i], [plotted[i]], marker="o", markersize=6, markerfacecolor=theme.background, markeredgecolor=BLUE,
                linestyle="none", gid="to_date_point")
    for t in trend.thresholds:
        colour = GREEN if t.good else VERMILLION
        text = tx("Charts", t.label).format(value=format(t.value.normalize(), "f"))
        ax.axhline(float(t.value), color=colour, linestyle=":" if t.good else "-.", linewidth=1.4,
                   gid="threshold", label=text)
    style_axes(ax, theme)
    ax.set_title(metric_label(m, tx), fontsize=10, loc="left")
    ax.yaxis.set_major_formatter(axis_formatter(m))
    _month_axis(ax, trend.months, tx, trend.running)
    top_legend(ax)


def trend_chart(trends: list[Trend], name: str, tx: Translate = no_translation, theme: Theme = LIGHT) -> Figure:
    fig = new_figure(theme, (9.0, 2.5 * max(1, len(trends)) + 0.6))
    if not trends:
        return _empty(fig, tx, theme, NO_RATIOS)
    axes = fig.subplots(len(trends), 1, squeeze=False)[:, 0]
    for ax, trend in zip(axes, trends, strict=True):
        draw_trend(ax, trend, name, tx, theme)
    _last_xlabel_only(axes)
    fixed_layout(fig, gap=0.6)
    fig.suptitle(tx("Charts", TREND_TITLE).format(name=name), color=theme.foreground, fontsize=12)
    return fig
