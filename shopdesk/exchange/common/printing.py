"""Page set-up for sheets people print and sign (DESIGN §4.4).

A4, body text never below 9 pt on paper: the body font is 10 pt and the
scale never goes under 90 %. A sheet too wide for one page at that scale
prints two or more pages wide, with its header rows and first columns
repeated on every page, instead of shrinking. Footer: 第 N 页 / 共 M 页.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shopdesk.exchange.common.style import BODY_SIZE, CJK_FONT

MIN_PRINTED_PT = 9.0
MIN_SCALE = int(-(-MIN_PRINTED_PT * 100 // BODY_SIZE))  # 90 %: 10 pt × 90 % = 9 pt
MARGIN_IN = 0.4  # left and right
TOP_IN, BOTTOM_IN = 0.5, 0.6
A4_MM = (210.0, 297.0)
_PT_PER_MM = 72 / 25.4


def column_points(width: float) -> float:
    """Printed width (at 100 %) of an Excel column width: 7 px per character + 5 px padding, 96 dpi."""
    return (width * 7 + 5) * 0.75


def printable_points(landscape: bool) -> float:
    short, long_ = A4_MM
    paper = (long_ if landscape else short) * _PT_PER_MM
    return paper - 2 * MARGIN_IN * 72


def pages_wide(widths: Sequence[float], scale: int, repeat: int, landscape: bool) -> int:
    """Pages across at `scale`, columns never split, the first `repeat` columns on every page."""
    room = printable_points(landscape) * 100 / scale
    titles = sum(column_points(w) for w in widths[:repeat])
    pages, used = 1, 0.0
    for i, w in enumerate(widths):
        pt = column_points(w)
        if used and used + pt > room:
            pages += 1
            used = titles if i >= repeat else 0.0
        used += pt
    return pages


def first_page_columns(widths: Sequence[float], scale: int, landscape: bool) -> int:
    """How many columns the first printed page holds across."""
    room = printable_points(landscape) * 100 / scale
    used = 0.0
    for i, w in enumerate(widths):
        used += column_points(w)
        if used > room:
            return max(1, i)
    return len(widths)


@dataclass(frozen=True)
class PrintPlan:
    scale: int
    pages_wide: int
    landscape: bool
    first_page_columns: int


def printable_height(landscape: bool) -> float:
    short, long_ = A4_MM
    return (short if landscape else long_) * _PT_PER_MM - (TOP_IN + BOTTOM_IN) * 72


def pages_down(heights: Sequence[float], scale: int, repeat_height: float, landscape: bool) -> int:
    """Pages down at `scale`, rows never split, `repeat_height` (the repeated header) atop every later page."""
    room = printable_height(landscape) * 100 / scale
    pages, used = 1, 0.0
    for h in heights:
        if used and used + h > room:
            pages += 1
            used = repeat_height
        used += h
    return pages


def plan(widths: Sequence[float], repeat: int = 0, landscape: bool = True,
         heights: Sequence[float] | None = None, repeat_height: float = 0) -> PrintPlan:
    """The scale (100 % down to MIN_SCALE) that prints the fewest pages, the largest of those.

    Columns never shrink below MIN_SCALE to fit: a wider sheet prints more pages across.
    With row `heights`, a slightly smaller scale that saves a page down is preferred.
    """
    best: tuple[int, int] | None = None  # (pages, -scale)
    for scale in range(100, MIN_SCALE - 1, -1):
        across = pages_wide(widths, scale, repeat, landscape)
        down = pages_down(heights, scale, repeat_height, landscape) if heights else 1
        key = (across * down, -scale)
        if best is None or key < best:
            best = key
    assert best is not None
    scale = -best[1]
    across = pages_wide(widths, scale, repeat, landscape)
    return PrintPlan(scale, across, landscape, first_page_columns(widths, scale, landscape))


def footer_text(lang: str) -> str:
    return "第 &P 页 / 共 &N 页" if lang == "zh_CN" else "Page &P of &N"


def apply(ws, widths: Sequence[float], *, lang: str, title_rows: str | None, repeat_columns: int = 0,
          landscape: bool = True, heights: Sequence[float] | None = None, repeat_height: float = 0) -> PrintPlan:
    """Set A4, the scale of `plan`, repeated rows/columns, margins and the page footer."""
    from openpyxl.utils import get_column_letter

    chosen = plan(widths, repeat_columns, landscape, heights, repeat_height)
    setup = ws.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = ws.PAPERSIZE_A4
    setup.scale = chosen.scale
    setup.fitToWidth = 0
    setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_margins.left = ws.page_margins.right = MARGIN_IN
    ws.page_margins.top, ws.page_margins.bottom = TOP_IN, BOTTOM_IN
    ws.page_margins.header, ws.page_margins.footer = 0.25, 0.25
    ws.print_options.horizontalCentered = chosen.pages_wide == 1
    if title_rows:
        ws.print_title_rows = title_rows
    if repeat_columns:
        ws.print_title_cols = f"A:{get_column_letter(repeat_columns)}"
    footer = ws.oddFooter.center
    footer.text = footer_text(lang)
    footer.font = f"{CJK_FONT},Regular"
    footer.size = 10
    return chosen
