"""Colours, fonts, number formats and translation shared by every chart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from ..domain.metrics import MetricDef, Unit
from ..domain.money import format_yuan
from ..paths import resource

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe–Ito: told apart with every common colour-vision deficiency, and in grey print.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
PALETTE = (BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, YELLOW, BLACK)
GREY = "#8C8C8C"

FONT_FILE = ("fonts", "wqy-microhei.ttc")

# (context, source text) -> shown text; the UI passes QCoreApplication.translate.
Translate = Callable[[str, str], str]

def no_translation(_context: str, text: str) -> str:
    return text

@dataclass(frozen=True)
class Theme:
    """The window's colours, so a chart sits in the UI; white paper by default."""

    background: str = "#FFFFFF"
    foreground: str = "#202020"
    grid: str = "#D0D0D0"

LIGHT = Theme()
_font_name: str | None = None

def ensure_fonts() -> str | None:
    """Register the bundled CJK font once and put it first, so Chinese never shows as boxes."""
    global _font_name
    if _font_name is not None:
        return _font_name
    from matplotlib import font_manager, rcParams

    path = resource(*FONT_FILE)
    if path.exists():
        font_manager.fontManager.addfont(str(path))
        _font_name = font_manager.FontProperties(fname=str(path)).get_name()
        rcParams["font.sans-serif"] = [_font_name, *[f for f in rcParams["font.sans-serif"] if f != _font_name]]
    rcParams["font.family"] = "sans-serif"
    rcParams["axes.unicode_minus"] = False  # the CJK font has no U+2212 minus
    return _font_name

def new_figure(theme: Theme = LIGHT, size: tuple[float, float] = (9.0, 5.5)) -> Figure:
    """A bare Figure (no pyplot: nothing global, safe beside Qt) in the theme's colours."""
    ensure_fonts()
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=100, facecolor=theme.background)
    fig.shopdesk_theme = theme  # type: ignore[attr-defined]
    return fig

def fixed_layout(fig: Figure, *, top: float = 0.65, bottom: float = 0.6, left: float = 0.95,
                 right: float = 0.25, gap: float = 0.8, wgap: float = 1.6) -> None:
    """Margins in inches, kept when the window resizes the figure.

    Measured: matplotlib's constrained layout doubles the time to draw a
    chart; fixed margins sized for the labels ShopDesk draws cost nothing.
    """

    def apply(_event: object = None) -> None:
        w, h = fig.get_size_inches()
        rows, cols = _grid_shape(fig)
        # hspace/wspace are fractions of one axes' height/width.
        axes_h = max(0.5, (h - top - bottom - (rows - 1) * gap) / rows)
        axes_w = max(0.5, (w - left - right - (cols - 1) * wgap) / cols)
        fig.subplots_adjust(left=min(0.45, left / w), right=max(0.55, 1 - right / w),
                            top=max(0.55, 1 - top / h), bottom=min(0.4, bottom / h),
                            hspace=gap / axes_h, wspace=wgap / axes_w)

    apply()
    fig.canvas.mpl_connect("resize_event", apply)

def _grid_shape(fig: Figure) -> tuple[int, int]:
    specs = [spec for ax in fig.axes if (spec := ax.get_subplotspec()) is not None]
    if not specs:
        return 1, 1
    return specs[0].get_gridspec().get_geometry()

def style_axes(ax, theme: Theme) -> None:
    ax.set_facecolor(theme.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.foreground)
    ax.tick_params(colors=theme.foreground, labelsize=9)
    ax.yaxis.label.set_color(theme.foreground)
    ax.xaxis.label.set_color(theme.foreground)
    ax.title.set_color(theme.foreground)
    ax.grid(axis="y", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)

def metric_label(metric: MetricDef, tx: Translate) -> str:
    return metric.name_en if metric.custom else tx("Metrics", metric.name_en)

def _q(value: Decimal, places: str) -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)

def fmt(metric: MetricDef, value: Decimal | None) -> str:
    """An exact value in its unit (the hover text and the labels)."""
    if value is None:
        return "—"
    if metric.unit is Unit.YUAN:
        return format_yuan(int(_q(value, "0.01") * 100))
    if metric.unit is Unit.PERCENT:
        return f"{_q(value, '0.01')}%"
    if metric.unit is Unit.COUNT:
        return f"{int(_q(value, '1')):,}"
    if metric.unit is Unit.TIMES:
        return f"{_q(value, '0.01')}×"
    return str(_q(value, "0.01"))

def pct(value: Decimal | None, places: str = "0.1") -> str:
    """One decimal, as every screen shows a percentage (three people at 89.6 %, 90.4 %, 90.0 % differ)."""
    return "—" if value is None else f"{_q(value, places)}%"

def signed_pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{_q(value, '0.1'):+}%"

def axis_formatter(metric: MetricDef):
    """Tick labels: ¥ with grouping, %, or plain numbers."""
    from matplotlib.ticker import FuncFormatter

    if metric.unit is Unit.YUAN:
        return FuncFormatter(lambda x, _pos: f"¥{x:,.0f}")
    if metric.unit is Unit.PERCENT:
        return FuncFormatter(lambda x, _pos: f"{x:g}%")
    return FuncFormatter(lambda x, _pos: f"{x:,.6g}")

def month_labels(months: list[str]) -> list[str]:
    """'2026-11' → '11' within one year, '26-11' across years (the year goes in the axis label)."""
    years = {m[:4] for m in months}
    return [m[5:] if len(years) == 1 else m[2:] for m in months]

def value(x: Decimal | None) -> float:
    """A plotted coordinate (floats are fine on screen; exact values go in labels)."""
    return float(x) if x is not None else float("nan")
